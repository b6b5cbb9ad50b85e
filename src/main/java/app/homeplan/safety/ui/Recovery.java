package app.homeplan.safety.ui;

import app.homeplan.families.ui.FamilyListView;
import app.homeplan.i18n.Messages;
import app.homeplan.safety.ui.RestoreViewModel.BackupRow;
import app.homeplan.store.Store;
import app.homeplan.store.StoreException;
import app.homeplan.store.StoreThread;
import app.homeplan.ui.Dialogs;
import app.homeplan.ui.MainWindow;
import app.homeplan.ui.Navigator;
import app.homeplan.ui.ReadOnlyMode;
import app.homeplan.i18n.UserMessages;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.Executor;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The window's way back from trouble with the data file: the "Restore from a backup…" action and the
 * read-only and backup banners on the home screen, and the screen shown when the data file cannot be
 * opened (damaged: restore the newest good backup; in use: try again). Restoring closes the open
 * store, puts the backup in place and opens it again, all on the store thread.
 */
public final class Recovery {
    /** Where the window keeps its open store, so a restore can close it and hand over the new one. */
    public interface StoreHolder {
        /** The open store, or null when none is open. */
        Store store();

        /** Replaces the open store (null while none is open). */
        void replace(Store store);
    }

    private final Path database;
    private final StoreThread storeThread;
    private final Dialogs dialogs;
    private final Window owner;
    private final MainWindow window;
    private final Navigator navigator;
    private final StoreHolder holder;
    private final Executor ui;
    private final Clock clock;

    public Recovery(Path database, StoreThread storeThread, Dialogs dialogs, Window owner, MainWindow window,
                    Navigator navigator, StoreHolder holder) {
        this.database = database;
        this.storeThread = storeThread;
        this.dialogs = dialogs;
        this.owner = owner;
        this.window = window;
        this.navigator = navigator;
        this.holder = holder;
        this.ui = Platform::runLater;
        this.clock = Clock.systemDefaultZone();
    }

    private RestoreViewModel model() {
        return new RestoreViewModel(database, storeThread, ui, clock);
    }

    // --- the home screen -------------------------------------------------------------------------

    /** Adds "Restore from a backup…" and, when needed, the read-only and backup banners. */
    public void decorateHome(FamilyListView home, Store store) {
        Button restore = new Button(Messages.get("safety.restore.open"), new FontIcon("mdmz-settings_backup_restore"));
        app.homeplan.ui.Shortcuts.keep(restore);
        restore.setId("restoreBackup");
        restore.setOnAction(e -> chooseAndRestore());
        restore.getStyleClass().add("flat");
        home.headerActions().getChildren().add(0, restore);

        if (store.isReadOnly()) {
            banners(home).getChildren().add(ReadOnlyMode.banner(store.file()));
            ReadOnlyMode.disable(restore); // putting a backup in place would change the file
        }
        showBackupProblem(home, store);
    }

    /**
     * The banner saying why today's automatic backup could not be made, if it could not. Also called
     * once the data file's checks have run after the home screen was drawn (the backup follows them).
     */
    public void showBackupProblem(FamilyListView home, Store store) {
        if (home.lookup("#backupProblemBanner") != null) {
            return;
        }
        store.backupProblem().ifPresent(problem -> banners(home).getChildren().add(
                banner("backupProblemBanner", "warning-banner", "mdmz-warning",
                        Messages.get("safety.backup.problemBanner", problem))));
    }

    /** The home screen's banners, under the header (which stays first in Tab order); made when first needed. */
    private static VBox banners(FamilyListView home) {
        VBox top = (VBox) home.getTop();
        for (Node child : top.getChildren()) {
            if ("homeBanners".equals(child.getId())) {
                return (VBox) child;
            }
        }
        VBox banners = new VBox(8);
        banners.setId("homeBanners");
        banners.setPadding(new Insets(8, 24, 0, 24));
        top.getChildren().add(banners);
        return banners;
    }

    private static Node banner(String id, String style, String icon, String text) {
        Label label = new Label(text, new FontIcon(icon));
        label.setId(id);
        label.getStyleClass().add(style);
        label.setWrapText(true);
        label.setMaxWidth(Double.MAX_VALUE);
        return label;
    }

    /** Shows the backups; restores the one chosen after asking once more. */
    public void chooseAndRestore() {
        Optional<BackupRow> chosen = new RestoreDialog(owner, model()).showAndWait();
        chosen.ifPresent(row -> {
            if (dialogs.confirm("safety.restore.confirm.title",
                    Messages.get("safety.restore.confirm.text", row.whenText(), row.familiesText()),
                    "safety.restore.confirm.button")) {
                restore(row);
            }
        });
    }

