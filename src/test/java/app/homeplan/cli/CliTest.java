package app.homeplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.homeplan.Commands;
import app.homeplan.plan.Family;
import app.homeplan.store.Store;
import app.homeplan.testing.Stores;
import app.homeplan.testing.TestFamilies;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {
    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Commands.cli(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8))
                .run(List.of(args));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void listPrintsOneTabSeparatedLinePerFamily() {
        Path db = dir.resolve("homeplan.db");
        long id;
        try (Store store = Stores.open(db)) {
            Family f = TestFamilies.everyField().toBuilder()
                    .child(TestFamilies.everyField().child().withName("Mia\tNguyễn\nsecond line")).build();
            id = store.families().insert(f).id();
            store.families().insert(Family.newFor("Ada"));
        }
        assertThat(run("list", "--db", db.toString())).isZero();
        List<String> lines = out().lines().toList();
        assertThat(lines).hasSize(3);
        assertThat(lines).contains(id + "\tMia Nguyễn second line\tactive\t2027-02-14");
        assertThat(lines).anyMatch(l -> l.matches("\\d+\tAda\tdraft\t-"));
        assertThat(lines).anyMatch(l -> l.matches("\\d+\tMia Nguyen \\(example\\)\tactive\t\\d{4}-\\d\\d-\\d\\d"));
        assertThat(err()).isEmpty();
    }

    @Test
    void dbOptionMayComeBeforeTheCommand() {
        Path db = dir.resolve("first.db");
        assertThat(run("--db", db.toString(), "list")).isZero();
        // A database the command line creates starts with the example family (Commands gives it).
        assertThat(out().lines()).singleElement().asString().contains("(example)");
        assertThat(Files.exists(db)).isTrue();
    }

    @Test
    void helpAndVersionWork() {
        assertThat(run("--help")).isZero();
        assertThat(out()).contains("list [--db PATH]");
        out.reset();
        assertThat(run("--version")).isZero();
        assertThat(out()).startsWith("Homeplan ");
        out.reset();
        assertThat(run("list", "--help")).isZero();
        assertThat(out()).contains("one family per line");
    }

    @Test
    void anUnknownCommandIsOneClearLineAndExitTwo() {
        assertThat(run("frobnicate")).isEqualTo(Cli.USAGE);
        assertThat(err().lines()).containsExactly("homeplan: unknown command \u201cfrobnicate\u201d. Run with --help to see the commands.");
        assertThat(out()).isEmpty();
    }

    @Test
    void anUnknownOptionIsAUsageError() {
        assertThat(run("list", "--colour", "blue")).isEqualTo(Cli.USAGE);
        assertThat(err().lines()).hasSize(1).first().asString().contains("--colour");
    }

    @Test
    void aNewerDatabaseIsRefusedInOneLine() throws Exception {
        Path db = dir.resolve("newer.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement()) {
            st.execute("PRAGMA user_version = 42");
        }
        assertThat(run("list", "--db", db.toString())).isEqualTo(Cli.FAILED);
        assertThat(err().lines()).hasSize(1).first().asString()
                .startsWith("homeplan: ").contains("newer version of Homeplan").doesNotContain("Exception");
    }

    @Test
    void anUnreadableDatabaseIsRefusedInOneLine() throws Exception {
        Path db = dir.resolve("garbage.db");
        Files.write(db, new byte[4096]);
        Files.writeString(db, "garbage garbage garbage garbage garbage garbage garbage garbage garbage garbage");
        assertThat(run("list", "--db", db.toString())).isEqualTo(Cli.FAILED);
        assertThat(err().lines()).hasSize(1).first().asString().contains("is not a Homeplan data file");
    }

    @Test
    void aFolderAsDatabaseIsRefusedInOneLine() {
        assertThat(run("list", "--db", dir.toString())).isEqualTo(Cli.FAILED);
        assertThat(err().lines()).hasSize(1).first().asString().contains("is a folder");
    }

    @Test
    void headlessIsChosenOnlyForCommands() {
        assertThat(Cli.isHeadless(new String[] {})).isFalse();
        assertThat(Cli.isHeadless(new String[] {"--db", "x.db"})).isFalse();
        assertThat(Cli.isHeadless(new String[] {"--db", "x.db", "list"})).isTrue();
        assertThat(Cli.isHeadless(new String[] {"--version"})).isTrue();
    }
}
