package app.homeplan.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.HPos;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;

/**
 * People or things entered one per row (caregivers, clinicians, supports): a table with column
 * headings while every column has room for its heading's words and a usable field, else a card per
 * row with each field's heading above it. A narrow window or large text never breaks a heading in
 * the middle of a word or pushes the fields past the right edge.
 */
public final class TableOrCards extends VBox {
    /** The narrowest a typed field may get in a column, in em. */
    private static final double FIELD_EM = 7;
    private final List<Column> columns;
    private final List<Node[]> rows = new ArrayList<>();
    private final List<Label> headers = new ArrayList<>();
    private final double hgap;
    /** Unseen, always in the scene: its font is the headings' font at the current text size. */
    private final Label ruler = new Label();
    /** Whether shown as cards; null before the first arrangement or after the rows changed. */
    private Boolean cards;

    /**
     * A column: its heading (null for a small button such as Remove), its share of the table's width
     * in percent (0: as wide as its content), and whether its cell is a box to tick (centred; in a
     * card, its heading goes beside it).
     */
    public record Column(String heading, double percent, boolean tick) {
    }

    public TableOrCards(double hgap, Column... columns) {
        this.hgap = hgap;
        this.columns = List.of(columns);
        getStyleClass().add("table-or-cards");
        setSpacing(8);
        for (Column column : columns) {
            Label header = column.heading() == null ? null : new Label(column.heading());
            if (header != null) {
                header.getStyleClass().add("column-header");
                header.setWrapText(true);
            }
            headers.add(header);
        }
        ruler.getStyleClass().add("column-header");
        ruler.setVisible(false);
        ruler.setManaged(false);
        getChildren().add(ruler);
        // The text size changed: the headings need more or less room. Arranged at the next layout, as
        // the font changes while styles are applied, when the children must not change.
        ruler.fontProperty().addListener(o -> {
            cards = null;
            requestLayout();
        });
    }

    /** Shows these rows, each with one cell per column (a cell may be a row of nodes). */
    public void setRows(List<Node[]> newRows) {
        rows.clear();
        rows.addAll(newRows);
        cards = null;
        arrange();
        requestLayout();
    }

    /** So narrow that the table gives way to cards, never wider than the window. */
    @Override
    protected double computeMinWidth(double height) {
        double widest = 0;
        for (Label header : headers) {
            widest = Math.max(widest, header == null ? 0 : longestWord(header.getText()));
        }
        return getInsets().getLeft() + getInsets().getRight() + Math.max(widest, em() * FIELD_EM) + 40;
    }

    @Override
    protected void layoutChildren() {
        arrange(); // the width (window) or the text size changed
        super.layoutChildren();
    }

    private void arrange() {
        boolean narrow = getWidth() > 0 && !tableFits(getWidth() - getInsets().getLeft() - getInsets().getRight());
        if (cards != null && cards == narrow) {
            return;
        }
        cards = narrow;
        getChildren().setAll(ruler);
        for (Label header : headers) {
            if (header != null && header.getParent() instanceof javafx.scene.layout.Pane parent) {
                parent.getChildren().remove(header);
            }
        }
        if (rows.isEmpty()) {
            return;
        }
        if (narrow) {
            rows.forEach(row -> getChildren().add(card(row)));
        } else {
            getChildren().add(table());
        }
    }

    /** Every column at its share keeps room for its heading's longest word and, if typed in, a usable field. */
    private boolean tableFits(double width) {
        double fixed = 0;
        double percents = 0;
        for (int i = 0; i < columns.size(); i++) {
            Column column = columns.get(i);
            if (column.percent() == 0) {
                fixed += fixedWidth(i);
            } else {
                percents += column.percent();
            }
        }
        double shared = width - fixed - hgap * (columns.size() - 1);
        for (int i = 0; i < columns.size(); i++) {
            Column column = columns.get(i);
            if (column.percent() > 0) {
                double need = Math.max(headers.get(i) == null ? 0 : longestWord(headers.get(i).getText()), em() * FIELD_EM);
                if (shared * column.percent() / percents < need) {
                    return false;
                }
            }
        }
        return true;
    }

