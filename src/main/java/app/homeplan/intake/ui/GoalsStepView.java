package app.homeplan.intake.ui;

import app.homeplan.ui.BidiLines;
import static app.homeplan.ui.Forms.text;

import app.homeplan.ui.Reorder;
import app.homeplan.ui.DateField;
import app.homeplan.ui.RatingPicker;
import app.homeplan.ui.Forms;
import app.homeplan.intake.ui.GoalsStepViewModel.GoalRow;
import app.homeplan.intake.ui.GoalsStepViewModel.StarredConcern;
import app.homeplan.plan.Routine;
import app.homeplan.ui.Dialogs;
import java.util.List;
import java.util.function.Supplier;
import app.homeplan.ui.Accessibility;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import app.homeplan.intake.GoalQuality;
import app.homeplan.intake.IntakeStep;

/** Step 4: starred concerns become goals; goals are written, checked and ranked by the family. */
final class GoalsStepView extends StepPane {
    private final GoalsStepViewModel model;
    private final Dialogs dialogs;
    private final VBox concerns = new VBox(6);
    private final ListView<GoalRow> list = new ListView<>();
    private final VBox editor = new VBox(14);
    /** Counts the goal cards shown: a part of one that is no longer shown is never added. */
    private int cardsShown;

    GoalsStepView(GoalsStepViewModel model, Dialogs dialogs) {
        super(IntakeStep.GOALS, text("intake.goals.lead", model.childName()));
        this.model = model;
        this.dialogs = dialogs;

        model.starred().addListener((ListChangeListener<StarredConcern>) c -> layoutConcerns());
        layoutConcerns();
        VBox starredCard = Forms.card(text("intake.goals.starred"), Forms.hint(text("intake.goals.starred.hint")), concerns);

        list.setId("goalList");
        list.setItems(model.goals());
        list.getStyleClass().add("order-list");
        list.setPrefHeight(380);
        list.setCellFactory(l -> new GoalCell());
        Accessibility.name(list, text("intake.goals.list.accessible"));
        list.setPlaceholder(Forms.hint(text("intake.goals.empty")));
        Reorder.orderedList(list, model.selectedProperty(), model::moveTo, this::showEditor,
                () -> editor.lookup("#familyWords"), this::remove);
        Button add = Forms.button(text("intake.goals.add"), "mdal-add");
        add.setId("addGoal");
        add.setOnAction(e -> {
            model.addGoal();
            Platform.runLater(() -> editor.lookup("#familyWords").requestFocus());
        });
        Label manyGoals = Forms.problem(model.manyGoalsProperty());
        manyGoals.setId("manyGoals");
        Reorder.Toolbar tools = Reorder.toolbar(model.selectedProperty(), "intake.goals",
                new String[] {"goalUp", "goalDown", "removeGoal"}, this::move, this::remove);
        VBox ranking = Forms.card(text("intake.goals.ranking"), Forms.hint(text("intake.goals.ranking.hint")), list,
                Forms.row(4, add, Forms.spacer(), tools.up(), tools.down(), tools.remove()), manyGoals);
        VBox left = new VBox(20, ranking, starredCard);
        left.setStyle("-fx-min-width: 20em; -fx-pref-width: 28em; -fx-max-width: 32em;");

        editor.getStyleClass().add("intake-card");
        editor.setStyle("-fx-min-width: 24em;");
        add(new app.homeplan.ui.SideBySide(20, left, editor));
        list.getSelectionModel().select(model.selectedProperty().get());
        showEditor(model.selectedProperty().get(), true);
    }

    @Override
    void focusFirst() {
        Node first = concerns.lookup(".make-goal");
        if (model.goals().isEmpty() && first != null) {
            first.requestFocus();
        } else {
            list.requestFocus();
        }
    }

    /** Focuses the first goal with no words (the reason Next said no). */
    void showBlankGoal() {
        model.firstBlank().ifPresent(row -> {
            model.selectedProperty().set(row);
            Platform.runLater(() -> editor.lookup("#familyWords").requestFocus());
        });
    }

