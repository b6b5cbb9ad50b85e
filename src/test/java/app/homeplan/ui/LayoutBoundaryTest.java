package app.homeplan.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.geometry.Bounds;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A text area in a form field (headless Monocle): typing within a line lays out the text area alone,
 * not the screen around it, and whenever its size does change (a new line, larger text, a narrower
 * window) the fields around it make room in the very same pulse, so nothing is drawn overlapping or cut off.
 */
class LayoutBoundaryTest {
    final FxRobot robot = new FxRobot();
    final StringProperty typed = new SimpleStringProperty("");
    final AtomicInteger screenLayouts = new AtomicInteger();
    Stage stage;
    VBox screen;
    TextArea area;
    Label below;

    @BeforeEach
    void show() throws Exception {
        FxToolkit.registerPrimaryStage(); // starts the toolkit; the window is this test's own, whatever ran before
        ScreenFonts.loadSymbols(); // as the app does before its first text is drawn (later tests draw emoji)
        robot.interact(() -> {
            app.homeplan.ui.Theme.apply(); // the app's theme, as the app and the full suite set it
            stage = new Stage();
            area = Forms.textArea(typed, 2, "What the family says");
            below = new Label("The next field");
            // The screen around the field counts its own layouts: typing must not cause any.
            screen = new VBox(10, Forms.field("Goal in the family's words", "Their words, as they said them", area), below) {
                @Override
                protected void layoutChildren() {
                    screenLayouts.incrementAndGet();
                    super.layoutChildren();
                }
            };
            stage.setScene(new Scene(screen, 500, 400));
            stage.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void close() {
        robot.interact(() -> stage.close());
    }

    @Test
    void typingWithinALineLaysOutTheTextAreaAloneAndWhatIsTypedIsKept() {
        Bounds before = fx(() -> area.localToScene(area.getLayoutBounds()));
        screenLayouts.set(0);
        String words = "she puts her shoes on by herself";
        type(words);

        assertThat(typed.get()).isEqualTo(words);
        assertThat(screenLayouts.get()).as("layouts of the screen around the field while typing").isZero();
        assertThat(fx(() -> area.localToScene(area.getLayoutBounds()))).isEqualTo(before);
    }

    @Test
    void aNewLineOfTextGrowsTheAreaAndPushesTheNextFieldDown() {
        double height = fx(() -> area.getHeight());
        type("she puts her shoes on by herself before we leave for kinder, most mornings ".repeat(3));

        assertThat(fx(() -> area.getHeight())).as("the area grew with its lines").isGreaterThan(height + 10);
        assertBelowTheArea();
    }

    /** Key by key, a pulse after each, as a person types. */
    private void type(String words) {
        for (char c : words.toCharArray()) {
            robot.interact(() -> area.appendText(String.valueOf(c)));
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void largerTextMakesTheAreaTallerAndTheNextFieldFollows() {
        double height = fx(() -> area.getHeight());
        robot.interact(() -> area.setStyle("-fx-font-size: 28px;"));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(fx(() -> area.getHeight())).isGreaterThan(height + 20); // two rows of 28 px text, not 13
        assertBelowTheArea();
    }

    @Test
    void theAreaIsAsWideAsTheFieldWhenTheWindowNarrows() {
        robot.interact(() -> stage.setWidth(300));
        WaitForAsyncUtils.waitForFxEvents();

        double fieldWidth = fx(() -> ((VBox) screen.getChildren().get(0)).getWidth());
        assertThat(fx(() -> area.getWidth())).isEqualTo(fieldWidth);
        assertThat(fieldWidth).isLessThanOrEqualTo(300);
    }

    private static <T> T fx(java.util.concurrent.Callable<T> read) {
        try {
            return WaitForAsyncUtils.asyncFx(read).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The next field starts below the area: nothing is drawn over it. */
    private void assertBelowTheArea() {
        robot.interact(() -> {
            Bounds a = area.localToScene(area.getLayoutBounds());
            Bounds b = below.localToScene(below.getLayoutBounds());
            assertThat(b.getMinY()).isGreaterThanOrEqualTo(a.getMaxY());
        });
    }
}
