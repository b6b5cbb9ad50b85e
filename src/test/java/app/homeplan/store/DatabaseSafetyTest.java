package app.homeplan.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.homeplan.plan.Family;
import app.homeplan.testing.ChildJvm;
import app.homeplan.testing.HoldOpen;
import app.homeplan.testing.ReadOnlyFiles;
import app.homeplan.testing.Stores;
import app.homeplan.testing.TestClock;
import app.homeplan.testing.TestFamilies;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The faults a data file meets: updates, a second Homeplan, read-only files, a full disk, damage. */
class DatabaseSafetyTest {
    /** A schema change like the ones future versions bring, to exercise the update path now. */
    private static final String FUTURE_V2 = "ALTER TABLE family ADD COLUMN future_note TEXT NOT NULL DEFAULT ''";

    @TempDir
    Path dir;

    private final TestClock clock = new TestClock(LocalDateTime.of(2026, 11, 2, 9, 30, 0));
    private final List<Path> madeReadOnly = new ArrayList<>();

    @AfterEach
    void makeWritableAgain() throws Exception {
        for (Path p : madeReadOnly) {
            ReadOnlyFiles.makeWritable(p);
        }
    }

    private void readOnly(Path p) throws Exception {
        madeReadOnly.add(p);
        ReadOnlyFiles.makeReadOnly(p);
    }

    private Path db() {
        return dir.resolve("homeplan.db");
    }

    private static List<String> withFutureVersion() {
        List<String> migrations = new ArrayList<>(Database.bundledMigrations());
        migrations.add(FUTURE_V2);
        return migrations;
    }

    // --- updates ---------------------------------------------------------------------------------

    @Test
    void aBackupIsTakenBeforeEveryUpdateEvenIfTodaysBackupExists() throws Exception {
        Family mia;
        try (Store store = Stores.open(db(), clock)) {
            mia = store.families().insert(TestFamilies.everyField());
        }
        try (Store ignored = Stores.open(db(), clock)) {
            // today's daily backup
        }
        clock.advance(Duration.ofHours(1));
        int before = Database.knownVersion();
        try (Database updated = Database.open(db(), clock, withFutureVersion())) {
            assertThat(updated.schemaVersion()).isEqualTo(before + 1);
            assertThat(new FamilyRepository(updated).load(mia.id())).contains(mia);
        }
        List<Backup> backups = new Backups(db(), clock).list();
        assertThat(backups).extracting(Backup::kind).containsExactly(BackupKind.BEFORE_UPDATE, BackupKind.DAILY);
        assertThat(Backups.inspect(backups.get(0).file()).schemaVersion()).isEqualTo(before);
    }

    @Test
    void withoutABackupThereIsNoUpdateAndTheFileIsLeftAsItWas() throws Exception {
        try (Store store = Stores.open(db(), clock)) {
            store.families().insert(Family.newFor("Ada"));
        }
        Files.writeString(dir.resolve("backups"), "not a folder");
        byte[] before = Files.readAllBytes(db());
        assertThatThrownBy(() -> Database.open(db(), clock, withFutureVersion()))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("needs to update the data file")
                .hasMessageContaining("could not make a backup")
                .hasMessageContaining("has not been changed");
        assertThat(Files.readAllBytes(db())).isEqualTo(before);
        try (Store store = Stores.open(db(), clock)) {
            assertThat(store.database().schemaVersion()).isEqualTo(Database.knownVersion());
        }
    }

    // --- a second Homeplan -----------------------------------------------------------------------

    @Test
    void aSecondOpenInThisProgramIsRefusedAndTheFirstKeepsItsLock() {
        try (Store first = Stores.open(db(), clock)) {
            assertThatThrownBy(() -> Stores.open(db(), clock))
                    .isInstanceOf(StoreException.class)
                    .hasMessageContaining("already open with the data file")
                    .extracting(e -> ((StoreException) e).problem()).isEqualTo(StoreException.Problem.IN_USE);
            // the refused attempt must not have dropped the first one's lock
            assertThatThrownBy(() -> DatabaseLock.acquire(db())).isInstanceOf(StoreException.class);
            first.families().insert(Family.newFor("Still writable"));
        }
        try (Store again = Stores.open(db(), clock)) {
            assertThat(again.families().count()).isEqualTo(2);
        }
    }

    @Test
    void anotherRunningHomeplanIsRefusedAndItsCrashFreesTheFile() throws Exception {
        try (Store store = Stores.open(db(), clock)) {
            store.families().insert(Family.newFor("Ada"));
        }
        Process other = ChildJvm.start(ChildJvm.command(List.of(), HoldOpen.class, db().toString()));
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(other.getInputStream(), StandardCharsets.UTF_8));
            assertThat(out.readLine()).isEqualTo("open 2");

