package app.homeplan.ui;

import javafx.geometry.HPos;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * Two parts next to each other (a list and what is chosen in it) while both fit at their smallest
 * width, else one above the other: a narrow window or large text never pushes the second part off
 * the right edge. The first part keeps its preferred width (within its min and max) in a row; the
 * second takes the rest. Give the parts their smallest comfortable widths in em (CSS) so the
 * switch follows the text size.
 */
public final class SideBySide extends Pane {
    private final Region first;
    private final Region second;
    private final double gap;
    /** The second part needs its whole preferred width in a row (a row of buttons that may wrap only when stacked). */
    private boolean secondWhole;

    public SideBySide(double gap, Region first, Region second) {
        this.gap = gap;
        this.first = first;
        this.second = second;
        getChildren().addAll(first, second);
        getStyleClass().add("side-by-side");
    }

    /** In a row, the second part gets its whole preferred width (or the parts stack). */
    public SideBySide secondWhole() {
        secondWhole = true;
        return this;
    }

    private double secondRowWidth() {
        return secondWhole ? second.prefWidth(-1) : least(second);
    }

    /** True while the parts are shown one above the other at the current width. */
    public boolean isStacked() {
        return stacked(getWidth());
    }

    private boolean stacked(double width) {
        Insets in = getInsets();
        // Whole pixels, as laid out: a part given a fraction less than its minimum would stick out.
        return width - in.getLeft() - in.getRight() < Math.ceil(least(first)) + gap + Math.ceil(secondRowWidth()) + 1;
    }

    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }

    @Override
    protected double computeMinWidth(double height) {
        Insets in = getInsets();
        return in.getLeft() + in.getRight() + Math.max(least(first), least(second));
    }

    @Override
    protected double computePrefWidth(double height) {
        Insets in = getInsets();
        return in.getLeft() + in.getRight() + first.prefWidth(-1) + gap + second.prefWidth(-1);
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    @Override
    protected double computePrefHeight(double width) {
        Insets in = getInsets();
        double inner = (width < 0 ? computePrefWidth(-1) : width) - in.getLeft() - in.getRight();
        if (width >= 0 && stacked(width)) {
            return in.getTop() + in.getBottom() + first.prefHeight(fit(first, inner)) + gap + second.prefHeight(fit(second, inner));
        }
        double w1 = firstWidth(inner);
        return in.getTop() + in.getBottom() + Math.max(first.prefHeight(w1), second.prefHeight(inner - gap - w1));
    }

    @Override
    protected void layoutChildren() {
        Insets in = getInsets();
        double x = in.getLeft();
        double y = in.getTop();
        double inner = getWidth() - in.getLeft() - in.getRight();
        if (stacked(getWidth())) {
            double h1 = first.prefHeight(fit(first, inner));
            layoutInArea(first, x, y, inner, h1, 0, HPos.LEFT, VPos.TOP);
            double h2 = second.prefHeight(fit(second, inner));
            layoutInArea(second, x, y + h1 + gap, inner, h2, 0, HPos.LEFT, VPos.TOP);
            return;
        }
        double w1 = firstWidth(inner);
        double h = getHeight() - in.getTop() - in.getBottom();
        layoutInArea(first, x, y, w1, h, 0, HPos.LEFT, VPos.TOP);
        // Whole pixels from the second part's snapped left edge to the inner right edge: a part rounded
        // up would stick out a pixel past the right edge.
        double x2 = snapPositionX(x + w1 + gap);
        layoutInArea(second, x2, y, Math.floor(getWidth() - in.getRight() - x2), h, 0, HPos.LEFT, VPos.TOP);
    }

    /**
     * The first part's width in a row, in whole pixels: its preferred width, leaving the second at
     * least its minimum (its whole preferred width when {@link #secondWhole()}).
     */
    private double firstWidth(double inner) {
        double smallest = Math.ceil(least(first));
        double room = Math.floor(inner - gap - Math.ceil(secondRowWidth()));
        if (secondWhole) {
            return Math.max(smallest, room);
        }
        double wanted = Math.ceil(Math.min(Math.max(first.prefWidth(-1), least(first)), first.maxWidth(-1)));
        return Math.max(smallest, Math.min(wanted, room));
    }

    /**
     * A part's smallest width: its own, or, for a column whose style sheet floor (in em) is less than
     * its widest child's smallest width (a folding pane's title at large text), that child's: the parts
     * then stack instead of the child sticking out of its card.
     */
    private static double least(Region part) {
        double least = part.minWidth(-1);
        if (part instanceof VBox column) {
            double widest = 0;
            for (Node child : column.getChildren()) {
                if (child.isManaged()) {
                    widest = Math.max(widest, child.minWidth(-1));
                }
            }
            least = Math.max(least, widest + column.snappedLeftInset() + column.snappedRightInset());
        }
        return least;
    }

    private static double fit(Region part, double width) {
        return Math.min(width, part.maxWidth(-1));
    }
}
