package app.homeplan.ui;

import javafx.scene.control.TextArea;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;

/**
 * A text area that grows with what is typed in it, from its usual rows up to a limit (then it
 * scrolls inside): a long note is read on the page instead of through a three-line slit, and an
 * empty one takes no more room than before.
 */
public final class GrowWithText {
    /** The most lines an area grows to before it scrolls. */
    public static final int MOST_LINES = 18;

    private GrowWithText() {
    }

    public static TextArea grow(TextArea area) {
        Text measure = new Text();
        Runnable fit = () -> fit(area, measure);
        area.textProperty().addListener(o -> fit.run());
        area.widthProperty().addListener(o -> fit.run());
        area.fontProperty().addListener(o -> {
            // The usual rows are measured again in the new size, once the area's inner text has it too:
            // the font changes in the middle of the styling pass, before the skin's text is restyled.
            area.getProperties().remove(GrowWithText.class);
            area.setPrefHeight(Region.USE_COMPUTED_SIZE);
            javafx.application.Platform.runLater(fit);
        });
        area.skinProperty().addListener(o -> fit.run());
        return area;
    }

    private static void fit(TextArea area, Text measure) {
        if (area.getSkin() == null || area.getWidth() <= 0) {
            return;
        }
        double usual = area.getProperties().get(GrowWithText.class) instanceof Double d
                && area.getPrefHeight() != Region.USE_COMPUTED_SIZE ? d : usualHeight(area);
        measure.setFont(area.getFont());
        measure.setText("X");
        double line = measure.getLayoutBounds().getHeight();
        // The room for words: the box less its borders, inner padding and a scroll bar's width.
        double wrap = area.getWidth() - area.snappedLeftInset() - area.snappedRightInset() - 2.2 * area.getFont().getSize();
        measure.setWrappingWidth(Math.max(line, wrap));
        String text = area.getText() == null ? "" : area.getText();
        measure.setText(text.isEmpty() ? "X" : text + (text.endsWith("\n") ? "X" : ""));
        double words = measure.getLayoutBounds().getHeight();
        double rows = line * area.getPrefRowCount();
        double extra = Math.max(0, Math.min(words, line * MOST_LINES) - rows);
        double wanted = Math.ceil(usual + extra);
        if (Math.abs(area.getPrefHeight() - wanted) >= 1) {
            area.setPrefHeight(wanted);
        }
    }

    /** The height the area asks for with its usual rows, remembered for this text size. */
    private static double usualHeight(TextArea area) {
        area.setPrefHeight(Region.USE_COMPUTED_SIZE);
        double usual = area.prefHeight(-1);
        area.getProperties().put(GrowWithText.class, usual);
        return usual;
    }
}