    /** Closes the store, restores the backup, opens the data file again and says how it went. */
    public void restore(BackupRow row) {
        Store open = holder.store();
        holder.replace(null);
        window.show(busy(Messages.get("safety.restore.working")));
        model().restore(open, row.backup()).thenAccept(outcome -> {
            if (outcome.reopened() != null) {
                holder.replace(outcome.reopened());
                navigator.showFamilies();
            } else {
                window.show(openFailedScreen(outcome.openFailure()));
            }
            if (outcome.restoreFailure() != null) {
                dialogs.showError("safety.restore.failedTitle", UserMessages.of(outcome.restoreFailure()));
            } else {
                dialogs.showInfo("safety.restore.doneTitle", RestoreViewModel.doneMessage(row, outcome.result()));
            }
        });
    }

    // --- when the data file cannot be opened -----------------------------------------------------

    /**
     * The screen for a data file that could not be opened: the sentence saying why, and the way out
     * that fits: for a damaged file the newest good backup (and the others); for a file in use,
     * trying again once the other Homeplan is closed.
     */
    public Node openFailedScreen(Throwable failure) {
        Label title = new Label(Messages.get("app.openFailed.title"));
        title.getStyleClass().add("empty-title");
        Label text = new Label(UserMessages.of(failure));
        text.setId("openFailedMessage");
        text.setWrapText(true);
        text.setMaxWidth(640);
        VBox box = new VBox(16, title, text);
        HBox buttons = new HBox(12);
        buttons.setAlignment(Pos.CENTER);

        StoreException.Problem problem = problemOf(failure);
        boolean damaged = problem == StoreException.Problem.DAMAGED || problem == StoreException.Problem.NOT_A_DATABASE;
        if (damaged || problem == StoreException.Problem.FAILED) {
            VBox offer = new VBox(8);
            offer.setAlignment(Pos.CENTER);
            offer.setMaxWidth(640);
            offer.getChildren().add(new ProgressIndicator(-1));
            box.getChildren().add(offer);
            model().newestGood().thenAccept(newest -> offer.getChildren().setAll(backupOffer(newest)));
        }
        if (problem != StoreException.Problem.NEWER_VERSION && !damaged) {
            Button retry = new Button(Messages.get("safety.openFailed.tryAgain"), new FontIcon("mdmz-refresh"));
            retry.setId("tryAgain");
            retry.setOnAction(e -> tryAgain());
            buttons.getChildren().add(retry);
        }
        Button quit = new Button(Messages.get("app.quit"));
        quit.setId("quit");
        quit.setOnAction(e -> Platform.exit());
        buttons.getChildren().add(quit);
        box.getChildren().add(buttons);
        box.setAlignment(Pos.CENTER);
        box.setPadding(new Insets(40));
        box.setId("openFailed");
        return box;
    }

    private Node[] backupOffer(Optional<BackupRow> newest) {
        if (newest.isEmpty()) {
            Label none = new Label(Messages.get("safety.openFailed.noBackup"));
            none.setWrapText(true);
            none.setId("noBackup");
            return new Node[] {none};
        }
        BackupRow row = newest.get();
        Label what = new Label(Messages.get("safety.openFailed.newest", row.whenText(), row.familiesText(),
                row.childrenText()));
        what.setWrapText(true);
        what.setId("newestBackup");
        Button restore = new Button(Messages.get("safety.openFailed.restoreNewest"), new FontIcon("mdmz-restore"));
        restore.setId("restoreNewest");
        restore.getStyleClass().add("accent");
        restore.setDefaultButton(true);
        restore.setOnAction(e -> restore(row));
        Button choose = new Button(Messages.get("safety.openFailed.choose"));
        choose.setId("chooseBackup");
        choose.setOnAction(e -> chooseAndRestore());
        HBox buttons = new HBox(12, restore, choose);
        buttons.setAlignment(Pos.CENTER);
        return new Node[] {what, buttons};
    }

    private void tryAgain() {
        window.show(busy(Messages.get("app.opening")));
        // The file that failed to open exists, so it gets no first family (Store.seedIfNew).
        storeThread.submit(() -> Store.open(database, clock)).whenComplete((opened, failure) -> ui.execute(() -> {
            if (failure != null) {
                window.show(openFailedScreen(failure));
            } else {
                holder.replace(opened);
                navigator.showFamilies();
            }
        }));
    }

    private static StoreException.Problem problemOf(Throwable failure) {
        return UserMessages.cause(failure) instanceof StoreException e ? e.problem() : StoreException.Problem.FAILED;
    }

    private static Node busy(String message) {
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setMaxSize(48, 48);
        VBox box = new VBox(16, spinner, new Label(message));
        box.setAlignment(Pos.CENTER);
        return box;
    }
}
