package app.homeplan.review.ui;

import app.homeplan.i18n.Messages;
import app.homeplan.plan.PracticeWeek;
import app.homeplan.scores.ScoreText;
import app.homeplan.ui.Accessibility;
import app.homeplan.ui.BidiLines;
import atlantafx.base.theme.Styles;
import java.util.ArrayList;
import java.util.List;
import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TextFormatter;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * Entering the returned fridge tracker pages by keyboard: one row per goal in a routine, as printed,
 * one column per week, the days ticked (0-7) in each cell. Typing a digit fills the cell and moves on
 * to the next week (then the next row); the arrow keys move between cells; Backspace clears.
 */
final class PracticeGrid extends VBox {
    private final ReviewViewModel model;
    private final GridPane grid = new GridPane();
    /** The cells by row, then week, for moving with the keys. */
    private final List<List<TextField>> cells = new ArrayList<>();
    /** Listeners on the model's cells, removed when the grid is rebuilt. */
    private final List<Runnable> unbind = new ArrayList<>();
    private final List<Line> lines = new ArrayList<>();
    private final List<Label> heads = new ArrayList<>();
    private Label what;
    /** The section title: its font follows the text size (Ctrl+, Ctrl-). */
    private final Label fontSizeWatch;
    private Button more;
    /** Whether the lines are placed narrow (goal above its weeks); null before the first placing. */
    private Boolean placed;

