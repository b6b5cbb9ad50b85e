package app.homeplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.homeplan.Commands;
import app.homeplan.plan.Family;
import app.homeplan.store.Store;
import app.homeplan.testing.DatabaseSnapshot;
import app.homeplan.testing.Stores;
import app.homeplan.testing.TestFamilies;
import app.homeplan.util.PrivateFiles;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code export} and {@code import} on the command line: exit codes, stdout, one-line errors. */
class FamilyFileCommandsTest {
    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        out.reset();
        err.reset();
        return Commands.cli(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8))
                .run(List.of(args));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String errorLine() {
        List<String> lines = err.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines).hasSize(1);
        assertThat(lines.get(0)).startsWith("homeplan: ").doesNotContain("Exception");
        return lines.get(0);
    }

    private long stored(Path db, Family family) {
        try (Store store = Stores.open(db)) {
            return store.families().insert(family).id();
        }
    }

    @Test
    void exportThenImportElsewhereGivesTheSameFamilyAndTheSameFile() throws Exception {
        Path clinic = dir.resolve("clinic.db");
        Path laptop = dir.resolve("laptop.db");
        long id = stored(clinic, TestFamilies.everyField());
        Path file = dir.resolve("mia.homeplan.json");

        assertThat(run("export", "--family", Long.toString(id), "-o", file.toString(), "--db", clinic.toString())).isZero();
        assertThat(out()).isEmpty();
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
        if (PrivateFiles.hasPosixPermissions()) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        }

        assertThat(run("import", file.toString(), "--db", laptop.toString())).isZero();
        String newId = out().strip();
        assertThat(newId).matches("\\d+");
        assertThat(out()).isEqualTo(newId + System.lineSeparator());

        Path again = dir.resolve("again.homeplan.json");
        assertThat(run("--db", laptop.toString(), "export", "--family", newId, "--output", again.toString())).isZero();
        assertThat(again).hasSameBinaryContentAs(file);
        assertThat(run("list", "--db", laptop.toString())).isZero();
        assertThat(out()).contains(newId + "\tMia ");
    }

    @Test
    void importingAFamilyThatIsAlreadyHereIsRefusedUnlessAsACopy() {
        Path db = dir.resolve("homeplan.db");
        long id = stored(db, TestFamilies.everyField());
        Path file = dir.resolve("mia.homeplan.json");
        assertThat(run("export", "--family", Long.toString(id), "-o", file.toString(), "--db", db.toString())).isZero();
        List<String> before = DatabaseSnapshot.files(dir.resolve("homeplan.db").getParent()).stream()
                .filter(l -> l.startsWith("homeplan.db ")).toList();

        assertThat(run("import", file.toString(), "--db", db.toString())).isEqualTo(Cli.FAILED);
        assertThat(errorLine()).contains("this family is already in Homeplan (Mia ", "id " + id, "nothing was imported",
                "--as-copy");
        assertThat(out()).isEmpty();
        assertThat(DatabaseSnapshot.files(dir).stream().filter(l -> l.startsWith("homeplan.db ")).toList()).isEqualTo(before);

        assertThat(run("import", file.toString(), "--as-copy", "--db", db.toString())).isZero();
        long copy = Long.parseLong(out().strip());
        assertThat(copy).isNotEqualTo(id);
        try (Store store = Stores.open(db)) {
            Family original = store.families().load(id).orElseThrow();
            Family copied = store.families().load(copy).orElseThrow();
            assertThat(copied.uid()).isNotEqualTo(original.uid());
            // The copy is marked as one (the home list shows "Imported copy"); otherwise it is the same family.
            assertThat(copied.copyOf()).isEqualTo(original.uid());
            assertThat(copied.toBuilder().id(id).uid(original.uid()).copyOf("").build()).isEqualTo(original);
        }
    }

    @Test
    void exportRefusesWhatItCannotDoInOneLine() {
        Path db = dir.resolve("homeplan.db");
        long id = stored(db, Family.newFor("Ada"));
        String dbPath = db.toString();
        String file = dir.resolve("ada.homeplan.json").toString();

        assertThat(run("export", "--family", "999", "-o", file, "--db", dbPath)).isEqualTo(Cli.FAILED);
        assertThat(errorLine()).isEqualTo("homeplan: there is no family with id 999. Run \u201clist\u201d to see the families and their ids.");

        assertThat(run("export", "--family", Long.toString(id), "-o", dir.resolve("missing/ada.homeplan.json").toString(),
                "--db", dbPath)).isEqualTo(Cli.FAILED);
        assertThat(errorLine()).contains("does not exist");

        assertThat(run("export", "--family", Long.toString(id), "-o", dir.toString(), "--db", dbPath)).isEqualTo(Cli.FAILED);
        assertThat(errorLine()).contains("is a folder");

        assertThat(run("export", "-o", file, "--db", dbPath)).isEqualTo(Cli.USAGE);
        assertThat(errorLine()).contains("--family");
        assertThat(run("export", "--family", "Ada", "-o", file, "--db", dbPath)).isEqualTo(Cli.USAGE);
        assertThat(errorLine()).contains("whole number");
        assertThat(run("export", "--family", Long.toString(id), "--db", dbPath)).isEqualTo(Cli.USAGE);
        assertThat(errorLine()).contains("--output");
        assertThat(run("export", "extra", "--family", Long.toString(id), "-o", file, "--db", dbPath)).isEqualTo(Cli.USAGE);
        assertThat(errorLine()).contains("extra");

        assertThat(Path.of(file)).doesNotExist();
    }

    @Test
    void importRefusesWhatItCannotDoInOneLine() {
        String db = dir.resolve("homeplan.db").toString();

        assertThat(run("import", "--db", db)).isEqualTo(Cli.USAGE);
        assertThat(errorLine()).contains("import needs the family file to read");
        assertThat(run("import", "a.homeplan.json", "b.homeplan.json", "--db", db)).isEqualTo(Cli.USAGE);
        assertThat(errorLine()).contains("b.homeplan.json");
        assertThat(run("import", dir.resolve("gone.homeplan.json").toString(), "--db", db)).isEqualTo(Cli.FAILED);
        assertThat(errorLine()).contains("cannot read the file \u201cgone.homeplan.json\u201d");
        assertThat(run("import", "x.homeplan.json", "--copy", "--db", db)).isEqualTo(Cli.USAGE);
        assertThat(errorLine()).contains("--copy");
        // A refused file never even opens (so never creates) the database.
        assertThat(Path.of(db)).doesNotExist();
    }

    @Test
    void helpListsExportAndImport() {
        assertThat(run("--help")).isZero();
        assertThat(out()).contains("export --family ID -o FILE [--db PATH]", "import FILE [--as-copy] [--db PATH]");
        assertThat(run("import", "--help")).isZero();
        assertThat(out()).contains("prints its id");
    }
}
