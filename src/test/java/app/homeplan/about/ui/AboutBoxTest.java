package app.homeplan.about.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.homeplan.about.About;
import app.homeplan.cli.Version;
import app.homeplan.testing.AppHarness;
import app.homeplan.testing.WindowTest;
import java.nio.file.Path;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** The About box, opened from the real home screen (headless Monocle). */
class AboutBoxTest extends WindowTest {

    @Test
    void showsVersionDataFileAndLicencesWithEveryNoticeUnderDetails() throws Exception {
        robot.clickOn("#about");
        AppHarness.waitUntil(() -> robot.lookup("#aboutVersion").tryQuery().isPresent());

        String version = Version.current();
        assertThat(robot.lookup("#aboutVersion").queryAs(Label.class).getText())
                .isEqualTo("development".equals(version) ? "Version development build" : "Version " + version);
        assertThat(robot.lookup("#aboutDataFile").queryAs(TextField.class).getText())
                .isEqualTo(dir.resolve("homeplan.db").toAbsolutePath().toString());
        assertThat(robot.lookup("#aboutLicences").queryAs(Label.class).getText())
                .contains("open-source", "GPL 2 with the Classpath Exception", "Apache 2.0", "SIL Open Font Licence");

        DialogPane pane = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        robot.interact(() -> pane.setExpanded(true));
        TextArea notices = robot.lookup("#aboutNotices").queryAs(TextArea.class);
        assertThat(notices.isVisible()).isTrue();
        assertThat(notices.getText()).contains("JavaFX", "SQLite", "PDFBox", "Noto Sans", "https://");

        Button close = robot.lookup(".dialog-pane .button").match(n -> n instanceof Button b && b.getText().equals("Close"))
                .queryAs(Button.class);
        robot.clickOn(close);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#aboutVersion").tryQuery()).isEmpty();
    }

    @Test
    void atTwiceTheTextSizeInASmallWindowTheBoxScrollsAndItsCloseButtonStaysInTheWindow() throws Exception {
        robot.interact(() -> {
            harness.stage().setWidth(1024);
            harness.stage().setHeight(700);
            harness.app().window().setFontSize(app.homeplan.ui.WindowState.MAX_FONT); // 200 %
        });
        robot.clickOn("#about");
        AppHarness.waitUntil(() -> robot.lookup("#aboutVersion").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        DialogPane pane = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        javafx.stage.Window box = pane.getScene().getWindow();
        // Before: 1289 px tall at 200 %, its Close button far below a 700 px window.
        assertThat(box.getHeight()).isLessThanOrEqualTo(harness.stage().getHeight());
        Button close = robot.lookup(".dialog-pane .button").match(n -> n instanceof Button b && b.getText().equals("Close"))
                .queryAs(Button.class);
        javafx.geometry.Bounds inBox = close.localToScene(close.getBoundsInLocal());
        assertThat(inBox.getMaxY()).isLessThanOrEqualTo(box.getHeight());
        // The licences sentence is still there to read, by scrolling.
        javafx.scene.control.ScrollPane scroll = robot.lookup(".dialog-pane .scroll-pane")
                .queryAs(javafx.scene.control.ScrollPane.class);
        assertThat(scroll.getContent().lookup("#aboutLicences")).isNotNull();
        robot.clickOn(close);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#aboutVersion").tryQuery()).isEmpty();
    }

    @Test
    void theVersionComesFromTheJarManifest() {
        About about = About.of(Path.of("x.db"));
        // Run from classes there is no manifest: the box says so rather than showing a made-up number.
        assertThat(about.version()).isEqualTo("Version development build");
        assertThat(about.notices()).startsWith("Homeplan is built with the open-source software and fonts below");
    }
}
