package app.homeplan.intake.ui;

import static app.homeplan.testing.Fx.onFx;
import static org.assertj.core.api.Assertions.assertThat;

import app.homeplan.intake.IntakeStep;
import app.homeplan.plan.Family;
import app.homeplan.testing.AppHarness;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.TitledPane;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A family opened at a step draws the step's first screen first and its lower parts a frame later
 * (StepPane.addBelow), in the real window (headless Monocle) with the example family: once whole, the
 * step holds the same parts in the same order (what Tab follows) as when the wizard moves to it.
 */
class OpenedAtAStepTest {
    @TempDir
    Path dir;

    AppHarness harness;

    @BeforeEach
    void start() throws Exception {
        harness = AppHarness.startedOn(dir.resolve("families.db"), store -> { });
    }

    @AfterEach
    void close() throws Exception {
        harness.close();
    }

    /** Opens the example family at a step as the app opens a family; true if the step was whole at once. */
    private IntakeView openAt(IntakeStep step) throws Exception {
        long id = onFx(() -> harness.home().orElseThrow().table().getItems().get(0)).id();
        Family example = harness.app().storeThread().submit(() -> harness.app().context().store().families().load(id)
                .orElseThrow()).get();
        IntakeView wizard = onFx(() -> {
            IntakeView view = IntakeView.create(harness.app().context(), example.toBuilder().wizardStep(step.ordinal()).build());
            harness.app().window().show(view, view.model().autosaver());
            return view;
        });
        harness.waitUntilStepWhole();
        org.testfx.util.WaitForAsyncUtils.sleep(200, java.util.concurrent.TimeUnit.MILLISECONDS);
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        return wizard;
    }

    @ParameterizedTest
    @EnumSource(value = IntakeStep.class, names = {"FAMILY", "ABOUT", "DAY", "GOALS", "STRATEGIES", "REVIEW"})
    void onceWholeAStepOpenedAtHoldsWhatMovingToItShowsInTheSameOrder(IntakeStep step) throws Exception {
        IntakeView wizard = openAt(step);
        List<String> opened = onFx(() -> named(wizard.currentStep()));

        IntakeStep other = step == IntakeStep.FAMILY ? IntakeStep.ABOUT : IntakeStep.FAMILY;
        onFx(() -> wizard.model().go(other));
        onFx(() -> wizard.model().go(step));
        assertThat(onFx(() -> wizard.stepIsWhole())).as("moving to a step builds it whole at once").isTrue();
        // Drawn as the opened one was (its controls' skins made), then compared.
        AppHarness.waitUntil(() -> wizard.currentStep().getScene() != null);
        org.testfx.util.WaitForAsyncUtils.sleep(200, java.util.concurrent.TimeUnit.MILLISECONDS);
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        List<String> moved = onFx(() -> named(wizard.currentStep()));

        assertThat(opened).as("the step opened at, once whole").isEqualTo(moved).isNotEmpty();
    }

    @Test
    void theLowerPartsOfTheDayAndStrategiesStepsComeInTheirOwnColumn() throws Exception {
        // Strategies: the library under the goal's strategies, in the right-hand column beside the list.
        IntakeView wizard = openAt(IntakeStep.STRATEGIES);
        assertThat(onFx(() -> minX(wizard, "#libraryCard"))).isGreaterThan(onFx(() -> maxX(wizard, "#slotList")));
        assertThat(onFx(() -> minY(wizard, "#libraryCard"))).isGreaterThan(onFx(() -> minY(wizard, "#writeOwnStrategy")));
        harness.showFamilies();
        // The day: how the routine goes and its concerns, in the routine's card beside the list of routines.
        IntakeView day = openAt(IntakeStep.DAY);
        assertThat(onFx(() -> minX(day, "#satisfaction"))).isGreaterThan(onFx(() -> maxX(day, "#routineList")));
        assertThat(onFx(() -> minY(day, "#newConcern"))).isGreaterThan(onFx(() -> minY(day, "#satisfaction")))
                .isGreaterThan(onFx(() -> minY(day, "#routineNotes")));
    }

    private static double minX(Node root, String id) {
        return root.lookup(id).localToScene(root.lookup(id).getLayoutBounds()).getMinX();
    }

    private static double maxX(Node root, String id) {
        return root.lookup(id).localToScene(root.lookup(id).getLayoutBounds()).getMaxX();
    }

    private static double minY(Node root, String id) {
        return root.lookup(id).localToScene(root.lookup(id).getLayoutBounds()).getMinY();
    }

    @Test
    void aRoutineChosenBeforeTheLowerPartsCameShowsItsOwnCardOnce() throws Exception {
        long id = onFx(() -> harness.home().orElseThrow().table().getItems().get(0)).id();
        Family example = harness.app().storeThread().submit(() -> harness.app().context().store().families().load(id)
                .orElseThrow()).get();
        IntakeView wizard = onFx(() -> {
            IntakeView view = IntakeView.create(harness.app().context(), example.toBuilder().wizardStep(IntakeStep.DAY.ordinal()).build());
            harness.app().window().show(view, view.model().autosaver());
            // Before the first frame: another routine, then the first one again (keys pressed quickly).
            javafx.scene.control.ListView<?> routines = (javafx.scene.control.ListView<?>) view.currentStep().lookup("#routineList");
            routines.getSelectionModel().select(1);
            routines.getSelectionModel().select(0);
            return view;
        });
        harness.waitUntilStepWhole();
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        assertThat(onFx(() -> wizard.lookupAll("#satisfaction").size())).isEqualTo(1);
        assertThat(onFx(() -> wizard.lookupAll("#newConcern").size())).isEqualTo(1);
    }

    @Test
    void theDayStepsFoldedLibraryJoinsTheWindowWhenItUnfolds() throws Exception {
        IntakeView wizard = openAt(IntakeStep.DAY); // the example family has 8 routines: the library is folded
        TitledPane library = onFx(() -> (TitledPane) wizard.lookup("#routineLibrary"));
        assertThat(onFx(() -> library.isExpanded())).isFalse();
        assertThat(onFx(() -> wizard.lookup("#chip-bath"))).as("a folded library's routines").isNull();

        onFx(() -> library.setExpanded(true));
        AppHarness.waitUntil(() -> wizard.lookup("#chip-bath") != null && wizard.lookup("#newRoutine").getLayoutBounds().getWidth() > 0);
        assertThat(onFx(() -> named(library))).anyMatch(id -> id.endsWith("/chip-bath")).anyMatch(id -> id.endsWith("/newRoutine"))
                .anyMatch(id -> id.endsWith("/addTypedRoutine"));
    }

    /** The ids of a step's parts in scene-graph order (the order Tab follows), each with its parent's place. */
    private static List<String> named(Node root) {
        List<String> ids = new ArrayList<>();
        collect(root, "", ids);
        return ids;
    }

    private static void collect(Node node, String path, List<String> ids) {
        if (node.getId() != null) {
            ids.add(path + node.getId());
        }
        if (node instanceof Parent parent) {
            List<Node> children = parent.getChildrenUnmodifiable();
            for (int i = 0; i < children.size(); i++) {
                collect(children.get(i), path + i + "/", ids);
            }
        }
    }
}
