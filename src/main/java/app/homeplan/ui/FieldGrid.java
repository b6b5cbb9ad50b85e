package app.homeplan.ui;

import java.util.List;
import javafx.geometry.HPos;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.layout.Pane;

/**
 * Fields side by side in equal columns while each keeps a comfortable width (in em, so it follows
 * the text size), else fewer to a line, down to one above the other: a narrow window or large text
 * never pushes a field past the right edge.
 */
public final class FieldGrid extends Pane {
    private final double gap;
    private final double fieldEm;
    private final javafx.scene.control.Label ruler = new javafx.scene.control.Label();

    /**
     * @param gap     between fields, across and down
     * @param fieldEm the narrowest comfortable field, in em of the current text size
     */
    public FieldGrid(double gap, double fieldEm, Node... fields) {
        this.gap = gap;
        this.fieldEm = fieldEm;
        ruler.setVisible(false);
        ruler.setManaged(false);
        getChildren().add(ruler);
        getChildren().addAll(fields);
        getStyleClass().add("field-grid");
        ruler.fontProperty().addListener(o -> requestLayout());
    }

    /** The text size now: the font of an unseen label, which follows Ctrl+ and Ctrl- as all text does. */
    private double em() {
        return ruler.getFont().getSize();
    }

    private int perLine(double width) {
        List<Node> fields = getManagedChildren();
        if (fields.isEmpty()) {
            return 1;
        }
        Insets in = getInsets();
        double inner = width - in.getLeft() - in.getRight();
        for (int k = fields.size(); k > 1; k--) {
            double each = (inner - gap * (k - 1)) / k;
            if (each >= em() * fieldEm && fields.stream().allMatch(f -> f.minWidth(-1) <= each)) {
                return k;
            }
        }
        return 1;
    }

    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }

    @Override
    protected double computeMinWidth(double height) {
        Insets in = getInsets();
        double widest = 0;
        for (Node field : getManagedChildren()) {
            widest = Math.max(widest, field.minWidth(-1));
        }
        return in.getLeft() + in.getRight() + widest;
    }

    @Override
    protected double computePrefWidth(double height) {
        Insets in = getInsets();
        List<Node> fields = getManagedChildren();
        double width = 0;
        for (Node field : fields) {
            width += Math.max(field.prefWidth(-1), em() * fieldEm);
        }
        return in.getLeft() + in.getRight() + width + gap * Math.max(0, fields.size() - 1);
    }

    @Override
    protected double computePrefHeight(double width) {
        Insets in = getInsets();
        if (width < 0) {
            width = computePrefWidth(-1);
        }
        int k = perLine(width);
        double each = columnWidth(width, k);
        List<Node> fields = getManagedChildren();
        double height = 0;
        for (int start = 0; start < fields.size(); start += k) {
            height += lineHeight(fields.subList(start, Math.min(fields.size(), start + k)), each) + (start > 0 ? gap : 0);
        }
        return in.getTop() + in.getBottom() + height;
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    private double columnWidth(double width, int k) {
        Insets in = getInsets();
        return Math.floor((width - in.getLeft() - in.getRight() - gap * (k - 1)) / k);
    }

    private static double lineHeight(List<Node> line, double width) {
        double h = 0;
        for (Node field : line) {
            h = Math.max(h, field.prefHeight(width));
        }
        return h;
    }

    @Override
    protected void layoutChildren() {
        Insets in = getInsets();
        int k = perLine(getWidth());
        double each = columnWidth(getWidth(), k);
        List<Node> fields = getManagedChildren();
        double y = in.getTop();
        for (int start = 0; start < fields.size(); start += k) {
            List<Node> line = fields.subList(start, Math.min(fields.size(), start + k));
            double h = lineHeight(line, each);
            for (int i = 0; i < line.size(); i++) {
                layoutInArea(line.get(i), in.getLeft() + i * (each + gap), y, each, h, 0, HPos.LEFT, VPos.TOP);
            }
            y += h + gap;
        }
    }
}
