package app.homeplan.ui;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.layout.FlowPane;

/**
 * A row of buttons (or chips) that asks for one line and wraps onto more lines when it is given less,
 * never cutting a button's words. A plain FlowPane asks for its wrap length (400 px, or the whole
 * screen), so a row beside a title either pushed its card wider or always fell under the title.
 */
public class FlowRow extends FlowPane {

    public FlowRow(double hgap, double vgap, Node... children) {
        super(hgap, vgap, children);
        KeepWords.in(this);
    }

    /** One line: every child at its preferred width, with the gaps between them. */
    @Override
    protected double computePrefWidth(double height) {
        Insets in = getInsets();
        double width = 0;
        int shown = 0;
        for (Node child : getManagedChildren()) {
            width += snapSizeX(child.prefWidth(-1));
            shown++;
        }
        return in.getLeft() + in.getRight() + width + Math.max(0, shown - 1) * snapSpaceX(getHgap());
    }

    /** The widest child: narrower than that, a button would lose its words. */
    @Override
    protected double computeMinWidth(double height) {
        Insets in = getInsets();
        double widest = 0;
        for (Node child : getManagedChildren()) {
            widest = Math.max(widest, snapSizeX(child.prefWidth(-1)));
        }
        return in.getLeft() + in.getRight() + widest;
    }
}