    private void move(int delta) {
        GoalRow row = model.selectedProperty().get();
        if (row != null) {
            model.move(row, delta);
        }
    }

    private void remove(GoalRow row) {
        int strategies = model.strategiesOf(row);
        String headline = row.headline().isBlank() ? text("intake.goals.untitled") : row.headline().strip();
        if (dialogs.confirm("intake.goals.remove.title", text("intake.goals.remove.text", headline, strategies),
                "intake.goals.remove.confirm")) {
            model.remove(row);
            list.requestFocus();
        }
    }

    private void layoutConcerns() {
        concerns.getChildren().clear();
        if (model.starred().isEmpty()) {
            concerns.getChildren().add(Forms.hint(text("intake.goals.starred.none")));
            return;
        }
        for (StarredConcern c : model.starred()) {
            FontIcon icon = new FontIcon(c.routineIcon());
            Label routine = new Label(c.routineName(), icon);
            routine.getStyleClass().add("concern-routine");
            routine.setWrapText(true);
            FontIcon star = new FontIcon("mdmz-star");
            star.getStyleClass().add("star");
            Label words = BidiLines.install(new Label(c.text()));
            words.setWrapText(true);
            words.getStyleClass().add("concern-text");
            VBox text = new VBox(4, words);
            text.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(text, Priority.ALWAYS);
            // The routine's name and the action each on their own line: a long name never squeezes the button.
            text.getChildren().add(routine);
            Node action;
            if (c.isGoal()) {
                Label done = new Label(text("intake.goals.isGoal"), new FontIcon("mdal-check_circle"));
                done.getStyleClass().add("is-goal");
                done.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
                action = done;
            } else {
                Button make = Forms.button(text("intake.goals.make"), "mdal-flag");
                make.getStyleClass().addAll("make-goal", "small");
                make.setAccessibleText(text("intake.goals.make.accessible", c.text()));
                make.setOnAction(e -> {
                    model.makeGoal(c);
                    Platform.runLater(() -> editor.lookup("#familyWords").requestFocus()); // their words come first
                });
                action = make;
            }
            text.getChildren().add(action);
            HBox line = new HBox(10, star, text);
            line.setAlignment(Pos.TOP_LEFT);
            line.getStyleClass().add("concern-line");
            concerns.getChildren().add(line);
        }
    }

    private void showEditor(GoalRow row) {
        showEditor(row, false);
    }

