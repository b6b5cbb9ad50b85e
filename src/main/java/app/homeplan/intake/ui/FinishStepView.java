package app.homeplan.intake.ui;

import app.homeplan.ui.BidiLines;
import static app.homeplan.ui.Forms.text;

import app.homeplan.ui.DateField;
import app.homeplan.ui.Forms;
import app.homeplan.intake.ui.FinishStepViewModel.Cell;
import app.homeplan.intake.ui.FinishStepViewModel.OpenPoint;
import app.homeplan.library.RoutineLibrary;
import app.homeplan.plan.Caregiver;
import app.homeplan.plan.Clinician;
import app.homeplan.plan.Family;
import app.homeplan.plan.Goal;
import app.homeplan.plan.PlanStatus;
import app.homeplan.plan.Routine;
import app.homeplan.plan.Strategy;
import app.homeplan.ui.ReadOnlyMode;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import app.homeplan.ui.Accessibility;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import app.homeplan.intake.GoalWording;
import app.homeplan.intake.IntakeStep;

/**
 * Step 6: the whole plan at a glance (family, goals, and the goals x routines matrix with the
 * strategies in its cells), what is still open, the review date and the plan's status.
 */
final class FinishStepView extends StepPane {
    private final FinishStepViewModel model;
    private final VBox open = new VBox(6);
    private final Consumer<IntakeStep> goTo;
    private final HBox printActions = new HBox(10);
    private final ToggleButton draft;

    FinishStepView(FinishStepViewModel model, Consumer<IntakeStep> goTo) {
        super(IntakeStep.REVIEW, text("intake.review.lead"));
        this.model = model;
        this.goTo = goTo;
        Family f = model.family();

        draft = statusToggle(PlanStatus.DRAFT, "intake.review.status.draft");
        ToggleButton active = statusToggle(PlanStatus.ACTIVE, "intake.review.status.active");
        org.controlsfx.control.SegmentedButton statusRow = new org.controlsfx.control.SegmentedButton(draft, active);
        Accessibility.group(statusRow, text("intake.review.status"));
        if (f.status() == PlanStatus.CLOSED) {
            statusRow.getButtons().add(statusToggle(PlanStatus.CLOSED, "intake.review.status.closed"));
        }
        statusRow.setId("planStatus");
        PlanStatusKeys.install(statusRow, model.statusProperty());
        Label statusHint = Forms.hint(text("intake.review.status.hint"));

        DateField review = new DateField(model.reviewDateProperty());
        review.picker().setId("reviewDate");
        javafx.scene.layout.FlowPane reviewRow = new javafx.scene.layout.FlowPane(8, 8, review);
        for (int months : FinishStepViewModel.REVIEW_MONTHS) {
            Button in = Forms.button(text("intake.review.in", months), null);
            in.setId("reviewIn" + months);
            in.setOnAction(e -> model.reviewIn(months));
            reviewRow.getChildren().add(in);
        }
        // The printed home plan (PDF) comes from the print feature: its Export button goes here.
        printActions.setId("printActions");
        ReadOnlyMode.allow(printActions); // printing works on a read-only data file
        printActions.setAlignment(Pos.CENTER_LEFT);

        VBox statusField = Forms.field(text("intake.review.status"), statusRow);
        statusField.getChildren().add(statusHint);
        statusField.setStyle("-fx-min-width: 14em; -fx-pref-width: 24em; -fx-max-width: 28em;");
        VBox dateField = Forms.field(text("intake.review.date"), text("intake.review.date.hint"), reviewRow);
        dateField.setStyle("-fx-min-width: 16em;");
        app.homeplan.ui.SideBySide planGrid = new app.homeplan.ui.SideBySide(32, statusField, dateField);
        VBox planCard = Forms.card(text("intake.review.plan"), planGrid, printActions);
        planCard.setId("planCard");

        model.openPoints().addListener((ListChangeListener<OpenPoint>) c -> layoutOpen());
        layoutOpen();

        add(planCard, open);
        addBelow(this::matrixCard, () -> goalsCard(f), () -> familyCard(f));
    }

    /**
     * The row where actions on the finished plan go. The print feature adds "Export PDF" here; until
     * then it stays empty (and takes no space) rather than showing a button that does nothing.
     */
    HBox printActions() {
        return printActions;
    }

    @Override
    void focusFirst() {
        ((ToggleButton) (draft.getToggleGroup().getSelectedToggle() == null ? draft
                : draft.getToggleGroup().getSelectedToggle())).requestFocus();
    }

    private ToggleButton statusToggle(PlanStatus status, String key) {
        ToggleButton b = new ToggleButton(text(key));
        app.homeplan.ui.Shortcuts.keep(b);
        b.setUserData(status);
        b.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        b.setId("status-" + status.name().toLowerCase(java.util.Locale.ROOT));
        b.setSelected(model.statusProperty().get() == status);
        return b;
    }

