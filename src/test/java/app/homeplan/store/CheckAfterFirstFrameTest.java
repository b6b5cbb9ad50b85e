package app.homeplan.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.homeplan.plan.Family;
import app.homeplan.testing.DamagedFiles;
import app.homeplan.testing.Stores;
import app.homeplan.testing.TestClock;
import app.homeplan.testing.TestFamilies;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The window opens its data file without waiting for the whole-file check ({@code quick_check}: half a
 * second at 10,000 families) and runs it after the first frame ({@link Store#openCheckingLater}). On a
 * real SQLite file: families can be read meanwhile, nothing is written to the file before the check
 * passes, and a file that fails it is never written at all.
 */
class CheckAfterFirstFrameTest {
    @TempDir
    Path dir;

    private final TestClock clock = new TestClock(LocalDateTime.of(2026, 11, 2, 9, 30, 0));

    private Path db() {
        return dir.resolve("homeplan.db");
    }

    /** A file with the example family and Ada, made yesterday (so today's open is the first of the day). */
    private void madeYesterday() {
        try (Store store = Stores.open(db(), clock)) {
            store.families().insert(TestFamilies.everyField());
        }
        clock.advance(Duration.ofDays(1));
    }

    @Test
    void aGoodFileIsReadBeforeTheCheckAndWrittenOnlyAfterIt() throws Exception {
        madeYesterday();
        byte[] before = Files.readAllBytes(db());
        try (Store store = Store.openCheckingLater(db(), clock, false)) {
            assertThat(store.database().checksPending()).isTrue();
            assertThat(store.families().count()).isEqualTo(2);
            assertThat(Files.readAllBytes(db())).as("nothing written before the check").isEqualTo(before);
            assertThat(new Backups(db(), clock).list()).as("today's backup waits for the check").isEmpty();

            store.finishChecks();

            assertThat(store.database().checksPending()).isFalse();
            assertThat(new Backups(db(), clock).list()).extracting(Backup::kind).containsExactly(BackupKind.DAILY);
            store.families().insert(Family.newFor("Bo"));
            assertThat(store.families().count()).isEqualTo(3);
        }
    }

    @Test
    void theFirstWriteRunsTheCheckFirst() throws Exception {
        madeYesterday();
        try (Store store = Store.openCheckingLater(db(), clock, false)) {
            store.families().insert(Family.newFor("Bo"));
            assertThat(store.database().checksPending()).isFalse();
            assertThat(new Backups(db(), clock).list()).as("the backup holds the file as it was before the write")
                    .singleElement().satisfies(b -> assertThat(Backups.inspect(b.file()).familyCount()).isEqualTo(2));
        }
    }

    @Test
    void aFileThatFailsTheCheckIsReadableButNeverWritten() throws Exception {
        madeYesterday();
        DamagedFiles.breakPageOf(db(), "access_log"); // a table neither the opening nor the home list reads
        byte[] damaged = Files.readAllBytes(db());
        try (Store store = Store.openCheckingLater(db(), clock, false)) {
            assertThat(store.families().count()).as("the home list can be shown").isEqualTo(2);

            assertThatThrownBy(() -> store.families().insert(Family.newFor("Bo")))
                    .isInstanceOf(StoreException.class)
                    .hasMessageContaining("is damaged")
                    .extracting(e -> ((StoreException) e).problem()).isEqualTo(StoreException.Problem.DAMAGED);
            assertThatThrownBy(store::finishChecks).hasMessageContaining("is damaged");
            assertThatThrownBy(() -> store.families().insert(Family.newFor("Cy"))).hasMessageContaining("is damaged");
        }
        assertThat(Files.readAllBytes(db())).as("the damaged file is left exactly as it was").isEqualTo(damaged);
        assertThat(new Backups(db(), clock).list()).as("a damaged file is not backed up over good backups").isEmpty();
    }

    @Test
    void aDamagedFileStillFailsAtOnceWhereTheCheckIsNotLeft() throws Exception {
        madeYesterday();
        DamagedFiles.breakPageOf(db(), "access_log");
        assertThatThrownBy(() -> Stores.open(db(), clock)).hasMessageContaining("is damaged");
    }

    @Test
    void aFileThatNeedsAnUpdateIsCheckedAndBackedUpBeforeItOpens() throws Exception {
        List<String> migrations = new ArrayList<>(Database.bundledMigrations());
        try (Database first = Database.open(db(), clock, migrations)) {
            assertThat(first.schemaVersion()).isEqualTo(migrations.size());
        }
        migrations.add("ALTER TABLE family ADD COLUMN future_note TEXT NOT NULL DEFAULT ''");
        try (Database updated = Database.openCheckingLater(db(), clock, migrations)) {
            assertThat(updated.checksPending()).isFalse();
            assertThat(updated.schemaVersion()).isEqualTo(migrations.size());
            assertThat(updated.backups().list()).extracting(Backup::kind).contains(BackupKind.BEFORE_UPDATE);
        }
    }
}
