package app.homeplan.intake.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.homeplan.plan.Caregiver;
import app.homeplan.plan.Family;
import app.homeplan.plan.FamilySummary;
import app.homeplan.plan.Goal;
import app.homeplan.plan.PlanStatus;
import app.homeplan.plan.Routine;
import app.homeplan.plan.Strategy;
import app.homeplan.store.Store;
import app.homeplan.testing.AppHarness;
import app.homeplan.testing.WindowTest;
import app.homeplan.testing.Stores;
import app.homeplan.testing.TestFamilies;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;
import app.homeplan.intake.IntakeStep;

/**
 * A whole intake through the real window, by keyboard and mouse: a new family, all six steps, the
 * app closed in the middle of "Our goals" and opened again, then the database checked for every
 * value typed.
 */
class IntakeEndToEndTest extends WindowTest {
    static final String CHILD = "Nguyễn Thị Mai";

    @Test
    void aWholeIntakeByKeyboardAndMouseSurvivesClosingTheAppAndIsStored() throws Exception {
        String paste = TestFamilies.longText(10_000); // Vietnamese, emoji, Arabic, Chinese

        // New family, from the home screen.
        robot.clickOn("#newFamily");
        AppHarness.waitUntil(() -> robot.lookup(".dialog-pane .text-field").tryQuery().isPresent());
        click(".dialog-pane .text-field");
        robot.write(CHILD, 0).type(KeyCode.ENTER);
        waitFor("#step-family");
        click("#childName"); // the window may get its focus back from the dialog a little later
        AppHarness.waitUntil(() -> focused() != null && "childName".equals(focused().getId()));

        // 1. The family: keyboard first.
        robot.type(KeyCode.TAB).write("Mai", 0);                                   // preferred name
        robot.type(KeyCode.TAB);
        AppHarness.waitUntil(() -> focused() != null && focused().getParent() != null
                && focused().getParent().getId() != null && focused().getParent().getId().equals("dateOfBirth")
                || focused() != null && "dateOfBirth".equals(focused().getId()));
        robot.write("2023-03-14", 0).type(KeyCode.ENTER);                           // date of birth
        AppHarness.waitUntil(() -> !text("#childAge").isEmpty());
        click("#addCaregiver");
        AppHarness.waitUntil(() -> focused() != null && "caregiverName0".equals(focused().getId()));
        robot.write("Lan Nguyễn", 0).type(KeyCode.TAB).write("Mother", 0).type(KeyCode.TAB).write("Tiếng Việt", 0)
                .type(KeyCode.TAB).type(KeyCode.SPACE)                            // interpreter needed
                .type(KeyCode.TAB).write("0400 000 001", 0);
        click("#addClinician");
        AppHarness.waitUntil(() -> focused() != null && "clinicianName0".equals(focused().getId()));
        robot.write("Sam Taylor", 0).type(KeyCode.TAB).write("Occupational therapist", 0);
        click("#meetingToday");
        click("#otherAttendees");
        robot.write("Bà Hoa (grandmother)", 0);
        tabTo("consent");
        robot.type(KeyCode.SPACE);                                                 // consent
        AppHarness.waitUntil(() -> lookup("#consent", javafx.scene.control.CheckBox.class).isSelected());
        robot.push(KeyCode.SHORTCUT, KeyCode.PAGE_DOWN);                           // Next

        // 2. About us.
        waitFor("#step-about");
        AppHarness.waitUntil(() -> focused() != null && "strengths".equals(focused().getId()));
        robot.write("Curious, laughs a lot", 0).type(KeyCode.TAB).write("Bubbles 🫧 and the Bluey song", 0)
                .type(KeyCode.TAB).write("Sleeps well", 0).type(KeyCode.TAB).write("Meals are hard", 0).type(KeyCode.TAB);
        AppHarness.waitUntil(() -> focused() != null && "hopes".equals(focused().getId()));
        robot.interact(() -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(paste);
            Clipboard.getSystemClipboard().setContent(content);
        });
        robot.push(KeyCode.SHORTCUT, KeyCode.V);                                   // a 10,000-character paste
        AppHarness.waitUntil(() -> lookup("#hopes", TextInputControl.class).getText().length() == 10_000);
        click("#addInformalSupport");
        AppHarness.waitUntil(() -> focused() != null && "supportName0".equals(focused().getId()));
        robot.write("Bà Hoa", 0);
        robot.push(KeyCode.SHORTCUT, KeyCode.DIGIT3);                              // jump to step 3

