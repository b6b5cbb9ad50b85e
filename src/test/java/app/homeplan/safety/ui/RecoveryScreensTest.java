package app.homeplan.safety.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.homeplan.HomeplanApp;
import app.homeplan.families.ui.FamilyListView;
import app.homeplan.plan.Family;
import app.homeplan.plan.FamilySummary;
import app.homeplan.startup.AppConfig;
import app.homeplan.store.Backup;
import app.homeplan.store.BackupKind;
import app.homeplan.store.Backups;
import app.homeplan.store.Store;
import app.homeplan.testing.DamagedFiles;
import app.homeplan.testing.ReadOnlyFiles;
import app.homeplan.testing.Stores;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import java.util.stream.Stream;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The real window, headless: restoring from the home screen, and the ways out when the data file will not open. */
class RecoveryScreensTest {
    @TempDir
    Path dir;

    private Path db;
    private HomeplanApp app;
    private Preferences prefs;

    @BeforeEach
    void setUp() throws Exception {
        db = dir.resolve("homeplan.db");
        prefs = Preferences.userRoot().node("app/homeplan/test-recovery");
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void tearDown() throws Exception {
        closeDialogs();
        if (app != null) {
            FxToolkit.cleanupApplication(app);
        }
        FxToolkit.cleanupStages();
        prefs.removeNode();
        ReadOnlyFiles.makeWritable(db);
    }

    private void start() throws Exception {
        app = (HomeplanApp) FxToolkit.setupApplication(() -> new HomeplanApp(new AppConfig(db, prefs, false)));
    }

    private <T extends Node> T waitForNode(String selector, Class<T> type) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> find(selector).isPresent());
        return type.cast(find(selector).orElseThrow());
    }

    /** A node by CSS selector in any open window (dialogs included). */
    private static Optional<Node> find(String selector) {
        return onFx(() -> Window.getWindows().stream()
                .filter(w -> w.getScene() != null)
                .map(w -> w.getScene().getRoot().lookup(selector))
                .filter(n -> n != null)
                .findFirst());
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> work) {
        return WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(work));
    }

    private static void onFx(Runnable work) {
        WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(work));
    }

    /** Clicks a button without waiting for what it opens (a dialog runs its own event loop). */
    private static void press(Button button) {
        Platform.runLater(button::fire);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static Optional<DialogPane> dialogWithHeader(String header) {
        return onFx(() -> Window.getWindows().stream()
                .filter(w -> w.getScene() != null && w.getScene().getRoot() instanceof DialogPane)
                .map(w -> (DialogPane) w.getScene().getRoot())
                .filter(p -> header.equals(p.getHeaderText()))
                .findFirst());
    }

    private static DialogPane waitForDialog(String header) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> dialogWithHeader(header).isPresent());
        return dialogWithHeader(header).orElseThrow();
    }

    private static void pressDialogButton(DialogPane pane, ButtonBar.ButtonData data) {
        ButtonType type = pane.getButtonTypes().stream().filter(t -> t.getButtonData() == data).findFirst().orElseThrow();
        press((Button) pane.lookupButton(type));
    }

    private static void closeDialogs() {
        onFx((Runnable) () -> List.copyOf(Window.getWindows()).stream()
                .filter(w -> w instanceof Stage && w.getScene() != null && w.getScene().getRoot() instanceof DialogPane)
                .forEach(w -> ((Stage) w).close()));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private List<String> shownChildren() throws Exception {
        FamilyListView home = waitForNode("#familyList", FamilyListView.class);
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> home.model().totalFamiliesProperty().get() >= 0);
        WaitForAsyncUtils.waitForFxEvents();
        return onFx(() -> home.model().families().stream().map(FamilySummary::childName).toList());
    }

    @Test
    void aBackupIsChosenFromTheHomeScreenAndPutBack() throws Exception {
        try (Store store = Stores.open(db)) {
            store.families().insert(Family.newFor("Ada"));
            store.database().backups().create(store.database().connection(), BackupKind.DAILY);
            store.families().insert(Family.newFor("Ben"));
        }
        start();
        assertThat(shownChildren()).contains("Ada", "Ben");

        press(waitForNode("#restoreBackup", Button.class));
        DialogPane chooser = waitForDialog("Restore from a backup");
        @SuppressWarnings("unchecked")
        TableView<RestoreViewModel.BackupRow> table = (TableView<RestoreViewModel.BackupRow>) chooser.lookup("#backupTable");
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> table.getItems().size() == 1);
        Button restore = (Button) chooser.lookupButton(RestoreDialog.RESTORE);
        assertThat(restore.isDisabled()).as("nothing chosen yet").isTrue();
        onFx((Runnable) () -> table.getSelectionModel().select(0));
        assertThat(table.getSelectionModel().getSelectedItem().childrenText()).isEqualTo("Ada, Mia Nguyen (example)");
        press(restore);

        DialogPane confirm = waitForDialog("Restore this backup?");
        assertThat(confirm.getContentText()).contains("2 families", "kept as a backup first");
        pressDialogButton(confirm, ButtonBar.ButtonData.OK_DONE);

        DialogPane done = waitForDialog("Backup restored");
        assertThat(done.getContentText()).contains("is back in place (2 families)", "(before a restore)");
        pressDialogButton(done, ButtonBar.ButtonData.OK_DONE);
        assertThat(shownChildren()).contains("Ada").doesNotContain("Ben");
        assertThat(Backups.of(db).list()).extracting(Backup::kind).contains(BackupKind.BEFORE_RESTORE);
    }

    @Test
    void aDamagedDataFileOffersTheNewestGoodBackupAndKeepsTheDamagedFile() throws Exception {
        try (Store store = Stores.open(db)) {
            store.families().insert(Family.newFor("Ada"));
            store.database().backups().create(store.database().connection(), BackupKind.DAILY);
        }
        Files.writeString(db, "scrambled ".repeat(1000));
        start();

        Label message = waitForNode("#openFailedMessage", Label.class);
        assertThat(message.getText()).contains("is not a Homeplan data file");
        Label newest = waitForNode("#newestBackup", Label.class);
        assertThat(newest.getText()).contains("2 families", "Ada");
        press(waitForNode("#restoreNewest", Button.class));

        DialogPane done = waitForDialog("Backup restored");
        assertThat(done.getContentText()).contains("The damaged data file was kept, unchanged, as");
        pressDialogButton(done, ButtonBar.ButtonData.OK_DONE);
        assertThat(shownChildren()).contains("Ada");
        try (Stream<Path> files = Files.list(dir)) {
            Path aside = files.filter(p -> p.getFileName().toString().startsWith("homeplan-damaged-")).findFirst().orElseThrow();
            assertThat(Files.readString(aside)).startsWith("scrambled scrambled");
        }
    }

    @Test
    void aStatusHomeplanNeverWritesIsDamageOnTheRecoveryScreenNotACrash() throws Exception {
        try (Store store = Stores.open(db)) {
            store.families().insert(Family.newFor("Ada"));
            store.database().backups().create(store.database().connection(), BackupKind.DAILY);
        }
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + db);
             java.sql.Statement st = c.createStatement()) {
            st.executeUpdate("UPDATE family SET status = 'ARCHIVED' WHERE child_name = 'Ada'");
        }
        start();

        Label message = waitForNode("#openFailedMessage", Label.class);
        assertThat(message.getText()).contains("holds a value Homeplan never writes", "ARCHIVED", "restore the newest backup");
        Label newest = waitForNode("#newestBackup", Label.class);
        assertThat(newest.getText()).contains("Ada");
        press(waitForNode("#restoreNewest", Button.class));
        DialogPane done = waitForDialog("Backup restored");
        pressDialogButton(done, ButtonBar.ButtonData.OK_DONE);
        assertThat(shownChildren()).contains("Ada");
    }

    @Test
    void damageOnlyTheWholeFileCheckFindsAfterTheFirstFrameOffersTheBackupAndTheFileIsNeverWritten() throws Exception {
        try (Store store = Stores.open(db)) {
            store.families().insert(Family.newFor("Ada"));
            store.database().backups().create(store.database().connection(), BackupKind.DAILY);
        }
        // The file opens and its families can be read; the check run after the home screen is drawn finds it.
        DamagedFiles.breakPageOf(db, "access_log");
        byte[] damaged = Files.readAllBytes(db);
        start();

        Label message = waitForNode("#openFailedMessage", Label.class);
        assertThat(message.getText()).contains("is damaged", "restore the newest backup");
        Label newest = waitForNode("#newestBackup", Label.class);
        assertThat(newest.getText()).contains("2 families", "Ada");
        assertThat(Files.readAllBytes(db)).as("nothing was written to the damaged file").isEqualTo(damaged);
        press(waitForNode("#restoreNewest", Button.class));
        DialogPane done = waitForDialog("Backup restored");
        pressDialogButton(done, ButtonBar.ButtonData.OK_DONE);
        assertThat(shownChildren()).contains("Ada");
    }

    @Test
    void whenTodaysBackupCannotBeMadeTheHomeScreenSaysWhyOnceTheChecksHaveRun() throws Exception {
        try (Store store = Stores.open(db)) {
            store.families().insert(Family.newFor("Ada"));
        }
        assertThat(dir.resolve("backups")).as("a new file has no backup yet, so today's is due").doesNotExist();
        Files.writeString(dir.resolve("backups"), "a file where the backups folder should be");
        start();

        assertThat(shownChildren()).contains("Ada");
        Label banner = waitForNode("#backupProblemBanner", Label.class);
        assertThat(banner.getText()).contains("could not make a backup");
        assertThat(banner.isVisible()).isTrue();
    }

    @Test
    void withNoBackupTheDamagedFileIsLeftAndTheScreenSaysSo() throws Exception {
        Files.writeString(db, "scrambled ".repeat(1000));
        start();
        Label none = waitForNode("#noBackup", Label.class);
        assertThat(none.getText()).contains("no backup", "left exactly as it is");
        assertThat(Files.readString(db)).startsWith("scrambled");
    }

    @Test
    void aReadOnlyDataFileShowsABannerOnTheHomeScreen() throws Exception {
        try (Store store = Stores.open(db)) {
            store.families().insert(Family.newFor("Ada"));
        }
        ReadOnlyFiles.makeReadOnly(db);
        start();
        assertThat(shownChildren()).contains("Ada");
        Label banner = waitForNode("#readOnlyBanner", Label.class);
        assertThat(banner.getText()).startsWith("This data file can only be read").contains("changes cannot be saved");
        assertThat(banner.isVisible()).isTrue();
    }

    @Test
    void aDataFileInUseSaysSoAndTryAgainOpensItOnceFree() throws Exception {
        Store other = Stores.open(db);
        start();
        Label message = waitForNode("#openFailedMessage", Label.class);
        assertThat(message.getText()).startsWith("Homeplan is already open with the data file");
        other.close();
        press(waitForNode("#tryAgain", Button.class));
        assertThat(shownChildren()).hasSize(1);
    }
}
