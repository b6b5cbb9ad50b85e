package app.homeplan.print;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.homeplan.plan.Family;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 21: an export can be stopped while it runs. The pages made so far are counted as they are
 * made; a stop ends the export at its next paragraph or page, and no file is left behind (an older
 * file of the same name stays as it was).
 */
class StoppingAnExportTest {
    private static final PrintOptions OPTIONS = PrintOptions.defaults(Locale.forLanguageTag("en-AU"), LocalDate.of(2026, 11, 27));

    @TempDir
    Path dir;

    @Test
    void aStopWhilePagesAreMadeEndsTheExportAndLeavesNoFile() throws Exception {
        Family big = HomePlanPdfTest.bigFamily(20, 60, 20_000);
        Path target = dir.resolve("big.pdf");
        Files.writeString(target, "last week's plan");
        PrintJob job = new PrintJob();
        CompletableFuture<Path> export = CompletableFuture.supplyAsync(() -> HomePlanPdf.writeFile(big, OPTIONS, target, job));

        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (job.pages() < 2 && !export.isDone() && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertThat(export).as("still making pages when stopped").isNotDone();
        int pagesWhenStopped = job.pages();
        job.stop();

        assertThatThrownBy(() -> export.get(60, TimeUnit.SECONDS)).hasCauseInstanceOf(PrintJob.Stopped.class);
        assertThat(pagesWhenStopped).isGreaterThanOrEqualTo(2);
        assertThat(Files.readString(target)).isEqualTo("last week's plan");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(target);
        }
    }

    @Test
    void aStopAskedForBeforeTheExportStartsWritesNothing() {
        PrintJob job = new PrintJob();
        job.stop();
        Path target = dir.resolve("never.pdf");
        assertThatThrownBy(() -> HomePlanPdf.writeFile(HomePlanPdfTest.bigFamily(2, 2, 10), OPTIONS, target, job))
                .isInstanceOf(PrintJob.Stopped.class);
        assertThat(target).doesNotExist();
        assertThat(PrintJob.isStop(new CompletionException(new PrintJob.Stopped()))).as("a stop wrapped by a future").isTrue();
    }
}
