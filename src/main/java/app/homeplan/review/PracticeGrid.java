package app.homeplan.review;

import app.homeplan.i18n.Messages;
import app.homeplan.plan.PracticeWeek;
import app.homeplan.ui.Accessibility;
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

    PracticeGrid(ReviewViewModel model) {
        this.model = model;
        setSpacing(8);
        setId("practiceGrid");
        getStyleClass().add("practice-grid");
        Label title = new Label(Messages.get("review.practice.title"));
        title.getStyleClass().add("section-title");
        Label hint = new Label(Messages.get("review.practice.hint"));
        hint.getStyleClass().addAll("muted", "field-hint");
        hint.setWrapText(true);
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
    }

    private void build() {
        grid.getChildren().clear();
        cells.clear();
        unbind.forEach(Runnable::run);
        unbind.clear();
        int weeks = model.practiceWeeksProperty().get();
        Label what = new Label(Messages.get("review.practice.what"));
        what.getStyleClass().add("table-head");
        grid.add(what, 0, 0);
        for (int w = 1; w <= weeks; w++) {
            Label head = new Label(Messages.get("review.practice.week", w));
            head.getStyleClass().add("table-head");
            grid.add(head, w, 0);
        }
        if (weeks < PracticeWeek.MAX_WEEKS) {
            Button more = new Button(Messages.get("review.practice.addWeek"));
            more.setId("practiceAddWeek");
            more.getStyleClass().addAll(Styles.SMALL, Styles.FLAT);
            more.setOnAction(e -> model.addPracticeWeek());
            grid.add(more, weeks + 1, 0);
        }
        int r = 1;
        String lastRoutine = null;
        for (PracticeRowModel row : model.practiceRows()) {
            if (!row.routine().id().equals(lastRoutine)) {
                Label routine = new Label(ScoreText.routineName(row.routine()));
                routine.getStyleClass().add("practice-routine");
                grid.add(routine, 0, r++, weeks + 1, 1);
                lastRoutine = row.routine().id();
            }
            Label goal = new Label(Messages.get("review.practice.goal", row.rank(), row.goal().headline()));
            goal.setWrapText(true);
            goal.setMaxWidth(360);
            grid.add(goal, 0, r);
            List<TextField> rowCells = new ArrayList<>();
            for (int w = 1; w <= weeks; w++) {
                TextField cell = cell(row.week(w), cells.size(), w - 1);
                cell.setId("practice_" + row.rank() + "_" + row.routine().id() + "_" + w);
                rowCells.add(cell);
                // A field is announced by a label: an unseen one names its routine, goal and week.
                grid.add(new javafx.scene.layout.StackPane(cell, Accessibility.hiddenLabel(Messages.get(
                        "review.practice.cell", ScoreText.routineName(row.routine()), row.rank(), w), cell)), w, r);
            }
            cells.add(rowCells);
            r++;
        }
    }

    private TextField cell(ObjectProperty<Integer> days, int row, int column) {
        TextField field = new TextField(days.get() == null ? "" : days.get().toString());
        field.setPrefColumnCount(2);
        field.setMaxWidth(48);
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