        // 3. Our day: routines from the library by mouse, one typed in, ordered by keyboard and drag.
        waitFor("#step-day");
        click("#chip-bath");
        click("#chip-breakfast");
        click("#chip-waking_up");
        click("#newRoutine");
        robot.write("Thăm bà ngoại", 0).type(KeyCode.ENTER);
        AppHarness.waitUntil(() -> focused() != null && "usualTime".equals(focused().getId()));
        robot.write("Sunday 10:00", 0);
        assertThat(dayOrder()).containsExactly("Waking up", "Breakfast", "Bath time", "Thăm bà ngoại");
        click(cell("#routineList", "Thăm bà ngoại"));
        robot.push(KeyCode.ALT, KeyCode.UP);                                       // earlier in the day
        AppHarness.waitUntil(() -> dayOrder().equals(List.of("Waking up", "Breakfast", "Thăm bà ngoại", "Bath time")));
        robot.drag(cell("#routineList", "Bath time")).dropTo(cell("#routineList", "Thăm bà ngoại"));
        AppHarness.waitUntil(() -> dayOrder().equals(List.of("Waking up", "Breakfast", "Bath time", "Thăm bà ngoại")));

        click(cell("#routineList", "Breakfast"));
        click("#usualTime");
        robot.write("7:00", 0);
        click("#routineNotes");
        robot.write("Sits in the high chair; we feed her.", 0);
        click(satisfactionButton("2"));
        click("#newConcern");
        robot.write("Does not feed herself", 0).type(KeyCode.ENTER);
        robot.write("Screams for more", 0).type(KeyCode.ENTER);
        click(cell("#routineList", "Bath time"));
        click("#newConcern");
        robot.write("Cries at hair washing", 0).type(KeyCode.ENTER);
        AppHarness.waitUntil(() -> text("#saveStatus").equals("Saved"));

        robot.push(KeyCode.SHORTCUT, KeyCode.PAGE_DOWN);

        // 4. Our goals: a starred concern becomes a goal in one click; a second goal is written fresh.
        waitFor("#step-goals");
        click(robot.lookup(".make-goal").query()); // "Does not feed herself", at breakfast
        AppHarness.waitUntil(() -> robot.lookup("#familyWords").tryQuery().isPresent()
                && text("#outcome").equals("Mai will take part in breakfast by "));
        // The goal asks for the family's own words, quoting the concern.
        AppHarness.waitUntil(() -> focused() != null && "familyWords".equals(focused().getId()));
        assertThat(robot.lookup("#familyWords").queryAs(TextInputControl.class).getPromptText()).contains("Does not feed herself");
        robot.write("Feed herself", 0);
        click("#outcome");
        robot.push(KeyCode.END).write("feeding herself with a spoon", 0);
        click("#criterion");
        robot.write("Half her meal with the spoon, 5 days in 7", 0);
        click("#targetSixMonths");
        click("#addGoal");
        AppHarness.waitUntil(() -> focused() != null && "familyWords".equals(focused().getId()));
        robot.write("Bath time without tears", 0);
        AppHarness.waitUntil(() -> text("#saveStatus").equals("Saved"));

        // Homeplan is closed in the middle of the step, and opened again.
        harness.restart();
        AppHarness.waitUntil(() -> robot.lookup("#familyTable").tryQuery().isPresent()
                && robot.lookup("#familyTable").queryAs(TableView.class).getItems().size() == 2);
        click("#familySearch");
        robot.write("mai", 0).type(KeyCode.ENTER);
        waitFor("#step-goals"); // resumes at step 4
        AppHarness.waitUntil(() -> goalList().getItems().size() == 2);
        assertThat(goalList().getItems().get(1).familyWordsProperty().get()).isEqualTo("Bath time without tears");

        // The family ranks bath time first, by keyboard.
        click(cell("#goalList", "Goal 2: Bath time without tears"));
        robot.push(KeyCode.ALT, KeyCode.UP);
        AppHarness.waitUntil(() -> goalList().getItems().get(0).familyWordsProperty().get().equals("Bath time without tears"));
        click(robot.lookup("#goalRoutines .check-box").match((javafx.scene.control.CheckBox b) ->
                b.getText().equals("Bath time")).query());
        click("#useTemplate");
        AppHarness.waitUntil(() -> text("#outcome").equals("Mai will take part in bath time by "));
        robot.write("letting us wash her hair", 0);
        click("#criterion");
        robot.write("No tears at 4 of 5 hair washes, for 3 weeks", 0);
        click("#copmPane");
        click(robot.lookup("#copmImportance .rating").nth(8).query()); // 9
        robot.type(KeyCode.TAB);
        robot.type(KeyCode.DIGIT3); // performance 3, by keyboard
        click("#gasPane");
        click("#gas2");
        robot.write("Hair washed with a few tears", 0);
        click("#targetDate");
        robot.write("2027-06-01", 0).type(KeyCode.ENTER);
        AppHarness.waitUntil(() -> lookup("#goalQuality", Node.class).lookup(".quality-good") != null);
        robot.push(KeyCode.SHORTCUT, KeyCode.PAGE_DOWN);

