package app.homeplan.ui;

import app.homeplan.i18n.Messages;
import java.nio.file.Path;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * How screens behave when the data file can only be read ({@code Store.isReadOnly()}): nothing may
 * look editable and then be lost. A screen shows the safety feature's banner, {@link #lock}s the
 * part where families are edited (text can still be read, selected and copied; lists, tabs and
 * scrolling still work), and actions that would change the file are {@link #disable}d with a
 * tooltip saying why.
 */
public final class ReadOnlyMode {
    /** Marks a locked area's root, so code can ask {@link #isLocked(Node)}. */
    private static final String LOCKED = "homeplan.readOnly.locked";
    /** Marks a node that only looks or moves around, so it stays usable in a locked area. */
    private static final String ALLOWED = "homeplan.readOnly.allowed";
    /** Marks a node already handled, and its listener installed. */
    private static final String SEEN = "homeplan.readOnly.seen";

    private ReadOnlyMode() {
    }

    /** "This data file can only be read (...). You can look at families and print plans, ..." ({@code #readOnlyBanner}). */
    public static Label banner(Path file) {
        Label label = new Label(Messages.get("safety.readOnly.banner", file), new FontIcon("mdal-lock"));
        label.setId("readOnlyBanner");
        label.getStyleClass().add("warning-banner");
        label.setWrapText(true);
        label.setMaxWidth(Double.MAX_VALUE);
        return label;
    }

    /** Why an action is switched off, for its tooltip. */
    public static String why() {
        return Messages.get("safety.readOnly.why");
    }

    /**
     * Marks nodes that only look or move around (a link to another step, Export PDF, a search box
     * over the library): they stay usable inside a locked area. Call before {@link #lock}.
     */
    public static void allow(Node... nodes) {
        for (Node node : nodes) {
            if (node != null) {
                node.getProperties().put(ALLOWED, Boolean.TRUE);
            }
        }
    }

    /**
     * Makes everything inside {@code area} that edits unusable, now and whatever is added to it
     * later (a step shown, a goal's editor rebuilt): text fields and areas stop being editable,
     * buttons, toggles, pickers and choosers are disabled, and the keys and drags that change a list
     * (Delete, Alt+Up/Down, drag to reorder) do nothing.
     */
    public static void lock(Parent area) {
        area.getProperties().put(LOCKED, Boolean.TRUE);
        area.getStyleClass().add("read-only-locked");
        area.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            boolean deletes = (e.getCode() == KeyCode.DELETE || e.getCode() == KeyCode.BACK_SPACE)
                    && !(e.getTarget() instanceof TextInputControl);
            boolean moves = e.isAltDown() && (e.getCode() == KeyCode.UP || e.getCode() == KeyCode.DOWN);
            if ((deletes || moves) && !isAllowed(e.getTarget())) {
                e.consume();
            }
        });
        area.addEventFilter(MouseEvent.DRAG_DETECTED, e -> {
            if (!isAllowed(e.getTarget())) {
                e.consume();
            }
        });
        apply(area);
    }

    /** True when the node lies in a {@link #lock}ed area (for handlers that edit on a double click or Enter). */
    public static boolean isLocked(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n.getProperties().containsKey(ALLOWED)) {
                return false;
            }
            if (n.getProperties().containsKey(LOCKED)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Switches off an action that would change the data file, with a tooltip saying why (a disabled
     * button shows no tooltip of its own, so the tooltip goes on a holder put in its place).
     */
    public static void disable(ButtonBase button) {
        if (button.disableProperty().isBound()) {
            button.disableProperty().unbind();
        }
        button.setDisable(true);
        Tooltip why = new Tooltip(why());
        if (button.getParent() instanceof Pane parent && !isHolder(parent)) {
            int at = parent.getChildren().indexOf(button);
            StackPane holder = new StackPane();
            holder.getProperties().put(ReadOnlyMode.class, Boolean.TRUE);
            holder.setMaxSize(Control.USE_PREF_SIZE, Control.USE_PREF_SIZE);
            HBox.setHgrow(holder, HBox.getHgrow(button));
            HBox.setMargin(holder, HBox.getMargin(button));
            VBox.setVgrow(holder, VBox.getVgrow(button));
            VBox.setMargin(holder, VBox.getMargin(button));
            parent.getChildren().set(at, holder);
            holder.getChildren().add(button);
            Tooltip.install(holder, why);
        }
        button.setAccessibleHelp(why());
    }

    private static boolean isHolder(Pane pane) {
        return pane.getProperties().containsKey(ReadOnlyMode.class);
    }

    private static boolean isAllowed(Object target) {
        return target instanceof Node node && !isLocked(node);
    }

    private static void apply(Node node) {
        if (node.getProperties().containsKey(ALLOWED) || node.getProperties().containsKey(SEEN)) {
            return;
        }
        node.getProperties().put(SEEN, Boolean.TRUE);
        if (node instanceof TextInputControl text) {
            text.setEditable(false);
        } else if (node instanceof ButtonBase || node instanceof ComboBoxBase || node instanceof ChoiceBox
                || node instanceof Slider || node instanceof Spinner) {
            if (node.disableProperty().isBound()) {
                node.disableProperty().unbind();
            }
            node.setDisable(true);
            return; // what is inside a disabled control cannot be used anyway
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(ReadOnlyMode::apply);
            // Steps, editors and cells are built as they are needed: lock what comes later too.
            parent.getChildrenUnmodifiable().addListener((ListChangeListener<Node>) change -> {
                while (change.next()) {
                    change.getAddedSubList().forEach(ReadOnlyMode::apply);
                }
            });
        }
    }
}
