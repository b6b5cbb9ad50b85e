package app.homeplan.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A problem line or banner shown only while its condition holds (headless Monocle): it appears and takes
 * room when the condition turns true, goes when it turns false, and a change that leaves the condition
 * as it was (a key typed while the problem stays the same) lays out nothing on the screen around it.
 */
class ShownTest {
    final FxRobot robot = new FxRobot();
    final AtomicInteger screenLayouts = new AtomicInteger();
    final StringProperty typed = new SimpleStringProperty("");
    final ObjectProperty<String> saving = new SimpleObjectProperty<>("saved");
    Stage stage;
    VBox screen;
    Label problem;
    Label banner;

    @BeforeEach
    void show() throws Exception {
        FxToolkit.registerPrimaryStage();
        ScreenFonts.loadSymbols();
        robot.interact(() -> {
            stage = new Stage();
            problem = new Label();
            // The problem's words are worked out from what is typed, as a form's are: they follow every key.
            problem.textProperty().bind(typed.map(t -> t.length() > 10 ? "Shorten it by " + (t.length() - 10) : ""));
            Shown.when(problem, problem.textProperty().isNotEmpty());
            banner = new Label("Not saved");
            Shown.when(banner, saving.isEqualTo("failed"));
            screen = new VBox(10, banner, new Label("A field"), problem, new Label("The next field")) {
                @Override
                protected void layoutChildren() {
                    screenLayouts.incrementAndGet();
                    super.layoutChildren();
                }
            };
            stage.setScene(new Scene(screen, 400, 300));
            stage.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void close() {
        robot.interact(() -> stage.close());
    }

    @Test
    void hiddenPartsTakeNoRoomAndAppearWhenTheirConditionHolds() {
        assertThat(fx(() -> problem.isVisible() || problem.isManaged() || banner.isVisible() || banner.isManaged()))
                .isFalse();

        robot.interact(() -> typed.set("a goal longer than ten"));
        robot.interact(() -> saving.set("failed"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fx(() -> problem.isVisible() && problem.isManaged() && problem.getHeight() > 0)).isTrue();
        assertThat(fx(() -> banner.isVisible() && banner.isManaged() && banner.getHeight() > 0)).isTrue();

        robot.interact(() -> typed.set("short"));
        robot.interact(() -> saving.set("saving"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fx(() -> problem.isVisible() || problem.isManaged() || banner.isVisible() || banner.isManaged()))
                .isFalse();
    }

    @Test
    void keysThatLeaveTheProblemHiddenLayOutNothingAroundIt() {
        screenLayouts.set(0);
        for (String step : new String[] {"s", "sh", "sho", "shoe", "shoes"}) {
            robot.interact(() -> typed.set(step));
            robot.interact(() -> saving.set(step.length() % 2 == 0 ? "saving" : "saved"));
        }
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(screenLayouts.get()).as("layouts of the screen while nothing shown changed").isZero();
    }

    @Test
    void theBannerStillFollowsAfterGarbageCollection() throws Exception {
        // The condition (a binding made only for this) is kept by the node, not by what it follows.
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(50);
        }
        robot.interact(() -> saving.set("failed"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fx(() -> banner.isVisible())).isTrue();
    }

    private static <T> T fx(java.util.concurrent.Callable<T> read) {
        try {
            return WaitForAsyncUtils.asyncFx(read).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
