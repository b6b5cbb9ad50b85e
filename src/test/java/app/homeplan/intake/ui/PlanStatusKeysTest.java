package app.homeplan.intake.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.homeplan.plan.PlanStatus;
import app.homeplan.testing.AppHarness;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Scene;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.controlsfx.control.SegmentedButton;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Draft / Active by keyboard, with real key events: every way of choosing changes (and so saves) the status. */
class PlanStatusKeysTest {
    final FxRobot robot = new FxRobot();
    final ObjectProperty<PlanStatus> status = new SimpleObjectProperty<>(PlanStatus.DRAFT);
    ToggleButton draft;
    ToggleButton active;

    @BeforeEach
    void show() throws Exception {
        Stage stage = FxToolkit.registerPrimaryStage();
        FxToolkit.setupSceneRoot(() -> {
            draft = new ToggleButton("_Draft");
            draft.setUserData(PlanStatus.DRAFT);
            draft.setSelected(true);
            active = new ToggleButton("_Active");
            active.setUserData(PlanStatus.ACTIVE);
            SegmentedButton buttons = new SegmentedButton(draft, active);
            PlanStatusKeys.install(buttons, status);
            return new VBox(buttons);
        });
        FxToolkit.showStage();
        WaitForAsyncUtils.asyncFx(() -> {
            stage.requestFocus();
            draft.requestFocus();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
    }

    @Test
    void arrowsSpaceEnterAndTheShortcutChooseAndTheChoiceIsKept() throws Exception {
        robot.type(KeyCode.RIGHT);
        AppHarness.waitUntil(() -> status.get() == PlanStatus.ACTIVE && active.isSelected() && active.isFocused());
        robot.type(KeyCode.LEFT);
        AppHarness.waitUntil(() -> status.get() == PlanStatus.DRAFT && draft.isSelected());

        WaitForAsyncUtils.asyncFx(() -> active.requestFocus()); // the ring on Active, not chosen yet
        AppHarness.waitUntil(active::isFocused);
        assertThat(status.get()).isEqualTo(PlanStatus.DRAFT);
        robot.type(KeyCode.SPACE);
        AppHarness.waitUntil(() -> status.get() == PlanStatus.ACTIVE);
        robot.type(KeyCode.SPACE); // again: stays Active, never "nothing chosen"
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(status.get()).isEqualTo(PlanStatus.ACTIVE);
        assertThat(active.isSelected()).isTrue();

        WaitForAsyncUtils.asyncFx(() -> draft.requestFocus());
        robot.type(KeyCode.ENTER);
        AppHarness.waitUntil(() -> status.get() == PlanStatus.DRAFT && draft.isSelected());

        // Its Alt shortcut, a real key press: the window's shortcut focuses the toggle and sends it an
        // action (it does not press it), and that chooses it.
        robot.press(KeyCode.ALT).type(KeyCode.A).release(KeyCode.ALT);
        AppHarness.waitUntil(() -> status.get() == PlanStatus.ACTIVE && active.isSelected() && !draft.isSelected());
        robot.press(KeyCode.ALT).type(KeyCode.D).release(KeyCode.ALT);
        AppHarness.waitUntil(() -> status.get() == PlanStatus.DRAFT && draft.isSelected() && !active.isSelected());
    }

    @Test
    void aStatusSetElsewhereShowsOnTheButtons() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> status.set(PlanStatus.ACTIVE)).get();
        assertThat(active.isSelected()).isTrue();
        assertThat(draft.isSelected()).isFalse();
    }
}
