package app.homeplan.testing;

import app.homeplan.HomeplanApp;
import app.homeplan.families.ui.FamilyListView;
import app.homeplan.startup.AppConfig;
import app.homeplan.store.Store;
import java.nio.file.Path;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Starts the real Homeplan window (headless Monocle) on a database file, with preferences of its own
 * so tests never touch the user's, and restarts it as a user would.
 */
public final class AppHarness {
    private final Path database;
    private final Preferences prefs;
    private HomeplanApp app;
    private Stage stage;
    private boolean readOnly;
    private String sharedDatabase;

    public AppHarness(Path database) {
        this.database = database;
        this.prefs = Preferences.userRoot().node("app/homeplan-test-" + UUID.randomUUID());
    }

    /** Opens the data file for reading only, as if it could not be written (see {@code AppConfig.readOnly}). */
    public AppHarness readOnly() {
        this.readOnly = true;
        return this;
    }

    /** Opens a clinic's PostgreSQL database ({@code postgresql://LOGIN@HOST:PORT/DB}) instead of the data file. */
    public AppHarness shared(String address) {
        this.sharedDatabase = address;
        return this;
    }

    /**
     * The window started on a data file that first gets what {@code before} adds (a new file also holds
     * the example family), once the home screen lists the families.
     */
    public static AppHarness startedOn(Path database, Consumer<Store> before) throws TimeoutException {
        try (Store store = Stores.open(database)) {
            before.accept(store);
        }
        AppHarness harness = new AppHarness(database);
        harness.start();
        waitUntil(() -> harness.scene().lookup("#familyTable") != null);
        return harness;
    }

    public HomeplanApp start() throws TimeoutException {
        stage = FxToolkit.registerPrimaryStage();
        app = (HomeplanApp) FxToolkit.setupApplication(() -> new HomeplanApp(
                new AppConfig(database, prefs, false, readOnly, false, sharedDatabase)));
        FxToolkit.showStage();
        WaitForAsyncUtils.asyncFx(() -> stage.requestFocus());
        WaitForAsyncUtils.waitForFxEvents();
        return app;
    }

    /** Closes the app (as the window's close would) and starts it again on the same database. */
    public HomeplanApp restart() throws TimeoutException {
        stop();
        return start();
    }

    public void stop() throws TimeoutException {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
            app = null;
        }
    }

    /** Stops the app and forgets the test's preferences. */
    public void close() throws TimeoutException {
        stop();
        FxToolkit.cleanupStages();
        try {
            prefs.removeNode();
        } catch (BackingStoreException | IllegalStateException ignored) {
            // Preferences of a test run; nothing to keep.
        }
    }

    public HomeplanApp app() {
        return app;
    }

    public Stage stage() {
        return stage;
    }

    public Preferences preferences() {
        return prefs;
    }

    /** The window's scene (dialogs have their own). */
    public Scene scene() {
        return stage.getScene();
    }

    /** The home screen's family list, while it is showing. */
    public Optional<FamilyListView> home() {
        return Optional.ofNullable(scene().lookup("#familyList")).map(FamilyListView.class::cast);
    }

    /** Back to the home screen, as its button would, once it lists the families. */
    public void showFamilies() throws TimeoutException {
        Fx.onFx(() -> app.showFamilies());
        waitUntil(() -> home().isPresent() && home().get().model().totalFamiliesProperty().get() > 0);
    }

    /**
     * Waits until the intake wizard shows and its step is built whole: a family opened at a step gets the
     * parts below its first screen a frame later, and walking the scene from the test thread while they
     * are added can fail (IndexOutOfBounds inside a look-up) or miss them.
     */
    public void waitUntilStepWhole() throws TimeoutException {
        waitUntil(() -> scene().lookup("#intake") instanceof app.homeplan.intake.ui.IntakeView wizard && wizard.stepIsWhole());
    }

    /** Waits (up to 10 s) until the condition holds, checking it on the FX thread. */
    public static void waitUntil(BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition::getAsBoolean).get());
    }
}