    PracticeGrid(ReviewViewModel model) {
        this.model = model;
        setSpacing(8);
        setId("practiceGrid");
        getStyleClass().add("practice-grid");
        Label title = new Label(Messages.get("review.practice.title"));
        title.getStyleClass().add("section-title");
        Label hint = new Label(Messages.get("review.practice.hint"));
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);
        fontSizeWatch = hint;
        getChildren().addAll(title, hint);
        if (model.practiceRows().isEmpty()) {
            Label none = new Label(Messages.get("review.practice.none"));
            none.getStyleClass().add("muted");
            getChildren().add(none);
            return;
        }
        grid.setHgap(6);
        grid.setVgap(4);
        getChildren().add(grid);
        model.practiceWeeksProperty().addListener((o, was, now) -> build());
        build();
        // The text size changed: the weeks need more or less room. Placed at the next layout, as the
        // font changes while styles are applied, when the children must not change.
        fontSizeWatch.fontProperty().addListener(o -> {
            placed = null;
            requestLayout();
        });
    }

    @Override
    protected void layoutChildren() {
        place(); // the width (window) or the text size changed
        super.layoutChildren();
    }

    private void build() {
        grid.getChildren().clear();
        cells.clear();
        lines.clear();
        unbind.forEach(Runnable::run);
        unbind.clear();
        int weeks = model.practiceWeeksProperty().get();
        what = new Label(Messages.get("review.practice.what"));
        what.getStyleClass().add("table-head");
        what.setWrapText(true); // large text: "Goal, in each routine" on two lines rather than cut short
        heads.clear();
        for (int w = 1; w <= weeks; w++) {
            Label head = new Label(Messages.get("review.practice.week", w));
            head.getStyleClass().add("table-head");
            head.setMinWidth(Region.USE_PREF_SIZE); // the week's column is as wide as its heading, never "W..."
            heads.add(head);
        }
        more = null;
        if (weeks < PracticeWeek.MAX_WEEKS) {
            more = new Button(Messages.get("review.practice.addWeek"));
            more.setId("practiceAddWeek");
            more.getStyleClass().addAll(Styles.SMALL, Styles.FLAT);
            more.setMinWidth(Region.USE_PREF_SIZE);
            more.setOnAction(e -> model.addPracticeWeek());
        }
        String lastRoutine = null;
        for (PracticeRowViewModel row : model.practiceRows()) {
            if (!row.routine().id().equals(lastRoutine)) {
                Label routine = new Label(ScoreText.routineName(row.routine()));
                routine.getStyleClass().add("practice-routine");
                routine.setWrapText(true); // a long routine name wraps over the week columns, never cut short
                lines.add(new Line(routine, List.of()));
                lastRoutine = row.routine().id();
            }
            Label goal = BidiLines.install(new Label(BidiLines.leftToRight(
                    Messages.get("review.practice.goal", row.rank(), BidiLines.inSentence(row.goal().headline())))));
            goal.setWrapText(true);
            goal.setMaxWidth(360);
            List<TextField> rowCells = new ArrayList<>();
            List<javafx.scene.Node> boxes = new ArrayList<>();
            for (int w = 1; w <= weeks; w++) {
                TextField cell = cell(row.week(w), cells.size(), w - 1);
                cell.setId("practice_" + row.rank() + "_" + row.routine().id() + "_" + w);
                rowCells.add(cell);
                // A field is announced by a label: an unseen one names its routine, goal and week.
                boxes.add(new javafx.scene.layout.StackPane(cell, Accessibility.hiddenLabel(Messages.get(
                        "review.practice.cell", ScoreText.routineName(row.routine()), row.rank(), w), cell)));
            }
            cells.add(rowCells);
            lines.add(new Line(goal, boxes));
        }
        placed = null;
        place();
    }

    /** A routine's name (no cells) or a goal in it with its week cells. */
    private record Line(Label words, List<javafx.scene.Node> cells) {
    }

    /**
     * Wide: the goal beside its weeks, as printed. Narrow (small window, large text): each goal on a
     * line of its own with its weeks under it, so the goal's words keep room to wrap between words.
     */
    private void place() {
        if (what == null) {
            return;
        }
        double em = fontSizeWatch.getFont().getSize();
        double weeksWidth = heads.stream().mapToDouble(h -> h.prefWidth(-1)).sum()
                + (more == null ? 0 : more.prefWidth(-1)) + grid.getHgap() * (heads.size() + 1);
        boolean narrow = getWidth() > 0 && getWidth() - getInsets().getLeft() - getInsets().getRight() < 16 * em + weeksWidth;
        if (placed != null && placed == narrow) {
            return;
        }
        placed = narrow;
        grid.getChildren().clear();
        int weeks = heads.size();
        int first = narrow ? 0 : 1; // the column of week 1
        int all = weeks + first + (more == null || narrow ? 0 : 1);
        int r = 0;
        if (narrow) {
            grid.add(what, 0, r++, all, 1);
        } else {
            grid.add(what, 0, r);
        }
        for (int w = 0; w < weeks; w++) {
            grid.add(heads.get(w), first + w, r);
        }
        if (more != null && !narrow) {
            grid.add(more, first + weeks, r);
        }
        r++;
        for (Line line : lines) {
            if (line.cells().isEmpty()) {
                grid.add(line.words(), 0, r++, all, 1);
                continue;
            }
            if (narrow) {
                grid.add(line.words(), 0, r++, all, 1);
            } else {
                grid.add(line.words(), 0, r);
            }
            for (int w = 0; w < line.cells().size(); w++) {
                grid.add(line.cells().get(w), first + w, r);
            }
            r++;
        }
        if (more != null && narrow) {
            grid.add(more, 0, r, all, 1); // under the weeks: beside them it would need more than the room
        }
    }

    private TextField cell(ObjectProperty<Integer> days, int row, int column) {
        TextField field = new TextField(days.get() == null ? "" : days.get().toString());
        field.setPrefColumnCount(2);
        field.setMaxWidth(Region.USE_PREF_SIZE); // two digits wide at any text size
        field.setAlignment(Pos.CENTER);
        field.getStyleClass().add("practice-cell");
        // One digit 0-7, or empty: anything else typed is refused as it is typed.
        field.setTextFormatter(new TextFormatter<String>(change -> {
            String next = change.getControlNewText();
            if (next.isEmpty()) {
                return change;
            }
            if (next.length() > 1 && change.getText().length() == 1 && change.getText().matches("[0-7]")) {
                change.setRange(0, change.getControlText().length()); // typing over the cell replaces it
                return change;
            }
            return next.matches("[0-7]") ? change : null;
        }));
        field.textProperty().addListener((o, was, now) -> {
            Integer value = now.isEmpty() ? null : Integer.valueOf(now);
            if (!java.util.Objects.equals(value, days.get())) {
                days.set(value);
                if (value != null && field.isFocused()) {
                    // At once, not later: the next digit typed (however fast) goes to the next week.
                    move(row, column, 0, 1);
                }
            }
        });
        javafx.beans.value.ChangeListener<Integer> fromModel = (o, was, now) -> {
            String text = now == null ? "" : now.toString();
            if (!text.equals(field.getText())) {
                field.setText(text);
            }
        };
        days.addListener(fromModel);
        unbind.add(() -> days.removeListener(fromModel));
        field.focusedProperty().addListener((o, was, now) -> {
            if (now) {
                Platform.runLater(field::selectAll);
            }
        });
        field.setOnKeyPressed(e -> {
            KeyCode code = e.getCode();
            if (code == KeyCode.RIGHT) {
                move(row, column, 0, 1);
            } else if (code == KeyCode.LEFT) {
                move(row, column, 0, -1);
            } else if (code == KeyCode.DOWN || code == KeyCode.ENTER) {
                move(row, column, 1, 0);
            } else if (code == KeyCode.UP) {
                move(row, column, -1, 0);
            } else {
                return;
            }
            e.consume();
        });
        return field;
    }

    /** Focus the cell that many rows and columns away; past a row's end, the next row's first week. */
    private void move(int row, int column, int rows, int columns) {
        int r = row + rows;
        int c = column + columns;
        int width = cells.isEmpty() ? 0 : cells.get(0).size();
        if (c >= width) {
            c = 0;
            r++;
        } else if (c < 0) {
            c = width - 1;
            r--;
        }
        if (r >= 0 && r < cells.size()) {
            cells.get(r).get(c).requestFocus();
        }
    }
}
