package app.homeplan.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.homeplan.plan.Family;
import app.homeplan.testing.Stores;
import app.homeplan.testing.TestClock;
import app.homeplan.testing.TestFamilies;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackupsTest {
    @TempDir
    Path dir;

    private final TestClock clock = new TestClock(LocalDateTime.of(2026, 11, 2, 9, 30, 0));

    private Path db() {
        return dir.resolve("homeplan.db");
    }

    private Backups backups() {
        return new Backups(db(), clock);
    }

    @Test
    void theFirstOpenOfEachDayTakesOneCheckedPrivateBackup() throws Exception {
        try (Store store = Stores.open(db(), clock)) {
            store.families().insert(TestFamilies.everyField());
        }
        assertThat(backups().list()).as("a brand-new file has nothing to keep yet").isEmpty();

        clock.advance(Duration.ofHours(1));
        try (Store store = Stores.open(db(), clock)) {
            assertThat(store.backupProblem()).isEmpty();
        }
        clock.advance(Duration.ofHours(2));
        try (Store ignored = Stores.open(db(), clock)) {
            // second open on the same day
        }
        List<Backup> sameDay = backups().list();
        assertThat(sameDay).hasSize(1);
        Backup first = sameDay.get(0);
        assertThat(first.file().getFileName().toString()).isEqualTo("homeplan-2026-11-02-103000.db");
        assertThat(first.file().getParent()).isEqualTo(dir.resolve("backups"));
        assertThat(first.kind()).isEqualTo(BackupKind.DAILY);
        assertThat(first.sizeBytes()).isPositive();

        clock.advance(Duration.ofDays(1));
        try (Store ignored = Stores.open(db(), clock)) {
            // the next morning
        }
        assertThat(backups().list()).hasSize(2);
        assertThat(backups().hasBackupOn(LocalDate.of(2026, 11, 3))).isTrue();

        for (Backup b : backups().list()) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(b.file()))).isEqualTo("rw-------");
            Backups.verify(b.file());
            BackupContents contents = Backups.inspect(b.file());
            assertThat(contents.familyCount()).isEqualTo(2);
            assertThat(contents.childNames()).first().asString().startsWith("Mia Nguyễn Thị Ánh");
            assertThat(contents.childNames().get(1)).contains("(example)");
        }
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("backups"))))
                .isEqualTo("rwx------");
        try (Stream<Path> files = Files.list(dir.resolve("backups"))) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .as("no half-written files or SQLite side files are left in the backups folder")
                    .allMatch(n -> n.matches("homeplan-\\d{4}-\\d\\d-\\d\\d-\\d{6}\\.db"));
        }
    }

    @Test
    void aBackupIsAFaithfulCopyOfEveryFamily() throws Exception {
        Family stored;
        try (Store store = Stores.open(db(), clock)) {
            stored = store.families().insert(TestFamilies.everyField());
            store.database().backups().create(store.database().connection(), BackupKind.DAILY);
        }
        Backup backup = backups().list().get(0);
        // Opening a copy through the real store proves the backup is a complete Homeplan data file.
        Path copy = dir.resolve("copy/opened.db");
        Files.createDirectories(copy.getParent());
        Files.copy(backup.file(), copy);
        try (Store fromBackup = Stores.open(copy, clock)) {
            assertThat(fromBackup.families().count()).isEqualTo(2);
            assertThat(fromBackup.families().load(stored.id())).contains(stored);
        }
    }

    @Test
    void fourteenNewestAndOneOlderThanAMonthAreKeptAsDaysGoBy() {
        try (Store store = Stores.open(db(), clock)) {
            store.families().insert(Family.newFor("Ada"));
        }
        List<Integer> counts = new ArrayList<>();
        for (int day = 1; day <= 75; day++) {
            clock.advance(Duration.ofDays(1));
            try (Store ignored = Stores.open(db(), clock)) {
                // one working day: the first open takes the day's backup and prunes old ones
            }
            List<Backup> kept = backups().list();
            counts.add(kept.size());
            LocalDateTime now = LocalDateTime.now(clock);
            assertThat(kept).as("day %d", day).hasSizeLessThanOrEqualTo(Backups.KEEP_NEWEST + 2);
            assertThat(kept.get(0).takenAt().toLocalDate()).isEqualTo(now.toLocalDate());
            // the last 14 days are all there
            for (int back = 0; back < Math.min(day, Backups.KEEP_NEWEST); back++) {
                LocalDate wanted = now.toLocalDate().minusDays(back);
                assertThat(kept).as("day %d keeps %s", day, wanted)
                        .anyMatch(b -> b.takenAt().toLocalDate().equals(wanted));
            }
            if (day > Backups.MONTH_DAYS + 1) { // the first backup (day 1) is more than a month old from day 32
                assertThat(kept).as("day %d keeps one older than a month", day)
                        .anyMatch(b -> b.takenAt().isBefore(now.minusDays(Backups.MONTH_DAYS)));
                assertThat(kept).as("day %d: the month-old backup is not stale", day)
                        .allMatch(b -> !b.takenAt().isBefore(now.minusDays(Backups.MONTH_DAYS + Backups.KEEP_NEWEST + 4)));
            }
        }
        assertThat(counts.get(counts.size() - 1)).isEqualTo(Backups.KEEP_NEWEST + 2);
    }

    @Test
    void backupsOfAnotherDataFileInTheSameFolderAreLeftAlone() throws Exception {
        Path other = dir.resolve("clinic.db");
        try (Store a = Stores.open(db(), clock); Store b = Stores.open(other, clock)) {
            for (int i = 0; i < 20; i++) {
                clock.advance(Duration.ofDays(1));
                a.database().backups().create(a.database().connection(), BackupKind.DAILY);
            }
            b.database().backups().create(b.database().connection(), BackupKind.DAILY);
        }
        assertThat(new Backups(other, clock).list()).hasSize(1);
        assertThat(backups().list()).hasSize(Backups.KEEP_NEWEST + 1);
    }

    @Test
    void twoBackupsInOneSecondGetTwoNames() {
        try (Store store = Stores.open(db(), clock)) {
            Backup a = store.database().backups().create(store.database().connection(), BackupKind.DAILY);
            Backup b = store.database().backups().create(store.database().connection(), BackupKind.BEFORE_RESTORE);
            Backup c = store.database().backups().create(store.database().connection(), BackupKind.BEFORE_RESTORE);
            assertThat(List.of(a, b, c)).extracting(x -> x.file().getFileName().toString()).containsExactly(
                    "homeplan-2026-11-02-093000.db", "homeplan-2026-11-02-093000-before-restore.db",
                    "homeplan-2026-11-02-093000-before-restore-2.db");
        }
        assertThat(backups().list()).extracting(Backup::kind)
                .containsExactlyInAnyOrder(BackupKind.DAILY, BackupKind.BEFORE_RESTORE, BackupKind.BEFORE_RESTORE);
    }

    @Test
    void whenTheBackupsFolderCannotBeMadeTheFileStillOpensAndSaysWhy() throws Exception {
        try (Store store = Stores.open(db(), clock)) {
            store.families().insert(Family.newFor("Ada"));
        }
        Files.writeString(dir.resolve("backups"), "a file where the backups folder should be");
        clock.advance(Duration.ofDays(1));
        try (Store store = Stores.open(db(), clock)) {
            assertThat(store.families().count()).isEqualTo(2);
            assertThat(store.backupProblem()).hasValueSatisfying(text ->
                    assertThat(text).contains("could not make a backup", "backups").doesNotContain("Exception"));
        }
    }

    @Test
    void aHalfWrittenBackupLeftByACrashIsNotListedAndIsCleanedUp() throws Exception {
        try (Store store = Stores.open(db(), clock)) {
            store.families().insert(Family.newFor("Ada"));
        }
        Files.createDirectories(dir.resolve("backups"));
        Path partial = dir.resolve("backups/homeplan-2026-11-01-080000.db.partial");
        Files.writeString(partial, "half a backup");
        assertThat(backups().list()).isEmpty();
        try (Store ignored = Stores.open(db(), clock)) {
            // the day's backup cleans up
        }
        assertThat(partial).doesNotExist();
        assertThat(backups().list()).hasSize(1);
    }

    @Test
    void newestGoodSkipsADamagedBackup() throws Exception {
        try (Store store = Stores.open(db(), clock)) {
            store.families().insert(Family.newFor("Ada"));
            store.database().backups().create(store.database().connection(), BackupKind.DAILY);
            clock.advance(Duration.ofHours(1));
            store.database().backups().create(store.database().connection(), BackupKind.DAILY);
        }
        List<Backup> list = backups().list();
        Files.write(list.get(0).file(), new byte[] {1, 2, 3});
        assertThat(backups().newestGood()).contains(list.get(1));
        assertThatThrownBy(() -> Backups.verify(list.get(0).file())).isInstanceOf(StoreException.class);
    }
}
