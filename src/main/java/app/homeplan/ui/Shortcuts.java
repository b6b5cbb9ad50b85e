package app.homeplan.ui;

import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.beans.value.ChangeListener;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyEvent;

/**
 * Keeps a control's Alt shortcut (the underlined letter) working. JavaFX registers a label's
 * shortcut with the window only if its field is already in the window when the label is, and
 * forgets it for good when the field is moved (a layout that switches from side by side to one
 * above the other moves both); a button whose words change can lose its shortcut the same way.
 * Here the shortcut is registered again, once both are in place, each time one of them moves or the
 * words change. MnemonicsTest presses every shortcut on every screen.
 */
public final class Shortcuts {
    private static final Object PENDING = new Object();

    private Shortcuts() {
    }

    /** Turns on the underlined letter of the control's text ("_Name": Alt+N) and keeps it registered. */
    public static <T extends Labeled> T keep(T control) {
        control.setMnemonicParsing(true);
        InvalidationListener again = o -> registerLater(control);
        control.sceneProperty().addListener(again);
        control.textProperty().addListener(again);
        if (control instanceof Label label) {
            ChangeListener<Scene> fieldMoved = (o, was, now) -> registerLater(control);
            if (label.getLabelFor() != null) {
                label.getLabelFor().sceneProperty().addListener(fieldMoved);
            }
            label.labelForProperty().addListener((o, was, now) -> {
                if (was != null) {
                    was.sceneProperty().removeListener(fieldMoved);
                }
                if (now != null) {
                    now.sceneProperty().addListener(fieldMoved);
                }
                registerLater(control);
            });
        }
        return control;
    }

    /**
     * Makes every shortcut of the window's screens answer. JavaFX keeps an entry per letter and
     * case ("C" of "_Child's name", "c" of "Our main _concerns") and leaves it empty when its screen
     * goes; a key press looks at the first entry that fits the letter in either case, so an empty
     * "C" left by step 1 silences step 2's "c". The empty entries are dropped before each key
     * reaches the window's shortcuts.
     * <p>
     * And a button's shortcut leaves the keyboard where the button's action put it. JavaFX handles
     * Alt and a letter twice: the key press focuses the button and presses it, then the character
     * the key types focuses the button again, taking the keyboard back from the field the action
     * had moved it to ("Use the wording" puts it at the end of the outcome; the next word typed
     * was lost on the button). The character that follows a shortcut's key press is dropped.
     */
    public static void answerEveryLetter(Scene scene) {
        javafx.event.EventHandler<KeyEvent> filter = new javafx.event.EventHandler<>() {
            private boolean shortcutPressed;

            @Override
            public void handle(KeyEvent e) {
                dropEmpty(scene);
                if (e.getEventType() == KeyEvent.KEY_PRESSED) {
                    shortcutPressed = e.isAltDown() && !e.isControlDown() && !e.isMetaDown()
                            && scene.getMnemonics().entrySet().stream()
                                    .anyMatch(entry -> !entry.getValue().isEmpty() && entry.getKey().match(e));
                } else if (e.getEventType() == KeyEvent.KEY_TYPED && shortcutPressed) {
                    shortcutPressed = false;
                    e.consume();
                }
            }
        };
        scene.windowProperty().addListener((o, was, now) -> {
            if (was != null) {
                was.removeEventFilter(KeyEvent.ANY, filter);
            }
            if (now != null) {
                now.addEventFilter(KeyEvent.ANY, filter);
            }
        });
        if (scene.getWindow() != null) {
            scene.getWindow().addEventFilter(KeyEvent.ANY, filter);
        }
    }

    private static void dropEmpty(Scene scene) {
        scene.getMnemonics().entrySet().removeIf(entry -> entry.getValue().isEmpty());
    }

    /** Once the current change is over (a whole screen joins the window child by child). */
    private static void registerLater(Labeled control) {
        if (control.getProperties().putIfAbsent(PENDING, Boolean.TRUE) == null) {
            Platform.runLater(() -> {
                control.getProperties().remove(PENDING);
                register(control);
            });
        }
    }

    private static void register(Labeled control) {
        Node target = control instanceof Label label ? label.getLabelFor() : control;
        if (control.getScene() == null || target == null || target.getScene() == null) {
            return;
        }
        // Switching the parsing off and on makes the control's skin drop its old registration and
        // register the letter anew with the field's window at its next layout.
        control.setMnemonicParsing(false);
        control.setMnemonicParsing(true);
        control.requestLayout();
    }
}
