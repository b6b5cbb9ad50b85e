package app.homeplan.testing;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Control;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TitledPane;
import javafx.scene.control.ToolBar;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;

/**
 * What a person notices when a screen does not fit: words cut to "...", a word broken in the middle,
 * a part of the screen pushed out past its container's right edge, a page that scrolls sideways.
 * Walks the screen's own layout (containers, and the content of scroll panes, titled panes and tabs),
 * not the insides of controls. Call on the FX thread after a layout pass.
 */
public final class LayoutCheck {
    private static final double SLACK = 0.5;
    private final List<String> problems = new ArrayList<>();
    private final List<Control> focusable = new ArrayList<>();

    private LayoutCheck() {
    }

    /** Every problem found under the root, one sentence each, prefixed with where. */
    public static List<String> problems(Parent root, String where) {
        LayoutCheck check = new LayoutCheck();
        check.walk(root, where);
        return check.problems;
    }

    /**
     * A screen taller than its window at its smallest is pushed up out of it (the window's root
     * centres what it cannot fit): its title and first buttons are cut off at the top.
     */
    public static List<String> fitsItsWindow(javafx.scene.Scene scene, String where) {
        List<String> problems = new ArrayList<>();
        if (scene.getRoot() instanceof Pane root) {
            for (Node screen : root.getChildren()) {
                double top = screen.getBoundsInParent().getMinY();
                if (screen.isVisible() && top < -SLACK) {
                    problems.add(where + ": " + describe(screen) + " is taller than the window at its smallest ("
                            + Math.round(screen.minHeight(scene.getWidth())) + " px for " + Math.round(scene.getHeight())
                            + " px): its top is " + Math.round(-top) + " px out of view");
                }
            }
        }
        return problems;
    }

    /** The controls under the root a person can Tab to (shown, enabled, taking focus). */
    public static List<Control> focusableControls(Parent root) {
        LayoutCheck check = new LayoutCheck();
        check.walk(root, "");
        return check.focusable;
    }

