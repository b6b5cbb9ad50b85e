package app.homeplan.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.homeplan.plan.Family;
import app.homeplan.testing.CliRun;
import app.homeplan.testing.Stores;
import app.homeplan.testing.TestFamilies;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Issue 21: a data file or backup is trusted only with Homeplan's own schema and values. The crafted
 * files of the security review: a trigger that deletes another family's goals on the next import, a
 * recursive trigger that hangs every import, an unknown status that made {@code list} fail.
 */
class UntrustedDatabaseTest {
    @TempDir
    Path dir;

    private final CliRun cli = new CliRun();

    /** A real data file with two families, then changed behind Homeplan's back with {@code sql}. */
    private Path crafted(String name, String sql) throws Exception {
        Path file = dir.resolve(name);
        try (Store store = Stores.open(file)) {
            store.families().insert(TestFamilies.everyField());
            store.families().insert(Family.newFor("Ben"));
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            st.executeUpdate(sql);
        }
        return file;
    }

    private static long goals(Path db) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT count(*) FROM goal")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    void aBackupWithATriggerThatDeletesGoalsIsNotRestored() throws Exception {
        Path db = dir.resolve("homeplan.db");
        try (Store store = Stores.open(db)) {
            store.families().insert(TestFamilies.everyField());
        }
        long goalsBefore = goals(db);
        assertThat(goalsBefore).isPositive();
        Path backup = crafted("homeplan-2026-12-01-090000.db",
                "CREATE TRIGGER tidy AFTER INSERT ON family BEGIN DELETE FROM goal WHERE family_id <> NEW.id; END");

