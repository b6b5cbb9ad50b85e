package app.homeplan.ui;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;

/**
 * Keeps what has the keyboard on screen: JavaFX does not scroll to a focused control by itself, so
 * a keyboard user Tabbing down a long step, the review's goal cards or the goals x routines matrix
 * would type into a field they cannot see. Every scroll pane around the focused control scrolls
 * just enough to show it (innermost first), with a little room around it.
 */
public final class FocusScrolling {
    private static final double MARGIN = 24;

    private FocusScrolling() {
    }

    /** Follows the focus in this window's scene, whatever screen it shows. */
    public static void follow(Scene scene) {
        scene.focusOwnerProperty().addListener((o, was, now) -> {
            reveal(now);
            // A page may lay itself out again once focus moved (a scroll bar appears, a table turns into
            // cards), moving the control; look once more after that layout.
            Runnable[] afterLayout = new Runnable[1];
            afterLayout[0] = () -> {
                scene.removePostLayoutPulseListener(afterLayout[0]);
                if (scene.getFocusOwner() == now && now != null) {
                    for (Parent p = now.getParent(); p != null; p = p.getParent()) {
                        if (p instanceof ScrollPane pane && cutOff(pane, now)) {
                            reveal(now);
                            return;
                        }
                    }
                }
            };
            scene.addPostLayoutPulseListener(afterLayout[0]);
        });
    }

    /** Scrolls every scroll pane the node is in (not its own inner ones) so that the node shows. */
    public static void reveal(Node node) {
        if (node == null) {
            return;
        }
        for (Parent p = node.getParent(); p != null; p = p.getParent()) {
            if (p instanceof ScrollPane pane && pane.getContent() != null && isInside(node, pane.getContent())) {
                reveal(pane, node);
            }
        }
    }

    /** Scrolls the pane, if the node is inside it, just enough to show the node (with a little room). */
    public static void reveal(ScrollPane pane, Node node) {
        Node content = pane.getContent();
        if (content == null || node == null || !isInside(node, content)) {
            return;
        }
        Bounds inContent = content.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
        if (inContent == null) {
            return;
        }
        Bounds all = content.getBoundsInLocal();
        Bounds viewport = pane.getViewportBounds();
        double v = wanted(pane.getVvalue(), all.getHeight() - viewport.getHeight(), viewport.getHeight(),
                inContent.getMinY() - all.getMinY(), inContent.getMaxY() - all.getMinY());
        double h = wanted(pane.getHvalue(), all.getWidth() - viewport.getWidth(), viewport.getWidth(),
                inContent.getMinX() - all.getMinX(), inContent.getMaxX() - all.getMinX());
        if (!Double.isNaN(v)) {
            pane.setVvalue(pane.getVmin() + v * (pane.getVmax() - pane.getVmin()));
        }
        if (!Double.isNaN(h)) {
            pane.setHvalue(pane.getHmin() + h * (pane.getHmax() - pane.getHmin()));
        }
    }

    /**
     * The new scroll position (0-1) along one axis that shows [start, end], or NaN to stay: the
     * start is kept in view first when the node is longer than the view.
     */
    private static double wanted(double value, double scrollable, double view, double start, double end) {
        if (scrollable <= 0) {
            return Double.NaN;
        }
        double shownFrom = value * scrollable;
        double from = shownFrom;
        if (start - MARGIN < shownFrom) {
            from = start - MARGIN;
        } else if (end + MARGIN > shownFrom + view) {
            from = Math.min(start - MARGIN, end + MARGIN - view);
        } else {
            return Double.NaN;
        }
        return Math.max(0, Math.min(1, from / scrollable));
    }

    /** Whether the pane shows the node only in part or not at all (no room asked for around it). */
    private static boolean cutOff(ScrollPane pane, Node node) {
        Bounds shown = pane.localToScene(pane.getLayoutBounds());
        Bounds at = node.localToScene(node.getBoundsInLocal());
        return at != null && shown != null && (at.getMinY() < shown.getMinY() || at.getMaxY() > shown.getMaxY());
    }

    private static boolean isInside(Node node, Node ancestor) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == ancestor) {
                return true;
            }
        }
        return false;
    }
}
