package app.homeplan.ui;

import app.homeplan.i18n.Messages;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputDialog;
import javafx.scene.layout.Region;
import javafx.stage.Window;

/**
 * Every dialog Homeplan shows goes through here, so wording, buttons and ownership are the same
 * everywhere and tests can drive one place.
 */
public class Dialogs {
    private final Window owner;

    public Dialogs(Window owner) {
        this.owner = owner;
    }

    /** Asks a yes/no question; the safe answer ("Cancel") is the default. */
    public boolean confirm(String titleKey, String message, String confirmKey) {
        return confirm(titleKey, message, confirmKey, "common.cancel");
    }

    /** Asks a yes/no question with its own word for the safe answer ("Not now"), which is the default. */
    public boolean confirm(String titleKey, String message, String confirmKey, String declineKey) {
        ButtonType confirm = new ButtonType(Messages.get(confirmKey), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(Messages.get(declineKey), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, message, cancel, confirm);
        alert.initOwner(owner);
        showWrapped(alert);
        alert.setTitle(Messages.get(titleKey));
        alert.setHeaderText(Messages.get(titleKey));
        ((javafx.scene.control.Button) alert.getDialogPane().lookupButton(cancel)).setDefaultButton(true);
        ((javafx.scene.control.Button) alert.getDialogPane().lookupButton(confirm)).setDefaultButton(false);
        return alert.showAndWait().filter(confirm::equals).isPresent();
    }

    /**
     * Asks to choose one of a few answers (one above the other, arrow keys move between them), with its
     * own word for going on, which is the default; empty when cancelled.
     *
     * @param chosen the answer picked when the dialog opens
     * @return the index of the answer chosen
     */
    public Optional<Integer> choose(String titleKey, String message, java.util.List<String> answers, int chosen,
                                    String confirmKey) {
        ButtonType confirm = new ButtonType(Messages.get(confirmKey), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(Messages.get("common.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.NONE, "", cancel, confirm);
        alert.initOwner(owner);
        alert.setTitle(Messages.get(titleKey));
        alert.setHeaderText(Messages.get(titleKey));
        javafx.scene.control.Label question = new javafx.scene.control.Label(message);
        question.setWrapText(true);
        question.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        javafx.scene.control.ToggleGroup group = new javafx.scene.control.ToggleGroup();
        javafx.scene.layout.VBox box = new javafx.scene.layout.VBox(10, question);
        for (int i = 0; i < answers.size(); i++) {
            javafx.scene.control.RadioButton answer = new javafx.scene.control.RadioButton(answers.get(i));
            answer.setMnemonicParsing(false); // a language's own name, as written
            answer.setWrapText(true);
            answer.setUserData(i);
            answer.setToggleGroup(group);
            answer.setSelected(i == chosen);
            box.getChildren().add(answer);
        }
        box.setMaxWidth(560);
        alert.getDialogPane().setContent(box);
        javafx.scene.control.Button go = (javafx.scene.control.Button) alert.getDialogPane().lookupButton(confirm);
        go.setDefaultButton(true);
        // Enter on an answer goes on, as on the button (a radio button would keep the key to itself).
        box.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER) {
                e.consume();
                go.fire();
            }
        });
        // The chosen answer has the focus: arrow keys change it, Enter goes on, Esc cancels.
        // (After the dialog has given the default button its focus.)
        alert.setOnShown(e -> javafx.application.Platform.runLater(() -> box.getChildren().stream()
                .filter(n -> n instanceof javafx.scene.control.RadioButton r && r.isSelected())
                .findFirst().ifPresent(javafx.scene.Node::requestFocus)));
        return alert.showAndWait().filter(confirm::equals)
                .map(ok -> group.getSelectedToggle() == null ? chosen : (Integer) group.getSelectedToggle().getUserData());
    }

    /** Asks for one line of text; empty when cancelled. */
    public Optional<String> askText(String titleKey, String promptKey, String initial) {
        TextInputDialog dialog = new TextInputDialog(initial);
        dialog.initOwner(owner);
        dialog.setTitle(Messages.get(titleKey));
        dialog.setHeaderText(Messages.get(titleKey));
        // Our own prompt above the field rather than JavaFX's, which stays on one line and is cut to
        // "Child's ..." at large text. The field is announced by its prompt, its value is what is typed.
        Label prompt = message(Messages.get(promptKey));
        prompt.setLabelFor(dialog.getEditor());
        javafx.scene.layout.VBox content = new javafx.scene.layout.VBox(6, prompt, dialog.getEditor());
        content.setMinHeight(Region.USE_PREF_SIZE);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().lookupButton(ButtonType.OK).disableProperty()
                .bind(dialog.getEditor().textProperty().map(String::isBlank));
        ((javafx.scene.control.Button) dialog.getDialogPane().lookupButton(ButtonType.OK))
                .setText(Messages.get("common.ok"));
        ((javafx.scene.control.Button) dialog.getDialogPane().lookupButton(ButtonType.CANCEL))
                .setText(Messages.get("common.cancel"));
        return dialog.showAndWait().map(String::strip).filter(s -> !s.isEmpty());
    }

    /** How wide a dialog's sentence may grow before it wraps, in its own text size (about 60 characters). */
    private static final double MESSAGE_EMS = 30;

    /**
     * A dialog's sentence: wraps at {@link #MESSAGE_EMS} of its own text size (so it grows with Ctrl+)
     * and is always as tall as its lines, however long the names in it are.
     */

    public static Label message(String text) {
        Label label = new Label(text) {
            @Override
            protected double computePrefWidth(double height) {
                return Math.min(super.computePrefWidth(height), MESSAGE_EMS * getFont().getSize());
            }
        };
        label.getStyleClass().add("dialog-message");
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        label.setMaxWidth(Double.MAX_VALUE);
        return label;
    }

    /**
     * JavaFX's own content label is 360 px wide whatever the text size and does not ask for the
     * height of its lines, so a long child's name or 200 % text was cut to "...". The alert keeps its
     * content text (read by tests and assistive technology); the wrapping label shows it.
     */
    private static void showWrapped(Alert alert) {
        alert.getDialogPane().setContent(message(alert.getContentText()));
    }

    /**
     * A dialog's own buttons measured again at its text size now. JavaFX's button bar gives every
     * button the width of the widest at its first layout and then reads that width back as the
     * widest, so a dialog laid out before it took the window's text size (every dialog: it opens at
     * the system's size) or enlarged while open kept "Cancel" at "C..." and "Delete for good" at
     * "Delet..." at 200 %. Asking for the measured width again keeps them the same width, now wide
     * enough; never narrower than their words. Call after the dialog's CSS is applied, before layout.
     */
    static void buttonsFitTheirWords(javafx.scene.control.DialogPane pane) {
        if (pane.lookup(".button-bar") instanceof ButtonBar bar) {
            for (javafx.scene.Node button : bar.getButtons()) {
                if (button instanceof Region region) {
                    region.setPrefWidth(Region.USE_COMPUTED_SIZE);
                    region.setMinWidth(Region.USE_PREF_SIZE);
                }
            }
        }
    }

    /** Tells the user something went wrong, in a sentence that says what to do. Never a stack trace. */
    public void showError(String titleKey, String message) {
        Alert alert = new Alert(Alert.AlertType.ERROR, message, ButtonType.OK);
        alert.initOwner(owner);
        showWrapped(alert);
        alert.setTitle(Messages.get(titleKey));
        alert.setHeaderText(Messages.get(titleKey));
        alert.getDialogPane().setMinWidth(480);
        alert.showAndWait();
    }

    /** Shows a panel of information with OK to close, and more under "Show details" when given. */
    public void showPanel(String titleKey, javafx.scene.Node content, javafx.scene.Node details) {
        Alert alert = new Alert(Alert.AlertType.NONE, "", ButtonType.OK);
        alert.initOwner(owner);
        alert.setTitle(Messages.get(titleKey));
        alert.getDialogPane().setContent(scrollsWithinTheWindow(content));
        if (details != null) {
            alert.getDialogPane().setExpandableContent(details);
            // JavaFX leaves "Show Details" out of the Tab order: without a mouse it could not be opened.
            javafx.scene.Node toggle = alert.getDialogPane().lookup(".details-button");
            if (toggle != null) {
                toggle.setFocusTraversable(true);
            }
        }
        ((javafx.scene.control.Button) alert.getDialogPane().lookupButton(ButtonType.OK))
                .setText(Messages.get("common.close"));
        alert.showAndWait();
    }

    /** Room the dialog's own frame, title and button row take beside its content, in text heights. */
    private static final double DIALOG_FRAME_EMS = 7;

    /**
     * A panel taller than the window (About at 200 % text in a 1024x700 window was 1289 px tall, its
     * Close button off the screen) scrolls inside its dialog, so the dialog is never taller than the
     * window it belongs to. Tables and other controls scroll themselves and are left as they are.
     */
    private javafx.scene.Node scrollsWithinTheWindow(javafx.scene.Node content) {
        if (owner == null || content instanceof javafx.scene.control.Control) {
            return content;
        }
        javafx.scene.control.ScrollPane scroll = new javafx.scene.control.ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(javafx.scene.control.ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("edge-to-edge");
        scroll.prefViewportHeightProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(() -> {
            double width = scroll.getViewportBounds().getWidth() > 0 ? scroll.getViewportBounds().getWidth()
                    : content.prefWidth(-1);
            double ems = content.lookup(".label") instanceof javafx.scene.control.Labeled label
                    ? label.getFont().getSize() : javafx.scene.text.Font.getDefault().getSize();
            double room = owner.getHeight() - DIALOG_FRAME_EMS * ems;
            return Math.max(4 * ems, Math.min(content.prefHeight(width), room));
        }, owner.heightProperty(), scroll.viewportBoundsProperty(), content.layoutBoundsProperty(), scroll.sceneProperty()));
        return scroll;
    }

    /**
     * Says something is done without stopping the person: a note in the window's corner with one
     * action ("Open the PDF") that goes away by itself after a while. Nothing to answer or close.
     */
    public void notifyDone(String titleKey, String message, String actionKey, Runnable action) {
        org.controlsfx.control.Notifications note = org.controlsfx.control.Notifications.create()
                .title(Messages.get(titleKey))
                .text(message)
                .hideAfter(javafx.util.Duration.seconds(12))
                .position(javafx.geometry.Pos.BOTTOM_RIGHT)
                .action(new org.controlsfx.control.action.Action(Messages.get(actionKey), e -> action.run()));
        if (owner != null && owner.isShowing()) {
            note.owner(owner);
        }
        note.showInformation();
    }

    public void showInfo(String titleKey, String message) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, message, ButtonType.OK);
        alert.initOwner(owner);
        showWrapped(alert);
        alert.setTitle(Messages.get(titleKey));
        alert.setHeaderText(Messages.get(titleKey));
        alert.showAndWait();
    }
}
