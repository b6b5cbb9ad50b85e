package app.homeplan.store;

import static org.assertj.core.api.Assertions.assertThat;

import app.homeplan.plan.Family;
import app.homeplan.testing.ChildJvm;
import app.homeplan.testing.Stores;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Crash or power cut in the middle of autosaving: a separate Homeplan process ({@link CrashEditor})
 * edits a family through the real store and says "ack N" after each commit; this test kills it hard
 * ({@code kill -9}) at a random moment, reopens the file and checks that it is intact and that every
 * acknowledged edit is there, whole, and nothing after it half-written. Twenty kills in about 20 s.
 *
 * <p>A kill shows what a crash of Homeplan (or of the JVM) does. A power cut also loses what the
 * operating system had not yet written to the disk; that is covered by {@code synchronous=FULL}
 * (every commit is flushed to the disk before it is acknowledged), which a kill cannot test.
 */
class CrashHarnessTest {
    private static final int KILLS = 20;
    private static final long TIME_BUDGET_MS = 30_000;
    /** Fewer kills than this mean nothing; on a loaded machine the run may take longer to reach them. */
    private static final int ENOUGH_KILLS = KILLS / 2;
    private static final long HARD_LIMIT_MS = 180_000;

    @TempDir
    Path dir;

    @Test
    void everyAcknowledgedEditSurvivesAHardKillAtAnyMoment() throws Exception {
        Path db = dir.resolve("homeplan.db");
        long seed = System.nanoTime();
        Random random = new Random(seed);
        String reproduce = "seed " + seed;
        long started = System.currentTimeMillis();
        int lastStored = 0;
        int kills = 0;
        List<Integer> editsPerRun = new ArrayList<>();

        while (kills < KILLS && keepKilling(kills, System.currentTimeMillis() - started)) {
            Path ackFile = dir.resolve("acks-" + kills + ".txt");
            Run run = Run.start(db, ackFile, dir.resolve("editor-" + kills + ".err"));
            assertThat(run.ready.await(20, TimeUnit.SECONDS)).as("the editor started (%s)", run.errors()).isTrue();
            // Let it write for a random while after its first acknowledged edit (a busy machine may take
            // seconds to get there): from a few edits up to a few hundred.
            awaitFirstAcknowledgement(ackFile, run);
            Thread.sleep(100 + random.nextInt(500));
            run.process.destroyForcibly(); // SIGKILL: no shutdown hooks, no closing of the database
            assertThat(run.process.waitFor(10, TimeUnit.SECONDS)).isTrue();
            kills++;
            int acknowledged = lastAcknowledged(ackFile);

            try (Store store = Stores.open(db)) { // runs quick_check; a damaged file would throw here
                try (Statement st = store.database().connection().createStatement();
                     ResultSet rs = st.executeQuery("PRAGMA integrity_check")) {
                    assertThat(rs.getString(1)).as(reproduce).isEqualTo("ok");
                }
                try (Statement st = store.database().connection().createStatement();
                     ResultSet rs = st.executeQuery("PRAGMA foreign_key_check")) {
                    assertThat(rs.next()).as("no row points at a missing one (%s)", reproduce).isFalse();
                }
                Family family = store.families().findIdByUid(CrashEditor.FAMILY_UID)
                        .flatMap(store.families()::load).orElseThrow();
                int stored = CrashEditor.lastEdit(family);
                // Every acknowledged edit is stored; at most the one being committed at the kill
                // is stored without its acknowledgement having been printed.
                if (acknowledged > 0) {
                    assertThat(stored).as("edits acknowledged up to %d (%s)", acknowledged, reproduce)
                            .isBetween(acknowledged, acknowledged + 1);
                }
                assertThat(stored).as(reproduce).isGreaterThanOrEqualTo(lastStored);
                // ... and the stored edit is whole: every row and text exactly as that edit left them.
                assertThat(CrashEditor.shapeOf(family)).as(reproduce).isEqualTo(CrashEditor.shapeAfter(stored));
                editsPerRun.add(stored - lastStored);
                lastStored = stored;
            }
        }
        long took = System.currentTimeMillis() - started;
        System.out.printf("crash harness: %d kills, %d edits stored, edits per run %s, %d ms (%s)%n",
                kills, lastStored, editsPerRun, took, reproduce);
        assertThat(kills).as("enough kills to mean something within the time budget").isGreaterThanOrEqualTo(ENOUGH_KILLS);
        assertThat(lastStored).as("the editor really edited").isGreaterThan(kills);
        assertThat(editsPerRun.stream().filter(n -> n > 0).count()).as("most runs stored edits").isGreaterThan(kills / 2);
    }

    /**
     * Up to {@link #KILLS} kills within the time budget; beyond it only until there are enough to mean
     * something (a machine busy with other builds starts each editor JVM more slowly), never past the hard limit.
     */
    private static boolean keepKilling(int kills, long elapsedMs) {
        return elapsedMs < TIME_BUDGET_MS || (kills < ENOUGH_KILLS && elapsedMs < HARD_LIMIT_MS);
    }

    private static void awaitFirstAcknowledgement(Path ackFile, Run run) throws IOException, InterruptedException {
        long deadline = System.currentTimeMillis() + 20_000;
        while (lastAcknowledged(ackFile) == 0 && run.process.isAlive() && System.currentTimeMillis() < deadline) {
            Thread.sleep(10);
        }
    }

    /** The last edit the editor acknowledged: the last whole line of its acknowledgement file. */
    private static int lastAcknowledged(Path ackFile) throws IOException {
        if (!Files.exists(ackFile)) {
            return 0;
        }
        String acks = Files.readString(ackFile, StandardCharsets.US_ASCII);
        int lastNewline = acks.lastIndexOf('\n');
        if (lastNewline < 0) {
            return 0;
        }
        String[] lines = acks.substring(0, lastNewline).split("\n");
        return Integer.parseInt(lines[lines.length - 1].substring("ack ".length()));
    }

    /** One run of the editor process; its "ready" line is read from its output. */
    private static final class Run {
        final Process process;
        final Path errors;
        final CountDownLatch ready = new CountDownLatch(1);
        final Thread reader;

        private Run(Process process, Path errors) {
            this.process = process;
            this.errors = errors;
            this.reader = new Thread(this::read, "crash-editor-output");
            reader.setDaemon(true);
            reader.start();
        }

        static Run start(Path db, Path acks, Path errors) throws IOException {
            ProcessBuilder pb = new ProcessBuilder(ChildJvm.command(List.of(), CrashEditor.class, db.toString(),
                    acks.toString()));
            pb.redirectError(errors.toFile());
            return new Run(pb.start(), errors);
        }

        private void read() {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = in.readLine()) != null; ) {
                    if (line.startsWith("ready")) {
                        ready.countDown();
                    }
                }
            } catch (IOException | NumberFormatException killed) {
                // The process was killed mid-line: what was read so far counts.
            }
        }

        String errors() {
            try {
                return Files.exists(errors) ? Files.readString(errors) : "";
            } catch (IOException e) {
                return e.getMessage();
            }
        }
    }
}
