package app.homeplan.intake;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;

/** Keeps what has the keyboard on screen: JavaFX does not scroll to a focused field by itself. */
final class Scrolling {
    private static final double MARGIN = 24;

    private Scrolling() {
    }

    /** Scrolls the pane, if the node is inside it, just enough to show the node (with a little room). */
    static void reveal(ScrollPane pane, Node node) {
        Node content = pane.getContent();
        if (content == null || node == null || !isInside(node, content)) {
            return;
        }
        Bounds inContent = content.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
        double contentHeight = content.getBoundsInLocal().getHeight();
        double viewport = pane.getViewportBounds().getHeight();
        double scrollable = contentHeight - viewport;
        if (scrollable <= 0 || inContent == null) {
            return;
        }
        double top = pane.getVvalue() * scrollable;
        double wantedTop = top;
        if (inContent.getMinY() - MARGIN < top) {
            wantedTop = inContent.getMinY() - MARGIN;
        } else if (inContent.getMaxY() + MARGIN > top + viewport) {
            wantedTop = Math.min(inContent.getMinY() - MARGIN, inContent.getMaxY() + MARGIN - viewport);
        }
        pane.setVvalue(Math.max(0, Math.min(1, wantedTop / scrollable)));
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
