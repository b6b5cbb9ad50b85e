package app.homeplan.testing;

import static org.assertj.core.api.Assertions.assertThat;

import app.homeplan.ui.BidiLines;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.text.Text;

/**
 * Where the words of a drawn line sit, for tests of a sentence in the screen's wording ("Goal 1: ...")
 * holding a family's right-to-left words: what a reader sees, not the label's text.
 */
public final class RightToLeftLines {
    private RightToLeftLines() {
    }

    /** Where the caret before character {@code index} is drawn on the line. */
    public static double caretX(Text line, int index) {
        assertThat(index).isNotNegative();
        var shape = line.caretShape(index, true);
        return shape[0] instanceof javafx.scene.shape.MoveTo move ? move.getX() : Double.NaN;
    }

    /** The one line a wrapping label with right-to-left words draws (through {@link BidiLines}). */
    public static Text onlyLine(Label label) {
        assertThat(label.getGraphic()).as("drawn by BidiLines").isInstanceOf(BidiLines.class);
        List<Node> lines = ((BidiLines) label.getGraphic()).getChildrenUnmodifiable();
        assertThat(lines).as("\"%s\" on one line", label.getText()).hasSize(1);
        return (Text) lines.get(0);
    }

    /**
     * The line reads "{lead} {words}" as the family wrote them: the screen's lead ("Goal 1:") at the left
     * of all the words, and the words (the number they start with too) each to the left of the one before.
     */
    public static void assertLeadThenRightToLeftWords(Text line, String lead, String words) {
        String text = line.getText();
        int at = text.indexOf(lead);
        assertThat(at).as("\"%s\" in \"%s\"", lead, text).isNotNegative();
        String[] each = words.split(" ");
        double leadX = caretX(line, at);
        double before = Double.POSITIVE_INFINITY;
        int from = at + lead.length();
        for (String word : each) {
            int index = text.indexOf(word, from);
            double x = caretX(line, index);
            assertThat(leadX).as("\"%s\" at the left of \"%s\"", lead, word).isLessThan(x);
            assertThat(x).as("\"%s\" to the left of the word before it", word).isLessThan(before);
            before = x;
            from = index + word.length();
        }
    }
}
