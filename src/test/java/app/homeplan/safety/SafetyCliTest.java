package app.homeplan.safety;

import static org.assertj.core.api.Assertions.assertThat;

import app.homeplan.Commands;
import app.homeplan.cli.Cli;
import app.homeplan.plan.Family;
import app.homeplan.store.Backup;
import app.homeplan.store.BackupKind;
import app.homeplan.store.Backups;
import app.homeplan.store.Store;
import app.homeplan.testing.Stores;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SafetyCliTest {
    @TempDir
    Path dir;

    private ByteArrayOutputStream out;
    private ByteArrayOutputStream err;
    private Path db;

    @BeforeEach
    void streams() {
        db = dir.resolve("homeplan.db");
        reset();
    }

    private void reset() {
        out = new ByteArrayOutputStream();
        err = new ByteArrayOutputStream();
    }

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

    /** Ada and Ben stored, a backup of that, then Ben deleted. */
    private Backup backupWithAdaAndBenThenBenDeleted() {
        try (Store store = Stores.open(db)) {
            store.families().insert(Family.newFor("Ada"));
            Family ben = store.families().insert(Family.newFor("Ben"));
            Backup backup = store.database().backups().create(store.database().connection(), BackupKind.DAILY);
            store.families().delete(ben.id());
            return backup;
        }
    }

    @Test
    void backupsListsDateSizeFamiliesAndFile() {
        Backup backup = backupWithAdaAndBenThenBenDeleted();
        assertThat(run("backups", "--db", db.toString())).isZero();
        List<String> lines = out().lines().toList();
        assertThat(lines).hasSize(1);
        String[] cols = lines.get(0).split("\t");
        assertThat(cols).hasSize(5);
        assertThat(cols[0]).matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d");
        assertThat(cols[1]).matches("\\d+ KB");
        assertThat(cols[2]).isEqualTo("3 families");
        assertThat(cols[3]).isEqualTo("daily");
        assertThat(cols[4]).isEqualTo(backup.file().toString());
        assertThat(err()).isEmpty();
    }

    @Test
    void withNoBackupsYetBackupsSaysWhereTheyWillBe() {
        assertThat(run("backups", "--db", db.toString())).isZero();
        assertThat(out()).startsWith("There are no backups yet.").contains(dir.resolve("backups").toString());
        assertThat(db).as("listing backups does not create a data file").doesNotExist();
    }

    @Test
    void restoreByFileNamePutsTheBackupBackAndKeepsTheCurrentFamiliesFirst() {
        Backup backup = backupWithAdaAndBenThenBenDeleted();
        assertThat(run("restore", backup.file().getFileName().toString(), "--db", db.toString())).isZero();
        assertThat(out()).startsWith("Restored " + backup.file().getFileName() + " over " + db + " (3 families).")
                .contains("kept in the backup");
        assertThat(err()).isEmpty();
        reset();
        assertThat(run("list", "--db", db.toString())).isZero();
        assertThat(out()).contains("Ada", "Ben");
        assertThat(Backups.of(db).list()).extracting(Backup::kind).contains(BackupKind.BEFORE_RESTORE);
    }

    @Test
    void aDamagedDataFileIsRefusedByListAndMendedByRestore() throws Exception {
        backupWithAdaAndBenThenBenDeleted();
        Files.writeString(db, "not a database any more ".repeat(500));
        assertThat(run("list", "--db", db.toString())).isEqualTo(Cli.FAILED);
        assertThat(err().lines()).hasSize(1).first().asString().contains("is not a Homeplan data file");
        reset();
        assertThat(run("backups", "--db", db.toString())).isZero();
        String newest = out().lines().findFirst().orElseThrow().split("\t")[4];
        reset();
        assertThat(run("restore", newest, "--db", db.toString())).isZero();
        assertThat(out()).contains("The damaged data file was kept, unchanged, as " + dir.resolve("homeplan-damaged-"));
        reset();
        assertThat(run("list", "--db", db.toString())).isZero();
        assertThat(out()).contains("Ada", "Ben");
    }

    @Test
    void whileHomeplanHasTheFileOpenListWorksAndRestoreSaysSoInOneLine() {
        Backup backup = backupWithAdaAndBenThenBenDeleted();
        try (Store open = Stores.open(db)) {
            // Reading beside the open app is allowed (issue 18); only writers are refused.
            assertThat(run("list", "--db", db.toString())).isZero();
            assertThat(err()).isEmpty();
            assertThat(out()).contains("Ada");
            reset();
            assertThat(run("restore", backup.file().toString(), "--db", db.toString())).isEqualTo(Cli.FAILED);
            assertThat(err().lines()).hasSize(1).first().asString().contains("already open");
            assertThat(open.families().count()).isEqualTo(2);
        }
    }

    @Test
    void restoreNeedsAnExistingBackup() {
        assertThat(run("restore", "--db", db.toString())).isEqualTo(Cli.USAGE);
        assertThat(err().lines()).hasSize(1).first().asString().contains("restore needs the backup");
        reset();
        assertThat(run("restore", "homeplan-1999-01-01-000000.db", "--db", db.toString())).isEqualTo(Cli.FAILED);
        assertThat(err().lines()).hasSize(1).first().asString().contains("there is no backup");
        assertThat(db).doesNotExist();
    }

    @Test
    void helpListsTheNewCommands() {
        assertThat(run("--help")).isZero();
        assertThat(out()).contains("backups [--db PATH]", "restore BACKUP [--db PATH]");
    }
}