    private void layoutOpen() {
        open.getChildren().clear();
        open.getStyleClass().setAll("intake-card", model.openPoints().isEmpty() ? "all-done" : "still-open");
        open.setId("openPoints");
        if (model.openPoints().isEmpty()) {
            Label done = new Label(text("intake.review.open.none"), new FontIcon("mdal-check_circle"));
            done.getStyleClass().add("quality-good");
            done.setWrapText(true);
            open.getChildren().add(done);
            return;
        }
        Label title = new Label(text("intake.review.open.title"));
        title.getStyleClass().add("card-title");
        open.getChildren().addAll(title, Forms.hint(text("intake.review.open.hint")));
        for (OpenPoint point : model.openPoints()) {
            Label text = new Label(point.text(), new FontIcon("mdal-info"));
            text.setWrapText(true);
            text.getStyleClass().add("quality-issue");
            HBox.setHgrow(text, Priority.ALWAYS);
            text.setMaxWidth(Double.MAX_VALUE);
            Hyperlink go = new Hyperlink(text("intake.review.open.go", point.step().number(), point.step().title()));
            go.setOnAction(e -> goTo.accept(point.step()));
            ReadOnlyMode.allow(go);
            go.setMinWidth(Region.USE_PREF_SIZE);
            open.getChildren().add(Forms.row(12, text, go));
        }
    }

    private VBox familyCard(Family f) {
        GridPane grid = new GridPane();
        grid.setHgap(16);
        grid.setVgap(6);
        int r = 0;
        String age = model.age();
        String child = f.child().name().strip() + (f.child().preferredName().isBlank() ? ""
                : " (" + f.child().preferredName().strip() + ")")
                + (age.isEmpty() ? "" : " \u00b7 " + age);
        r = fact(grid, r, "intake.review.child", child);
        r = fact(grid, r, "intake.review.caregivers", f.caregivers().stream().map(FinishStepView::caregiver)
                .filter(s -> !s.isBlank()).collect(Collectors.joining("; ")));
        r = fact(grid, r, "intake.review.clinicians", f.clinicians().stream().map(FinishStepView::clinician)
                .filter(s -> !s.isBlank()).collect(Collectors.joining("; ")));
        r = fact(grid, r, "intake.review.meeting", f.meetingDate() == null ? ""
                : DateField.medium(app.homeplan.i18n.Messages.locale()).format(f.meetingDate()));
        fact(grid, r, "intake.review.interests", f.about().interests().strip());
        grid.getColumnConstraints().setAll(new ColumnConstraints(), grow());
        return Forms.card(text("intake.review.family"), grid);
    }

    private static String caregiver(Caregiver c) {
        String name = c.name().strip();
        if (name.isEmpty()) {
            return "";
        }
        String details = java.util.stream.Stream.of(c.relationship().strip(), c.preferredLanguage().strip(),
                        c.interpreterNeeded() ? text("intake.review.interpreter") : "")
                .filter(s -> !s.isEmpty()).collect(Collectors.joining(", "));
        return details.isEmpty() ? name : name + " (" + details + ")";
    }

    private static String clinician(Clinician c) {
        String name = c.name().strip();
        return name.isEmpty() ? "" : c.discipline().isBlank() ? name : name + " (" + c.discipline().strip() + ")";
    }

    private static int fact(GridPane grid, int row, String key, String value) {
        Label label = new Label(text(key));
        label.getStyleClass().add("fact-label");
        label.setMinWidth(Region.USE_PREF_SIZE);
        Label v = new Label(value.isBlank() ? text("intake.review.notYet") : value);
        v.setWrapText(true);
        if (value.isBlank()) {
            v.getStyleClass().add("muted");
        }
        grid.addRow(row, label, v);
        return row + 1;
    }

    private VBox goalsCard(Family f) {
        VBox goals = new VBox(10);
        if (f.goals().isEmpty()) {
            goals.getChildren().add(Forms.hint(text("intake.review.noGoals")));
        }
        int rank = 1;
        for (Goal g : f.goals()) {
            Label number = new Label(String.valueOf(rank++));
            number.getStyleClass().add("rank-badge");
            Label words = BidiLines.install(new Label(g.headline().strip()));
            words.getStyleClass().add("review-goal");
            words.setWrapText(true);
            VBox text = new VBox(2, words);
            if (!g.outcome().isBlank() && !g.outcome().equals(g.headline())) {
                text.getChildren().add(detail(g.outcome().strip()));
            }
            if (!g.criterion().isBlank()) {
                text.getChildren().add(detail(text("intake.review.criterion", BidiLines.inSentence(g.criterion().strip()))));
            }
            if (g.targetDate() != null) {
                text.getChildren().add(detail(text("intake.review.target",
                        DateField.medium(app.homeplan.i18n.Messages.locale()).format(g.targetDate()))));
            }
            HBox.setHgrow(text, Priority.ALWAYS);
            HBox line = new HBox(12, number, text);
            line.setAlignment(Pos.TOP_LEFT);
            goals.getChildren().add(line);
        }
        return Forms.card(text("intake.review.goals"), goals);
    }