        assertThat(cli.run("restore", backup.toString(), "--db", db.toString())).isEqualTo(1);
        assertThat(cli.errorLine()).isEqualTo("homeplan: The backup " + backup + " has a part that Homeplan did not make or"
                + " has lost one it made (the trigger \u201ctidy\u201d), so it is not trusted and was not restored. Choose another backup.");
        assertThat(goals(db)).isEqualTo(goalsBefore);
        assertThatThrownBy(() -> Restore.restore(db, backup, java.time.Clock.systemUTC()))
                .isInstanceOfSatisfying(StoreException.class, e -> assertThat(e.problem()).isEqualTo(StoreException.Problem.DAMAGED));
    }

    @Test
    void aDataFileWithATriggerOrViewOrTableHomeplanDidNotMakeIsDamageNotTrusted() throws Exception {
        Path trigger = crafted("trigger.db",
                "CREATE TRIGGER tidy AFTER INSERT ON family BEGIN DELETE FROM goal WHERE family_id <> NEW.id; END");
        long goalsBefore = goals(trigger);
        assertThatThrownBy(() -> Stores.open(trigger))
                .isInstanceOfSatisfying(StoreException.class, e -> assertThat(e.problem()).isEqualTo(StoreException.Problem.DAMAGED))
                .hasMessage("The data file " + trigger + " has a part that Homeplan did not make or has lost"
                        + " one it made (the trigger \u201ctidy\u201d), so it may have been changed outside Homeplan and is not trusted. It has been left as it is;"
                        + " restore the newest backup to carry on.");
        assertThat(cli.run("import", dir.resolve("any.homeplan.json").toString(), "--db", trigger.toString())).isEqualTo(1);
        assertThat(goals(trigger)).isEqualTo(goalsBefore);

        Path view = crafted("view.db", "CREATE VIEW everyone AS SELECT child_name FROM family");
        assertThat(cli.run("list", "--db", view.toString())).isEqualTo(1);
        assertThat(cli.errorLine()).contains("(the view \u201ceveryone\u201d)");

        Path table = crafted("table.db", "CREATE TABLE copied (name TEXT)");
        assertThat(cli.run("list", "--db", table.toString())).isEqualTo(1);
        assertThat(cli.errorLine()).contains("(the table \u201ccopied\u201d)");

        Path changedTrigger = crafted("changed.db", "DROP TRIGGER family_search_delete;"
                + " CREATE TRIGGER family_search_delete AFTER DELETE ON family BEGIN DELETE FROM goal; END");
        assertThat(cli.run("list", "--db", changedTrigger.toString())).isEqualTo(1);
        assertThat(cli.errorLine()).contains("(the trigger \u201cfamily_search_delete\u201d)");

        Path missing = crafted("missing.db", "DROP INDEX IF EXISTS " + anIndex());
        assertThat(cli.run("list", "--db", missing.toString())).isEqualTo(1);
        assertThat(cli.errorLine()).contains("has lost one it made (the index");
    }

    @Test
    void aRecursiveTriggerIsRefusedAtOnceInsteadOfHangingEveryImport() throws Exception {
        Path db = crafted("recursive.db", "PRAGMA recursive_triggers = ON;"
                + " CREATE TRIGGER again AFTER UPDATE ON family BEGIN UPDATE family SET hopes = hopes || 'x' WHERE id = NEW.id; END");
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            assertThat(cli.run("import", dir.resolve("x.homeplan.json").toString(), "--db", db.toString())).isEqualTo(1);
            assertThat(cli.run("list", "--db", db.toString())).isEqualTo(1);
            assertThat(cli.errorLine()).contains("(the trigger \u201cagain\u201d)");
        });
    }

    @Test
    void anUnknownStatusIsDamageInOneSentenceAndNothingIsLost() throws Exception {
        Path db = crafted("status.db", "UPDATE family SET status = 'ARCHIVED' WHERE child_name = 'Ben'");
        byte[] before = Files.readAllBytes(db);
        assertThat(cli.run("list", "--db", db.toString())).isEqualTo(1);
        assertThat(cli.errorLine()).isEqualTo("homeplan: The data file " + db + " holds a value Homeplan never writes"
                + " (\u201cARCHIVED\u201d in family.status), so it may have been changed outside Homeplan and is not trusted."
                + " It has been left as it is; restore the newest backup to carry on.");
        assertThat(cli.run("export-pdf", "--family", "1", "-o", dir.resolve("plan.pdf").toString(), "--db", db.toString()))
                .isEqualTo(1);
        assertThat(cli.errorLine()).contains("\u201cARCHIVED\u201d in family.status");
        assertThatThrownBy(() -> Stores.open(db)).isInstanceOfSatisfying(StoreException.class,
                e -> assertThat(e.problem()).isEqualTo(StoreException.Problem.DAMAGED));
        assertThat(Files.readAllBytes(db)).as("left as it is").isEqualTo(before);
        assertThat(dir.resolve("backups")).as("no backup of an untrusted file is offered later").doesNotExist();

        Path kind = crafted("kind.db", "UPDATE support SET kind = 'ROBOT'");
        assertThat(cli.run("list", "--db", kind.toString())).isEqualTo(1);
        assertThat(cli.errorLine()).contains("\u201cROBOT\u201d in support.kind");
    }

    @Test
    void devicesPipesFoldersAndLinksAreNeverRestoredAndTheSentenceSaysWhatTheyAre() throws Exception {
        Path db = dir.resolve("homeplan.db");
        try (Store store = Stores.open(db)) {
            store.families().insert(Family.newFor("Ada"));
        }
        byte[] before = Files.readAllBytes(db);
        // A real backup, good in itself, so a link to it is refused for being a link and nothing else.
        Path good = crafted("homeplan-2026-12-01-090000.db", "SELECT 1");
        Path fifo = dir.resolve("backup-pipe.db");
        assertThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor()).isZero();
        Path folder = Files.createDirectory(dir.resolve("backup-folder.db"));
        Path linkToZero = Files.createSymbolicLink(dir.resolve("backup-zero.db"), Path.of("/dev/zero"));
        Path linkToGood = Files.createSymbolicLink(dir.resolve("backup-link.db"), good);
        java.util.Map<Path, String> whatItIs = new java.util.LinkedHashMap<>();
        whatItIs.put(Path.of("/dev/zero"), "a device");
        whatItIs.put(fifo, "a pipe (a channel between programs)");
        whatItIs.put(folder, "a folder");
        whatItIs.put(linkToZero, "a link to another file");
        whatItIs.put(linkToGood, "a link to another file");
        whatItIs.forEach((notAFile, kind) -> assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            assertThat(cli.run("restore", notAFile.toString(), "--db", db.toString())).as(notAFile.toString()).isEqualTo(1);
            assertThat(cli.errorLine()).isEqualTo("homeplan: \u201c" + notAFile + "\u201d is " + kind
                    + ", not a backup file, so nothing was restored. Run backups to see the backups in " + dir.resolve("backups") + ".");
            // The app's restore (Restore.restore) says the same of the same file.
            assertThatThrownBy(() -> Restore.restore(db, notAFile, java.time.Clock.systemUTC()))
                    .isInstanceOf(StoreException.class)
                    .hasMessage(notAFile + " is " + kind + ", not a backup file, so nothing was restored."
                            + " Choose one of the backups listed; a backup is an ordinary file in the backups folder.");
        }));
        assertThat(Files.readAllBytes(db)).as("the data file is left byte for byte").isEqualTo(before);
        assertThat(cli.run("list", "--db", db.toString())).isZero();
        assertThat(cli.out()).contains("Ada");
        // The backup itself, not through a link, is restored: the refusals were for what the names were.
        assertThat(cli.run("restore", good.toString(), "--db", db.toString())).isZero();
    }

    @Test
    void everyConnectionDistrustsTheFilesSchema() throws Exception {
        try (Store store = Stores.open(dir.resolve("homeplan.db"));
             Statement st = store.database().connection().createStatement();
             ResultSet rs = st.executeQuery("PRAGMA trusted_schema")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getInt(1)).isZero();
        }
    }

    @Test
    void homeplansOwnFilesOfEveryVersionAreTrusted() throws Exception {
        // The data file the first release wrote, brought up to date.
        Path v1 = dir.resolve("v1.db");
        try (java.io.InputStream in = getClass().getResourceAsStream("/store/v1-fixture.db")) {
            Files.copy(in, v1);
        }
        assertThat(cli.run("list", "--db", v1.toString())).isZero();
        // A file made at each earlier version, with a family, then opened by this Homeplan.
        java.util.List<String> all = Database.bundledMigrations();
        for (int version = 1; version < all.size(); version++) {
            Path older = dir.resolve("v" + version + "-made.db");
            try (Database made = Database.open(older, java.time.Clock.systemUTC(), all.subList(0, version));
                 Statement st = made.connection().createStatement()) {
                assertThat(made.schemaVersion()).isEqualTo(version);
            }
            assertThat(cli.run("list", "--db", older.toString())).as("version %d", version).isZero();
        }
    }

    private String anIndex() throws Exception {
        Path file = dir.resolve("probe.db");
        try (Store store = Stores.open(file);
             Statement st = store.database().connection().createStatement();
             ResultSet rs = st.executeQuery("SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL LIMIT 1")) {
            assertThat(rs.next()).isTrue();
            return rs.getString(1);
        }
    }
}