    private void walk(Node node, String where) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof Control control && control.isFocusTraversable() && !control.isDisabled()) {
            focusable.add(control);
        }
        if (node instanceof Labeled labeled && !(node instanceof TableCell<?, ?>)) {
            checkText(labeled, where);
        }
        if (node instanceof ScrollPane scroll) {
            checkNoSidewaysScroll(scroll, where);
        }
        for (Node child : layoutChildren(node)) {
            if (node instanceof Pane pane && child instanceof Region region && child.isManaged() && child.isVisible()) {
                checkInside(pane, region, where);
            }
            walk(child, where);
        }
    }

    /** The screen's own parts inside a node: a container's children, or the content a control shows. */
    private static List<Node> layoutChildren(Node node) {
        if (node instanceof ScrollPane scroll) {
            return scroll.getContent() == null ? List.of() : List.of(scroll.getContent());
        }
        if (node instanceof TitledPane titled) {
            return titled.isExpanded() && titled.getContent() != null ? List.of(titled.getContent()) : List.of();
        }
        if (node instanceof TabPane tabs) {
            var tab = tabs.getSelectionModel().getSelectedItem();
            return tab == null || tab.getContent() == null ? List.of() : List.of(tab.getContent());
        }
        if (node instanceof SplitPane split) {
            return split.getItems();
        }
        if (node instanceof ToolBar bar) {
            return bar.getItems();
        }
        if (node instanceof javafx.scene.control.ButtonBar bar) {
            return bar.getButtons(); // a dialog's own buttons ("Cancel" cut to "C..." at 200 %)
        }
        if (node instanceof Labeled labeled && labeled.getGraphic() instanceof Parent graphic
                && !(node instanceof TableCell<?, ?>)) {
            return List.of(graphic); // a label made of labels (the step list)
        }
        if (node instanceof Control || !(node instanceof Parent parent)) {
            return List.of();
        }
        return parent.getChildrenUnmodifiable();
    }

    private void checkText(Labeled labeled, String where) {
        String text = labeled.getText();
        if (text == null || text.isBlank() || labeled.getWidth() <= 0) {
            return;
        }
        Text shown = shownText(labeled);
        if (shown == null) {
            return;
        }
        String meant = labeled.isMnemonicParsing() ? text.replaceFirst("_(?=.)", "") : text;
        String displayed = shown.getText() == null ? "" : shown.getText();
        String ellipsis = labeled.getEllipsisString();
        if (displayed.length() < meant.length() && !ellipsis.isEmpty() && displayed.endsWith(ellipsis)) {
            problems.add(where + ": " + describe(labeled) + " is cut short to \"" + displayed + "\"");
            return;
        }
        if (labeled.isWrapText() && shown.getWrappingWidth() > 0) {
            double longest = longestWord(meant, labeled);
            if (longest > shown.getWrappingWidth() + 1) {
                problems.add(where + ": " + describe(labeled) + " breaks a word in the middle (word "
                        + Math.round(longest) + " px, room " + Math.round(shown.getWrappingWidth()) + " px)");
            }
        }
    }

    private static Text shownText(Labeled labeled) {
        for (Node child : labeled.getChildrenUnmodifiable()) {
            if (child instanceof Text t && child.getStyleClass().contains("text")) {
                return t;
            }
        }
        return null;
    }

    private static double longestWord(String text, Labeled labeled) {
        double longest = 0;
        for (String word : text.split("\\s+")) {
            if (word.isEmpty()) {
                continue;
            }
            Text measure = new Text(word);
            measure.setFont(labeled.getFont());
            longest = Math.max(longest, measure.getLayoutBounds().getWidth());
        }
        return longest;
    }

    private void checkInside(Pane parent, Region child, String where) {
        Bounds b = child.getBoundsInParent();
        double width = parent.getWidth();
        if (width <= 0 || b.getWidth() <= 0) {
            return;
        }
        // Layout bounds, not visual bounds: shadows and focus rings may draw a little outside.
        double left = child.getLayoutX() + child.getLayoutBounds().getMinX();
        double right = left + child.getWidth();
        if (left < -SLACK || right > width + SLACK) {
            problems.add(where + ": " + describe(child) + " lies outside " + describe(parent) + " (x "
                    + Math.round(left) + ".." + Math.round(right) + " in a width of " + Math.round(width) + ")"
                    + (right - left > width + SLACK ? widestPart(child, width) : ""));
        }
    }

    private void checkNoSidewaysScroll(ScrollPane scroll, String where) {
        Node content = scroll.getContent();
        if (!scroll.isFitToWidth() || scroll.getStyleClass().contains("scrolls-both-ways") || content == null || scroll.getViewportBounds().getWidth() <= 0) {
            return; // a pane meant to scroll both ways (a big table in its own card) may
        }
        double wide = content.getLayoutBounds().getWidth();
        double room = scroll.getViewportBounds().getWidth();
        if (wide > room + SLACK) {
            problems.add(where + ": " + describe(content) + " is wider than its window (" + Math.round(wide)
                    + " px in " + Math.round(room) + " px) and scrolls sideways" + widestPart(content, room));
        }
    }

    /**
     * Which part makes the page too wide: going down from the page through the part with the widest
     * smallest width, the first one whose width is not just that of its widest part (a row adding up
     * its parts, or a part with a fixed smallest width).
     */
    private static String widestPart(Node content, double room) {
        Node at = content;
        while (at instanceof Parent parent) {
            Node widest = null;
            for (Node child : layoutChildren(parent)) {
                if (child.isManaged() && child.isVisible() && (widest == null || child.minWidth(-1) > widest.minWidth(-1))) {
                    widest = child;
                }
            }
            double insets = at instanceof Region r ? r.snappedLeftInset() + r.snappedRightInset() : 0;
            if (widest == null || widest.minWidth(-1) + insets + 1 < at.minWidth(-1)) {
                break;
            }
            at = widest;
        }
        return " (" + describe(at) + " in " + describe(at.getParent()) + " needs " + Math.round(at.minWidth(-1)) + " px)";
    }

    static String describe(Node node) {
        String name = node.getClass().getSimpleName().isEmpty() ? node.getClass().getName() : node.getClass().getSimpleName();
        if (node.getId() != null) {
            name += "#" + node.getId();
        } else if (!node.getStyleClass().isEmpty()) {
            name += "." + String.join(".", node.getStyleClass());
        }
        if (node instanceof Labeled l && l.getText() != null && !l.getText().isBlank()) {
            String t = l.getText().strip();
            name += " \"" + (t.codePointCount(0, t.length()) > 40 ? t.substring(0, t.offsetByCodePoints(0, 40)) + "\u2026" : t) + "\"";
        }
        return name;
    }
}
