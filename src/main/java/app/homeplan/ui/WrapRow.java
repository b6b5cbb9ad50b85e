package app.homeplan.ui;

import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.layout.FlowPane;

/**
 * Choices side by side (a goal's routine check boxes) that wrap onto more lines, where one choice
 * with long words (a family's routine name, at large text) wraps its own words inside the row
 * instead of pushing the row, and its card, past the right edge. A plain FlowPane asks for its
 * widest choice on one line as its smallest width.
 */
public final class WrapRow extends FlowPane {

    public WrapRow(double hgap, double vgap) {
        super(hgap, vgap);
        getChildren().forEach(this::wrapInside);
        getChildren().addListener((ListChangeListener<Node>) c -> {
            while (c.next()) {
                c.getAddedSubList().forEach(this::wrapInside);
            }
        });
    }

    private void wrapInside(Node child) {
        if (child instanceof Labeled labeled) {
            labeled.setWrapText(true);
            labeled.maxWidthProperty().bind(widthProperty().subtract(getInsets().getLeft() + getInsets().getRight()));
        }
    }

    /** The widest choice's smallest width (its longest word), not its whole line. */
    @Override
    protected double computeMinWidth(double height) {
        Insets in = getInsets();
        double widest = 0;
        for (Node child : getManagedChildren()) {
            widest = Math.max(widest, snapSizeX(child.minWidth(-1)));
        }
        return in.getLeft() + in.getRight() + widest;
    }
}
