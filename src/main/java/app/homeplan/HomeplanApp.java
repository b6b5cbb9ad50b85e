package app.homeplan;

import app.homeplan.store.AccessLog;
import app.homeplan.about.ui.AboutBox;
import app.homeplan.about.ui.AppIcon;
import app.homeplan.families.ui.FamilyListView;
import app.homeplan.families.ui.FamilyListViewModel;
import app.homeplan.clinic.ui.ClinicHome;
import app.homeplan.clinic.ui.ConnectionView;
import app.homeplan.fileformat.ui.FamilyFileActions;
import app.homeplan.i18n.Messages;
import app.homeplan.intake.IntakeStep;
import app.homeplan.intake.ui.IntakeView;
import app.homeplan.intake.ui.StepWarmUp;
import app.homeplan.library.ExampleFamily;
import app.homeplan.language.ui.PackEditorView;
import app.homeplan.plan.Family;
import app.homeplan.print.PlanCopy;
import app.homeplan.print.ui.ExportPdfAction;
import app.homeplan.review.ui.ReviewScreen;
import app.homeplan.safety.ui.Recovery;
import app.homeplan.startup.AppConfig;
import app.homeplan.startup.BackgroundWarmUp;
import app.homeplan.startup.EarlyStart;
import app.homeplan.startup.ui.StartupTiming;
import app.homeplan.store.Store;
import app.homeplan.store.StoreThread;
import app.homeplan.ui.AppContext;
import app.homeplan.util.Workers;
import app.homeplan.ui.Dialogs;
import app.homeplan.ui.MainWindow;
import app.homeplan.ui.Navigator;
import app.homeplan.ui.Theme;
import app.homeplan.i18n.UserMessages;
import app.homeplan.ui.WindowState;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/**
 * The window. Composition root: builds the store thread, models and views by hand. The database
 * opens on the store thread while JavaFX starts; the window shows the home screen as soon as it is
 * open (or "Opening your families" first if that takes longer). Once the home screen is drawn, the
 * PDF engine warms up in the background.
 */
