package app.homeplan.intake.ui;

import app.homeplan.ui.BidiLines;
import static app.homeplan.ui.Forms.text;

import app.homeplan.ui.Forms;
import app.homeplan.intake.ui.StrategiesStepViewModel.Slot;
import app.homeplan.intake.ui.StrategiesStepViewModel.StrategyRow;
import app.homeplan.library.LibraryStrategy;
import app.homeplan.library.RoutineLibrary;
import app.homeplan.library.StrategyArea;
import app.homeplan.ui.Dialogs;
import app.homeplan.ui.ReadOnlyMode;
import java.util.Arrays;
import java.util.Optional;
import app.homeplan.ui.Accessibility;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.javafx.FontIcon;
import app.homeplan.intake.IntakeStep;

/**
 * Step 5: for each goal in each of its routines, what the family will do, who and how often; the
 * library at hand, suggesting what fits; the child's interests in view to make it fun.
 */
final class StrategiesStepView extends StepPane {
    private final StrategiesStepViewModel model;
    private final Dialogs dialogs;
    private final ListView<Slot> slots = new ListView<>();
    private final VBox strategies = new VBox(12);
    private final Label slotTitle = new Label();
    private final TextField search;
    private final ListView<LibraryStrategy> library = new ListView<>();

    StrategiesStepView(StrategiesStepViewModel model, Dialogs dialogs) {
        super(IntakeStep.STRATEGIES, text("intake.strategies.lead"));
        this.model = model;
        this.dialogs = dialogs;
        String child = model.childName();
        search = Forms.textField(model.queryProperty(), text("intake.strategies.search.prompt"));
        search.setId("librarySearch");

        if (!model.interests().isBlank() || !model.strengths().isBlank()) {
            VBox atHand = new VBox(4);
            atHand.getStyleClass().add("interests-card");
            atHand.setId("interestsAtHand");
            if (!model.interests().isBlank()) {
                atHand.getChildren().add(atHandLine("mdal-favorite", text("intake.strategies.interests", child), model.interests()));
            }
            if (!model.strengths().isBlank()) {
                atHand.getChildren().add(atHandLine("mdmz-star", text("intake.strategies.strengths", child), model.strengths()));
            }
            add(atHand);
        }

        slots.setId("slotList");
        slots.setItems(model.slots());
        slots.setCellFactory(l -> new SlotCell());
        Accessibility.name(slots, text("intake.strategies.slots"));
        slots.setPlaceholder(Forms.hint(text("intake.strategies.noSlots")));
        slots.getSelectionModel().select(model.selectedProperty().get());
        slots.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null) {
                model.selectedProperty().set(now);
            }
        });
        slots.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                Optional.ofNullable(strategies.lookup(".strategy-what")).ifPresentOrElse(
                        javafx.scene.Node::requestFocus, () -> search.requestFocus());
                e.consume();
            }
        });
        slots.setPrefHeight(460);
        VBox left = Forms.card(text("intake.strategies.slots.label"), slots);
        // The card's title takes the keyboard back to the list (Alt+G), to choose the next goal and routine.
        Label slotsTitle = (Label) left.getChildren().get(0);
        slotsTitle.setLabelFor(slots);
        app.homeplan.ui.Shortcuts.keep(slotsTitle);
        left.setMaxHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        left.setStyle("-fx-min-width: 18em; -fx-pref-width: 23em; -fx-max-width: 26em;");

        slotTitle.getStyleClass().add("card-title");
        slotTitle.setWrapText(true);
        Button writeOwn = Forms.button(text("intake.strategies.writeOwn"), "mdal-edit");
        writeOwn.setId("writeOwnStrategy");
        writeOwn.setOnAction(e -> {
            model.addOwn();
            focusLastWhat();
        });
        writeOwn.disableProperty().bind(model.selectedProperty().isNull());
        model.strategies().addListener((ListChangeListener<StrategyRow>) c -> {
            layoutStrategies();
            library.refresh(); // the "already in the plan" marks
        });
        model.selectedProperty().addListener((o, was, now) -> showSlotTitle(now));
        showSlotTitle(model.selectedProperty().get());
        layoutStrategies();
        VBox middle = new VBox(14, slotTitle, strategies, Forms.row(8, writeOwn));
        middle.getStyleClass().add("intake-card");

        search.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DOWN && !library.getItems().isEmpty()) {
                library.requestFocus();
                library.getSelectionModel().selectFirst();
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                search.clear();
                e.consume();
            }
        });
        CheckBox everything = new CheckBox(text("intake.strategies.everything"));
        everything.setId("wholeLibrary");
        app.homeplan.ui.Shortcuts.keep(everything);
        everything.setWrapText(true);
        ReadOnlyMode.allow(search, everything); // looking through the library changes nothing
        everything.selectedProperty().bindBidirectional(model.everythingProperty());
        library.setId("libraryList");
        library.setItems(model.suggestions());
        library.setCellFactory(l -> new LibraryCell());
        Accessibility.name(library, text("intake.strategies.library"));
        library.setPlaceholder(Forms.hint(text("intake.strategies.library.none")));
        library.setPrefHeight(360);
        library.setOnKeyPressed(e -> {
            LibraryStrategy chosen = library.getSelectionModel().getSelectedItem();
            if (ReadOnlyMode.isLocked(library)) {
                return; // a read-only data file: the library can be looked at, not used
            }
            if (e.getCode() == KeyCode.ENTER && chosen != null) {
                use(chosen);
                e.consume();
            } else if (e.getCode() == KeyCode.DELETE && chosen != null && chosen.custom()) {
                deleteOwn(chosen);
                e.consume();
            }
        });
        library.setOnMouseClicked(e -> {
            LibraryStrategy chosen = library.getSelectionModel().getSelectedItem();
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && chosen != null
                    && !ReadOnlyMode.isLocked(library)) {
                use(chosen);
            }
        });
        Button use = Forms.button(text("intake.strategies.use"), "mdal-add");
        use.setId("useStrategy");
        use.disableProperty().bind(library.getSelectionModel().selectedItemProperty().isNull()
                .or(model.selectedProperty().isNull()));
        use.setOnAction(e -> use(library.getSelectionModel().getSelectedItem()));
        Button addToLibrary = Forms.button(text("intake.strategies.addToLibrary"), "mdal-library_add");
        addToLibrary.setId("addToLibrary");
        addToLibrary.setOnAction(e -> addToLibrary());
        VBox libraryCard = Forms.card(text("intake.strategies.library"),
                Forms.field(text("intake.strategies.search"), search), everything, ageLine(), library,
                new javafx.scene.layout.FlowPane(8, 8, use, addToLibrary), Forms.problem(model.problemProperty()));
        libraryCard.setId("libraryCard");

        VBox right = new VBox(20, middle);
        right.setStyle("-fx-min-width: 24em;");
        add(new app.homeplan.ui.SideBySide(20, left, right));
        addBelowIn(right, () -> libraryCard); // under the goal's strategies: not in the first screen
        model.loadOwnStrategies();
    }

    /**
     * "3 strategies hidden for a 9-month-old, because of age. Show them": the count and the way to see them
     * (each then says why it does not suit); a hint instead when the date of birth is unknown.
     */
    private HBox ageLine() {
        Label note = new Label();
        note.setId("ageNote");
        note.setWrapText(true);
        note.getStyleClass().add("hint");
        Hyperlink toggle = new Hyperlink();
        toggle.setId("showOtherAges");
        toggle.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        HBox.setHgrow(note, Priority.ALWAYS);
        ReadOnlyMode.allow(toggle); // looking changes nothing
        toggle.setOnAction(e -> model.showOtherAgesProperty().set(!model.showOtherAgesProperty().get()));
        HBox line = new HBox(6, note, toggle);
        line.setAlignment(Pos.CENTER_LEFT);
        Runnable update = () -> {
            String words = model.ageNote();
            note.setText(words);
            boolean hidden = model.hiddenForAgeProperty().get() > 0 && model.childMonths() != null;
            toggle.setText(text(model.showOtherAgesProperty().get() ? "intake.strategies.age.hide" : "intake.strategies.age.show"));
            toggle.setVisible(hidden);
            toggle.setManaged(hidden);
            line.setVisible(!words.isEmpty());
            line.setManaged(!words.isEmpty());
        };
        model.hiddenForAgeProperty().addListener(o -> update.run());
        model.showOtherAgesProperty().addListener(o -> update.run());
        model.suggestions().addListener((ListChangeListener<LibraryStrategy>) c -> update.run());
        update.run();
        return line;
    }

    @Override
    void focusFirst() {
        slots.requestFocus();
    }

    private static HBox atHandLine(String icon, String label, String value) {
        FontIcon i = new FontIcon(icon);
        i.getStyleClass().add("at-hand-icon");
        Label l = new Label(label);
        l.getStyleClass().add("at-hand-label");
        l.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        Label v = new Label(value);
        v.setWrapText(true);
        HBox.setHgrow(v, Priority.ALWAYS);
        HBox row = new HBox(8, i, l, v);
        row.setAlignment(Pos.TOP_LEFT);
        return row;
    }

    private void showSlotTitle(Slot slot) {
        slotTitle.setText(slot == null ? text("intake.strategies.noSlot")
                : text("intake.strategies.slotTitle", slot.rank(), slot.goal().headline().strip(), slot.routine().name().strip()));
    }

    private void use(LibraryStrategy strategy) {
        if (strategy == null || model.selectedProperty().get() == null) {
            return;
        }
        model.use(strategy);
        focusLastWho();
    }

    private void focusLastWhat() {
        Platform.runLater(() -> {
            var all = strategies.lookupAll(".strategy-what");
            all.stream().reduce((a, b) -> b).ifPresent(javafx.scene.Node::requestFocus);
        });
    }

    private void focusLastWho() {
        Platform.runLater(() -> {
            var all = strategies.lookupAll(".strategy-who");
            all.stream().reduce((a, b) -> b).ifPresent(javafx.scene.Node::requestFocus);
        });
    }

    private void layoutStrategies() {
        strategies.getChildren().clear();
        if (model.selectedProperty().get() == null) {
            return;
        }
        if (model.strategies().isEmpty()) {
            strategies.getChildren().add(Forms.hint(text("intake.strategies.none")));
            return;
        }
        int n = 1;
        for (StrategyRow row : model.strategies()) {
            Label number = new Label(String.valueOf(n++));
            number.getStyleClass().add("rank-badge");
            TextArea what = Forms.textArea(row.whatProperty(), 3, text("intake.strategies.what.prompt"));
            what.getStyleClass().add("strategy-what");
            ComboBox<String> who = editableChoice(row.whoProperty(), model.whoChoices(), text("intake.strategies.who.prompt"));
            who.getStyleClass().add("strategy-who");
            ComboBox<String> often = editableChoice(row.howOftenProperty(), model.howOftenChoices(), text("intake.strategies.often.prompt"));
            Button remove = Forms.iconButton("mdal-delete_outline", text("intake.strategies.remove"));
            remove.setOnAction(e -> model.remove(row));
            Label whatLabel = new Label(text("intake.strategies.what"));
            whatLabel.getStyleClass().add("field-label");
            Label whoLabel = new Label(text("intake.strategies.who"));
            whoLabel.getStyleClass().add("field-label");
            Label oftenLabel = new Label(text("intake.strategies.often"));
            oftenLabel.getStyleClass().add("field-label");
            // Each field is announced by its label; its value is what was typed.
            whatLabel.setLabelFor(what);
            whoLabel.setLabelFor(who);
            oftenLabel.setLabelFor(often);
            VBox whoBox = new VBox(4, whoLabel, who);
            VBox oftenBox = new VBox(4, oftenLabel, often);
            HBox.setHgrow(whoBox, Priority.ALWAYS);
            HBox.setHgrow(oftenBox, Priority.ALWAYS);
            VBox fields = new VBox(8, whatLabel, what, new HBox(12, whoBox, oftenBox));
            HBox.setHgrow(fields, Priority.ALWAYS);
            HBox card = new HBox(12, number, fields, remove);
            card.getStyleClass().add("strategy-card");
            strategies.getChildren().add(card);
        }
    }

    private static ComboBox<String> editableChoice(javafx.beans.property.StringProperty value, java.util.List<String> choices,
                                                   String prompt) {
        ComboBox<String> box = new ComboBox<>();
        box.setEditable(true);
        box.getItems().setAll(choices);
        box.setMaxWidth(Double.MAX_VALUE);
        box.setPromptText(prompt);
        Forms.bind(box.getEditor(), value);
        box.valueProperty().addListener((o, was, now) -> {
            if (now != null && !now.equals(value.get())) {
                value.set(now);
            }
        });
        return box;
    }

    private void deleteOwn(LibraryStrategy strategy) {
        if (dialogs.confirm("intake.strategies.deleteOwn.title",
                text("intake.strategies.deleteOwn.text", strategy.title(model.childName())), "intake.strategies.deleteOwn.confirm")) {
            model.deleteFromLibrary(strategy);
        }
    }

    /** Asks for a title, the area and where it fits, then keeps the strategy in the clinician's library. */
    private void addToLibrary() {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(getScene() == null ? null : getScene().getWindow());
        dialog.setTitle(text("intake.strategies.addToLibrary.title"));
        dialog.setHeaderText(text("intake.strategies.addToLibrary.title"));
        TextField title = new TextField();
        title.setId("ownTitle");
        TextArea words = new TextArea();
        words.setId("ownText");
        words.setWrapText(true);
        words.setPrefRowCount(4);
        model.strategies().stream().reduce((a, b) -> b).ifPresent(last -> words.setText(last.whatProperty().get()));
        ComboBox<StrategyArea> area = new ComboBox<>();
        area.getItems().setAll(Arrays.asList(StrategyArea.values()));
        area.setValue(model.likelyArea());
        area.setConverter(new StringConverter<>() {
            @Override
            public String toString(StrategyArea a) {
                return a == null ? "" : a.displayName();
            }

            @Override
            public StrategyArea fromString(String s) {
                return null;
            }
        });
        Slot slot = model.selectedProperty().get();
        CheckBox thisRoutine = new CheckBox(slot == null || slot.routine().libraryKey().isEmpty()
                ? text("intake.strategies.addToLibrary.anyRoutine")
                : text("intake.strategies.addToLibrary.onlyRoutine", slot.routine().name()));
        thisRoutine.setMnemonicParsing(false); // carries the routine's name as the family typed it
        thisRoutine.setDisable(slot == null || slot.routine().libraryKey().isEmpty());
        thisRoutine.setSelected(!thisRoutine.isDisabled());
        VBox content = new VBox(10, Forms.field(text("intake.strategies.addToLibrary.name"), title),
                Forms.field(text("intake.strategies.addToLibrary.text"), words),
                Forms.field(text("intake.strategies.addToLibrary.area"), area), thisRoutine);
        content.setPrefWidth(520);
        dialog.getDialogPane().setContent(content);
        ButtonType save = new ButtonType(text("intake.strategies.addToLibrary.save"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(text("common.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(save, cancel);
        dialog.getDialogPane().lookupButton(save).disableProperty()
                .bind(Bindings.createBooleanBinding(() -> words.getText().isBlank() || title.getText().isBlank(),
                        words.textProperty(), title.textProperty()));
        Platform.runLater(title::requestFocus);
        if (dialog.showAndWait().filter(save::equals).isPresent()) {
            model.addToLibrary(title.getText(), words.getText(), area.getValue(), thisRoutine.isSelected());
        }
    }

    /** A goal in one routine: the goal's rank and words, the routine, and how many strategies it has. */
    private static final class SlotCell extends ListCell<Slot> {
        SlotCell() {
            setPrefWidth(0); // as wide as the list, so long goals wrap instead of widening it
        }

        @Override
        protected void updateItem(Slot slot, boolean empty) {
            super.updateItem(slot, empty);
            accessibleTextProperty().unbind();
            if (empty || slot == null) {
                setAccessibleText(null);
                setGraphic(null);
                setText(null);
                return;
            }
            Label goal = BidiLines.install(new Label(BidiLines.leftToRight(
                    text("intake.strategies.slot.goal", slot.rank(), BidiLines.inSentence(slot.goal().headline().strip())))));
            goal.getStyleClass().add("slot-goal");
            goal.setWrapText(true);
            Label routine = new Label(slot.routine().name(), new FontIcon(RoutineLibrary.iconFor(slot.routine().libraryKey())));
            routine.getStyleClass().add("slot-routine");
            Label count = new Label();
            count.getStyleClass().add("count-badge");
            count.textProperty().bind(slot.countProperty().asString());
            Runnable style = () -> {
                count.getStyleClass().remove("empty");
                if (slot.countProperty().get() == 0) {
                    count.getStyleClass().add("empty");
                }
            };
            slot.countProperty().addListener(o -> style.run());
            style.run();
            // The goal's words head its first routine only, so the list reads goal by goal.
            int i = getIndex();
            boolean firstOfGoal = i == 0 || getListView().getItems().get(i - 1).goal() != slot.goal();
            VBox words = firstOfGoal ? new VBox(4, goal, routine) : new VBox(routine);
            words.setMaxWidth(Double.MAX_VALUE);
            words.setPrefWidth(1);
            HBox.setHgrow(words, Priority.ALWAYS);
            HBox box = new HBox(8, words, count);
            box.setAlignment(Pos.CENTER_LEFT);
            box.setPrefWidth(1);
            setText(null);
            setGraphic(box);
            // "Goal 1: ..., Breakfast, 2 strategies": the count badge's number says what it counts.
            accessibleTextProperty().bind(Bindings.createStringBinding(() -> text("intake.strategies.slot.accessible",
                    goal.getText(), routine.getText(), slot.countProperty().get()), slot.countProperty()));
        }
    }

    /** A library strategy: title, area, the words with the child's name, and a mark when already used. */
    private final class LibraryCell extends ListCell<LibraryStrategy> {
        LibraryCell() {
            setPrefWidth(0); // as wide as the list, so the words wrap
        }

        @Override
        protected void updateItem(LibraryStrategy s, boolean empty) {
            super.updateItem(s, empty);
            if (empty || s == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            String child = model.childName();
            Label title = BidiLines.install(new Label(s.title(child)));
            title.getStyleClass().add("library-title");
            title.setWrapText(true);
            Label area = new Label(s.custom() ? text("intake.strategies.own", s.area().displayName()) : s.area().displayName());
            area.getStyleClass().addAll("pill", s.custom() ? "pill-own" : "pill-area");
            Label words = BidiLines.install(new Label(s.text(child)));
            words.setWrapText(true);
            words.getStyleClass().add("library-text");
            HBox top = new HBox(8, title, Forms.spacer(), area);
            top.setAlignment(Pos.TOP_LEFT);
            VBox box = new VBox(4, top, words);
            String notForAge = model.ageReason(s);
            if (!notForAge.isEmpty()) {
                Label reason = new Label(notForAge, new FontIcon("mdal-info"));
                reason.setWrapText(true);
                reason.getStyleClass().add("field-problem");
                box.getChildren().add(reason);
            }
            if (model.inUse(s)) {
                Label used = new Label(text("intake.strategies.inUse"), new FontIcon("mdal-check"));
                used.getStyleClass().add("in-use");
                box.getChildren().add(used);
            }
            box.setPrefWidth(1);
            box.setMaxWidth(Double.MAX_VALUE);
            setText(null);
            setGraphic(box);
            setAccessibleText(title.getText() + ". " + words.getText() + (notForAge.isEmpty() ? "" : " " + notForAge));
        }
    }
}
