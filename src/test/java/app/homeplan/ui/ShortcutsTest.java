package app.homeplan.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A button's Alt shortcut leaves the keyboard where the button's action put it. The key events are
 * the ones a real keyboard sends for Alt+U (Alt down, U down, the character "u", U up, Alt up),
 * sent through the window as the window would.
 */
class ShortcutsTest {
    Stage stage;

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
    }

    @Test
    void theKeyboardStaysInTheFieldTheButtonsActionChose() throws Exception {
        FxToolkit.registerPrimaryStage();
        TextField[] outcome = new TextField[2];
        Button[] use = new Button[2];
        WaitForAsyncUtils.asyncFx(() -> {
            for (int i = 0; i < 2; i++) {
                TextField field = new TextField();
                Button button = new Button("_Use the wording");
                button.setOnAction(e -> {
                    field.setText("Leo will take part in dinner by ");
                    field.requestFocus(); // at once, as the goals step does
                    field.end();
                });
                Stage window = new Stage();
                Scene scene = new Scene(new VBox(new TextField(), field, button), 400, 200);
                if (i == 1) {
                    Shortcuts.answerEveryLetter(scene);
                }
                window.setScene(scene);
                window.show();
                outcome[i] = field;
                use[i] = button;
            }
        }).get();
        WaitForAsyncUtils.waitForFxEvents();

        for (int i = 0; i < 2; i++) {
            pressAltU(outcome[i].getScene());
        }
        // JavaFX alone: the character Alt+U types puts the keyboard back on the button (what was seen).
        assertThat(WaitForAsyncUtils.asyncFx(() -> use[0].isFocused()).get()).isTrue();
        // With the window's shortcuts kept: the keyboard is in the outcome, at its end, ready for the next word.
        assertThat(WaitForAsyncUtils.asyncFx(() -> outcome[1].isFocused()).get()).isTrue();
        assertThat(WaitForAsyncUtils.asyncFx(() -> outcome[1].getCaretPosition()).get())
                .isEqualTo("Leo will take part in dinner by ".length());
    }

    private static void pressAltU(Scene scene) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            scene.getWindow().requestFocus();
            Node first = scene.getRoot().getChildrenUnmodifiable().get(0);
            first.requestFocus();
            send(first, KeyEvent.KEY_PRESSED, KeyEvent.CHAR_UNDEFINED, "", KeyCode.ALT);
            Node target = scene.getFocusOwner();
            send(target, KeyEvent.KEY_PRESSED, KeyEvent.CHAR_UNDEFINED, "u", KeyCode.U);
            send(scene.getFocusOwner(), KeyEvent.KEY_TYPED, "u", "", KeyCode.UNDEFINED);
            send(scene.getFocusOwner(), KeyEvent.KEY_RELEASED, KeyEvent.CHAR_UNDEFINED, "u", KeyCode.U);
            send(scene.getFocusOwner(), KeyEvent.KEY_RELEASED, KeyEvent.CHAR_UNDEFINED, "", KeyCode.ALT);
        }).get();
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void send(Node target, javafx.event.EventType<KeyEvent> type, String character, String text, KeyCode code) {
        boolean altDown = !(type == KeyEvent.KEY_RELEASED && code == KeyCode.ALT);
        Event.fireEvent(target, new KeyEvent(null, target, type, character, text, code, false, false, altDown, false));
    }
}
