package app.homeplan.ui;

import javafx.scene.Node;
import javafx.scene.layout.VBox;

/**
 * A VBox that remembers its preferred and minimum heights for the width they were last asked for, until
 * something in it asks for a layout (JavaFX itself remembers them only for "any width"). When one field
 * of a long form changes height (a text area that grows by a line as it is typed in), the form is laid
 * out again, and each of its other cards and fields answers from memory instead of measuring every
 * wrapping label in it again: that measuring was most of a line-adding keystroke.
 */
public class RememberingVBox extends VBox {
    private double prefFor = Double.NaN;
    private double pref;
    private double minFor = Double.NaN;
    private double min;

    public RememberingVBox(double spacing, Node... children) {
        super(spacing, children);
    }

    /** Whatever changes inside (a text, a font, a child shown or added) comes through here. */
    @Override
    public void requestLayout() {
        prefFor = Double.NaN;
        minFor = Double.NaN;
        super.requestLayout();
    }

    @Override
    protected double computePrefHeight(double width) {
        if (width < 0) {
            return super.computePrefHeight(width);
        }
        if (width != prefFor) {
            pref = super.computePrefHeight(width);
            prefFor = width;
        }
        return pref;
    }

    @Override
    protected double computeMinHeight(double width) {
        if (width < 0) {
            return super.computeMinHeight(width);
        }
        if (width != minFor) {
            min = super.computeMinHeight(width);
            minFor = width;
        }
        return min;
    }
}
