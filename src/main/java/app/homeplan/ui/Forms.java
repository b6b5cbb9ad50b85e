package app.homeplan.ui;

import app.homeplan.i18n.Messages;
import app.homeplan.ui.Accessibility;
import app.homeplan.ui.Shortcuts;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableStringValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/** The building blocks every step's form is made of, so all steps look and behave the same. */
public final class Forms {
    private Forms() {
    }

    /** A label that gives its field a keyboard shortcut: "Child''s _name" focuses the field with Alt+N. */
    public static Label label(String text, Node field) {
        Label label = new Label(text);
        Node target = focusTarget(field);
        if (target instanceof RatingPicker picker) {
            label.labelForProperty().bind(picker.tabStopProperty()); // the number that takes focus moves
        } else {
            label.setLabelFor(target);
        }
        label.getStyleClass().add("field-label");
        label.setWrapText(true);
        return Shortcuts.keep(label);
    }

    /**
     * What a label's shortcut should focus: the field itself, or the first thing in a row that takes
     * focus (JavaFX ignores a shortcut whose target cannot take focus).
     */
    public static Node focusTarget(Node node) {
        if (node instanceof DateField date) {
            return date.picker();
        }
        if (node instanceof RatingPicker || node.isFocusTraversable() || !(node instanceof javafx.scene.Parent parent)) {
            return node;
        }
        for (Node child : parent.getChildrenUnmodifiable()) {
            Node target = focusTarget(child);
            if (target instanceof RatingPicker || target.isFocusTraversable()) {
                return target;
            }
        }
        return node;
    }

    /** A label above its field. */
    public static VBox field(String labelText, Node control) {
        // A text control's size does not follow what is typed: its own layout stays inside it.
        Node placed = control instanceof TextInputControl text ? new LayoutBoundary(text) : control;
        VBox box = new RememberingVBox(4, label(labelText, control), placed);
        box.getStyleClass().add("field");
        return box;
    }

    /** A label above its field, with a muted hint under the label. */
    public static VBox field(String labelText, String hintText, Node control) {
        VBox box = field(labelText, control);
        box.getChildren().add(1, hint(hintText));
        return box;
    }

    public static TextField textField(StringProperty value, String prompt) {
        TextField field = new TextField();
        bind(field, value);
        field.setPromptText(prompt);
        return field;
    }

    /**
     * A wrapping text area that grows with its text up to {@link GrowWithText#MOST_LINES} lines (a long
     * note is read on the page, not through a slit), where Tab moves on (Ctrl+Tab too), as in every other field.
     */
    public static TextArea textArea(StringProperty value, int rows, String prompt) {
        TextArea area = new TextArea();
        bind(area, value);
        area.setWrapText(true);
        area.setPrefRowCount(rows);
        area.setPromptText(prompt);
        return GrowWithText.grow(Accessibility.tabMovesOn(area));
    }

    /**
     * Keeps a text control and a model value in step. The control never writes back on its own: a
     * text field drops line breaks from what it shows, and that must not change what is stored until
     * the person actually edits the field.
     */
    public static void bind(TextInputControl control, StringProperty value) {
        control.setText(value.get() == null ? "" : value.get());
        boolean[] fromModel = {false};
        value.addListener((o, was, now) -> {
            String text = now == null ? "" : now;
            if (!text.equals(control.getText())) {
                fromModel[0] = true;
                try {
                    control.setText(text);
                } finally {
                    fromModel[0] = false;
                }
            }
        });
        control.textProperty().addListener((o, was, now) -> {
            if (!fromModel[0] && !now.equals(value.get())) {
                value.set(now);
            }
        });
    }

    /** A white, rounded panel with a title. */
    public static VBox card(String title, Node... content) {
        VBox card = new RememberingVBox(12);
        card.getStyleClass().add("intake-card");
        if (title != null) {
            Label heading = new Label(title);
            heading.getStyleClass().add("card-title");
            heading.setWrapText(true);
            card.getChildren().add(heading);
        }
        card.getChildren().addAll(content);
        return card;
    }

    public static Label hint(String text) {
        Label hint = new Label(text);
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);
        hint.setMinHeight(Region.USE_PREF_SIZE);
        return hint;
    }

    /**
     * An inline note that shows only while there is something to say: what is missing and why it
     * matters. Never an error dialog, never blocking typing.
     */
    public static Label problem(ObservableStringValue text) {
        Label label = new Label();
        label.getStyleClass().add("field-problem");
        label.setGraphic(new FontIcon("mdal-info"));
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        label.textProperty().bind(text);
        Shown.when(label, label.textProperty().isNotEmpty()); // its words follow every key: not bound
        return label;
    }

    /** A small button with only an icon; its tooltip and accessible text say what it does. */
    public static Button iconButton(String icon, String text) {
        Button button = new Button(null, new FontIcon(icon));
        button.getStyleClass().addAll("flat", "button-icon");
        Tooltips.onHover(button, text);
        Accessibility.name(button, text);
        return button;
    }

    public static Button button(String text, String icon) {
        Button button = new Button(text, icon == null ? null : new FontIcon(icon));
        Shortcuts.keep(button);
        button.setMinWidth(Region.USE_PREF_SIZE); // a button's words are never cut short
        return button;
    }

    public static HBox row(double gap, Node... nodes) {
        HBox row = new HBox(gap, nodes);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    public static Region spacer() {
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        VBox.setVgrow(spacer, Priority.ALWAYS);
        return spacer;
    }

    public static String text(String key, Object... args) {
        return Messages.get(key, args);
    }
}
