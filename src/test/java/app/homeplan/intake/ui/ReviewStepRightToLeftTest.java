package app.homeplan.intake.ui;

import static app.homeplan.testing.RightToLeftLines.caretX;
import static org.assertj.core.api.Assertions.assertThat;

import app.homeplan.i18n.Messages;
import app.homeplan.plan.Family;
import app.homeplan.plan.Goal;
import app.homeplan.testing.HardFamilies;
import app.homeplan.ui.BidiLines;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.text.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Step 6's plan table with an Arabic-speaking family's goals, on a real screen: each column heading
 * "1. <the goal>" keeps the number at the left, before the goal, and the goal's own numbers inside its
 * words ("5 دقائق" at the goal's right, where the Arabic starts; "2" between the words around it), as the
 * family wrote them; so does "Goal 2, “<the goal>”: ..." in the list of what is still open.
 */
class ReviewStepRightToLeftTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
    /** "Eats 2 dates": the 2 between the two words. */
    private static final String NUMBER_INSIDE = "يأكل 2 تمرة";
    /** "5 minutes of calm", starting with its number: left alone, the 5 joined the heading's "2. " on the far side. */
    private static final String STARTS_WITH_A_NUMBER = "5 دقائق هدوء";

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
    }

    /** Step 6 of the Arabic family, its goals' words replaced by the two above (the second listed as still open). */
    private static void showStepSix() throws Exception {
        Messages.setLocale(Locale.ENGLISH);
        Family arabic = HardFamilies.rightToLeft(TODAY);
        List<Goal> goals = new ArrayList<>(arabic.goals());
        goals.set(0, goals.get(0).withFamilyWords(NUMBER_INSIDE));
        goals.set(1, goals.get(1).withFamilyWords(STARTS_WITH_A_NUMBER).withCriterion("")); // listed as still open
        Family family = arabic.toBuilder().goals(goals).build();
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupSceneRoot(() -> {
            FinishStepView step = new FinishStepView(new FinishStepViewModel(new FamilyDraft(family), () -> TODAY), s -> { });
            step.buildBelow(); // as moving to the step does
            return step;
        });
        FxToolkit.setupStage(stage -> {
            stage.setWidth(1400);
            stage.setHeight(900);
        });
        FxToolkit.showStage();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() -> heading(2) != null).get());
    }

    @Test
    void aGoalsNumberStaysBeforeItsRightToLeftWordsAndTheirNumbersStayInside() throws Exception {
        showStepSix();
        for (int number = 1; number <= 2; number++) {
            int n = number;
            String[] words = (n == 1 ? NUMBER_INSIDE : STARTS_WITH_A_NUMBER).split(" ");
            double[] x = WaitForAsyncUtils.asyncFx(() -> {
                Label head = heading(n);
                assertThat(head.getGraphic()).as("drawn by BidiLines").isInstanceOf(BidiLines.class);
                List<javafx.scene.Node> lines = ((BidiLines) head.getGraphic()).getChildrenUnmodifiable();
                assertThat(lines).as("goal %d's heading on one line", n).hasSize(1);
                Text line = (Text) lines.get(0);
                String text = line.getText();
                int goalNumber = text.indexOf(n + ".");
                return new double[] {caretX(line, goalNumber), caretX(line, text.indexOf(words[0], goalNumber + 2)),
                        caretX(line, text.indexOf(words[1], goalNumber + 2)), caretX(line, text.indexOf(words[2], goalNumber + 2))};
            }).get();
            assertThat(x[0]).as("goal %d's number at the left of its words", n).isLessThan(Math.min(x[1], Math.min(x[2], x[3])));
            // Right to left: each word (the number too) to the left of the one before it.
            assertThat(x[1]).as("goal %d: %s", n, words[0]).isGreaterThan(x[2]);
            assertThat(x[2]).as("goal %d: %s", n, words[1]).isGreaterThan(x[3]);
        }
    }

    @Test
    void aRightToLeftGoalInTheListOfWhatIsStillOpenKeepsItsNumberInItsWords() throws Exception {
        showStepSix();
        double[] x = WaitForAsyncUtils.asyncFx(() -> {
            Label point = null;
            for (var window : javafx.stage.Window.getWindows()) {
                if (window.getScene() != null) {
                    for (var node : window.getScene().getRoot().lookupAll(".quality-issue")) {
                        if (node instanceof Label label && label.getText().contains(STARTS_WITH_A_NUMBER)) {
                            point = label;
                        }
                    }
                }
            }
            assertThat(point).as("goal 2 listed as still open").isNotNull();
            Text line = (Text) point.lookup(".text");
            String text = line.getText();
            String[] words = STARTS_WITH_A_NUMBER.split(" ");
            return new double[] {caretX(line, text.indexOf("Goal 2")), caretX(line, text.indexOf(words[0])),
                    caretX(line, text.indexOf(words[1])), caretX(line, text.indexOf(words[2]))};
        }).get();
        assertThat(x[0]).as("\"Goal 2\" first, at the left").isLessThan(Math.min(x[1], Math.min(x[2], x[3])));
        assertThat(x[1]).as("the 5 at the right of its words").isGreaterThan(x[2]);
        assertThat(x[2]).isGreaterThan(x[3]);
    }

    /** The plan table's heading of goal {@code n} (from 1), or null while the table is not built yet. */
    private static Label heading(int n) {
        for (var window : javafx.stage.Window.getWindows()) {
            if (window.getScene() == null) {
                continue;
            }
            for (var node : window.getScene().getRoot().lookupAll(".matrix-head")) {
                if (node instanceof Label label && label.getText().replace("\u200E", "").startsWith(n + ".")) {
                    return label;
                }
            }
        }
        return null;
    }
}
