package app.homeplan.ui;

import javafx.beans.value.ChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Scene;
import javafx.scene.layout.Region;

/**
 * Keeps a control's own layout inside it: a keystroke in a text area lays out the text area, not
 * the whole screen around it. JavaFX passes every layout request up to the scene's root (or the
 * nearest unmanaged node), and a step's scroll pane then measures the entire step again at its width,
 * wrapping every label in it several times: with many goals that was most of each keystroke. Here
 * the control is an unmanaged child, so its requests stop at it; this region takes the control's
 * sizes as its own and gives it all its space. When the control's sizes do change (a font, a row
 * count, a prompt longer than the field), that is noticed after the layout pass of the same pulse
 * and the screen is laid out again before it is drawn, so nothing is ever shown at a stale size.
 *
 * <p>Use it around controls whose size changes seldom while typing: a text field, a text area (it
 * grows only when a line is added, {@link GrowWithText}).
 */
public final class LayoutBoundary extends Region {
    private final Region content;
    /** The content's size hints when this region last laid it out; compared after each of its own layouts. */
    private double[] sizesAtLayout;
    private boolean checkQueued;
    private final Runnable check = this::checkSizes;

    public LayoutBoundary(Region content) {
        this.content = content;
        content.setManaged(false);
        getChildren().add(content);
        getStyleClass().add("layout-boundary");
        // The content asks for a layout of its own (it is a layout root): look at its sizes after that layout.
        content.needsLayoutProperty().addListener((o, was, now) -> {
            if (now) {
                queueCheck();
            }
        });
        ChangeListener<Scene> sceneChange = (o, was, now) -> {
            if (was != null && checkQueued) {
                was.removePostLayoutPulseListener(check);
                checkQueued = false;
            }
        };
        sceneProperty().addListener(sceneChange);
    }

    public Region content() {
        return content;
    }

    private void queueCheck() {
        Scene scene = getScene();
        if (scene != null && !checkQueued && sizesAtLayout != null) {
            checkQueued = true;
            scene.addPostLayoutPulseListener(check);
        }
    }

    private void checkSizes() {
        Scene scene = getScene();
        if (scene != null) {
            scene.removePostLayoutPulseListener(check);
        }
        checkQueued = false;
        if (sizesAtLayout != null && !java.util.Arrays.equals(sizesAtLayout, sizes(content.getWidth()))) {
            // The content wants another size: lay out the screen around it again, before this frame is drawn.
            sizesAtLayout = null;
            requestLayout();
            if (scene != null && scene.getRoot() != null) {
                scene.getRoot().layout();
            }
        }
    }

    private double[] sizes(double width) {
        boolean byWidth = content.getContentBias() == Orientation.HORIZONTAL;
        double w = byWidth ? width : -1;
        return new double[] {content.minWidth(-1), content.prefWidth(-1), content.maxWidth(-1),
            content.minHeight(w), content.prefHeight(w), content.maxHeight(w)};
    }

    @Override
    public Orientation getContentBias() {
        return content.getContentBias();
    }

    @Override
    protected double computeMinWidth(double height) {
        return horizontal() + content.minWidth(inner(height, vertical()));
    }

    @Override
    protected double computePrefWidth(double height) {
        return horizontal() + content.prefWidth(inner(height, vertical()));
    }

    @Override
    protected double computeMaxWidth(double height) {
        return horizontal() + content.maxWidth(inner(height, vertical()));
    }

    @Override
    protected double computeMinHeight(double width) {
        return vertical() + content.minHeight(inner(width, horizontal()));
    }

    @Override
    protected double computePrefHeight(double width) {
        return vertical() + content.prefHeight(inner(width, horizontal()));
    }

    @Override
    protected double computeMaxHeight(double width) {
        return vertical() + content.maxHeight(inner(width, horizontal()));
    }

    private static double inner(double size, double insets) {
        return size < 0 ? size : Math.max(0, size - insets);
    }

    private double horizontal() {
        Insets in = getInsets();
        return in.getLeft() + in.getRight();
    }

    private double vertical() {
        Insets in = getInsets();
        return in.getTop() + in.getBottom();
    }

    @Override
    protected void layoutChildren() {
        Insets in = getInsets();
        double width = Math.max(0, getWidth() - horizontal());
        // The sizes this layout was made for: a control that changes its own size when it is given a new
        // width (a text area that grows with its lines) is then seen by the check after this pulse's layout.
        sizesAtLayout = sizes(width);
        content.resizeRelocate(in.getLeft(), in.getTop(), width, Math.max(0, getHeight() - vertical()));
        queueCheck();
    }
}