public class HomeplanApp extends Application implements Navigator {
    private AppConfig config;
    private final StoreThread storeThread;
    private final Workers workers = new Workers();
    /** The database opening; begun before JavaFX started when launched from the command line. */
    private CompletableFuture<Store> opening;
    private Store store;
    private MainWindow window;
    private Dialogs dialogs;
    private Stage stage;
    private WindowState windowState;
    private Recovery recovery;
    /**
     * Whether the wizard's steps are warmed up once the home screen is drawn (StepWarmUp): in the app,
     * not in tests, which start hundreds of windows and would each spend about a second of processor on it.
     */
    private final boolean warmUpSteps;

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
        // -Dhomeplan.warmUpSteps=false leaves it out, to measure what it costs (docs/benchmarks.md).
        warmUpSteps = !"false".equals(System.getProperty("homeplan.warmUpSteps"));
    }

    /** Used by tests and embedding code: a given database and preferences. */
    public HomeplanApp(AppConfig config) {
        this.config = config;
        this.storeThread = new StoreThread();
        this.warmUpSteps = false;
    }

    @Override
    public void start(Stage primaryStage) {
        if (config == null) {
            config = AppConfig.fromArgs(getParameters().getRaw());
        }
        if (opening == null) {
            opening = storeThread.submit(() -> config.openStore(ExampleFamily::create));
        }
        stage = primaryStage;
        Theme.apply(); // AtlantaFX's Primer Light, without the rules of controls Homeplan never shows
        app.homeplan.ui.ScreenFonts.loadSymbols(); // emoji in a family's words: glyphs, not empty boxes
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
        // Once the home screen is drawn: start-up figures (--print-startup-time), then the background
        // warm-up, then (--quit-after-startup, for benchmarks and the packaging's training run) quit.
        StartupTiming startup = StartupTiming.watch(window.scene(), window::current,
                config.printStartupTime() ? System.out : null);
        // The data file's whole-file check (and the day's backup) once the home screen is drawn: at
        // 10,000 families it reads 157 MB, which the first frame need not wait for (Store.openCheckingLater).
        startup.homeShown().thenRun(this::finishStoreChecks);
        CompletableFuture<Void> warmedUp = startup.homeShown().thenCompose(shown -> BackgroundWarmUp.start());
        if (warmUpSteps) {
            // The first opening of a family at each step, as quick as the later ones: built once unseen.
            startup.homeShown().thenRun(() -> Platform.runLater(() -> {
                if (store != null) {
                    StepWarmUp.start(context(), () -> store != null && window.current() instanceof FamilyListView);
                }
            }));
        }
        if (config.quitAfterStartup()) {
            warmedUp.whenComplete((done, failure) -> Platform.runLater(Platform::exit));
        }
        // Usually the database is open by now (it began opening before JavaFX started): then the first
        // frame is the home screen itself rather than a "please wait" screen drawn just before it.
        Store openedInTime = EarlyStart.openedWithin(opening, 150);
        if (openedInTime != null) {
            store = openedInTime;
            showFamilies();
        } else {
            window.show(opening());
        }
        stage.setTitle(Messages.get("app.title"));
        AppIcon.addTo(stage);
        stage.setScene(window.scene());
        windowState.restore(stage); // also the smallest size, never more than the screen
        stage.setOnCloseRequest(e -> {
            if (!mayLeaveScreen("common.unsaved.close")) {
                e.consume(); // the latest typing could not be saved and the user chose to stay
                return;
            }
            windowState.save(stage);
        });
        stage.show();
        stage.requestFocus();

        if (openedInTime == null) {
            opening.whenComplete((opened, failure) -> Platform.runLater(() -> {
                if (failure != null) {
                    showOpenFailed(failure);
                } else {
                    store = opened;
                    showFamilies();
                }
            }));
        }
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
        workers.close();
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
        ClinicHome.install(view, context(), model.selectedProperty(), this::showConnection);
        if (store.isReadOnly()) {
            view.lockForReadOnly();
        }
        // A clinic's corrections to a translation and its "checked" mark, beside the English.
        PackEditorView.install(view, context());
        AboutBox.install(view, dialogs, store::file);
        window.show(view);
    }

    /**
     * Runs the checks the data file's opening left for after the first frame. A file that fails them
     * is closed (it was never written: every write waits for them) and the recovery screen replaces the
     * home screen; when they pass, the home screen says so if today's backup could not be made.
     */
    private void finishStoreChecks() {
        Store checking = store;
        if (checking == null) {
            return;
        }
        storeThread.run(checking::finishChecks).whenComplete((done, failure) -> Platform.runLater(() -> {
            if (store != checking) {
                return; // another file or database is open by now (a restore, a clinic sign-in)
            }
            if (failure == null) {
                if (window.current() instanceof FamilyListView home) {
                    recovery.showBackupProblem(home, checking);
                }
                return;
            }
            store = null;
            storeThread.run(checking::close);
            showOpenFailed(failure);
        }));
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
        return new AppContext(store, storeThread, dialogs, stage, window, this, workers);
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
        storeThread.submit(() -> store.families().loadFor(AccessLog.Action.OPEN, familyId, null)).whenComplete((family, failure) -> Platform.runLater(() -> {
            if (failure != null) {
                dialogs.showError("common.error.title", UserMessages.of(failure));
            } else if (family.isEmpty()) {
                dialogs.showError("common.error.title", Messages.get("store.error.familyGone"));
                showFamilies();
            } else {
                Family opened = step == null ? family.get() : family.get().toBuilder().wizardStep(step.ordinal()).build();
                IntakeView view = IntakeView.create(context(), opened);
                ExportPdfAction exportPdf = exportPdfAction();
                // Export PDF asks "family language only / and English" and keeps the answer in the draft.
                view.setReviewActions(row -> row.getChildren().add(exportPdf.button(() -> view.model().draft().get(),
                        change -> view.model().draft().update(change))));
                window.show(view, view.model().autosaver());
            }
        }));
    }

    /**
     * The database did not open: for a clinic's database the sign-in and connection screen with the reason
     * (a password to type, a login refused, a server out of reach); for a data file the recovery screen.
     */
    private void showOpenFailed(Throwable failure) {
        if (config.sharedDatabase() == null) {
            window.show(recovery.openFailedScreen(failure));
            return;
        }
        window.show(new ConnectionView(config.sharedDatabase(), UserMessages.of(failure), storeThread, null, this::signedIn,
                ExampleFamily::create));
    }

    /** The clinic database's connection screen, from the home screen: another address or login for this run. */
    private void showConnection() {
        String address = config.sharedDatabase() != null ? config.sharedDatabase() : store.location();
        window.show(new ConnectionView(address, "", storeThread, this::showFamilies, this::signedIn,
                ExampleFamily::create));
    }

    /** Works in the clinic database just signed in to; the one used before (if another) is closed. */
    private void signedIn(Store opened) {
        Store before = store;
        store = opened;
        if (before != null && before != opened) {
            storeThread.submit(() -> {
                before.close();
                return null;
            });
        }
        showFamilies();
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
}