        // 5. Strategies: one from the library (found by searching), one written fresh.
        waitFor("#step-strategies");
        click(cell("#slotList", "Goal 1: Bath time without tears, Bath time, "));
        click("#librarySearch");
        robot.write("calm hour before", 0);
        AppHarness.waitUntil(() -> robot.lookup("#libraryList").queryAs(ListView.class).getItems().size() == 1);
        robot.type(KeyCode.DOWN).type(KeyCode.ENTER); // into the list, and use it
        AppHarness.waitUntil(() -> focused() != null && focused().getStyleClass().contains("strategy-who"));
        robot.write("Dad (David)", 0);
        click(cell("#slotList", "Goal 2: Feed herself, Breakfast, "));
        click("#writeOwnStrategy");
        AppHarness.waitUntil(() -> focused() instanceof TextInputControl);
        robot.write("Porridge in her own bowl 🥣", 0);
        robot.push(KeyCode.SHORTCUT, KeyCode.PAGE_DOWN);

        // 6. Review: review date in six months, the plan made active, finished.
        waitFor("#step-review");
        assertThat(robot.lookup("#planMatrix").tryQuery()).isPresent();
        click("#reviewIn6");
        click("#status-active");
        AppHarness.waitUntil(() -> text("#saveStatus").equals("Saved"));
        click("#stepNext"); // Finish
        AppHarness.waitUntil(() -> robot.lookup("#familyTable").tryQuery().isPresent());
        harness.stop();

        // Every value typed is in the database.
        Family f = storedFamily();
        LocalDate today = LocalDate.now();
        assertThat(f.child().name()).isEqualTo(CHILD);
        assertThat(f.child().preferredName()).isEqualTo("Mai");
        assertThat(f.child().dateOfBirth()).isEqualTo(LocalDate.of(2023, 3, 14));
        assertThat(f.caregivers()).singleElement().isEqualTo(new Caregiver(f.caregivers().get(0).id(), "Lan Nguyễn",
                "Mother", "Tiếng Việt", true, "0400 000 001", true));
        assertThat(f.clinicians()).singleElement().satisfies(c -> {
            assertThat(c.name()).isEqualTo("Sam Taylor");
            assertThat(c.discipline()).isEqualTo("Occupational therapist");
        });
        assertThat(f.meetingDate()).isEqualTo(today);
        assertThat(f.otherAttendees()).isEqualTo("Bà Hoa (grandmother)");
        assertThat(f.consentToStore()).isTrue();
        assertThat(f.about().strengths()).isEqualTo("Curious, laughs a lot");
        assertThat(f.about().interests()).isEqualTo("Bubbles 🫧 and the Bluey song");
        assertThat(f.about().goingWell()).isEqualTo("Sleeps well");
        assertThat(f.about().concerns()).isEqualTo("Meals are hard");
        assertThat(f.about().hopes()).isEqualTo(paste);
        assertThat(f.supports()).singleElement().satisfies(s -> assertThat(s.name()).isEqualTo("Bà Hoa"));

        assertThat(f.routines()).extracting(Routine::name)
                .containsExactly("Waking up", "Breakfast", "Bath time", "Thăm bà ngoại");
        Routine breakfast = f.routines().get(1);
        assertThat(breakfast.usualTime()).isEqualTo("7:00");
        assertThat(breakfast.notes()).isEqualTo("Sits in the high chair; we feed her.");
        assertThat(breakfast.satisfaction()).isEqualTo(2);
        assertThat(breakfast.concerns()).extracting(c -> c.text()).containsExactly("Does not feed herself", "Screams for more");
        Routine bath = f.routines().get(2);
        assertThat(bath.concerns()).extracting(c -> c.text()).containsExactly("Cries at hair washing");
        assertThat(f.routines().get(3).usualTime()).isEqualTo("Sunday 10:00");