    /**
     * The goal's card.
     *
     * @param firstScreen the step is being built: the parts from the target down, under the step's first
     *                    screen, come with the parts below it ({@link #addBelowIn}), unless another goal is
     *                    shown by then
     */
    private void showEditor(GoalRow row, boolean firstScreen) {
        editor.getChildren().clear();
        int card = ++cardsShown;
        if (row == null) {
            editor.getChildren().add(Forms.hint(text("intake.goals.editor.none")));
            return;
        }
        String child = model.childName();
        Label title = new Label();
        title.getStyleClass().add("card-title");
        title.textProperty().bind(Bindings.createStringBinding(
                () -> text("intake.goals.editor.title", model.goals().indexOf(row) + 1), model.goals()));

        TextArea words = Forms.textArea(row.familyWordsProperty(), 2, text("intake.goals.words.prompt"));
        words.setId("familyWords");
        model.concernOf(row).ifPresent(concern -> words.setPromptText(text("intake.goals.words.fromConcern", concern)));
        // The suggestion shows in grey while none is chosen: the plan uses it, and typing replaces it.
        TextField shortName = Forms.textField(row.shortNameProperty(), "");
        shortName.setId("shortName");
        shortName.promptTextProperty().bind(row.suggestedShortNameProperty());
        VBox shortNameField = Forms.field(text("intake.goals.shortName"), text("intake.goals.shortName.hint"), shortName);
        shortNameField.getChildren().add(Forms.problem(row.shortNameNoteProperty()));
        TextArea outcome = Forms.textArea(row.outcomeProperty(), 2, text("intake.goals.outcome.prompt", child));
        outcome.setId("outcome");
        Button template = Forms.button(text("intake.goals.template.use"), "mdal-edit");
        template.setId("useTemplate");
        template.getStyleClass().add("flat");
        template.setOnAction(e -> {
            model.fillOutcome(row);
            outcome.requestFocus();
            outcome.end();
        });
        VBox outcomeField = Forms.field(text("intake.goals.outcome"), text("intake.goals.outcome.hint", child), outcome);
        Button familyTemplate = Forms.button(text("intake.goals.template.useFamily"), "mdal-family_restroom");
        familyTemplate.setId("useFamilyTemplate");
        familyTemplate.getStyleClass().add("flat");
        familyTemplate.setOnAction(e -> {
            model.fillFamilyOutcome(row);
            outcome.requestFocus();
            outcome.end();
        });
        outcomeField.getChildren().add(new app.homeplan.ui.FlowRow(8, 8, template, familyTemplate)); // under each other when narrow

        FlowPane routines = new app.homeplan.ui.WrapRow(14, 8); // a long routine name wraps inside the card
        routines.setId("goalRoutines");
        List<Routine> day = model.routines();
        for (Routine r : day) {
            CheckBox box = new CheckBox(r.name());
            box.setMnemonicParsing(false); // the family's words: an underscore in them is just an underscore
            box.setGraphic(new FontIcon(app.homeplan.library.RoutineLibrary.iconFor(r.libraryKey())));
            box.setSelected(row.routineIds().contains(r.id()));
            box.selectedProperty().addListener((o, was, now) -> model.setRoutine(row, r.id(), now));
            box.setId("goalRoutine-" + r.id());
            routines.getChildren().add(box);
        }
        if (day.isEmpty()) {
            routines.getChildren().add(Forms.hint(text("intake.goals.routines.none")));
        }
        VBox routinesField = Forms.field(text("intake.goals.routines"), text("intake.goals.routines.hint", child), routines);
        if (!day.isEmpty()) {
            ((Label) routinesField.getChildren().get(0)).setLabelFor(routines.getChildren().get(0));
        }
        Accessibility.group(routines, text("intake.goals.routines")); // heard on entering, before each routine's name

        TextArea criterion = Forms.textArea(row.criterionProperty(), 2, text("intake.goals.criterion.prompt", child));
        criterion.setId("criterion");
        DateField target = new DateField(row.targetDateProperty());
        target.picker().setId("targetDate");
        Button three = Forms.button(text("intake.goals.target.months", 3), null);
        three.setOnAction(e -> model.targetIn(row, 3));
        Button six = Forms.button(text("intake.goals.target.months", 6), null);
        six.setId("targetSixMonths");
        six.setOnAction(e -> model.targetIn(row, 6));
        FlowPane targetRow = new FlowPane(8, 8, target, three, six);

        VBox quality = new VBox(6);
        quality.setId("goalQuality");
        quality.getStyleClass().add("quality-box");
        Runnable showQuality = () -> {
            quality.getChildren().clear();
            List<GoalQuality.Issue> issues = row.issuesProperty().get();
            if (issues.isEmpty()) {
                Label good = new Label(text("intake.quality.good"), new FontIcon("mdal-check_circle"));
                good.getStyleClass().add("quality-good");
                good.setWrapText(true);
                quality.getChildren().add(good);
                return;
            }
            Label heading = new Label(text("intake.quality.title"));
            heading.getStyleClass().add("quality-title");
            quality.getChildren().add(heading);
            for (GoalQuality.Issue issue : issues) {
                Label line = new Label(issue.message(), new FontIcon(issue.blocks() ? "mdal-error_outline" : "mdal-info"));
                line.getStyleClass().add(issue.blocks() ? "quality-blocking" : "quality-issue");
                line.setWrapText(true);
                line.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
                quality.getChildren().add(line);
            }
        };
        row.issuesProperty().addListener((o, was, now) -> showQuality.run());
        showQuality.run();

        editor.getChildren().addAll(title,
                Forms.field(text("intake.goals.words"), text("intake.goals.words.hint"), words),
                shortNameField, outcomeField, routinesField,
                Forms.field(text("intake.goals.criterion"), text("intake.goals.criterion.hint"), criterion));
        List<Supplier<Node>> lower = List.of(() -> Forms.field(text("intake.goals.target"), targetRow), () -> quality,
                () -> copm(row), () -> gas(row));
        for (Supplier<Node> part : lower) {
            if (firstScreen) {
                addBelowIn(editor, () -> cardsShown == card ? part.get() : null);
            } else {
                editor.getChildren().add(part.get());
            }
        }
    }

