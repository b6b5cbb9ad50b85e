package app.homeplan.ui;

import atlantafx.base.theme.Styles;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;

/**
 * Choices drawn as joined pills ("Not decided yet | Achieved | Continuing ..."), on one line while
 * they fit and wrapped onto more lines when the window is narrow or the text large: each line is
 * then joined pills of its own, and no choice is ever cut to "Contin...".
 */
public final class PillRow extends FlowRow {
    private static final List<String> PILLS = List.of(Styles.LEFT_PILL, Styles.CENTER_PILL, Styles.RIGHT_PILL);

    public PillRow(Node... choices) {
        super(0, 4, choices);
    }

    @Override
    protected void layoutChildren() {
        super.layoutChildren();
        // The rounded ends follow the lines as laid out: first and last of each line.
        List<Node> line = new ArrayList<>();
        double lineY = Double.NaN;
        for (Node child : getManagedChildren()) {
            if (!line.isEmpty() && Math.abs(child.getLayoutY() - lineY) > 0.5) {
                roundEnds(line);
                line.clear();
            }
            lineY = child.getLayoutY();
            line.add(child);
        }
        roundEnds(line);
    }

    private static void roundEnds(List<Node> line) {
        for (int i = 0; i < line.size(); i++) {
            String wanted = line.size() == 1 ? null
                    : i == 0 ? Styles.LEFT_PILL : i == line.size() - 1 ? Styles.RIGHT_PILL : Styles.CENTER_PILL;
            var classes = line.get(i).getStyleClass();
            if (wanted == null ? classes.stream().anyMatch(PILLS::contains) : !classes.contains(wanted)) {
                classes.removeAll(PILLS);
                if (wanted != null) {
                    classes.add(wanted);
                }
            }
        }
    }
}
