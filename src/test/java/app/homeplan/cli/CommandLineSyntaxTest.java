package app.homeplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.homeplan.Commands;
import app.homeplan.fileformat.FamilyFile;
import app.homeplan.startup.AppConfig;
import app.homeplan.store.Store;
import app.homeplan.testing.Stores;
import app.homeplan.testing.TestFamilies;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The ways of writing a command line that README promises or scripts use and the other CLI tests do not
 * exercise: {@code --name=value}, {@code -h}, options before the command word, {@code --}, a repeated
 * option, and the exact one-line error for each kind of mistake.
 */
class CommandLineSyntaxTest {
    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final Cli cli = Commands.cli(new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));

    private int run(String... args) {
        out.reset();
        err.reset();
        return cli.run(List.of(args));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String errorLine() {
        assertThat(err.toString(StandardCharsets.UTF_8).lines()).hasSize(1);
        return err.toString(StandardCharsets.UTF_8).strip();
    }

    @Test
    void anOptionsValueMayFollowAnEqualsSignBeforeOrAfterTheCommandWord() {
        Path before = dir.resolve("before.db");
        Path after = dir.resolve("after.db");
        assertThat(run("--db=" + before, "list")).isZero();
        assertThat(run("list", "--db=" + after)).isZero();
        assertThat(before).exists();
        assertThat(after).exists();
        assertThat(out().lines()).singleElement().asString().contains("Mia Nguyen (example)");
    }

    @Test
    void theLastOfARepeatedOptionCounts() {
        Path first = dir.resolve("first.db");
        Path last = dir.resolve("last.db");
        assertThat(run("list", "--db", first.toString(), "--db", last.toString())).isZero();
        assertThat(last).exists();
        assertThat(first).doesNotExist();
    }

    @Test
    void shortHelpAndHelpBeforeTheCommandWordShowThatCommandsUsage() {
        assertThat(run("-h")).isZero();
        assertThat(out()).startsWith("Homeplan: family-centred goal setting and home plans.")
                .contains("  export-pdf (--family ID", "  restore BACKUP [--db PATH]", "Exit code 0 on success");
        assertThat(run("--help", "backups")).isZero();
        assertThat(out()).isEqualTo("backups [--db PATH]    the data file's backups, newest first: date, size, families, "
                + "why it was taken, file" + System.lineSeparator());
        assertThat(run("restore", "-h")).isZero();
        assertThat(out()).startsWith("restore BACKUP [--db PATH]");
        assertThat(run("export", "--version")).isZero();
        assertThat(out()).startsWith("Homeplan ");
        assertThat(run("--version", "--help")).isZero();
        assertThat(out()).startsWith("Homeplan ").hasLineCount(1);
    }

    @Test
    void helpDoesNotHideAMistake() {
        assertThat(run("list", "--help", "--colour")).isEqualTo(Cli.USAGE);
        assertThat(errorLine()).isEqualTo("homeplan: unknown option \u201c--colour\u201d. Run with --help to see the options.");
        assertThat(out()).isEmpty();
    }

    @Test
    void eachKindOfMistakeIsItsOwnSentence() {
        String db = dir.resolve("homeplan.db").toString();
        assertThat(run("list", "--db")).isEqualTo(Cli.USAGE);
        assertThat(errorLine()).isEqualTo("homeplan: --db needs a value after it.");
        assertThat(run("export", "--family", "1", "-o")).isEqualTo(Cli.USAGE);
        assertThat(errorLine()).isEqualTo("homeplan: --output needs a value after it.");
        assertThat(run("import", "mia.homeplan.json", "--as-copy=yes", "--db", db)).isEqualTo(Cli.USAGE);
        assertThat(errorLine()).isEqualTo("homeplan: unknown option \u201c--as-copy=yes\u201d. Run with --help to see the options.");
        assertThat(run("--colour", "list", "extra")).isEqualTo(Cli.USAGE);
        assertThat(errorLine()).contains("unknown option \u201c--colour\u201d");
        assertThat(run("frobnicate", "--colour")).isEqualTo(Cli.USAGE);
        assertThat(errorLine()).contains("unknown command \u201cfrobnicate\u201d");
        assertThat(run("backups", "now", "--db", db)).isEqualTo(Cli.USAGE);
        assertThat(errorLine()).isEqualTo("homeplan: \u201cnow\u201d is not understood by backups. Run it with --help to see how.");
        assertThat(run("export-pdf", "-oplan.pdf", "--family", "1")).isEqualTo(Cli.USAGE);
        assertThat(errorLine()).contains("unknown option \u201c-oplan.pdf\u201d");
        assertThat(run("export", "--db", db, "-o", "x.json", "--family", "--weird")).isEqualTo(Cli.USAGE);
        assertThat(errorLine()).as("a value is whatever follows its option")
                .isEqualTo("homeplan: --family needs a whole number, not \u201c--weird\u201d.");
        assertThat(Path.of(db)).doesNotExist();
    }

    @Test
    void aFileNameThatLooksLikeAnOptionOrAnAtFileIsReadAsAFileName() throws Exception {
        Path db = dir.resolve("homeplan.db");
        Path dashed = dir.resolve("-mia.homeplan.json");
        FamilyFile.write(TestFamilies.everyField(), dashed);
        assertThat(run("import", "--db", db.toString(), "--", dashed.toString())).isZero();
        assertThat(out().strip()).matches("\\d+");
        Path list = dir.resolve("files.txt");
        Files.writeString(list, dashed.toString());
        assertThat(run("import", "@" + list, "--db", db.toString())).as("not read as a list of arguments")
                .isEqualTo(Cli.FAILED);
        assertThat(errorLine()).contains("cannot read the file \u201cfiles.txt\u201d");
        assertThat(out()).isEmpty();
    }

    @Test
    void aSecondRunOfTheSameCommandLineForgetsTheFirstRunsOptions() throws Exception {
        Path db = dir.resolve("homeplan.db");
        Path file = dir.resolve("mia.homeplan.json");
        FamilyFile.write(TestFamilies.everyField(), file);
        assertThat(run("import", file.toString(), "--db", db.toString())).isZero();
        assertThat(run("import", file.toString(), "--as-copy", "--db", db.toString())).isZero();
        assertThat(run("import", file.toString(), "--db", db.toString())).isEqualTo(Cli.FAILED);
        assertThat(errorLine()).contains("already in Homeplan");
        try (Store store = Stores.openForReading(db)) {
            assertThat(store.families().count()).isEqualTo(3); // the example family and Mia twice
        }
    }

    @Test
    void theWindowIsOpenedWithItsOwnOptionsAndNoCommandWord() {
        assertThat(Cli.isHeadless(new String[] {"--db=x.db", "--print-startup-time"})).isFalse();
        assertThat(Cli.isHeadless(new String[] {"--quit-after-startup", "--db", "list"}))
                .as("a data file named list").isFalse();
        assertThat(Cli.isHeadless(new String[] {"-h"})).isTrue();
        assertThat(Cli.isHeadless(new String[] {"frobnicate"})).isTrue();
        assertThat(Cli.isHeadless(new String[] {"--print-startup-time", "export-pdf", "--family", "1"})).isTrue();
    }

    @Test
    void theCommandWordIsFoundPastTheDataFileAndNotInHelpOrTheWindowsOptions() {
        assertThat(Cli.commandName(new String[] {"--db", "list", "export-pdf", "--family", "1"})).isEqualTo("export-pdf");
        assertThat(Cli.commandName(new String[] {"--db=x.db", "clinic", "--port", "8080"})).isEqualTo("clinic");
        assertThat(Cli.commandName(new String[] {"--version"})).isNull();
        assertThat(Cli.commandName(new String[] {"--help", "list"})).as("help asked for first").isNull();
        assertThat(Cli.commandName(new String[] {"--db", "x.db", "--print-startup-time"})).isNull();
    }

    @Test
    void theWindowReadsItsOptionsAndLeavesOthersAlone() {
        Path db = dir.resolve("window.db");
        AppConfig config = AppConfig.fromArgs(List.of("-psn_0_12345", "--db", db.toString(), "--print-startup-time"));
        assertThat(config.database()).isEqualTo(db);
        assertThat(config.printStartupTime()).isTrue();
        assertThat(config.quitAfterStartup()).isFalse();
        AppConfig equals = AppConfig.fromArgs(List.of("--quit-after-startup", "--db=" + db));
        assertThat(equals.database()).isEqualTo(db);
        assertThat(equals.quitAfterStartup()).isTrue();
        assertThat(equals.printStartupTime()).isFalse();
    }
}
