package app.homeplan.testing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.Mnemonic;

/**
 * The Alt shortcuts a screen shows (underlined letters), read from the screen itself: which letter,
 * which control it should reach (a label's field, or the button itself), and what is wrong with them:
 * two shown at once on one letter, one whose control cannot take it (missing, hidden, not focusable),
 * and shortcuts the window still holds for controls no longer on screen (a left screen's shortcut
 * would catch the key meant for this one). Call on the FX thread.
 */
public final class MnemonicAudit {
    /** One underlined letter on screen and the control it should reach. */
    public record Shortcut(char letter, Labeled owner, Node target) {
        public String describe() {
            return "Alt+" + letter + " (\"" + owner.getText().replace("\n", " ") + "\")";
        }
    }

    public final String screen;
    public final List<Shortcut> shortcuts = new ArrayList<>();
    public final List<String> problems = new ArrayList<>();

    private MnemonicAudit(String screen) {
        this.screen = screen;
    }

    public static MnemonicAudit of(String screen, Scene scene) {
        MnemonicAudit audit = new MnemonicAudit(screen);
        audit.collect(scene.getRoot());
        audit.check(scene);
        return audit;
    }

    private void collect(Node node) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof Labeled labeled && labeled.isMnemonicParsing()) {
            Character letter = letter(labeled.getText());
            if (letter != null) {
                Node target = labeled instanceof Label label ? label.getLabelFor() : labeled;
                shortcuts.add(new Shortcut(letter, labeled, target));
            }
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                collect(child);
            }
        }
    }

    private void check(Scene scene) {
        Map<Character, List<Shortcut>> byLetter = new LinkedHashMap<>();
        for (Shortcut s : shortcuts) {
            byLetter.computeIfAbsent(s.letter, k -> new ArrayList<>()).add(s);
            Node target = s.target;
            if (target == null) {
                problems.add(s.describe() + " is not linked to any field");
            } else if (target.getScene() != scene || !target.isVisible() || !visibleUpwards(target)) {
                problems.add(s.describe() + " leads to a control that is not shown");
            } else if (!(target instanceof Labeled) && !target.isFocusTraversable()) {
                problems.add(s.describe() + " leads to a control that cannot take the keyboard");
            }
        }
        byLetter.forEach((letter, list) -> {
            if (list.size() > 1) {
                problems.add("Alt+" + letter + " is used " + list.size() + " times: "
                        + list.stream().map(s -> "\"" + s.owner.getText() + "\"").toList());
            }
        });
        // Shortcuts the window holds for controls that are no longer part of it.
        for (Map.Entry<KeyCombination, ObservableList<Mnemonic>> entry : scene.getMnemonics().entrySet()) {
            for (Mnemonic m : entry.getValue()) {
                Node node = m.getNode();
                if (node == null || node.getScene() != scene) {
                    problems.add(entry.getKey().getName() + " is still held for a control no longer on this screen: " + node);
                }
            }
        }
    }

    private static boolean visibleUpwards(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    /** The underlined letter of a text with mnemonic parsing on ("__" is a plain underscore). */
    public static Character letter(String text) {
        if (text == null) {
            return null;
        }
        for (int i = 0; i < text.length() - 1; i++) {
            if (text.charAt(i) == '_') {
                char next = text.charAt(i + 1);
                if (next == '_') {
                    i++;
                    continue;
                }
                return Character.toUpperCase(next);
            }
        }
        return null;
    }

    public String summary() {
        return screen + ": " + shortcuts.stream().map(s -> String.valueOf(s.letter)).sorted().toList()
                + (problems.isEmpty() ? "" : " PROBLEMS " + problems);
    }

    @Override
    public String toString() {
        return summary().toLowerCase(Locale.ROOT);
    }
}
