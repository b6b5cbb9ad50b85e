package app.homeplan.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.homeplan.i18n.Messages;
import app.homeplan.intake.ui.IntakeView;
import app.homeplan.plan.Family;
import app.homeplan.plan.FamilySummary;
import app.homeplan.store.Store;
import app.homeplan.testing.AppHarness;
import app.homeplan.testing.Stores;
import app.homeplan.testing.TestFamilies;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.NodeQueryUtils;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Saving as you type, through the real window: when a save fails the wizard's banner gives the
 * store's own sentence (disk full, file in use, read-only) and Try again stores everything once the
 * trouble is gone; leaving a screen whose save failed asks first; and the last typing of the
 * wizard and of the review screen reaches the database when the app stops.
 */
class SavingScreensTest {
    @TempDir
    Path dir;
    Path db;
    AppHarness harness;
    final FxRobot robot = new FxRobot();

    @BeforeEach
    void start() throws Exception {
        db = dir.resolve("homeplan.db");
        harness = new AppHarness(db);
        harness.start();
        AppHarness.waitUntil(() -> robot.lookup("#familyTable").tryQuery().isPresent() && table().getItems().size() == 1);
    }

    @AfterEach
    void stop() throws Exception {
        harness.close();
    }

    @SuppressWarnings("unchecked")
    private TableView<FamilySummary> table() {
        return (TableView<FamilySummary>) robot.lookup("#familyTable").query();
    }

    private String text(String selector) {
        return robot.lookup(selector).queryAs(Label.class).getText();
    }

    private void openWizardAtTheFamilyStep() throws Exception {
        robot.interact(() -> table().getSelectionModel().selectFirst());
        robot.clickOn("#openFamily");
        // The step list sits in a scroll pane: its content joins the scene, and gets a place on screen, at a
        // later layout pass (until then TestFX finds no visible node).
        AppHarness.waitUntil(() -> robot.lookup("#goto-family").match(NodeQueryUtils.isVisible()).tryQuery().isPresent());
        // Pressed on the FX thread: the step a family opens at builds its lower parts in the frame after its
        // first, and a look-up from the test thread (clickOn) could walk the scene while they are added.
        robot.interact(() -> robot.lookup("#goto-family").queryButton().fire());
        AppHarness.waitUntil(() -> robot.lookup("#otherAttendees").tryQuery().isPresent());
    }

    /** What someone types into "Others at the meeting" (set at once: the timing is what matters here). */
    private void typeOthers(String text) {
        robot.interact(() -> robot.lookup("#otherAttendees").queryAs(TextInputControl.class).setText(text));
    }

    private Store store() {
        return harness.app().context().store();
    }