    private TitledPane copm(GoalRow row) {
        // Each question above its numbers: a question beside ten numbers has no room left to wrap in.
        VBox content = new VBox(12, Forms.hint(text("intake.goals.copm.hint")),
                rating(text("intake.goals.copm.importance"), row.importanceProperty(), "copmImportance"),
                rating(text("intake.goals.copm.performance"), row.performanceProperty(), "copmPerformance"),
                rating(text("intake.goals.copm.satisfaction"), row.satisfactionProperty(), "copmSatisfaction"));
        TitledPane pane = new TitledPane(text("intake.goals.copm"), content);
        pane.setId("copmPane");
        opensWithItsShortcut(pane, "copmImportance");
        pane.setExpanded(row.importanceProperty().get() != null || row.performanceProperty().get() != null
                || row.satisfactionProperty().get() != null);
        pane.getStyleClass().add("optional-pane");
        pane.setAnimated(false);
        return pane;
    }

    /**
     * Alt and the pane's underlined letter opens the optional pane (if folded) and puts the keyboard
     * in its first field: one key instead of Tabbing to the title, Space and Tab again. Space on the
     * focused title still folds and unfolds it.
     */
    private static void opensWithItsShortcut(TitledPane pane, String firstField) {
        app.homeplan.ui.Shortcuts.keep(pane);
        Accessibility.name(pane, pane.getText()); // read without the underscore of its letter
        pane.addEventHandler(javafx.event.ActionEvent.ACTION, e -> {
            if (e.getTarget() != pane) {
                return; // a rating's own action, on its way up
            }
            e.consume();
            pane.setExpanded(true);
            Platform.runLater(() -> {
                Node first = pane.getContent().lookup("#" + firstField);
                if (first != null) {
                    first.requestFocus();
                }
            });
        });
    }

    private static VBox rating(String label, javafx.beans.property.ObjectProperty<Integer> value, String id) {
        RatingPicker picker = new RatingPicker(1, 10, value, String::valueOf, label);
        picker.setId(id);
        return Forms.field(label, picker);
    }

