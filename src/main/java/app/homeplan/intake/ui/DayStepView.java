package app.homeplan.intake.ui;

import static app.homeplan.ui.Forms.text;

import app.homeplan.ui.Reorder;
import app.homeplan.ui.RatingPicker;
import app.homeplan.ui.Forms;
import app.homeplan.intake.ui.DayStepViewModel.ConcernRow;
import app.homeplan.intake.ui.DayStepViewModel.RoutineRow;
import app.homeplan.library.LibraryRoutine;
import app.homeplan.ui.Dialogs;
import app.homeplan.ui.Accessibility;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import app.homeplan.intake.IntakeStep;

/** Step 3: the family's routines in the order of their day, and how each one goes. */
final class DayStepView extends StepPane {
    private final DayStepViewModel model;
    private final Dialogs dialogs;
    private final FlowPane chips = new FlowPane(8, 8);
    private final ListView<RoutineRow> list = new ListView<>();
    private final VBox detail = new VBox(14);
    private final TextField newRoutine;
    private final TitledPane library;
    /** Counts the routine cards shown: a part of one that is no longer shown is never added. */
    private int cardsShown;
    private static final int FOLD_LIBRARY_AT = 4;

    DayStepView(DayStepViewModel model, Dialogs dialogs) {
        super(IntakeStep.DAY, text("intake.day.lead"));
        this.model = model;
        this.dialogs = dialogs;

        chips.getStyleClass().add("routine-chips");
        newRoutine = Forms.textField(model.newRoutineNameProperty(), text("intake.day.add.prompt"));
        newRoutine.setId("newRoutine");
        newRoutine.setPrefColumnCount(22);
        newRoutine.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                addTyped();
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                newRoutine.clear();
                e.consume();
            }
        });
        Button addTyped = Forms.button(text("intake.day.add"), "mdal-add");
        addTyped.setId("addTypedRoutine");
        addTyped.setOnAction(e -> addTyped());
        layoutChips();
        Label dayProblem = Forms.problem(model.problemProperty());
        dayProblem.setId("dayProblem");
        HBox typed = Forms.row(8, Forms.label(text("intake.day.add.label"), newRoutine), newRoutine, addTyped);
        VBox libraryContent = new VBox(12, Forms.hint(text("intake.day.library.hint")), chips, typed,
                dayProblem);
        library = new TitledPane(text("intake.day.library"), null);
        library.setId("routineLibrary");
        library.getStyleClass().add("card-pane");
        library.setAnimated(false);
        // Open while the day is being built; folded once it has a few routines, to give the talk room.
        library.setExpanded(model.routines().size() < FOLD_LIBRARY_AT);
        // Folded, its routines are neither seen nor reached with Tab: they join the window when it unfolds.
        if (library.isExpanded()) {
            library.setContent(libraryContent);
        } else {
            library.expandedProperty().addListener(new javafx.beans.value.ChangeListener<>() {
                @Override
                public void changed(javafx.beans.value.ObservableValue<? extends Boolean> o, Boolean was, Boolean now) {
                    if (now) {
                        library.expandedProperty().removeListener(this);
                        library.setContent(libraryContent);
                    }
                }
            });
        }
        add(library);

        list.setId("routineList");
        list.setItems(model.routines());
        list.getStyleClass().add("order-list");
        list.setPrefHeight(420);
        list.setCellFactory(l -> new RoutineCell());
        Accessibility.name(list, text("intake.day.list.accessible"));
        list.setPlaceholder(Forms.hint(text("intake.day.empty")));
        Reorder.orderedList(list, model.selectedProperty(), model::moveTo, this::showDetail,
                () -> detail.lookup("#routineName"), this::remove);
        model.routines().addListener((ListChangeListener<RoutineRow>) c -> layoutChips());

        Reorder.Toolbar tools = Reorder.toolbar(model.selectedProperty(), "intake.day",
                new String[] {"routineUp", "routineDown", "removeRoutine"}, this::moveSelected, this::remove);
        VBox left = Forms.card(text("intake.day.order"), list,
                Forms.row(4, tools.up(), tools.down(), Forms.spacer(), tools.remove()), Forms.hint(text("intake.day.order.hint")));
        left.setStyle("-fx-min-width: 20em; -fx-pref-width: 25em; -fx-max-width: 28em;");

        detail.getStyleClass().add("intake-card");
        detail.setStyle("-fx-min-width: 22em;");
        add(new app.homeplan.ui.SideBySide(20, left, detail));
        list.getSelectionModel().select(model.selectedProperty().get());
        showDetail(model.selectedProperty().get(), true);
    }

    @Override
    void focusFirst() {
        if (model.routines().isEmpty()) {
            library.setExpanded(true);
            chips.getChildren().get(0).requestFocus();
        } else {
            list.requestFocus();
        }
    }

    private void addTyped() {
        // A routine of the family's own needs its time (it finds its place by it); a built-in one has its
        // place, so the keyboard stays here for the next routine.
        model.addTyped().filter(row -> row.libraryKey().isEmpty())
                .ifPresent(row -> Platform.runLater(() -> detail.lookup("#usualTime").requestFocus()));
    }

    private void moveSelected(int delta) {
        RoutineRow row = model.selectedProperty().get();
        if (row != null) {
            model.move(row, delta);
        }
    }

    private void remove(RoutineRow row) {
        DayStepViewModel.Impact impact = model.removalImpact(row);
        String message = impact.isNone() ? text("intake.day.remove.text", row.nameProperty().get())
                : text("intake.day.remove.textWithGoals", row.nameProperty().get(), impact.goals(),
                        impact.strategies());
        if (dialogs.confirm("intake.day.remove.title", message, "intake.day.remove.confirm")) {
            model.remove(row);
            list.requestFocus();
        }
    }

    private void layoutChips() {
        chips.getChildren().clear();
        for (LibraryRoutine routine : model.library()) {
            boolean inDay = model.inDay(routine);
            Button chip = new Button(routine.displayName(), new FontIcon(inDay ? "mdal-check" : routine.icon()));
            chip.getStyleClass().add("routine-chip");
            if (inDay) {
                chip.getStyleClass().add("in-day");
            }
            chip.setId("chip-" + routine.key());
            chip.setOnAction(e -> {
                model.add(routine);
                Platform.runLater(() -> {
                    javafx.scene.Node same = chips.lookup("#chip-" + routine.key());
                    if (same != null) {
                        same.requestFocus();
                    }
                });
            });
            chips.getChildren().add(chip);
        }
    }

    private void showDetail(RoutineRow row) {
        showDetail(row, false);
    }

    /**
     * The routine's card: its name, time and notes, then how it goes and its starred concerns.
     *
     * @param firstScreen the step is being built: the last two, under the step's first screen, come with
     *                    the parts below it ({@link #addBelowIn}), unless another routine is shown by then
     */
    private void showDetail(RoutineRow row, boolean firstScreen) {
        detail.getChildren().clear();
        int card = ++cardsShown;
        if (row == null) {
            Label none = new Label(text("intake.day.detail.none"));
            none.getStyleClass().add("hint");
            none.setWrapText(true);
            detail.getChildren().add(none);
            return;
        }
        FontIcon icon = new FontIcon(row.icon());
        icon.getStyleClass().add("detail-icon");
        Label title = new Label();
        title.getStyleClass().add("card-title");
        title.textProperty().bind(row.nameProperty());
        title.setWrapText(true);
        HBox head = Forms.row(10, icon, title);

        TextField name = Forms.textField(row.nameProperty(), "");
        name.setId("routineName");
        TextField time = Forms.textField(row.usualTimeProperty(), row.suggestedTime().isEmpty()
                ? text("intake.day.time.prompt") : text("intake.day.time.example", row.suggestedTime()));
        time.setId("usualTime");
        time.focusedProperty().addListener((o, was, now) -> { // once the time is entered, not at each key
            if (!now) {
                javafx.scene.Node going = time.getScene() == null ? null : time.getScene().getFocusOwner();
                String goingTo = going == null ? null : going.getId();
                model.placeByTime(row);
                if (goingTo != null) { // the move may lay the routine's card out again: the keyboard stays where it went
                    Platform.runLater(() -> {
                        javafx.scene.Node same = detail.lookup("#" + goingTo);
                        if (same != null && !same.isFocused() && time.getScene() != null
                                && !(time.getScene().getFocusOwner() instanceof javafx.scene.control.TextInputControl)) {
                            same.requestFocus();
                        }
                    });
                }
            }
        });
        time.setPrefColumnCount(10);
        HBox nameAndTime = new HBox(16, Forms.field(text("intake.day.name"), name), Forms.field(text("intake.day.time"), time));
        HBox.setHgrow(nameAndTime.getChildren().get(0), Priority.ALWAYS);

        TextArea notes = Forms.textArea(row.notesProperty(), 5, text("intake.day.notes.prompt"));
        notes.setId("routineNotes");
        VBox notesField = Forms.field(text("intake.day.notes"), notes);
        if (!row.prompt().isEmpty()) {
            Label prompt = new Label(row.prompt(), new FontIcon("mdal-chat_bubble_outline"));
            prompt.getStyleClass().add("routine-prompt");
            prompt.setWrapText(true);
            notesField.getChildren().add(1, prompt);
        }

        RatingPicker satisfaction = new RatingPicker(1, 5, row.satisfactionProperty(), String::valueOf,
                text("intake.day.satisfaction"));
        satisfaction.setId("satisfaction");
        Label low = Forms.hint(text("intake.day.satisfaction.low"));
        Label high = Forms.hint(text("intake.day.satisfaction.high"));
        // Wraps as a whole (hint, numbers, hint) rather than squeezing "1 = not working" to a letter a line.
        low.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        high.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        javafx.scene.layout.FlowPane scale = new javafx.scene.layout.FlowPane(12, 6, low, satisfaction, high);
        scale.setAlignment(Pos.CENTER_LEFT);
        VBox satisfactionField = Forms.field(text("intake.day.satisfaction"), scale);

        VBox concerns = new VBox(6);
        Runnable layoutConcerns = () -> {
            concerns.getChildren().clear();
            for (ConcernRow concern : row.concerns()) {
                FontIcon star = new FontIcon("mdmz-star");
                star.getStyleClass().add("star");
                TextField text = Forms.textField(concern.textProperty(), "");
                HBox.setHgrow(text, Priority.ALWAYS);
                Button remove = Forms.iconButton("mdal-delete_outline", text("intake.day.concern.remove"));
                remove.setOnAction(e -> model.removeConcern(row, concern));
                concerns.getChildren().add(Forms.row(8, star, text, remove,
                        Accessibility.hiddenLabel(text("intake.day.concern"), text)));
            }
        };
        row.concerns().addListener((ListChangeListener<ConcernRow>) c -> layoutConcerns.run());
        layoutConcerns.run();
        TextField newConcern = Forms.textField(model.newConcernProperty(), text("intake.day.concern.prompt"));
        newConcern.setId("newConcern");
        HBox.setHgrow(newConcern, Priority.ALWAYS);
        Button star = Forms.button(text("intake.day.concern.star"), "mdmz-star_outline");
        star.setId("starConcern");
        Runnable starIt = () -> model.starConcern().ifPresent(c -> newConcern.requestFocus());
        star.setOnAction(e -> starIt.run());
        newConcern.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                starIt.run();
                e.consume();
            }
        });
        VBox concernField = Forms.field(text("intake.day.concerns"), text("intake.day.concerns.hint"), concerns);
        concernField.getChildren().add(Forms.row(8, newConcern, star));
        ((Label) concernField.getChildren().get(0)).setLabelFor(newConcern);

        detail.getChildren().addAll(head, nameAndTime, notesField);
        if (firstScreen) {
            addBelowIn(detail, () -> cardsShown == card ? satisfactionField : null);
            addBelowIn(detail, () -> cardsShown == card ? concernField : null);
        } else {
            detail.getChildren().addAll(satisfactionField, concernField);
        }
    }

    /** A routine in the day: drag handle, icon, name, time, satisfaction and starred concerns. */
    private final class RoutineCell extends ListCell<RoutineRow> {
        RoutineCell() {
            setPrefWidth(0); // as wide as the list
            Reorder.cell(this, model::moveTo);
        }

        @Override
        protected void updateItem(RoutineRow row, boolean empty) {
            super.updateItem(row, empty);
            if (empty || row == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            FontIcon handle = new FontIcon("mdal-drag_indicator");
            handle.getStyleClass().add("drag-handle");
            FontIcon icon = new FontIcon(row.icon());
            icon.getStyleClass().add("routine-icon");
            Label name = new Label();
            name.textProperty().bind(row.nameProperty());
            name.getStyleClass().add("routine-name");
            Label time = new Label();
            time.textProperty().bind(row.usualTimeProperty());
            time.getStyleClass().add("muted");
            Label stars = new Label();
            stars.setGraphic(new FontIcon("mdmz-star"));
            stars.getStyleClass().add("star-count");
            stars.textProperty().bind(Bindings.size(row.concerns()).asString());
            stars.visibleProperty().bind(Bindings.isNotEmpty(row.concerns()));
            Label satisfaction = new Label();
            satisfaction.getStyleClass().add("satisfaction-badge");
            satisfaction.textProperty().bind(Bindings.createStringBinding(
                    () -> row.satisfactionProperty().get() == null ? ""
                            : text("intake.day.satisfaction.short", row.satisfactionProperty().get()),
                    row.satisfactionProperty()));
            satisfaction.visibleProperty().bind(row.satisfactionProperty().isNotNull());
            VBox words = new VBox(0, name, time);
            HBox box = new HBox(10, handle, icon, words, Forms.spacer(), satisfaction, stars);
            box.setAlignment(Pos.CENTER_LEFT);
            setText(null);
            setGraphic(box);
            setAccessibleText(row.nameProperty().get());
        }
    }
}