    /** Runs SQL on the app's own connection, on its store thread. */
    private void onAppConnection(String sql) throws Exception {
        harness.app().storeThread().run(() -> {
            try (Statement st = store().database().connection().createStatement()) {
                st.execute(sql);
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
        }).get();
    }

    private String storedOthers() throws Exception {
        return harness.app().storeThread().submit(() -> store().families()
                .load(store().families().listAll().get(0).id()).orElseThrow().otherAttendees()).get();
    }

    /** True when the node and everything around it shows. */
    private boolean shown(String selector) {
        for (javafx.scene.Node n = robot.lookup(selector).query(); n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private void expectBannerWith(String storeSentence) throws Exception {
        AppHarness.waitUntil(() -> shown("#saveProblem"));
        assertThat(text("#saveProblem")).isEqualTo(Messages.get("common.save.banner", storeSentence));
        assertThat(text("#saveStatus")).isEqualTo("Not saved");
    }

    private void tryAgainAndExpectSaved(String typed) throws Exception {
        robot.clickOn("#retrySave");
        AppHarness.waitUntil(() -> text("#saveStatus").equals("Saved"));
        assertThat(shown("#saveProblem")).isFalse();
        assertThat(storedOthers()).isEqualTo(typed);
    }

    @Test
    void theWizardsBannerGivesTheStoresSentenceForEachFailureAndTryAgainSavesEverything() throws Exception {
        openWizardAtTheFamilyStep();
        String file = store().file().toString();

        // Disk full: SQLite's own limit on the file's size gives exactly the error a full disk gives.
        String big = TestFamilies.longText(50_000);
        harness.app().storeThread().run(() -> {
            try (Statement st = store().database().connection().createStatement();
                 ResultSet pages = st.executeQuery("PRAGMA page_count")) {
                pages.next();
                st.execute("PRAGMA max_page_count = " + pages.getInt(1));
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
        }).get();
        typeOthers(big);
        expectBannerWith(Messages.get("store.error.diskFull", file));
        assertThat(robot.lookup("#otherAttendees").queryAs(TextInputControl.class).getText()).isEqualTo(big);
        onAppConnection("PRAGMA max_page_count = 1073741823");
        tryAgainAndExpectSaved(big);

        // In use: another program holds the file's write lock.
        onAppConnection("PRAGMA busy_timeout = 100");
        try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + db);
             Statement st = other.createStatement()) {
            st.execute("BEGIN EXCLUSIVE");
            typeOthers("Bà Hoa");
            expectBannerWith(Messages.get("store.error.inUse", file));
            st.execute("ROLLBACK");
        }
        tryAgainAndExpectSaved("Bà Hoa");

        // Read-only: the file can no longer be written.
        onAppConnection("PRAGMA query_only = ON");
        typeOthers("Bà Hoa, Ông Tư");
        expectBannerWith(Messages.get("store.error.readOnly", file));
        onAppConnection("PRAGMA query_only = OFF");
        tryAgainAndExpectSaved("Bà Hoa, Ông Tư");
    }

    @Test
    void leavingAScreenWhoseSaveFailedAsksFirstAndStayingKeepsTheTyping() throws Exception {
        openWizardAtTheFamilyStep();
        onAppConnection("PRAGMA query_only = ON");
        typeOthers("typed while the file was read-only");
        expectBannerWith(Messages.get("store.error.readOnly", store().file().toString()));

        robot.clickOn("#backToFamilies");
        AppHarness.waitUntil(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        DialogPane question = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertThat(question.getHeaderText()).isEqualTo("Leave without saving the latest changes?");
        assertThat(question.getContentText()).contains(Messages.get("store.error.readOnly", store().file().toString()));
        robot.type(KeyCode.ENTER); // the safe answer is the default: stay
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(harness.app().window().current()).isInstanceOf(IntakeView.class);
        assertThat(robot.lookup("#otherAttendees").queryAs(TextInputControl.class).getText())
                .isEqualTo("typed while the file was read-only");

        onAppConnection("PRAGMA query_only = OFF");
        robot.clickOn("#backToFamilies"); // saved on the way out, so nothing to ask
        AppHarness.waitUntil(() -> robot.lookup("#familyTable").tryQuery().isPresent());
        assertThat(robot.lookup(".dialog-pane").tryQuery()).isEmpty();
        assertThat(storedOthers()).isEqualTo("typed while the file was read-only");
    }

    @Test
    void theLastTypingOfTheWizardAndOfTheReviewScreenIsSavedWhenTheAppStops() throws Exception {
        openWizardAtTheFamilyStep();
        typeOthers("typed a moment before quitting");
        // No check of "Saving…" here: on a loaded machine the 400 ms pause may already have passed,
        // and the stored text below is what the family would notice either way.
        harness.stop(); // Application.stop(), as when the app quits without a close request
        try (Store reopened = Stores.open(db)) {
            Family family = reopened.families().load(reopened.families().listAll().get(0).id()).orElseThrow();
            assertThat(family.otherAttendees()).isEqualTo("typed a moment before quitting");
        }

        harness.start();
        AppHarness.waitUntil(() -> robot.lookup("#familyTable").tryQuery().isPresent() && table().getItems().size() == 1);
        robot.interact(() -> table().getSelectionModel().selectFirst());
        robot.clickOn("#reviewProgress");
        AppHarness.waitUntil(() -> robot.lookup("#reviewAttendees").tryQuery().isPresent());
        robot.interact(() -> robot.lookup("#reviewAttendees").queryAs(TextInputControl.class).setText("Lan, bà Hoa"));
        harness.stop();
        try (Store reopened = Stores.open(db)) {
            Family family = reopened.families().load(reopened.families().listAll().get(0).id()).orElseThrow();
            assertThat(family.latestReview().orElseThrow().attendees()).isEqualTo("Lan, bà Hoa");
        }
    }
}
