package app.homeplan.safety.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.homeplan.plan.Family;
import app.homeplan.safety.ui.RestoreViewModel.BackupRow;
import app.homeplan.safety.ui.RestoreViewModel.Outcome;
import app.homeplan.store.Backup;
import app.homeplan.store.BackupKind;
import app.homeplan.store.Store;
import app.homeplan.store.StoreException;
import app.homeplan.store.StoreThread;
import app.homeplan.testing.Stores;
import app.homeplan.testing.TestClock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RestoreViewModelTest {
    @TempDir
    Path dir;

    private final StoreThread storeThread = new StoreThread();
    private final TestClock clock = new TestClock(LocalDateTime.of(2026, 11, 2, 9, 30));

    @AfterEach
    void stop() {
        storeThread.close();
    }

    private Path db() {
        return dir.resolve("homeplan.db");
    }

    private RestoreViewModel model() {
        return new RestoreViewModel(db(), storeThread, Runnable::run, clock);
    }

    @Test
    void theListSaysWhenWhyAndWhatEachBackupHolds() throws Exception {
        try (Store store = Stores.open(db(), clock)) {
            for (String name : new String[] {"Ada", "Ben", "Chloé", "Dương", "Eli"}) {
                store.families().insert(Family.newFor(name));
            }
            store.database().backups().create(store.database().connection(), BackupKind.DAILY);
            clock.advance(Duration.ofHours(2));
            store.database().backups().create(store.database().connection(), BackupKind.BEFORE_UPDATE);
        }
        Files.write(dir.resolve("backups/homeplan-2026-10-01-080000.db"), new byte[] {1, 2, 3});

        RestoreViewModel model = model();
        model.load().get(10, TimeUnit.SECONDS);

        assertThat(model.rows()).hasSize(3);
        BackupRow newest = model.rows().get(0);
        assertThat(newest.whenText()).isEqualTo("2 Nov 2026, 11:30 am (before an update)");
        assertThat(newest.familiesText()).isEqualTo("6 families");
        assertThat(newest.childrenText()).isEqualTo("Ada, Ben, Chloé and 3 more");
        assertThat(newest.sizeText()).endsWith("KB");
        assertThat(model.rows().get(1).whenText()).isEqualTo("2 Nov 2026, 9:30 am");
        BackupRow broken = model.rows().get(2);
        assertThat(broken.readable()).isFalse();
        assertThat(broken.familiesText()).isEqualTo("Cannot be read");
        assertThat(model.errorProperty().get()).isEmpty();
        assertThat(model.loadingProperty().get()).isFalse();
    }

    @Test
    void restoringClosesTheOpenStoreAndHandsBackTheRestoredOne() throws Exception {
        Store open = Stores.open(db(), clock);
        open.families().insert(Family.newFor("Ada"));
        Backup backup = open.database().backups().create(open.database().connection(), BackupKind.DAILY);
        open.families().insert(Family.newFor("Ben"));

        Outcome outcome = model().restore(open, backup).get(10, TimeUnit.SECONDS);

        assertThat(outcome.restoreFailure()).isNull();
        assertThat(outcome.openFailure()).isNull();
        try (Store reopened = outcome.reopened()) {
            assertThat(reopened.families().listAll()).extracting(f -> f.childName()).contains("Ada").doesNotContain("Ben");
        }
        String done = RestoreViewModel.doneMessage(new BackupRow(backup, null), outcome.result());
        assertThat(done).isEqualTo("The backup taken 2 Nov 2026, 9:30 am is back in place (2 families)."
                + " The families as they were just before are kept in the backup taken 2 Nov 2026, 9:30 am"
                + " (before a restore).");
    }

    @Test
    void whenTheRestoreFailsTheDataFileIsOpenedAgainAsItWas() throws Exception {
        Store open = Stores.open(db(), clock);
        open.families().insert(Family.newFor("Ada"));
        Backup backup = open.database().backups().create(open.database().connection(), BackupKind.DAILY);
        Files.write(backup.file(), new byte[4096]);

        Outcome outcome = model().restore(open, backup).get(10, TimeUnit.SECONDS);

        assertThat(outcome.restored()).isFalse();
        assertThat(outcome.restoreFailure()).isInstanceOf(StoreException.class)
                .hasMessageContaining("Choose another backup");
        try (Store reopened = outcome.reopened()) {
            assertThat(reopened.families().count()).isEqualTo(2);
        }
    }
}