        assertThat(f.goals()).extracting(Goal::familyWords).containsExactly("Bath time without tears", "Feed herself");
        Goal hair = f.goals().get(0);
        assertThat(hair.outcome()).isEqualTo("Mai will take part in bath time by letting us wash her hair");
        assertThat(hair.routineIds()).containsExactly(bath.id());
        assertThat(hair.criterion()).isEqualTo("No tears at 4 of 5 hair washes, for 3 weeks");
        assertThat(hair.targetDate()).isEqualTo(LocalDate.of(2027, 6, 1));
        assertThat(hair.copm().importance()).isEqualTo(9);
        assertThat(hair.copm().performance()).isEqualTo(3);
        assertThat(hair.gas().expected()).isEqualTo("Hair washed with a few tears");
        Goal feeding = f.goals().get(1);
        assertThat(feeding.outcome()).isEqualTo("Mai will take part in breakfast by feeding herself with a spoon");
        assertThat(feeding.routineIds()).containsExactly(breakfast.id());
        assertThat(feeding.criterion()).isEqualTo("Half her meal with the spoon, 5 days in 7");
        assertThat(feeding.sourceConcernId()).isEqualTo(breakfast.concerns().get(0).id());
        assertThat(feeding.targetDate()).isEqualTo(today.plusMonths(6));

        assertThat(f.strategies()).hasSize(2);
        Strategy calm = f.strategiesFor(hair.id(), bath.id()).get(0);
        assertThat(calm.libraryKey()).isEqualTo("sleep.wind_down");
        assertThat(calm.who()).isEqualTo("Dad (David)");
        assertThat(f.strategiesFor(feeding.id(), breakfast.id())).extracting(Strategy::what)
                .containsExactly("Porridge in her own bowl 🥣");
        assertThat(f.reviewDate()).isEqualTo(today.plusMonths(6));
        assertThat(f.status()).isEqualTo(PlanStatus.ACTIVE);
        assertThat(f.wizardStep()).isEqualTo(IntakeStep.REVIEW.ordinal());
    }

    // --- helpers -----------------------------------------------------------------------------------

    /** Scrolls the step to the node, as a user would, then clicks it. */
    private void click(String query) {
        click(robot.lookup(query).query());
    }

    private void click(Node node) {
        robot.interact(() -> {
            if (harness.app().window().current() instanceof IntakeView view) {
                view.reveal(node);
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
        // A real click at the node's place; the pointer jumps there instead of gliding (faster).
        robot.robotContext().getBaseRobot().moveMouse(robot.point(node).query());
        robot.clickOn(javafx.scene.input.MouseButton.PRIMARY);
    }

    private void waitFor(String query) throws TimeoutException {
        try {
            AppHarness.waitUntil(() -> robot.lookup(query).tryQuery().isPresent());
        } catch (TimeoutException e) {
            Node step = harness.app().window().current();
            throw new AssertionError("no " + query + "; showing " + (step instanceof IntakeView v
                    ? v.model().stepProperty().get() + ", blocked: " + v.model().blockedProperty().get() : step)
                    + ", focus " + focused(), e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Presses Tab until the node with this id has the keyboard (at most 20 times). */
    private void tabTo(String id) {
        for (int i = 0; i < 20 && (focused() == null || !id.equals(focused().getId())); i++) {
            robot.type(KeyCode.TAB);
        }
        assertThat(focused().getId()).isEqualTo(id);
    }

    @SuppressWarnings("unchecked")
    private ListView<GoalsStepViewModel.GoalRow> goalList() {
        return robot.lookup("#goalList").queryAs(ListView.class);
    }

    private Node focused() {
        return harness.stage().getScene().getFocusOwner();
    }

    private <T extends Node> T lookup(String query, Class<T> type) {
        return robot.lookup(query).queryAs(type);
    }

    private String text(String query) {
        Node node = robot.lookup(query).query();
        return node instanceof Label l ? l.getText() : ((TextInputControl) node).getText();
    }

    @SuppressWarnings("unchecked")
    private List<String> dayOrder() {
        ListView<DayStepViewModel.RoutineRow> list = robot.lookup("#routineList").queryAs(ListView.class);
        return list.getItems().stream().map(r -> r.nameProperty().get()).toList();
    }

    /** The cell of a list showing an item whose accessible text is {@code name} (or begins so, when it ends with ", "). */
    private Node cell(String list, String name) {
        return robot.from((Node) robot.lookup(list).queryAs(ListView.class)).lookup(".list-cell")
                .match((ListCell<?> c) -> !c.isEmpty() && c.getAccessibleText() != null
                        && (name.endsWith(", ") ? c.getAccessibleText().startsWith(name) : name.equals(c.getAccessibleText())))
                .query();
    }

    private Node satisfactionButton(String number) {
        return robot.from((Node) robot.lookup("#satisfaction").query()).lookup(".rating")
                .match((javafx.scene.control.ToggleButton b) -> b.getText().equals(number)).query();
    }

    private Family storedFamily() {
        try (Store store = Stores.open(dir.resolve("homeplan.db"))) {
            FamilySummary summary = store.families().search(CHILD, 10).get(0);
            return store.families().load(summary.id()).orElseThrow();
        }
    }
}