    /** A column as wide as its content: its widest cell, and no narrower than its heading's longest word. */
    private double fixedWidth(int column) {
        double width = headers.get(column) == null ? 0 : longestWord(headers.get(column).getText()) + 2;
        for (Node[] row : rows) {
            width = Math.max(width, row[column].prefWidth(-1));
        }
        return width;
    }

    private GridPane table() {
        GridPane grid = new GridPane();
        grid.setHgap(hgap);
        grid.setVgap(8);
        grid.getStyleClass().add("row-grid");
        for (int i = 0; i < columns.size(); i++) {
            Column column = columns.get(i);
            ColumnConstraints c = new ColumnConstraints();
            if (column.percent() > 0) {
                c.setPercentWidth(column.percent());
                c.setHgrow(Priority.ALWAYS);
                c.setFillWidth(true);
            } else {
                c.setHgrow(Priority.NEVER);
                c.setMinWidth(fixedWidth(i)); // a ticked column's heading keeps its words whole
            }
            grid.getColumnConstraints().add(c);
            if (headers.get(i) != null) {
                grid.add(headers.get(i), i, 0);
            }
        }
        int r = 1;
        for (Node[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                untick(row[i]);
                grid.add(row[i], i, r);
                GridPane.setHalignment(row[i], columns.get(i).tick() ? HPos.CENTER : HPos.LEFT);
            }
            r++;
        }
        return grid;
    }

    /** One row as a card: each field under its heading, two to a line while they fit, and the small buttons at the end. */
    private VBox card(Node[] row) {
        double width = getWidth() - getInsets().getLeft() - getInsets().getRight();
        boolean two = width / 2 - hgap >= Math.max(em() * FIELD_EM * 1.5, widestHeading());
        GridPane fields = new GridPane();
        fields.setHgap(hgap);
        fields.setVgap(8);
        int perLine = two ? 2 : 1;
        for (int i = 0; i < perLine; i++) {
            ColumnConstraints c = new ColumnConstraints();
            c.setPercentWidth(100.0 / perLine);
            c.setFillWidth(true);
            fields.getColumnConstraints().add(c);
        }
        HBox buttons = new HBox(8);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        int placed = 0;
        for (int i = 0; i < row.length; i++) {
            Column column = columns.get(i);
            if (column.heading() == null) {
                buttons.getChildren().add(row[i]);
                continue;
            }
            Node field;
            if (column.tick()) {
                tick(row[i], column.heading());
                field = row[i];
            } else {
                Label heading = new Label(column.heading());
                heading.getStyleClass().add("column-header");
                heading.setWrapText(true);
                VBox box = new VBox(4, heading, row[i]);
                box.getStyleClass().add("field");
                field = box;
            }
            fields.add(field, placed % perLine, placed / perLine);
            GridPane.setValignment(field, javafx.geometry.VPos.BOTTOM);
            placed++;
        }
        HBox.setHgrow(fields, Priority.ALWAYS);
        fields.setMinWidth(0);
        VBox card = new VBox(8, fields);
        if (!buttons.getChildren().isEmpty()) {
            card.getChildren().add(buttons);
        }
        card.getStyleClass().add("row-card");
        return card;
    }

    /** A box to tick in a card says what it is beside it; in the table its column heading does. */
    private static void tick(Node cell, String words) {
        if (cell instanceof javafx.scene.control.CheckBox box) {
            box.setText(words);
            box.setWrapText(true);
        }
    }

    private static void untick(Node cell) {
        if (cell instanceof javafx.scene.control.CheckBox box) {
            box.setText(null);
        }
    }

    private double widestHeading() {
        double widest = 0;
        for (Label header : headers) {
            widest = Math.max(widest, header == null ? 0 : longestWord(header.getText()));
        }
        return widest;
    }

    private double em() {
        return ruler.getFont().getSize() / 0.85; // headings are 0.85em (.column-header, homeplan.css)
    }

    private double longestWord(String text) {
        double longest = 0;
        for (String word : text.split("\\s+")) {
            Text measure = new Text(word);
            measure.setFont(ruler.getFont());
            longest = Math.max(longest, Math.ceil(measure.getLayoutBounds().getWidth()));
        }
        return longest + 2;
    }
}
