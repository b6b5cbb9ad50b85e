package app.homeplan.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Tooltips made on the first hover (headless Monocle): a screen with several gets no popup windows
 * before the pointer comes, and pointing at a button still shows its words, the latest ones given.
 */
class TooltipsTest {
    final FxRobot robot = new FxRobot();
    Stage stage;
    Button export;
    Button about;

    @BeforeEach
    void show() throws Exception {
        FxToolkit.registerPrimaryStage();
        robot.interact(() -> {
            stage = new Stage();
            export = new Button("Export PDF");
            Tooltips.onHover(export, "Save the home plan as a PDF");
            about = new Button("About");
            Tooltips.onHover(about, "Version and licences");
            Tooltips.onHover(about, "Who made Homeplan, version and licences");
            HBox screen = new HBox(40, export, about);
            screen.setStyle("-fx-padding: 40");
            stage.setScene(new Scene(screen, 500, 200));
            stage.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void close() throws Exception {
        robot.interact(() -> Window.getWindows().stream().toList().forEach(Window::hide));
        FxToolkit.cleanupStages();
    }

    @Test
    void noTooltipIsMadeUntilThePointerComes() {
        assertThat(export.getTooltip()).isNull();
        assertThat(about.getTooltip()).isNull();
        assertThat(export.getAccessibleHelp()).as("a screen reader has the words at once")
                .isEqualTo("Save the home plan as a PDF");
    }

    @Test
    void pointingAtAButtonShowsItsLatestWords() throws Exception {
        robot.moveTo(about);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> shownTooltip().equals("Who made Homeplan, version and licences"));
        assertThat(about.getAccessibleHelp()).isEqualTo("Who made Homeplan, version and licences");
        assertThat(export.getTooltip()).as("only the one pointed at").isNull();

        robot.moveTo(export);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> shownTooltip().equals("Save the home plan as a PDF"));
        robot.interact(() -> Tooltips.onHover(export, "Save the plan as a PDF to print"));
        assertThat(export.getTooltip().getText()).isEqualTo("Save the plan as a PDF to print");
    }

    @Test
    void wordsSomeoneElseGaveTheScreenReaderAreKept() {
        robot.interact(() -> {
            about.setAccessibleHelp("Switched off: this data file can only be read");
            Tooltips.onHover(about, "About Homeplan");
        });
        assertThat(about.getAccessibleHelp()).isEqualTo("Switched off: this data file can only be read");
    }

    private String shownTooltip() {
        return WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() -> Window.getWindows().stream()
                .filter(w -> w instanceof Tooltip && w.isShowing())
                .map(w -> ((Tooltip) w).getText()).findFirst().orElse("")));
    }
}
