package app.homeplan.review.ui;

import app.homeplan.i18n.Messages;
import app.homeplan.scores.Copm;
import app.homeplan.scores.RatingComparison;
import app.homeplan.scores.ScoreFormat;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;

/**
 * Shows a change since baseline as a badge. A change of 2 points or more (the COPM threshold)
 * stands out: green and "meaningful" when better, red when worse; smaller changes stay grey.
 */
final class ChangePill {
    private ChangePill() {
    }

    /** One goal's change; hidden when the goal was not rated both times. */
    static void show(Label pill, Copm.Change change) {
        if (change == null) {
            hide(pill);
        } else {
            show(pill, ScoreFormat.signed(change.points()), change.meaningfulGain(), change.meaningfulLoss(), false);
        }
    }

    /** The same in a table cell: the arrow and colour only, the legend above the table says what they mean. */
    static void showCompact(Label pill, Copm.Change change) {
        if (change == null) {
            hide(pill);
        } else {
            show(pill, ScoreFormat.signed(change.points()), change.meaningfulGain(), change.meaningfulLoss(), true);
        }
    }

    /** The change of an average; hidden when no goal was rated both times. */
    static void show(Label pill, RatingComparison comparison) {
        if (comparison.change().isEmpty()) {
            hide(pill);
        } else {
            show(pill, ScoreFormat.signed(comparison.change()), comparison.meaningfulGain(), comparison.meaningfulLoss(),
                    false);
        }
    }

    private static void show(Label pill, String points, boolean gain, boolean loss, boolean compact) {
        pill.getStyleClass().removeAll("change-gain", "change-loss", "change-small");
        if (!pill.getStyleClass().contains("pill")) {
            pill.getStyleClass().add("pill");
        }
        String key = gain ? "review.change.meaningfulGain" : loss ? "review.change.meaningfulLoss" : "review.change.small";
        if (compact && (gain || loss)) {
            key = gain ? "review.change.gainShort" : "review.change.lossShort";
        }
        pill.setText(Messages.get(key, points));
        pill.getStyleClass().add(gain ? "change-gain" : loss ? "change-loss" : "change-small");
        pill.setMinWidth(Region.USE_PREF_SIZE);
        pill.setVisible(true);
        pill.setManaged(true);
    }

    private static void hide(Label pill) {
        pill.setText("");
        pill.setVisible(false);
        pill.setManaged(false);
    }
}
