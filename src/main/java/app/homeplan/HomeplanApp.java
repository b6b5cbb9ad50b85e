package app.homeplan;

import app.homeplan.families.FamilyListView;
import app.homeplan.families.FamilyListViewModel;
import app.homeplan.fileformat.FamilyFileActions;
import app.homeplan.i18n.Messages;
import app.homeplan.intake.IntakeStep;
import app.homeplan.intake.IntakeView;
import app.homeplan.plan.Family;
import app.homeplan.review.ReviewScreen;
import app.homeplan.print.ExportPdfAction;
import app.homeplan.print.HomePlanPdf;
import app.homeplan.safety.Recovery;
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
import java.util.Optional;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Pos;
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
    private Recovery recovery;

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
        recovery = new Recovery(config.database(), storeThread, dialogs, primaryStage, window, this,
                new Recovery.StoreHolder() {
                    @Override
                    public Store store() {
                        return store;
                    }

                    @Override
                    public void replace(Store opened) {
                        store = opened;
                    }
                });
        window.show(opening());
        stage.setTitle(Messages.get("app.title"));
        stage.setScene(window.scene());
        stage.setMinWidth(800);
        stage.setMinHeight(560);
        windowState.restore(stage);
        stage.setOnCloseRequest(e -> {
            if (!mayLeaveScreen("common.unsaved.close")) {
                e.consume(); // the latest typing could not be saved and the user chose to stay
                return;
            }
            windowState.save(stage);
        });
        if (config.printStartupTime()) {
            printStartupTimeAtFirstFrame();
        }
        stage.show();
        stage.requestFocus();

        storeThread.submit(() -> config.readOnly() ? Store.openReadOnly(config.database()) : Store.open(config.database())).whenComplete((opened, failure) -> Platform.runLater(() -> {
            if (failure != null) {
                window.show(recovery.openFailedScreen(failure));
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
        if (window != null) {
            // Also when the app quits without a close request (Platform.exit, logging out): the
            // screen's last typing reaches the store before it closes.
            window.saveScreenAndWait();
        }
        if (store != null) {
            storeThread.run(store::close);
        }
        storeThread.close();
    }

    @Override
    public void showFamilies() {
        if (!mayLeaveScreen("common.unsaved.leave")) {
            return; // the screen stays, says "Not saved" and keeps trying
        }
        FamilyListViewModel model = new FamilyListViewModel(store.families(), storeThread, Platform::runLater);
        FamilyListView view = new FamilyListView(model, this, dialogs, LocalDate::now);
        // Actions on the selected family, each put right after "Open": the last added comes first.
        FamilyFileActions.install(view, context());
        ExportPdfAction exportPdf = exportPdfAction();
        view.actions().getChildren().add(1, exportPdf.button(model.selectedProperty()));
        // Progress review: "Revise or add goals" there leads to the wizard's goals step, and
        // "Print progress summary…" saves the PDF the same way as Export PDF.
        view.actions().getChildren().add(1, ReviewScreen.homeButton(model.selectedProperty(),
                id -> ReviewScreen.open(context(), id, familyId -> openFamily(familyId, IntakeStep.GOALS),
                        family -> exportPdf.export(family, PlanCopy.PROGRESS))));
        recovery.decorateHome(view, store);
        if (store.isReadOnly()) {
            view.lockForReadOnly();
        }
        window.show(view);
    }

    /**
     * Before the screen on show goes away: saves its typing and waits. If that fails, asks whether
     * to go anyway (what was typed since the last save would be lost); false to stay.
     *
     * @param question the message keys' prefix: {@code .title}, {@code .text} (gets the reason), {@code .anyway}
     */
    private boolean mayLeaveScreen(String question) {
        Optional<String> problem = window.saveScreenAndWait();
        return problem.isEmpty()
                || dialogs.confirm(question + ".title", Messages.get(question + ".text", problem.get()), question + ".anyway");
    }

    /** The services screens and actions use; available once the store is open. */
    public AppContext context() {
        return new AppContext(store, storeThread, dialogs, stage, window, this);
    }

    @Override
    public void openFamily(long familyId) {
        openFamily(familyId, null);
    }

    /** Opens a family in the intake wizard, at a given step or (null) where it was left. */
    private void openFamily(long familyId, IntakeStep step) {
        if (!mayLeaveScreen("common.unsaved.leave")) {
            return;
        }
        storeThread.submit(() -> store.families().load(familyId)).whenComplete((family, failure) -> Platform.runLater(() -> {
            if (failure != null) {
                dialogs.showError("common.error.title", UserMessages.of(failure));
            } else if (family.isEmpty()) {
                dialogs.showError("common.error.title", Messages.get("store.error.familyGone"));
                showFamilies();
            } else {
                Family opened = step == null ? family.get() : family.get().toBuilder().wizardStep(step.ordinal()).build();
                IntakeView view = IntakeView.create(context(), opened);
                ExportPdfAction exportPdf = exportPdfAction();
                view.setReviewActions(row -> row.getChildren().add(exportPdf.button(() -> view.model().draft().get())));
                window.show(view, view.model().autosaver());
            }
        }));
    }

    private ExportPdfAction exportPdfAction() {
        return new ExportPdfAction(context(), pdf -> getHostServices().showDocument(pdf.toUri().toString()));
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
