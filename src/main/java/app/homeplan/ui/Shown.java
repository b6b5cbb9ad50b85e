package app.homeplan.ui;

import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.beans.value.WeakChangeListener;
import javafx.scene.Node;

/**
 * Shows a part of a screen (a problem line, a banner, a button) only while a condition holds, and gives
 * it room only then. The part's visible and managed are set when the condition really changes, never
 * bound: JavaFX tells a bound "managed" that it changed at every change of what it follows, even when
 * it did not, and the whole screen then lays itself out again (at every keystroke, when the condition
 * follows what is typed).
 */
public final class Shown {
    private Shown() {
    }

    /** The node is shown, and takes room, exactly while {@code condition} is true. */
    public static void when(Node node, ObservableValue<Boolean> condition) {
        // The node keeps the listener and the condition alive; what the condition follows holds them
        // only weakly, so a screen that is closed is not kept by a model that lives on.
        ChangeListener<Boolean> follow = (o, was, now) -> set(node, Boolean.TRUE.equals(condition.getValue()));
        node.getProperties().put(Shown.class, follow);
        condition.addListener(new WeakChangeListener<>(follow));
        set(node, Boolean.TRUE.equals(condition.getValue()));
    }

    /** Shows the node and gives it room, or hides it and takes its room away; nothing if already so. */
    public static void set(Node node, boolean shown) {
        node.setVisible(shown); // a plain property tells no one when set to the value it has
        node.setManaged(shown);
    }
}
