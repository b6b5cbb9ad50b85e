package app.homeplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.homeplan.Commands;
import app.homeplan.fileformat.FamilyFile;
import app.homeplan.plan.Child;
import app.homeplan.plan.Family;
import app.homeplan.store.Store;
import app.homeplan.testing.ChildJvm;
import app.homeplan.testing.HoldOpen;
import app.homeplan.testing.Stores;
import app.homeplan.testing.TestFamilies;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line beside a running Homeplan: reading commands (list, export, export-pdf, backups)
 * work while the app has the data file open, and see what it has saved; writing commands (import,
 * restore) are refused with one sentence and change nothing.
 */
class BesideTheOpenAppTest {
    @TempDir
    Path dir;

    record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Commands.cli(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8))
                .run(List.of(args));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void readingCommandsWorkBesideTheAppInThisProgramAndSeeItsLatestSave() throws Exception {
        Path db = dir.resolve("homeplan.db");
        try (Store app = Stores.open(db)) {
            Family mia = app.families().insert(TestFamilies.everyField());
            String id = Long.toString(mia.id());

            Run list = run("list", "--db", db.toString());
            assertThat(list.code()).isZero();
            assertThat(list.err()).isEmpty();
            assertThat(list.out()).contains(id + "\tMia ");

            // The app saves a change; the next read sees it (WAL readers see every commit).
            app.families().saveChanges(mia, mia.toBuilder().child(new Child("Mia Renamed", "", null)).build());
            assertThat(run("list", "--db", db.toString()).out()).contains(id + "\tMia Renamed\t");

            Path file = dir.resolve("mia.homeplan.json");
            Run export = run("export", "--family", id, "-o", file.toString(), "--db", db.toString());
            assertThat(export.code()).isZero();
            assertThat(export.err()).isEmpty();
            assertThat(FamilyFile.read(file).child().name()).isEqualTo("Mia Renamed");

            Path pdf = dir.resolve("mia.pdf");
            Run exportPdf = run("export-pdf", "--family", id, "-o", pdf.toString(), "--db", db.toString());
            assertThat(exportPdf.code()).isZero();
            assertThat(exportPdf.err()).isEmpty();
            assertThat(Files.readAllBytes(pdf)).startsWith("%PDF".getBytes(StandardCharsets.US_ASCII));

            Run backups = run("backups", "--db", db.toString());
            assertThat(backups.code()).isZero();
            assertThat(backups.err()).isEmpty();

            int families = app.families().count();
            Run imported = run("import", file.toString(), "--as-copy", "--db", db.toString());
            assertThat(imported.code()).isEqualTo(Cli.FAILED);
            assertThat(imported.err().lines()).singleElement().asString()
                    .startsWith("homeplan: Homeplan is already open with the data file " + db);
            assertThat(app.families().count()).as("nothing imported").isEqualTo(families);

            Path backup = dir.resolve("other.db");
            try (Store other = Stores.open(backup)) {
                other.families().insert(Family.newFor("Someone else"));
            }
            Run restore = run("restore", "--db", db.toString(), backup.toString());
            assertThat(restore.code()).isEqualTo(Cli.FAILED);
            assertThat(restore.err().lines()).singleElement().asString().contains("is already open with the data file");
            assertThat(app.families().count()).as("nothing restored").isEqualTo(families);
        }
    }

    @Test
    void readingCommandsWorkBesideHomeplanRunningInAnotherProcess() throws Exception {
        Path db = dir.resolve("homeplan.db");
        long id;
        try (Store store = Stores.open(db)) {
            id = store.families().insert(Family.newFor("Ada Lovelace")).id();
        }
        Process other = ChildJvm.start(ChildJvm.command(List.of(), HoldOpen.class, db.toString()));
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(other.getInputStream(), StandardCharsets.UTF_8));
            assertThat(out.readLine()).isEqualTo("open 2");

            Run list = run("list", "--db", db.toString());
            assertThat(list.code()).isZero();
            assertThat(list.err()).isEmpty();
            assertThat(list.out()).contains(id + "\tAda Lovelace\t");

            Path file = dir.resolve("ada.homeplan.json");
            assertThat(run("export", "--family", Long.toString(id), "-o", file.toString(), "--db", db.toString()).code()).isZero();

            Run imported = run("import", file.toString(), "--as-copy", "--db", db.toString());
            assertThat(imported.code()).isEqualTo(Cli.FAILED);
            assertThat(imported.err().lines()).singleElement().asString().contains("is already open with the data file");
        } finally {
            other.getOutputStream().close();
            other.waitFor(10, TimeUnit.SECONDS);
            other.destroyForcibly();
        }
        try (Store store = Stores.open(db)) {
            assertThat(store.families().count()).as("the import changed nothing").isEqualTo(2);
        }
    }
}
