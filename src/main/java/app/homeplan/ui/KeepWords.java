package app.homeplan.ui;

import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;

/** Buttons in a row (also those other features add later) are never cut to "A...": the row wraps or moves instead. */
public final class KeepWords {
    private KeepWords() {
    }

    public static void in(Pane row) {
        row.getChildren().forEach(KeepWords::keep);
        row.getChildren().addListener((ListChangeListener<Node>) c -> {
            while (c.next()) {
                c.getAddedSubList().forEach(KeepWords::keep);
            }
        });
    }

    private static void keep(Node node) {
        if (node instanceof Labeled labeled) {
            labeled.setMinWidth(Region.USE_PREF_SIZE);
        }
    }
}