    private static Label detail(String s) {
        Label l = BidiLines.install(new Label(s));
        l.setWrapText(true);
        l.getStyleClass().add("review-detail");
        return l;
    }

    /** Routines down, goals across, strategies in the cells (PRODUCT.md). */
    private VBox matrixCard() {
        List<Goal> goals = model.matrixGoals();
        List<Routine> routines = model.matrixRoutines();
        GridPane matrix = new GridPane();
        matrix.setId("planMatrix");
        matrix.getStyleClass().add("plan-matrix");
        if (goals.isEmpty() || routines.isEmpty()) {
            return Forms.card(text("intake.review.matrix"), Forms.hint(text("intake.review.matrix.empty")));
        }
        // Column widths are in the style sheet (em), so they follow the text size.
        matrix.getColumnConstraints().add(new ColumnConstraints());
        Label corner = new Label(text("intake.review.matrix.corner"));
        corner.getStyleClass().addAll("matrix-head", "matrix-corner");
        corner.setMaxWidth(Double.MAX_VALUE);
        corner.setMaxHeight(Double.MAX_VALUE);
        matrix.add(corner, 0, 0);
        for (int c = 0; c < goals.size(); c++) {
            ColumnConstraints col = new ColumnConstraints();
            col.setHgrow(Priority.ALWAYS);
            matrix.getColumnConstraints().add(col);
            // "1. <the goal>": the number stays before a right-to-left goal, which keeps its numbers in place.
            Label head = BidiLines.install(new Label(BidiLines.leftToRight(
                    text("intake.review.matrix.goal", c + 1, BidiLines.inSentence(goals.get(c).headline().strip())))));
            head.getStyleClass().add("matrix-head");
            head.setWrapText(true);
            head.setMaxWidth(Double.MAX_VALUE);
            head.setMaxHeight(Double.MAX_VALUE);
            head.setAlignment(Pos.TOP_LEFT);
            matrix.add(head, c + 1, 0);
        }
        for (int r = 0; r < routines.size(); r++) {
            Routine routine = routines.get(r);
            Label name = new Label(routine.name().strip(), new FontIcon(RoutineLibrary.iconFor(routine.libraryKey())));
            name.getStyleClass().add("matrix-routine");
            name.setWrapText(true);
            VBox rowHead = new VBox(2, name);
            if (!routine.usualTime().isBlank()) {
                Label time = new Label(routine.usualTime().strip());
                time.getStyleClass().add("muted");
                time.setWrapText(true);
                rowHead.getChildren().add(time);
            }
            rowHead.getStyleClass().add("matrix-row-head");
            rowHead.setMaxHeight(Double.MAX_VALUE);
            matrix.add(rowHead, 0, r + 1);
            for (int c = 0; c < goals.size(); c++) {
                matrix.add(cell(model.cell(goals.get(c), routine)), c + 1, r + 1);
            }
        }
        VBox card = Forms.card(text("intake.review.matrix"), Forms.hint(text("intake.review.matrix.hint")),
                MatrixScroll.keepingHeaders(matrix));
        List<Routine> without = model.routinesWithoutGoals();
        if (!without.isEmpty()) {
            card.getChildren().add(Forms.hint(text("intake.review.matrix.without",
                    GoalWording.list(without.stream().map(r -> r.name().strip()).toList()))));
        }
        return card;
    }

    private static VBox cell(Cell cell) {
        VBox box = new VBox(6);
        box.getStyleClass().add("matrix-cell");
        box.setMaxHeight(Double.MAX_VALUE);
        box.setMaxWidth(Double.MAX_VALUE);
        if (!cell.practised()) {
            box.getStyleClass().add("not-practised");
            return box;
        }
        if (cell.strategies().isEmpty()) {
            Label none = new Label(text("intake.review.matrix.noStrategy"));
            none.getStyleClass().add("matrix-missing");
            none.setWrapText(true);
            box.getChildren().add(none);
            return box;
        }
        for (Strategy s : cell.strategies()) {
            Label what = BidiLines.install(new Label(s.what().strip()));
            what.setWrapText(true);
            what.getStyleClass().add("matrix-what");
            box.getChildren().add(what);
            String whoWhen = List.of(s.who().strip(), s.howOften().strip()).stream().filter(x -> !x.isEmpty())
                    .collect(Collectors.joining(" \u00b7 "));
            if (!whoWhen.isEmpty()) {
                Label meta = new Label(whoWhen);
                meta.setWrapText(true);
                meta.getStyleClass().add("matrix-meta");
                box.getChildren().add(meta);
            }
        }
        return box;
    }

    private static ColumnConstraints grow() {
        ColumnConstraints c = new ColumnConstraints();
        c.setHgrow(Priority.ALWAYS);
        return c;
    }
}
