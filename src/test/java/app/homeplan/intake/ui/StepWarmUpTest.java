package app.homeplan.intake.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.homeplan.store.Store;
import app.homeplan.store.StoreThread;
import app.homeplan.testing.DatabaseSnapshot;
import app.homeplan.testing.ManualScheduler;
import app.homeplan.testing.Stores;
import app.homeplan.ui.AppContext;
import app.homeplan.ui.Dialogs;
import app.homeplan.ui.MainWindow;
import app.homeplan.ui.Navigator;
import app.homeplan.ui.WindowState;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.scene.Node;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The wizard's steps, built once unseen while the home screen waits (headless Monocle, a real SQLite
 * file): each of the six is built without an error, the window keeps showing the home screen with the
 * keyboard where it was, what is typed meanwhile arrives whole, no step is built while someone types,
 * and the database is left exactly as it was.
 */
class StepWarmUpTest {
    @TempDir
    Path dir;

    final FxRobot robot = new FxRobot();
    final StoreThread storeThread = new StoreThread();
    Store store;
    Preferences prefs;
    Stage stage;
    MainWindow window;
    VBox home;
    TextField search;
    /** The clock the warm-up waits on; moved by the test, on the FX thread, running what falls due there. */
    final ManualScheduler clock = new ManualScheduler(Runnable::run);

    @BeforeEach
    void show() throws Exception {
        Path file = dir.resolve("families.db");
        Stores.open(file).close(); // a new file: the example family and nothing else
        store = storeThread.submit(() -> Stores.open(file)).get();
        FxToolkit.registerPrimaryStage();
        prefs = Preferences.userRoot().node("app/homeplan-test-" + UUID.randomUUID());
        robot.interact(() -> {
            stage = new Stage();
            window = new MainWindow(new WindowState(prefs));
            search = new TextField();
            search.setId("search");
            home = new VBox(search);
            window.show(home);
            stage.setScene(window.scene());
            stage.show();
            search.requestFocus();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void close() throws Exception {
        robot.interact(() -> stage.close());
        storeThread.submit(() -> {
            store.close();
            return null;
        }).get();
        storeThread.close();
        prefs.removeNode();
    }

    private CompletableFuture<Void> start() throws Exception {
        AppContext app = new AppContext(store, storeThread, new Dialogs(stage), stage, window, new Navigator() {
            @Override
            public void showFamilies() {
            }

            @Override
            public void openFamily(long familyId) {
            }
        });
        return WaitForAsyncUtils.asyncFx(() -> StepWarmUp.start(app, clock, () -> window.current() == home)).get();
    }

    /** Moves the warm-up's clock on the FX thread: what falls due runs there, in order. */
    private void advance(long millis) {
        robot.interact(() -> clock.advance(Duration.ofMillis(millis)));
    }

    private List<String> databaseRows() throws Exception {
        return storeThread.submit(() -> {
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + store.file())) {
                return DatabaseSnapshot.rows(c);
            }
        }).get();
    }

    @Test
    void eachStepIsBuiltOnceUnseenTheHomeScreenKeepsTheKeyboardAndNothingIsWritten() throws Exception {
        List<String> before = databaseRows();
        List<Node> windowBefore = WaitForAsyncUtils.asyncFx(() -> List.copyOf(window.scene().getRoot().getChildrenUnmodifiable())).get();
        CompletableFuture<Void> done = start();

        advance(StepWarmUp.FIRST_PAUSE.toMillis() + 5 * StepWarmUp.BETWEEN.toMillis());
        done.get(10, TimeUnit.SECONDS); // each of the six steps of the example family built without an error
        WaitForAsyncUtils.waitForFxEvents(); // what a step asked to run later (focus, scrolling) has run

        assertThat(WaitForAsyncUtils.asyncFx(() -> window.current()).get()).isSameAs(home);
        assertThat(WaitForAsyncUtils.asyncFx(() -> List.copyOf(window.scene().getRoot().getChildrenUnmodifiable())).get())
                .as("nothing of the warm-up left in the window").isEqualTo(windowBefore);
        assertThat(WaitForAsyncUtils.asyncFx(() -> window.scene().lookup("#intake")).get()).isNull();
        assertThat(WaitForAsyncUtils.asyncFx(() -> window.scene().getFocusOwner()).get()).isSameAs(search);
        robot.write("nguyen");
        assertThat(WaitForAsyncUtils.asyncFx(() -> search.getText()).get()).isEqualTo("nguyen");

        advance(Duration.ofMinutes(1).toMillis()); // an autosave would have been due long ago
        WaitForAsyncUtils.waitForFxEvents();
        storeThread.submit(() -> null).get();
        assertThat(databaseRows()).as("the database, row for row").isEqualTo(before);
    }

    @Test
    void noStepIsBuiltWhileSomeoneTypesAndWhatTheyTypeArrivesWhole() throws Exception {
        CompletableFuture<Void> done = start();
        long allSix = StepWarmUp.FIRST_PAUSE.toMillis() + 5 * StepWarmUp.BETWEEN.toMillis();
        // Someone types a key just before the first step is due, then another a little later.
        advance(StepWarmUp.FIRST_PAUSE.toMillis() - 100);
        robot.type(KeyCode.M);
        advance(300);
        robot.type(KeyCode.I);
        advance(allSix - StepWarmUp.FIRST_PAUSE.toMillis() - 200);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(done).as("all six steps would have been built by now without the typing").isNotDone();
        assertThat(WaitForAsyncUtils.asyncFx(() -> search.getText()).get()).isEqualTo("mi");

        // Quiet again: the steps follow, one by one.
        advance(StepWarmUp.QUIET_MILLIS + 6 * StepWarmUp.BETWEEN.toMillis());
        done.get(10, TimeUnit.SECONDS);
        assertThat(WaitForAsyncUtils.asyncFx(() -> window.scene().getFocusOwner()).get()).isSameAs(search);
    }

    @Test
    void whileAnotherScreenShowsTheStepsWaitForTheHomeScreen() throws Exception {
        CompletableFuture<Void> done = start();
        VBox other = new VBox(new TextField());
        robot.interact(() -> window.show(other));
        advance(Duration.ofMinutes(1).toMillis());
        assertThat(done).isNotDone();
        assertThat(WaitForAsyncUtils.asyncFx(() -> window.current()).get()).isSameAs(other);

        robot.interact(() -> window.show(home));
        advance(StepWarmUp.QUIET_MILLIS + 6 * StepWarmUp.BETWEEN.toMillis());
        done.get(10, TimeUnit.SECONDS);
    }
}
