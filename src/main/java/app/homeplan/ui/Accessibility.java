package app.homeplan.ui;

import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.control.Cell;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * What a screen reader (Narrator, JAWS, NVDA through UI Automation; VoiceOver) announces, in one
 * place. The rules the Windows bridge follows decide the shape of these helpers: a text field, text
 * area or combo box is announced by the label linked to it and its own text is its value, so fields
 * get a (hidden where there is no visible one) label rather than accessible text; anything else is
 * announced by its accessible text, else its own text. docs/accessibility.md says what was checked.
 */
public final class Accessibility {
    private Accessibility() {
    }

    /** Words as they are read: a mnemonic's underscore ("Child's _name") is not read aloud; "__" is a real one. */
    public static String spoken(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder s = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '_') {
                if (i + 1 < text.length() && text.charAt(i + 1) == '_') {
                    s.append('_');
                    i++;
                }
                continue;
            }
            s.append(c);
        }
        return s.toString();
    }

    /** Names a control, a list cell or a group that has no words of its own (or whose words say too little). */
    public static <T extends Node> T name(T node, String words) {
        node.setAccessibleText(spoken(words));
        return node;
    }

    /** Names a list or table cell by what it shows (typed words kept as typed), and clears the name of an empty cell. */
    public static void nameCell(Cell<?> cell, String words) {
        cell.setAccessibleText(words == null || words.isBlank() ? null : words);
    }

    /**
     * Several controls that belong together (a 1-10 scale, a goal's card): announced as one group with
     * a name ("Goal 2, performance, 7 of 10") when focus moves into it.
     */
    public static <T extends Node> T group(T node, String words) {
        node.setAccessibleRole(AccessibleRole.PARENT);
        return name(node, words);
    }

    /**
     * A date picker announced like a field: by its label, with the date as its value. (As a date
     * picker the Windows bridge reads the date as its name, so the label is never heard.)
     */
    public static <T extends javafx.scene.control.DatePicker> T dateField(T picker) {
        picker.setAccessibleRole(AccessibleRole.COMBO_BOX);
        return picker;
    }

    /** A chart or drawing that is read out as its text alternative (the numbers it shows). */
    public static <T extends Node> T picture(T node, String words) {
        node.setAccessibleRole(AccessibleRole.IMAGE_VIEW);
        return name(node, words);
    }

    /**
     * A label nobody sees, linked to a field in a row that has no label of its own (a caregiver's
     * relationship under a column heading): the field is announced by it, its value is what was
     * typed. Add it to the field's row; it takes no room.
     */
    public static Label hiddenLabel(String words, Node field) {
        Label label = new Label(spoken(words));
        label.setVisible(false);
        label.setManaged(false);
        label.setLabelFor(field);
        return label;
    }

    /**
     * Tab leaves a text area, as it leaves every other field, instead of typing a tab character (a
     * keyboard trap for anyone without a mouse); Ctrl+Tab still moves on too.
     */
    public static <T extends TextArea> T tabMovesOn(T area) {
        area.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.TAB && !e.isControlDown() && !e.isAltDown() && !e.isMetaDown()) {
                e.consume();
                // TextArea moves focus on Ctrl+Tab; hand it one.
                area.fireEvent(new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.TAB, e.isShiftDown(), true, false, false));
            }
        });
        return area;
    }
}
