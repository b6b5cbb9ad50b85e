package app.homeplan;

import app.homeplan.about.AboutBox;
import app.homeplan.families.FamilyListView;
import app.homeplan.families.FamilyListViewModel;
import app.homeplan.families.FamilySummaryView;
import app.homeplan.fileformat.FamilyFileActions;
import app.homeplan.i18n.Messages;
import app.homeplan.review.ReviewScreen;
import app.homeplan.startup.EarlyStart;
import app.homeplan.startup.StartupTiming;
import app.homeplan.store.Store;
import app.homeplan.store.StoreThread;
import app.homeplan.ui.AppContext;
import app.homeplan.ui.Dialogs;
import app.homeplan.ui.MainWindow;
import app.homeplan.ui.Navigator;
import app.homeplan.ui.UserMessages;
import app.homeplan.ui.WindowState;
import atlantafx.base.theme.PrimerLight;
import java.time.LocalDate;
import java.util.concurrent.CompletableFuture;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/**
 * The window. Composition root: builds the store thread, models and views by hand. The database
 * opens on the store thread while JavaFX starts; the window shows the home screen as soon as it is
 * open (or "Opening your families" first if that takes longer).
 */
public class HomeplanApp extends Application implements Navigator {
    private AppConfig config;
    private final StoreThread storeThread;
    /** The database opening; begun before JavaFX started when launched from the command line. */
    private CompletableFuture<Store> opening;
    private Store store;
    private MainWindow window;
    private Dialogs dialogs;
    private Stage stage;
    private WindowState windowState;

    /**
     * Used by {@link Application#launch}: takes over the database opening that {@code Desktop} began
     * before JavaFX started (else reads {@code --db} and friends from the command line in start).
     */
    public HomeplanApp() {
        EarlyStart early = EarlyStart.take();
        if (early != null) {
            config = early.config();
            storeThread = early.storeThread();
            opening = early.opening();
        } else {
            storeThread = new StoreThread();
        }
    }

    /** Used by tests and embedding code: a given database and preferences. */
    public HomeplanApp(AppConfig config) {
        this.config = config;
        this.storeThread = new StoreThread();
    }

    @Override
    public void start(Stage primaryStage) {
        if (config == null) {
            config = AppConfig.fromArgs(getParameters().getRaw());
        }
        if (opening == null) {
            opening = storeThread.submit(() -> Store.open(config.database()));
        }
        stage = primaryStage;
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        windowState = new WindowState(config.preferences());
        window = new MainWindow(windowState);
        dialogs = new Dialogs(primaryStage);
        StartupTiming timing = config.printStartupTime() || config.quitAfterStartup()
                ? StartupTiming.watch(window.scene(), window::current, config.printStartupTime() ? System.out : null)
                : null;
        if (config.quitAfterStartup()) {
            timing.homeShown().thenRun(() -> Platform.runLater(Platform::exit));
        }
        // Usually the database is open by now (it began opening before JavaFX started): then the first
        // frame is the home screen itself rather than a "please wait" screen drawn just before it.
        Store openedInTime = EarlyStart.openedWithin(opening, 150);
        if (openedInTime != null) {
            storeOpened(openedInTime);
        } else {
            window.show(opening());
        }
        stage.setTitle(Messages.get("app.title"));
        stage.setScene(window.scene());
        stage.setMinWidth(800);
        stage.setMinHeight(560);
        windowState.restore(stage);
        stage.setOnCloseRequest(e -> windowState.save(stage));
        stage.show();
        stage.requestFocus();

        if (openedInTime == null) {
            opening.whenComplete((opened, failure) -> Platform.runLater(() -> {
                if (failure != null) {
                    window.show(openFailed(UserMessages.of(failure)));
                } else {
                    storeOpened(opened);
                }
            }));
        }
    }

    private void storeOpened(Store opened) {
        store = opened;
        showFamilies();
    }

    @Override
    public void stop() {
        if (stage != null) {
            windowState.save(stage);
        }
        if (store != null) {
            storeThread.run(store::close);
        }
        storeThread.close();
    }

    @Override
    public void showFamilies() {
        FamilyListViewModel model = new FamilyListViewModel(store.families(), storeThread, Platform::runLater);
        FamilyListView view = new FamilyListView(model, this, dialogs, LocalDate::now);
        // Features add their actions for the selected family (export, import, review...) here.
        // Progress review; its "Revise or add goals" hook (null = no button) is for the wizard's goals step.
        view.actions().getChildren().add(1, ReviewScreen.homeButton(model.selectedProperty(),
                id -> ReviewScreen.open(context(), id, null)));
        FamilyFileActions.install(view, context());
        AboutBox.install(view, dialogs, store::file);
        window.show(view);
    }

    /** The services screens and actions use; available once the store is open. */
    public AppContext context() {
        return new AppContext(store, storeThread, dialogs, stage, window, this);
    }

    @Override
    public void openFamily(long familyId) {
        storeThread.submit(() -> store.families().load(familyId)).whenComplete((family, failure) -> Platform.runLater(() -> {
            if (failure != null) {
                dialogs.showError("common.error.title", UserMessages.of(failure));
            } else if (family.isEmpty()) {
                dialogs.showError("common.error.title", Messages.get("store.error.familyGone"));
                showFamilies();
            } else {
                window.show(new FamilySummaryView(family.get(), this::showFamilies, LocalDate.now()));
            }
        }));
    }

    /** For tests: the window's scene graph root holder. */
    public MainWindow window() {
        return window;
    }

    public StoreThread storeThread() {
        return storeThread;
    }

    private VBox opening() {
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setMaxSize(48, 48);
        Label label = new Label(Messages.get("app.opening"));
        VBox box = new VBox(16, spinner, label);
        box.setAlignment(Pos.CENTER);
        return box;
    }

    private VBox openFailed(String message) {
        Label title = new Label(Messages.get("app.openFailed.title"));
        title.getStyleClass().add("empty-title");
        Label text = new Label(message);
        text.setId("openFailedMessage");
        text.setWrapText(true);
        text.setMaxWidth(640);
        Button quit = new Button(Messages.get("app.quit"));
        quit.setOnAction(e -> Platform.exit());
        VBox box = new VBox(16, title, text, quit);
        box.setAlignment(Pos.CENTER);
        box.setPadding(new Insets(40));
        return box;
    }
}
