package app.homeplan;

import app.homeplan.families.FamilyListView;
import app.homeplan.families.FamilyListViewModel;
import app.homeplan.families.FamilySummaryView;
import app.homeplan.fileformat.FamilyFileActions;
import app.homeplan.i18n.Messages;
import app.homeplan.review.ReviewScreen;
import app.homeplan.print.ExportPdfAction;
import app.homeplan.print.HomePlanPdf;
import app.homeplan.print.PlanCopy;
import app.homeplan.store.Store;
import app.homeplan.store.StoreThread;
import app.homeplan.ui.AppContext;
import app.homeplan.ui.Dialogs;
import app.homeplan.ui.MainWindow;
import app.homeplan.ui.Navigator;
import app.homeplan.ui.UserMessages;
import app.homeplan.ui.WindowState;
import atlantafx.base.theme.PrimerLight;
import java.lang.management.ManagementFactory;
import java.time.LocalDate;
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
 * The window. Composition root: builds the store thread, models and views by hand. The window
 * shows at once; the database opens on the store thread and the home screen appears when it is ready.
 */
public class HomeplanApp extends Application implements Navigator {
    private AppConfig config;
    private final StoreThread storeThread = new StoreThread();
    private Store store;
    private MainWindow window;
    private Dialogs dialogs;
    private Stage stage;
    private WindowState windowState;

    /** Used by {@link Application#launch}: reads {@code --db} and friends from the command line. */
    public HomeplanApp() {
    }

    /** Used by tests and embedding code: a given database and preferences. */
    public HomeplanApp(AppConfig config) {
        this.config = config;
    }

    @Override
    public void start(Stage primaryStage) {
        if (config == null) {
            config = AppConfig.fromArgs(getParameters().getRaw());
        }
        stage = primaryStage;
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        windowState = new WindowState(config.preferences());
        window = new MainWindow(windowState);
        dialogs = new Dialogs(primaryStage);
        window.show(opening());
        stage.setTitle(Messages.get("app.title"));
        stage.setScene(window.scene());
        stage.setMinWidth(800);
        stage.setMinHeight(560);
        windowState.restore(stage);
        stage.setOnCloseRequest(e -> windowState.save(stage));
        if (config.printStartupTime()) {
            printStartupTimeAtFirstFrame();
        }
        stage.show();
        stage.requestFocus();

        storeThread.submit(() -> Store.open(config.database())).whenComplete((opened, failure) -> Platform.runLater(() -> {
            if (failure != null) {
                window.show(openFailed(UserMessages.of(failure)));
            } else {
                store = opened;
                showFamilies();
                HomePlanPdf.warmUpInBackground(); // so the first PDF export is quick
            }
        }));
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
        // Actions on the selected family, each put right after "Open": the last added comes first.
        FamilyFileActions.install(view, context());
        ExportPdfAction exportPdf = new ExportPdfAction(context(), pdf -> getHostServices().showDocument(pdf.toUri().toString()));
        view.actions().getChildren().add(1, exportPdf.button(model.selectedProperty()));
        // Progress review; its "Revise or add goals" hook (null = no button) is for the wizard's goals step.
        // "Print progress summary…" there saves the PDF the same way as Export PDF.
        view.actions().getChildren().add(1, ReviewScreen.homeButton(model.selectedProperty(),
                id -> ReviewScreen.open(context(), id, null, family -> exportPdf.export(family, PlanCopy.PROGRESS))));
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

    /** Prints the time from JVM start to the first frame actually drawn (for the start-up benchmark). */
    private void printStartupTimeAtFirstFrame() {
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            window.scene().removePostLayoutPulseListener(once[0]);
            System.out.println("startup-ms " + (System.currentTimeMillis() - jvmStart));
        };
        window.scene().addPostLayoutPulseListener(once[0]);
    }
}
