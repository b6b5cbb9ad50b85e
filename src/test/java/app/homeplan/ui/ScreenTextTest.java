package app.homeplan.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.homeplan.store.Store;
import app.homeplan.testing.AppHarness;
import app.homeplan.testing.Fx;
import app.homeplan.testing.HardFamily;
import app.homeplan.testing.Stores;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Text on screen as a family sees it: emoji drawn as pictures, dialogs at the window's text size. */
class ScreenTextTest {
    @TempDir
    static Path dir;
    static AppHarness harness;
    final FxRobot robot = new FxRobot();

    @BeforeAll
    static void start() throws Exception {
        harness = AppHarness.startedOn(dir.resolve("homeplan.db"), store -> store.families().insert(HardFamily.standard()));
    }

    @AfterAll
    static void stop() throws Exception {
        harness.close();
    }

    @Test
    void emojiInAFamilysWordsAreDrawnNotBoxes() throws Exception {
        assertThat(ScreenFonts.loadSymbols()).as("the symbol font loads from the jar").isTrue();
        // A character no font has draws the empty box; two different emoji drawn as boxes look the same.
        WritableImage box = fx(() -> picture("\u0378"));
        WritableImage dinosaur = fx(() -> picture("\uD83E\uDD96")); // 🦖 as in "Khôi 🦖"
        WritableImage bath = fx(() -> picture("\uD83D\uDEC1")); // 🛁
        WritableImage coat = fx(() -> picture("\uD83E\uDDE5")); // 🧥 as in a Vietnamese goal
        assertThat(same(dinosaur, bath)).as("🦖 and 🛁 look different").isFalse();
        assertThat(same(dinosaur, box)).as("🦖 is not the empty box").isFalse();
        assertThat(same(bath, box)).as("🛁 is not the empty box").isFalse();
        assertThat(same(coat, box)).as("🧥 is not the empty box").isFalse();
    }

    @Test
    void aDialogTakesTheWindowsTextSizeAndFollowsCtrlPlusAndMinus() throws Exception {
        fx(() -> {
            harness.app().window().setFontSize(28);
            return null;
        });
        Button about = robot.lookup("#about").queryAs(Button.class);
        Platform.runLater(about::fire); // the dialog waits for an answer: do not wait for it here
        AppHarness.waitUntil(() -> Fx.dialogWindow() != null && Fx.dialogWindow().getScene().getHeight() > 0);
        WaitForAsyncUtils.waitForFxEvents();
        Window dialog = Fx.dialogWindow();
        assertThat(fx(() -> textSize(dialog))).as("the dialog's text at 200 %").isEqualTo(28.0);
        double tall = dialog.getHeight();

        // Ctrl- pressed while the dialog has the keyboard: the dialog and the window both get smaller text.
        fx(() -> {
            dialog.requestFocus();
            return null;
        });
        robot.press(KeyCode.CONTROL).press(KeyCode.MINUS).release(KeyCode.MINUS).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fx(() -> harness.app().window().fontSize())).isEqualTo(26.0);
        assertThat(fx(() -> textSize(dialog))).as("the dialog's text after Ctrl-").isEqualTo(26.0);
        fx(() -> {
            harness.app().window().setFontSize(14);
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fx(() -> textSize(dialog))).isEqualTo(14.0);
        assertThat(dialog.getHeight()).as("the dialog shrinks with its text").isLessThan(tall);

        fx(() -> {
            DialogPane pane = (DialogPane) dialog.getScene().getRoot();
            ((Button) pane.lookupButton(pane.getButtonTypes().stream().filter(t -> t == ButtonType.OK).findFirst()
                    .orElse(pane.getButtonTypes().get(0)))).fire();
            return null;
        });
        AppHarness.waitUntil(() -> Fx.dialogWindow() == null);
    }

    @Test
    void aDialogsOwnButtonsShowTheirWholeWordsAt200PercentOpenedThereOrEnlargedWhileOpen() throws Exception {
        // JavaFX's button bar fixes each button's width at its first layout, at the dialog's first text
        // size: "Close" showed as "Cl...", "Cancel" as "C...", "Delete for good" as "Delet...".
        for (String trigger : java.util.List.of("#about", "#deleteFamily")) {
            fx(() -> {
                harness.app().window().setFontSize(28);
                return null;
            });
            Window opened = open(trigger);
            try {
                assertThat(fx(() -> buttonsCut(opened))).as(trigger + " opened at 200 %").isEmpty();
            } finally {
                Fx.dismiss(opened);
            }

            fx(() -> {
                harness.app().window().setFontSize(12);
                return null;
            });
            Window small = open(trigger);
            fx(() -> {
                harness.app().window().setFontSize(28);
                return null;
            });
            WaitForAsyncUtils.waitForFxEvents();
            try {
                assertThat(fx(() -> buttonsCut(small))).as(trigger + " enlarged to 200 % while open").isEmpty();
            } finally {
                Fx.dismiss(small);
            }
        }
        fx(() -> {
            harness.app().window().setFontSize(14);
            return null;
        });
    }

    private Window open(String trigger) throws Exception {
        if (trigger.equals("#deleteFamily")) {
            fx(() -> {
                javafx.scene.control.TableView<?> table = robot.lookup("#familyTable").queryAs(javafx.scene.control.TableView.class);
                table.getSelectionModel().select(0);
                return null;
            });
        }
        Button button = robot.lookup(trigger).queryAs(Button.class);
        Platform.runLater(button::fire); // the dialog waits for an answer: do not wait for it here
        AppHarness.waitUntil(() -> Fx.dialogWindow() != null && Fx.dialogWindow().getScene().getHeight() > 0);
        WaitForAsyncUtils.waitForFxEvents();
        return Fx.dialogWindow();
    }

    /** The dialog's buttons whose words are cut to "..." as laid out now. */
    private static java.util.List<String> buttonsCut(Window dialog) {
        DialogPane pane = (DialogPane) dialog.getScene().getRoot();
        pane.applyCss();
        pane.layout();
        return app.homeplan.testing.LayoutCheck.problems(pane, "").stream().filter(p -> p.contains("Button")).toList();
    }

    /** The size of the dialog's ordinary text (its labels). */
    private static double textSize(Window dialog) {
        dialog.getScene().getRoot().applyCss();
        return dialog.getScene().getRoot().lookupAll(".label").stream()
                .filter(n -> n instanceof Label l && l.getStyleClass().equals(java.util.List.of("label")))
                .map(n -> ((Label) n).getFont().getSize()).findFirst().orElseThrow();
    }

    private static WritableImage picture(String text) {
        Label label = new Label(text);
        label.setStyle("-fx-font-size: 28px;");
        Scene scene = new Scene(new VBox(label), 80, 60);
        scene.getRoot().applyCss();
        scene.getRoot().layout();
        return label.snapshot(null, null);
    }

    private static boolean same(WritableImage a, WritableImage b) {
        if (a.getWidth() != b.getWidth() || a.getHeight() != b.getHeight()) {
            return false;
        }
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                if (a.getPixelReader().getArgb(x, y) != b.getPixelReader().getArgb(x, y)) {
                    return false;
                }
            }
        }
        return true;
    }

    private static <T> T fx(Callable<T> work) throws Exception {
        return WaitForAsyncUtils.asyncFx(work).get();
    }

}
