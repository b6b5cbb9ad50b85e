package app.homeplan.intake.ui;

import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;

/**
 * A big goals x routines table (12 goals x 20 routines) scrolls inside its own card, both ways,
 * while its goal row stays on top and its routine column stays on the left: the page around it
 * never scrolls sideways, and every cell can still be read against its goal and routine.
 */
final class MatrixScroll {
    private MatrixScroll() {
    }

    /** The table in a scroll pane (at most about 32 lines high) that keeps row 0 and column 0 in view. */
    static ScrollPane keepingHeaders(GridPane table) {
        ScrollPane scroll = new ScrollPane(table);
        scroll.setId("planMatrixScroll");
        scroll.getStyleClass().addAll("matrix-scroll", "scrolls-both-ways");
        scroll.setFitToWidth(true); // fills the card when it fits; scrolls when its columns need more
        scroll.setStyle("-fx-max-height: 32em;");
        Runnable pin = () -> {
            double x = offset(scroll.getHvalue(), table.getWidth(), scroll.getViewportBounds().getWidth());
            double y = offset(scroll.getVvalue(), table.getHeight(), scroll.getViewportBounds().getHeight());
            for (Node cell : table.getChildren()) {
                Integer row = GridPane.getRowIndex(cell);
                Integer column = GridPane.getColumnIndex(cell);
                boolean header = row == null || row == 0;
                boolean routine = column == null || column == 0;
                cell.setTranslateY(header ? y : 0);
                cell.setTranslateX(routine ? x : 0);
                if (header || routine) {
                    cell.setViewOrder(header && routine ? -2 : -1); // drawn over the cells scrolling under them
                }
            }
        };
        scroll.hvalueProperty().addListener(o -> pin.run());
        scroll.vvalueProperty().addListener(o -> pin.run());
        scroll.viewportBoundsProperty().addListener(o -> pin.run());
        table.layoutBoundsProperty().addListener(o -> pin.run());
        return scroll;
    }

    private static double offset(double value, double content, double viewport) {
        return Math.max(0, content - viewport) * value;
    }
}
