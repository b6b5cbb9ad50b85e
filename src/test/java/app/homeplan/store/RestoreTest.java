package app.homeplan.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.homeplan.plan.Family;
import app.homeplan.testing.ReadOnlyFiles;
import app.homeplan.testing.Stores;
import app.homeplan.testing.TestClock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RestoreTest {
    @TempDir
    Path dir;

    private final TestClock clock = new TestClock(LocalDateTime.of(2026, 11, 2, 9, 30, 0));

    private Path db() {
        return dir.resolve("homeplan.db");
    }

    /** A data file with Ada, a backup of it, then Ben added after the backup. */
    private Backup adaBackedUpThenBenAdded() {
        try (Store store = Stores.open(db(), clock)) {
            store.families().insert(Family.newFor("Ada"));
            Backup backup = store.database().backups().create(store.database().connection(), BackupKind.DAILY);
            store.families().insert(Family.newFor("Ben"));
            return backup;
        }
    }

    private List<String> childNames(Store store) {
        return store.families().listAll().stream().map(f -> f.childName()).toList();
    }

    @Test
    void restoringPutsTheBackupBackAndKeepsTheCurrentFamiliesAsABackupFirst() throws Exception {
        Backup backup = adaBackedUpThenBenAdded();
        clock.advance(Duration.ofMinutes(5));

        Restore.Result result = Restore.restore(db(), backup.file(), clock);

        assertThat(result.contents().familyCount()).isEqualTo(2);
        assertThat(result.damagedKeptAt()).isEmpty();
        Backup safety = result.safetyBackup().orElseThrow();
        assertThat(safety.kind()).isEqualTo(BackupKind.BEFORE_RESTORE);
        assertThat(Backups.inspect(safety.file()).childNames()).contains("Ada", "Ben");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(db()))).isEqualTo("rw-------");
        assertThat(dir.resolve("homeplan.db-wal")).doesNotExist();
        assertThat(dir.resolve("homeplan.db.restoring")).doesNotExist();
        try (Store store = Stores.open(db(), clock)) {
            assertThat(childNames(store)).contains("Ada").doesNotContain("Ben");
        }

        // ... and the restore itself can be undone from the safety backup.
        Restore.restore(db(), safety.file(), clock);
        try (Store store = Stores.open(db(), clock)) {
            assertThat(childNames(store)).contains("Ada", "Ben");
        }
    }

    @Test
    void changesStillInTheWalFileAfterACrashAreInTheSafetyBackup() throws Exception {
        Backup backup = adaBackedUpThenBenAdded();
        // A crash: a committed change that is still only in the -wal file, as a killed Homeplan leaves it.
        Path crashed = dir.resolve("crashed");
        Files.createDirectories(crashed);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db()); Statement st = c.createStatement()) {
            st.execute("PRAGMA wal_autocheckpoint = 0");
            st.executeUpdate("UPDATE family SET child_name = 'Ben after the crash' WHERE child_name = 'Ben'");
            for (String name : List.of("homeplan.db", "homeplan.db-wal")) {
                Files.copy(dir.resolve(name), crashed.resolve(name));
            }
        }
        assertThat(Files.size(crashed.resolve("homeplan.db-wal"))).isPositive();
        Path crashedDb = crashed.resolve("homeplan.db");

        Restore.Result result = Restore.restore(crashedDb, backup.file(), clock);

        assertThat(Backups.inspect(result.safetyBackup().orElseThrow().file()).childNames())
                .contains("Ben after the crash");
        assertThat(crashed.resolve("homeplan.db-wal")).doesNotExist();
        try (Store store = Stores.open(crashedDb, clock)) {
            assertThat(childNames(store)).contains("Ada").noneMatch(n -> n.startsWith("Ben"));
        }
    }

    @Test
    void aDamagedDataFileIsMovedAsideUntouchedNeverOverwritten() throws Exception {
        Backup backup = adaBackedUpThenBenAdded();
        byte[] damaged = Files.readAllBytes(db());
        for (int i = 4096; i < damaged.length; i += 7) {
            damaged[i] = (byte) 0xA5; // every page but the first scrambled
        }
        Files.write(db(), damaged);
        assertThatThrownBy(() -> Stores.open(db(), clock)).isInstanceOf(StoreException.class)
                .extracting(e -> ((StoreException) e).problem())
                .isIn(StoreException.Problem.DAMAGED, StoreException.Problem.NOT_A_DATABASE);
        assertThat(Files.readAllBytes(db())).as("a failed open leaves the file as it was").isEqualTo(damaged);

        Restore.Result result = Restore.restore(db(), backup.file(), clock);

        Path aside = result.damagedKeptAt().orElseThrow();
        assertThat(aside.getFileName().toString()).isEqualTo("homeplan-damaged-2026-11-02-093000.db");
        assertThat(aside.getParent()).isEqualTo(dir);
        assertThat(Files.readAllBytes(aside)).isEqualTo(damaged);
        assertThat(result.safetyBackup()).isEmpty();
        try (Store store = Stores.open(db(), clock)) {
            assertThat(childNames(store)).contains("Ada");
        }
    }

    @Test
    void aFileThatIsNotADatabaseAtAllIsAlsoKeptAside() throws Exception {
        Backup backup = adaBackedUpThenBenAdded();
        Files.writeString(db(), "these are my notes, not a database ".repeat(200));
        Restore.Result result = Restore.restore(db(), backup.file(), clock);
        assertThat(Files.readString(result.damagedKeptAt().orElseThrow())).startsWith("these are my notes");
        try (Store store = Stores.open(db(), clock)) {
            assertThat(childNames(store)).contains("Ada");
        }
    }

    @Test
    void aBackupCanBeRestoredWhenTheDataFileIsGone() throws Exception {
        Backup backup = adaBackedUpThenBenAdded();
        Files.delete(db());
        Restore.Result result = Restore.restore(db(), backup.file(), clock);
        assertThat(result.safetyBackup()).isEmpty();
        assertThat(result.damagedKeptAt()).isEmpty();
        try (Store store = Stores.open(db(), clock)) {
            assertThat(childNames(store)).contains("Ada");
        }
    }

    @Test
    void whileHomeplanHasTheFileOpenARestoreIsRefusedAndNothingChanges() throws Exception {
        Backup backup = adaBackedUpThenBenAdded();
        try (Store open = Stores.open(db(), clock)) {
            assertThatThrownBy(() -> Restore.restore(db(), backup.file(), clock))
                    .isInstanceOf(StoreException.class)
                    .hasMessageContaining("already open")
                    .extracting(e -> ((StoreException) e).problem()).isEqualTo(StoreException.Problem.IN_USE);
            assertThat(childNames(open)).contains("Ada", "Ben");
        }
        assertThat(new Backups(db(), clock).list()).hasSize(1);
    }

    @Test
    void aDamagedBackupIsRefusedBeforeAnythingIsTouched() throws Exception {
        Backup backup = adaBackedUpThenBenAdded();
        byte[] before = Files.readAllBytes(db());
        Files.write(backup.file(), new byte[8192]);
        assertThatThrownBy(() -> Restore.restore(db(), backup.file(), clock))
                .isInstanceOf(StoreException.class).hasMessageContaining(backup.file().getFileName().toString());
        assertThat(Files.readAllBytes(db())).isEqualTo(before);
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).doesNotContain("homeplan.db.restoring")
                    .noneMatch(n -> n.contains("damaged"));
        }
    }

    @Test
    void aDataFileThisUserMayNotChangeIsNotReplaced() throws Exception {
        Backup backup = adaBackedUpThenBenAdded();
        byte[] before = Files.readAllBytes(db());
        ReadOnlyFiles.makeReadOnly(db());
        try {
            assertThatThrownBy(() -> Restore.restore(db(), backup.file(), clock))
                    .isInstanceOf(StoreException.class).hasMessageContaining("cannot be changed (it is read-only)");
        } finally {
            ReadOnlyFiles.makeWritable(db());
        }
        assertThat(Files.readAllBytes(db())).isEqualTo(before);
    }

    @Test
    void aBackupFromANewerHomeplanIsRefused() throws Exception {
        Backup backup = adaBackedUpThenBenAdded();
        Path newer = dir.resolve("newer.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + newer); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE family (child_name TEXT, example INTEGER)");
            st.execute("PRAGMA user_version = 99");
        }
        assertThatThrownBy(() -> Restore.restore(db(), newer, clock))
                .isInstanceOf(StoreException.class).hasMessageContaining("newer version of Homeplan");
        assertThat(backup.file()).exists();
    }
}