    private TitledPane gas(GoalRow row) {
        VBox grid = new VBox(10);
        String[] levels = {"-2", "-1", "0", "+1", "+2"};
        javafx.beans.property.StringProperty[] texts = {row.gasMuchLessProperty(), row.gasSomewhatLessProperty(),
                row.gasExpectedProperty(), row.gasSomewhatMoreProperty(), row.gasMuchMoreProperty()};
        for (int i = 0; i < levels.length; i++) {
            Label level = new Label(levels[i]);
            level.getStyleClass().add("gas-level-number");
            level.setMinWidth(Region.USE_PREF_SIZE);
            Label meaning = new Label(text("review.gas.level." + i));
            meaning.getStyleClass().add("muted");
            meaning.setWrapText(true);
            TextField description = Forms.textField(texts[i], text("intake.goals.gas.prompt"));
            description.setId("gas" + i);
            // The level and its meaning above the field, so the field always has the full width.
            HBox heading = Forms.row(8, level, meaning);
            grid.getChildren().add(new VBox(4, heading, description,
                    Accessibility.hiddenLabel(levels[i] + " " + meaning.getText(), description)));
        }
        RatingPicker baseline = new RatingPicker(-2, 2, row.gasBaselineProperty(),
                n -> n > 0 ? "+" + n : String.valueOf(n), text("intake.goals.gas.baseline"));
        baseline.setId("gasBaseline");
        RatingPicker weight = new RatingPicker(0, 9, row.gasWeightProperty(), String::valueOf,
                text("intake.goals.gas.weight"));
        weight.setId("gasWeight");
        VBox content = new VBox(10, Forms.hint(text("intake.goals.gas.hint")), grid,
                Forms.field(text("intake.goals.gas.baseline"), text("intake.goals.gas.baseline.hint"), baseline),
                Forms.field(text("intake.goals.gas.weight"), text("intake.goals.gas.weight.hint"), weight));
        TitledPane pane = new TitledPane(text("intake.goals.gas"), content);
        pane.setId("gasPane");
        opensWithItsShortcut(pane, "gas0");
        pane.setExpanded(!row.toGoal().gas().isEmpty());
        pane.getStyleClass().add("optional-pane");
        pane.setAnimated(false);
        return pane;
    }

    /**
     * A goal in the ranking: its rank, the family's words and a mark when the check found something.
     * Its nodes are made once and follow the goal shown (cells are reused as the list scrolls and
     * changes): a keystroke in a goal changes one label's text, not the cell.
     */
    private final class GoalCell extends ListCell<GoalRow> {
        private final Label rank = new Label();
        private final Label words = BidiLines.install(new Label());
        private final FontIcon mark = new FontIcon();
        private final HBox box;
        private final javafx.beans.InvalidationListener followIssues = o -> showIssues();
        private GoalRow shown;

        GoalCell() {
            setPrefWidth(0); // as wide as the list, so long goals wrap
            Reorder.cell(this, model::moveTo);
            FontIcon handle = new FontIcon("mdal-drag_indicator");
            handle.getStyleClass().add("drag-handle");
            rank.getStyleClass().add("rank-badge");
            words.setWrapText(true);
            words.setMaxWidth(Double.MAX_VALUE);
            words.getStyleClass().add("goal-words");
            HBox.setHgrow(words, Priority.ALWAYS);
            mark.getStyleClass().add("goal-mark");
            box = new HBox(10, handle, rank, words, mark);
            box.setAlignment(Pos.CENTER_LEFT);
            box.setMaxWidth(Double.MAX_VALUE);
            box.setPrefWidth(1);
        }

        @Override
        protected void updateItem(GoalRow row, boolean empty) {
            super.updateItem(row, empty);
            if (shown != null && shown != row) {
                shown.issuesProperty().removeListener(followIssues);
                words.textProperty().unbind();
            }
            setText(null);
            if (empty || row == null) {
                shown = null;
                setGraphic(null);
                return;
            }
            if (shown != row) {
                shown = row;
                words.textProperty().bind(Bindings.createStringBinding(() -> row.headline().isBlank()
                        ? text("intake.goals.untitled") : row.headline().strip(),
                        row.familyWordsProperty(), row.outcomeProperty()));
                row.issuesProperty().addListener(followIssues);
            }
            rank.setText(String.valueOf(getIndex() + 1));
            showIssues();
            setGraphic(box);
            setAccessibleText(text("intake.goals.cell.accessible", getIndex() + 1, words.getText()));
        }

        private void showIssues() {
            boolean good = shown.issuesProperty().get().isEmpty();
            mark.setIconCode(good ? org.kordamp.ikonli.material2.Material2AL.CHECK_CIRCLE
                    : org.kordamp.ikonli.material2.Material2MZ.WARNING);
            String style = good ? "good" : "attention";
            if (!mark.getStyleClass().contains(style)) { // a style change costs the mark its CSS again
                mark.getStyleClass().removeAll("good", "attention");
                mark.getStyleClass().add(style);
            }
        }
    }
}
