package app.homeplan.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.javafx.css.StyleManager;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.prefs.Preferences;
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
 * A screen with a stylesheet of its own (the intake wizard, the progress review) keeps it loaded in the
 * window while another screen shows (headless Monocle): JavaFX otherwise drops the stylesheet and every
 * style it matched as soon as the screen goes, and opening a family parsed and matched it all again
 * each time. The screen shown is still the window's first child and is styled as before.
 */
class ScreenStylesKeptTest {
    static final String INTAKE_CSS = ScreenStylesKeptTest.class.getResource("/app/homeplan/intake/ui/intake.css")
            .toExternalForm();

    final FxRobot robot = new FxRobot();
    Preferences prefs;
    Stage stage;
    MainWindow window;

    @BeforeEach
    void show() throws Exception {
        FxToolkit.registerPrimaryStage();
        prefs = Preferences.userRoot().node("app/homeplan-test-" + UUID.randomUUID());
        robot.interact(() -> {
            stage = new Stage();
            window = new MainWindow(new WindowState(prefs));
            stage.setScene(window.scene());
            stage.show();
        });
    }

    @AfterEach
    void close() throws Exception {
        robot.interact(() -> stage.close());
        prefs.removeNode();
    }

    @Test
    void aScreensOwnStylesheetStaysLoadedWhileAnotherScreenShowsAndStillStylesTheNextOne() {
        VBox first = wizardLike();
        robot.interact(() -> window.show(first));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fx(() -> loaded(INTAKE_CSS))).isTrue();
        double titleSize = fx(() -> ((Label) first.lookup(".step-title")).getFont().getSize());

        VBox home = new VBox(new Label("Families"));
        robot.interact(() -> window.show(home));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fx(() -> window.current())).isSameAs(home);
        assertThat(fx(() -> window.scene().getRoot().getChildrenUnmodifiable().get(0))).isSameAs(home);
        assertThat(fx(() -> loaded(INTAKE_CSS))).as("the wizard's stylesheet, with the wizard gone").isTrue();

        VBox again = wizardLike();
        robot.interact(() -> window.show(again));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fx(() -> window.current())).isSameAs(again);
        // 1.7em bold: the wizard's own style still reaches the screen shown again (and not the home screen).
        assertThat(fx(() -> ((Label) again.lookup(".step-title")).getFont().getSize())).isEqualTo(titleSize)
                .isGreaterThan(fx(() -> ((Label) home.getChildren().get(0)).getFont().getSize()));
    }

    @Test
    void aScreenPreparedUnseenIsStyledAndLaidOutAtTheWindowsSizeThenLeftOutOfTheWindow() {
        VBox home = new VBox(new Label("Families"));
        robot.interact(() -> window.show(home));
        WaitForAsyncUtils.waitForFxEvents();
        VBox wizard = wizardLike();
        javafx.scene.control.Button next = new javafx.scene.control.Button("Next");
        wizard.getChildren().add(next);

        robot.interact(() -> window.prepareUnseen(wizard));

        assertThat(fx(() -> window.current())).isSameAs(home);
        assertThat(fx(() -> window.scene().getRoot().getChildrenUnmodifiable().size())).as("the screen and the kept styles").isEqualTo(2);
        assertThat(fx(() -> wizard.getScene())).as("never left in the window").isNull();
        assertThat(fx(() -> next.getSkin())).as("its controls' skins made").isNotNull();
        assertThat(fx(() -> wizard.getWidth())).isEqualTo(fx(() -> window.scene().getWidth()));
        // Styled by its own stylesheet (1.7em bold titles), which stays loaded for its first real showing.
        assertThat(fx(() -> ((Label) wizard.lookup(".step-title")).getFont().getSize()))
                .isGreaterThan(fx(() -> ((Label) home.getChildren().get(0)).getFont().getSize()));
        assertThat(fx(() -> loaded(INTAKE_CSS))).isTrue();
    }

    /** A screen with its own stylesheet, as the intake wizard has. */
    private static VBox wizardLike() {
        Label title = new Label("Our goals");
        title.getStyleClass().add("step-title");
        VBox screen = new VBox(title);
        screen.getStylesheets().add(INTAKE_CSS);
        return screen;
    }

    private static boolean loaded(String sheet) {
        return StyleManager.getInstance().stylesheetContainerMap.containsKey(sheet);
    }

    private static <T> T fx(Callable<T> work) {
        try {
            return WaitForAsyncUtils.asyncFx(work).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
