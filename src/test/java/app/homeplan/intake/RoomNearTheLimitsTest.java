package app.homeplan.intake;

import static org.assertj.core.api.Assertions.assertThat;

import app.homeplan.plan.Family;
import app.homeplan.plan.FamilyLimits;
import app.homeplan.plan.FamilySummary;
import app.homeplan.plan.Goal;
import app.homeplan.plan.Routine;
import app.homeplan.store.Store;
import app.homeplan.testing.AppHarness;
import app.homeplan.testing.Stores;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/**
 * Issue 21, in the real window: as a family nears a limit the wizard says calmly what the limit is and
 * how much room is left; past a text's limit it says by how much to shorten, and keeps every
 * character typed (on screen and in the data file); a full list of goals or routines takes no more,
 * with the same sentence, and what was typed for the new one stays in its field.
 */
class RoomNearTheLimitsTest {
    @TempDir
    Path dir;
    Path db;
    AppHarness harness;
    final FxRobot robot = new FxRobot();
    long adaId;

    @BeforeEach
    void start() throws Exception {
        db = dir.resolve("homeplan.db");
        // Ada's family is full: as many routines and goals as a family can have.
        List<Routine> routines = IntStream.rangeClosed(1, FamilyLimits.ROUTINES)
                .mapToObj(i -> Routine.of("", "Routine " + i)).toList();
        List<Goal> goals = IntStream.rangeClosed(1, FamilyLimits.GOALS)
                .mapToObj(i -> Goal.builder().familyWords("Goal " + i).routineIds(List.of(routines.get(0).id())).build()).toList();
        try (Store store = Stores.open(db)) {
            adaId = store.families().insert(Family.newFor("Ada").toBuilder().routines(routines).goals(goals).build()).id();
        }
        harness = new AppHarness(db);
        harness.start();
        AppHarness.waitUntil(() -> robot.lookup("#familyTable").tryQuery().isPresent() && table().getItems().size() == 2);
        robot.interact(() -> table().getItems().stream().filter(f -> f.id() == adaId).findFirst()
                .ifPresent(f -> table().getSelectionModel().select(f)));
        robot.clickOn("#openFamily");
        AppHarness.waitUntil(() -> robot.lookup("#goto-day").tryQuery().isPresent());
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

    private Family stored() throws Exception {
        Store store = harness.app().context().store();
        return harness.app().storeThread().submit(() -> store.families().load(adaId).orElseThrow()).get();
    }

    @Test
    void aFullFamilyIsToldItsLimitsAndAddsNoMoreGoalsOrRoutinesKeepingWhatWasTyped() throws Exception {
        AppHarness.waitUntil(() -> robot.lookup("#roomNote").tryQuery().isPresent() && robot.lookup("#roomNote").query().isVisible());
        assertThat(text("#roomNote"))
                .contains("This family has 100 routines, the most a family can have. To add another, remove one first.")
                .contains("This family has 100 goals, the most a family can have. To add another, remove one first.");

        // A routine typed and added: refused with the sentence, the name still in its field.
        robot.clickOn("#goto-day");
        AppHarness.waitUntil(() -> robot.lookup("#routineLibrary").tryQuery().isPresent());
        robot.interact(() -> robot.lookup("#routineLibrary").queryAs(javafx.scene.control.TitledPane.class).setExpanded(true));
        // Folded, the library's routines are not in the window: they join it, laid out, once it unfolds.
        AppHarness.waitUntil(() -> robot.lookup("#newRoutine").tryQuery().map(n -> n.getLayoutBounds().getWidth() > 0).orElse(false));
        robot.clickOn("#newRoutine").write("Swimming", 0).type(javafx.scene.input.KeyCode.ENTER); // Enter adds it
        AppHarness.waitUntil(() -> !text("#dayProblem").isEmpty());
        assertThat(text("#dayProblem")).isEqualTo("This family has 100 routines, the most a family can have. To add another, remove one first.");
        assertThat(robot.lookup("#newRoutine").queryAs(TextInputControl.class).getText()).isEqualTo("Swimming");
        assertThat(robot.lookup("#routineList").queryAs(javafx.scene.control.ListView.class).getItems()).hasSize(100);

        // A goal added: refused with the sentence under the ranking.
        robot.clickOn("#goto-goals");
        AppHarness.waitUntil(() -> robot.lookup("#addGoal").tryQuery().isPresent());
        robot.push(javafx.scene.input.KeyCode.ALT, javafx.scene.input.KeyCode.G); // "Add a goal" (below the window's fold)
        AppHarness.waitUntil(() -> text("#manyGoals").startsWith("This family has 100 goals, the most"));
        assertThat(robot.lookup("#goalList").queryAs(javafx.scene.control.ListView.class).getItems()).hasSize(100);
        AppHarness.waitUntil(() -> text("#saveStatus").equals("Saved"));
        assertThat(stored().routines()).hasSize(100);
        assertThat(stored().goals()).hasSize(100);
    }

    @Test
    void aLongNoteIsToldTheRoomLeftThenHowMuchToShortenAndEveryCharacterIsKept() throws Exception {
        robot.clickOn("#goto-day");
        AppHarness.waitUntil(() -> robot.lookup("#routineNotes").tryQuery().isPresent());
        TextInputControl notes = robot.lookup("#routineNotes").queryAs(TextInputControl.class);

        // A paste just under 90% of a note's limit: nothing more to say than the full lists.
        robot.interact(() -> notes.setText("a".repeat(89_999)));
        AppHarness.waitUntil(() -> !text("#roomNote").isEmpty());
        assertThat(text("#roomNote")).doesNotContain("The note on");
        // One more character typed: the limit and the room left, calmly.
        robot.clickOn("#routineNotes");
        robot.interact(notes::end);
        robot.write("b", 0);
        AppHarness.waitUntil(() -> text("#roomNote").contains("The note on"));
        assertThat(text("#roomNote")).contains("The note on \u201cRoutine 1\u201d is 90,000 characters long;"
                + " it can hold 100,000, so there is room for 10,000 more.");

        // Past the limit: by how much to shorten; nothing typed is cut.
        String full = "a".repeat(FamilyLimits.TEXT);
        robot.interact(() -> {
            notes.setText(full);
            notes.end();
        });
        robot.write("xyz", 0);
        AppHarness.waitUntil(() -> text("#roomNote").contains("more than the"));
        assertThat(text("#roomNote").lines().findFirst().orElseThrow()).isEqualTo("The note on \u201cRoutine 1\u201d is"
                + " 100,003 characters long, more than the 100,000 it can hold. All of it is kept here; shorten it by 3"
                + " characters so the family can be exported as a family file.");
        assertThat(notes.getText()).isEqualTo(full + "xyz");
        AppHarness.waitUntil(() -> text("#saveStatus").equals("Saved"));
        assertThat(stored().routines().get(0).notes()).isEqualTo(full + "xyz");
    }
}
