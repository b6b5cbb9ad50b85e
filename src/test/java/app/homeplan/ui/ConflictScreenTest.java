package app.homeplan.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.homeplan.plan.AboutUs;
import app.homeplan.plan.Family;
import app.homeplan.plan.FamilySummary;
import app.homeplan.plan.Goal;
import app.homeplan.store.FamilyRepository;
import app.homeplan.store.Store;
import app.homeplan.testing.AppHarness;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/**
 * Two clinicians edit the same goal at once (issue 17), through the real window: Anna in the window,
 * Ben through a second repository on the same database. Anna's autosave is refused; her typing stays on
 * screen, the banner says who saved and when, the comparison shows both side by side, and her choice is
 * saved over Ben's newer version. Here on a data file; {@link PostgresConflictScreenTest} on a real
 * PostgreSQL with Ben as a clinician login of his own.
 */
class ConflictScreenTest {
    @TempDir
    Path dir;
    AppHarness harness;
    final FxRobot robot = new FxRobot();

    /** Starts the window on the database (Anna). */
    AppHarness startAnna() throws Exception {
        AppHarness started = new AppHarness(dir.resolve("homeplan.db"));
        started.start();
        return started;
    }

    /** Ben loads the family, changes it and saves, as a second clinician would. */
    void benSaves(long familyId, UnaryOperator<Family> change) throws Exception {
        Store store = harness.app().context().store();
        harness.app().storeThread().submit(() -> {
            FamilyRepository ben = new FamilyRepository(store.database());
            Family seen = ben.load(familyId).orElseThrow();
            return ben.saveChanges(seen, change.apply(seen));
        }).get();
    }

    /** Who the comparison says saved Ben's change (a data file does not record it). */
    String bensName() {
        return "someone else";
    }

    Family stored(long familyId) throws Exception {
        Store store = harness.app().context().store();
        return harness.app().storeThread().submit(() -> new FamilyRepository(store.database()).load(familyId).orElseThrow()).get();
    }

    @BeforeEach
    void start() throws Exception {
        harness = startAnna();
        AppHarness.waitUntil(() -> robot.lookup("#familyTable").tryQuery().isPresent() && !table().getItems().isEmpty());
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

    private static Family withGoalOutcome(Family f, String outcome) {
        List<Goal> goals = new ArrayList<>(f.goals());
        goals.set(0, goals.get(0).withOutcome(outcome));
        return f.toBuilder().goals(goals).build();
    }

    @Test
    void bothEditTheSameGoalAndNeitherLosesAWord() throws Exception {
        robot.interact(() -> table().getSelectionModel().selectFirst());
        long familyId = table().getSelectionModel().getSelectedItem().id();
        robot.clickOn("#openFamily");
        AppHarness.waitUntil(() -> robot.lookup("#goto-goals").tryQuery().isPresent());
        robot.clickOn("#goto-goals");
        AppHarness.waitUntil(() -> robot.lookup("#outcome").tryQuery().isPresent());

        // Ben saves first: the same goal's outcome, and the family's hopes.
        benSaves(familyId, f -> withGoalOutcome(f, "Ben: Mia will use her spoon for half of breakfast")
                .toBuilder().about(new AboutUs(f.about().strengths(), f.about().interests(), f.about().goingWell(),
                        f.about().concerns(), "Ben's note on hopes")).build());
        // Anna, whose screen still shows the goal as it was, types into the same outcome.
        String annas = "Anna: Mia will feed herself at breakfast 🥄 with Mẹ";
        robot.interact(() -> robot.lookup("#outcome").queryAs(TextInputControl.class).setText(annas));

        AppHarness.waitUntil(() -> robot.lookup("#conflictBanner").query().isVisible());
        assertThat(text("#conflictMessage")).contains(capitalised(bensName())).contains("saved a change to this family");
        assertThat(text("#saveStatus")).isEqualTo("Not saved");
        assertThat(robot.lookup("#outcome").queryAs(TextInputControl.class).getText()).isEqualTo(annas); // kept
        assertThat(stored(familyId).goals().get(0).outcome()).startsWith("Ben:"); // not overwritten

        robot.clickOn("#compareChanges");
        AppHarness.waitUntil(() -> robot.lookup("#conflictView").tryQuery().isPresent());
        int outcomeRow = rowShowing("Ben: Mia will use her spoon");
        assertThat(text("#conflictMine-" + outcomeRow)).isEqualTo(annas);
        int hopesRow = rowShowing("Ben's note on hopes");
        assertThat(robot.lookup("#takeTheirs-" + hopesRow).queryAs(javafx.scene.control.RadioButton.class).isSelected())
                .isTrue(); // only Ben changed the hopes: his, unless Anna keeps hers
        assertThat(robot.lookup(".label").queryAllAs(Label.class).stream().map(Label::getText))
                .anyMatch(t -> t.startsWith("Saved by " + bensName() + (bensName().equals("someone else") ? "" : " at ")));
        Button save = robot.lookup("#saveChoices").queryAs(Button.class);
        assertThat(save.isDisabled()).isTrue(); // both changed the outcome: Anna must choose
        robot.clickOn("#keepBoth-" + outcomeRow);
        assertThat(save.isDisabled()).isFalse();
        robot.clickOn("#saveChoices");

        AppHarness.waitUntil(() -> text("#saveStatus").equals("Saved"));
        assertThat(robot.lookup("#conflictBanner").query().isVisible()).isFalse();
        Family saved = stored(familyId);
        String both = annas + "\nBen: Mia will use her spoon for half of breakfast";
        assertThat(saved.goals().get(0).outcome()).isEqualTo(both);
        assertThat(saved.about().hopes()).isEqualTo("Ben's note on hopes");
        assertThat(robot.lookup("#outcome").queryAs(TextInputControl.class).getText()).isEqualTo(both);

        // Saving goes on as usual afterwards: the next typing is saved over the new version.
        robot.interact(() -> robot.lookup("#outcome").queryAs(TextInputControl.class).setText(both + " (agreed)"));
        long end = System.nanoTime() + 10_000_000_000L;
        while (!stored(familyId).goals().get(0).outcome().endsWith("(agreed)") && System.nanoTime() < end) {
            Thread.sleep(100);
        }
        assertThat(stored(familyId).goals().get(0).outcome()).isEqualTo(both + " (agreed)");
        AppHarness.waitUntil(() -> text("#saveStatus").equals("Saved"));
    }

    private static String capitalised(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** The number of the comparison's row whose other side shows the text. */
    private int rowShowing(String theirs) {
        for (int i = 1; i < 100; i++) {
            var label = robot.lookup("#conflictTheirs-" + i).tryQueryAs(Label.class);
            if (label.isEmpty()) {
                break;
            }
            if (label.get().getText().contains(theirs)) {
                return i;
            }
        }
        throw new AssertionError("no row shows " + theirs);
    }
}