            assertThatThrownBy(() -> Stores.open(db(), clock))
                    .isInstanceOf(StoreException.class)
                    .hasMessage("Homeplan is already open with the data file " + db()
                            + ", in another window or by another user of this computer. Close it there and try"
                            + " again; two copies of Homeplan must never change the same file.");
        } finally {
            other.destroyForcibly();
            other.waitFor(10, TimeUnit.SECONDS);
        }
        try (Store store = Stores.open(db(), clock)) {
            assertThat(store.families().count()).as("a crashed Homeplan leaves no lock behind").isEqualTo(2);
        }
    }

    // --- read-only files and folders -------------------------------------------------------------

    @Test
    void aReadOnlyFileOpensForReadingAndRefusesEveryChangeWithASentence() throws Exception {
        Family ada;
        try (Store store = Stores.open(db(), clock)) {
            ada = store.families().insert(Family.newFor("Ada"));
        }
        readOnly(db());
        byte[] before = Files.readAllBytes(db());
        try (Store store = Stores.open(db(), clock)) {
            assertThat(store.isReadOnly()).isTrue();
            assertThat(store.families().count()).isEqualTo(2);
            assertThat(store.families().load(ada.id())).contains(ada);
            assertThatThrownBy(() -> store.families().insert(Family.newFor("Ben")))
                    .isInstanceOf(StoreException.class)
                    .hasMessageContaining("can only be read, so the change was not saved")
                    .extracting(e -> ((StoreException) e).problem()).isEqualTo(StoreException.Problem.READ_ONLY);
            assertThatThrownBy(() -> store.families().saveChanges(ada, ada.toBuilder().otherAttendees("x").build()))
                    .isInstanceOf(StoreException.class);
            assertThatThrownBy(() -> store.families().delete(ada.id())).isInstanceOf(StoreException.class);
        }
        assertThat(Files.readAllBytes(db())).isEqualTo(before);
        assertThat(new Backups(db(), clock).list()).as("nothing is written, not even a backup").isEmpty();
    }

    @Test
    void aFileInAReadOnlyFolderOpensForReading() throws Exception {
        Path folder = dir.resolve("shared");
        Path file = folder.resolve("homeplan.db");
        try (Store store = Stores.open(file, clock)) {
            store.families().insert(Family.newFor("Ada"));
        }
        assertThat(folder.resolve("homeplan.db-wal")).as("closed cleanly").doesNotExist();
        readOnly(folder);
        try (Store store = Stores.open(file, clock)) {
            assertThat(store.isReadOnly()).isTrue();
            assertThat(store.families().listAll()).extracting(f -> f.childName()).contains("Ada");
            assertThatThrownBy(() -> store.families().insert(Family.newFor("Ben")))
                    .hasMessageContaining("can only be read");
        }
    }

    @Test
    void aReadOnlyFileFromAnOlderHomeplanIsRefusedWithWhatToDo() throws Exception {
        try (Store store = Stores.open(db(), clock)) {
            store.families().insert(Family.newFor("Ada"));
        }
        readOnly(db());
        assertThatThrownBy(() -> Database.open(db(), clock, withFutureVersion()))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("needs updating")
                .hasMessageContaining("Copy it to a folder you can write to");
    }

    // --- a full disk -----------------------------------------------------------------------------

    @Test
    void aFullDiskWhileSavingSaysSoKeepsWhatWasSavedAndSavingResumesAfterwards() throws Exception {
        try (Store store = Stores.open(db(), clock)) {
            FamilyRepository repo = store.families();
            Family saved = repo.insert(Family.newFor("Ada"));
            Family edited = saved.toBuilder().otherAttendees(TestFamilies.longText(100_000)).build();
            // SQLite's own limit on the file's size gives exactly the error a full disk gives (SQLITE_FULL).
            try (Statement st = store.database().connection().createStatement()) {
                ResultSet rs = st.executeQuery("PRAGMA page_count");
                st.execute("PRAGMA max_page_count = " + rs.getInt(1));
            }
            assertThatThrownBy(() -> repo.saveChanges(saved, edited))
                    .isInstanceOf(StoreException.class)
                    .hasMessage("The disk is full, so Homeplan could not save to " + db()
                            + ". Free some space; your work is still on screen.")
                    .extracting(e -> ((StoreException) e).problem()).isEqualTo(StoreException.Problem.DISK_FULL);
            assertThat(repo.load(saved.id())).contains(saved);

            try (Statement st = store.database().connection().createStatement()) {
                st.execute("PRAGMA max_page_count = 1073741823");
            }
            Family stored = repo.saveChanges(saved, edited);
            assertThat(repo.load(saved.id())).contains(stored);
        }
        try (Store store = Stores.open(db(), clock);
             Statement st = store.database().connection().createStatement();
             ResultSet rs = st.executeQuery("PRAGMA integrity_check")) {
            assertThat(rs.getString(1)).isEqualTo("ok");
        }
    }

    // --- damage ----------------------------------------------------------------------------------

    @Test
    void aDamagedFileIsRefusedWithASentenceAndLeftExactlyAsItWas() throws Exception {
        try (Store store = Stores.open(db(), clock)) {
            store.families().insert(TestFamilies.everyField());
        }
        byte[] bytes = Files.readAllBytes(db());
        // Scramble the middle of the file (the families' pages), keeping the header intact.
        for (int i = bytes.length / 3; i < bytes.length / 2; i += 5) {
            bytes[i] = (byte) (bytes[i] ^ 0x5A);
        }
        Files.write(db(), bytes);
        assertThatThrownBy(() -> Stores.open(db(), clock))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("is damaged")
                .hasMessageContaining("restore the newest backup")
                .extracting(e -> ((StoreException) e).problem()).isEqualTo(StoreException.Problem.DAMAGED);
        assertThat(Files.readAllBytes(db())).isEqualTo(bytes);
        assertThat(new Backups(db(), clock).list()).as("a damaged file is not backed up over good backups").isEmpty();
    }
}
