package app.homeplan.ui;

import java.text.Bidi;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.InvalidationListener;
import javafx.geometry.NodeOrientation;
import javafx.geometry.Orientation;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Labeled;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;

/**
 * The words of a wrapping label with right-to-left words in it (a goal in Arabic, with numbers or
 * English in it, or "Goal 2: " before one), broken into lines here, one Text per line, right-aligned
 * when the paragraph reads right to left. JavaFX 21 draws such a paragraph, when it wraps, on its
 * first line only, repeating words ("وحده قبل الساعة" twice); a paragraph broken into lines of its
 * own reads right. The label keeps its text (what tests, screen readers and copy see); only what is
 * drawn changes, and only while the text has right-to-left words.
 */
public final class BidiLines extends Region {
    private final Labeled label;
    private final Text ruler = new Text();
    private List<String> lines = List.of();
    private double brokenAt = -1;

    private BidiLines(Labeled label) {
        this.label = label;
        getStyleClass().add("bidi-lines");
        setNodeOrientation(NodeOrientation.LEFT_TO_RIGHT); // lines are placed here; each line orders its own words
    }

    /** Draws the label's right-to-left paragraphs in lines of their own; left-to-right text is left to JavaFX. */
    public static <T extends Labeled> T install(T label) {
        BidiLines lines = new BidiLines(label);
        InvalidationListener update = o -> {
            boolean own = label.isWrapText() && mixesDirections(label.getText());
            if (own && label.getGraphic() != lines) {
                label.setGraphic(lines);
                label.setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
            } else if (!own && label.getGraphic() == lines) {
                label.setGraphic(null);
                label.setContentDisplay(ContentDisplay.LEFT);
            }
            lines.brokenAt = -1;
            lines.requestLayout();
        };
        label.textProperty().addListener(update);
        label.wrapTextProperty().addListener(update);
        label.fontProperty().addListener(update);
        label.textFillProperty().addListener(o -> lines.getChildren().forEach(t -> ((Text) t).setFill(label.getTextFill())));
        update.invalidated(null);
        return label;
    }

    /**
     * The family's words, to put into a sentence of the screen's (left-to-right) wording such as "1. {words}"
     * or "Goal 2: {words}", so that they keep their own order: right-to-left words get a right-to-left mark
     * on each side, so a number they start or end with stays inside their run (at their right, "5 دقائق"
     * not "5" on the far side of the words) and the sentence's punctuation stays outside it. Words without
     * right-to-left letters come back as they are.
     */
    public static String inSentence(String words) {
        return mixesDirections(words) ? "\u200F" + words + "\u200F" : words;
    }

    /**
     * A sentence of the screen's wording holding the family's words ({@link #inSentence}), marked to read left
     * to right from its start even when the first letters in it are the family's Arabic ("1. يجلس ..."), so
     * the number stays at the left, where the other columns have it.
     */
    public static String leftToRight(String sentence) {
        return mixesDirections(sentence) ? "\u200E" + sentence : sentence;
    }

    /**
     * The text has right-to-left letters (Arabic, Hebrew ...): JavaFX 21 wraps such a paragraph wrongly
     * whichever way it starts ("Goal 2: <Arabic>" repeated its Arabic words too).
     */
    static boolean mixesDirections(String text) {
        return text != null && !text.isEmpty() && Bidi.requiresBidi(text.toCharArray(), 0, text.length());
    }

    /** The paragraph's direction is right to left (its first strong letter is Arabic, Hebrew ...). */
    private boolean readsRightToLeft() {
        String text = text();
        return !text.isEmpty() && !new Bidi(text, Bidi.DIRECTION_DEFAULT_LEFT_TO_RIGHT).baseIsLeftToRight();
    }

    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }

    @Override
    protected double computeMinWidth(double height) {
        double longest = 0;
        BreakIterator words = BreakIterator.getLineInstance();
        String text = text();
        words.setText(text);
        for (int start = words.first(), end = words.next(); end != BreakIterator.DONE; start = end, end = words.next()) {
            longest = Math.max(longest, width(text.substring(start, end).strip()));
        }
        return Math.ceil(longest);
    }

    @Override
    protected double computePrefWidth(double height) {
        double widest = 0;
        for (String paragraph : text().split("\n", -1)) {
            widest = Math.max(widest, width(paragraph.strip()));
        }
        return Math.ceil(widest);
    }

    @Override
    protected double computePrefHeight(double width) {
        // The label asks without a width: the lines are those of the width it last gave.
        double at = width > 0 ? width : getWidth() > 0 ? getWidth() : computePrefWidth(-1);
        return Math.ceil(breakLines(at).size() * lineHeight());
    }

    @Override
    protected void layoutChildren() {
        double width = getWidth();
        if (width != brokenAt || getChildren().size() != lines.size()) {
            brokenAt = width;
            lines = breakLines(width);
            List<Text> shown = new ArrayList<>();
            NodeOrientation direction = readsRightToLeft() ? NodeOrientation.RIGHT_TO_LEFT : NodeOrientation.LEFT_TO_RIGHT;
            for (String line : lines) {
                Text text = new Text(line);
                text.setFont(label.getFont());
                text.setFill(label.getTextFill());
                // Each line is its own paragraph in the text's direction, so the other script's words keep their place.
                text.setNodeOrientation(direction);
                text.setTextOrigin(javafx.geometry.VPos.TOP);
                shown.add(text);
            }
            getChildren().setAll(shown);
            if (computePrefHeight(width) != getHeight()) {
                label.requestLayout(); // more or fewer lines than the label made room for
            }
        }
        double y = snappedTopInset();
        double line = lineHeight();
        boolean right = readsRightToLeft();
        for (var node : getChildren()) {
            Text text = (Text) node;
            double w = text.getLayoutBounds().getWidth();
            // Right-to-left paragraphs against the right edge, the others against the left.
            text.relocate(snapPositionX(right ? width - snappedRightInset() - w : snappedLeftInset()), snapPositionY(y));
            y += line;
        }
    }

    /** Greedy line breaking at the places the language allows (BreakIterator), never wider than the width. */
    private List<String> breakLines(double width) {
        List<String> out = new ArrayList<>();
        for (String paragraph : text().split("\n", -1)) {
            BreakIterator breaks = BreakIterator.getLineInstance();
            breaks.setText(paragraph);
            int lineStart = 0;
            int lastFit = -1;
            for (int end = breaks.next(); end != BreakIterator.DONE; end = breaks.next()) {
                if (width(paragraph.substring(lineStart, end).strip()) <= width || lastFit < 0) {
                    lastFit = end; // fits, or a word longer than the line: it stands alone
                    continue;
                }
                out.add(paragraph.substring(lineStart, lastFit).strip());
                lineStart = lastFit;
                lastFit = width(paragraph.substring(lineStart, end).strip()) <= width ? end : -1;
                if (lastFit < 0) {
                    lastFit = end;
                }
            }
            out.add(paragraph.substring(lineStart).strip());
        }
        return out;
    }

    private String text() {
        return label.getText() == null ? "" : label.getText();
    }

    private double width(String text) {
        ruler.setFont(label.getFont());
        ruler.setText(text);
        return ruler.getLayoutBounds().getWidth();
    }

    private double lineHeight() {
        ruler.setFont(label.getFont());
        ruler.setText("Xج");
        return ruler.getLayoutBounds().getHeight();
    }
}
