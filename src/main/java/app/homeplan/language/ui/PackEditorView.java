package app.homeplan.language.ui;

import app.homeplan.families.ui.FamilyListView;
import app.homeplan.i18n.Messages;
import app.homeplan.language.LanguagePack;
import app.homeplan.language.ui.PackEditorViewModel.Line;
import app.homeplan.ui.Accessibility;
import app.homeplan.ui.AppContext;
import app.homeplan.ui.DateField;
import app.homeplan.ui.FlowRow;
import app.homeplan.ui.Forms;
import app.homeplan.ui.SideBySide;
import app.homeplan.ui.Shown;
import app.homeplan.ui.Tooltips;
import java.nio.file.Path;
import java.time.LocalDate;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The language pack editor (home screen, "Language packs…"): a translation's lines beside their
 * English, a line's words corrected in place, and the pack marked checked by a named person on a
 * date, which the family's printed plan then says on its notes page. Saved in the data folder's
 * {@code language-packs/} as the documented pack format (docs/language-packs.md). Thin: layout and
 * bindings; the work is in {@link PackEditorViewModel}.
 */
public final class PackEditorView extends BorderPane {
    private final PackEditorViewModel model;
    private final Runnable back;
    private final TableView<Line> table = new TableView<>();
    private final TextArea wording = new TextArea();

    public PackEditorView(PackEditorViewModel model, Runnable back) {
        this.model = model;
        this.back = back;
        getStyleClass().add("pack-editor");
        setId("packEditor");
        VBox top = new VBox(header());
        top.setViewOrder(-1);
        setTop(top);
        ScrollPane page = new ScrollPane(body());
        page.setFitToWidth(true);
        page.setId("packEditorPage");
        setCenter(page);
    }

    /** Adds "Language packs…" to the home screen's header; it opens the editor in the window. */
    public static Button install(FamilyListView home, AppContext app) {
        Button button = Forms.button(Messages.get("language.editor.button"), "mdal-g_translate");
        button.setId("languagePacks");
        button.getStyleClass().add("flat");
        Tooltips.onHover(button, Messages.get("language.editor.button.tooltip"));
        Path database = app.store().file();
        if (database == null) {
            // A clinic's server database has no data folder beside it to keep packs in.
            button.setDisable(true);
            Tooltips.onHover(button, Messages.get("language.editor.noDataFolder"));
        }
        button.setOnAction(e -> open(app, database.toAbsolutePath().getParent()));
        home.headerActions().getChildren().add(0, button);
        return button;
    }

    /** Shows the editor for the packs kept in {@code dataFolder}. */
    public static PackEditorView open(AppContext app, Path dataFolder) {
        PackEditorViewModel model = new PackEditorViewModel(dataFolder, app.workers().files(), LocalDate::now);
        PackEditorView view = new PackEditorView(model, () -> app.navigator().showFamilies());
        app.window().show(view, model);
        model.load();
        return view;
    }

    public PackEditorViewModel model() {
        return model;
    }

    public TableView<Line> table() {
        return table;
    }

    private Region header() {
        Button backButton = new Button(Messages.get("language.editor.back"), new FontIcon("mdal-arrow_back"));
        backButton.setId("backToFamilies");
        backButton.setCancelButton(true);
        backButton.setMinWidth(Region.USE_PREF_SIZE);
        backButton.setOnAction(e -> back.run());
        Label title = new Label(Messages.get("language.editor.title"));
        title.getStyleClass().add("app-title");
        title.setWrapText(true);
        Label subtitle = new Label(Messages.get("language.editor.subtitle"));
        subtitle.getStyleClass().add("app-subtitle");
        subtitle.setWrapText(true);
        VBox titles = new VBox(2, title, subtitle);
        HBox.setHgrow(titles, Priority.ALWAYS);
        HBox header = new HBox(16, backButton, titles);
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add("app-header");
        header.setPadding(new Insets(16, 24, 16, 24));
        return header;
    }

    private Region body() {
        Label intro = Forms.hint(Messages.get("language.editor.intro"));

        ComboBox<LanguagePack> packChoice = new ComboBox<>(model.packs());
        packChoice.setId("packChoice");
        packChoice.valueProperty().bindBidirectional(model.packProperty());
        packChoice.setCellFactory(list -> new PackCell());
        packChoice.setButtonCell(new PackCell());
        Label status = new Label();
        status.setId("packStatus");
        status.setWrapText(true);
        status.setMinHeight(Region.USE_PREF_SIZE);
        status.getStyleClass().add("pill");
        status.textProperty().bind(model.statusProperty());
        TextField find = new TextField();
        find.setId("packFilter");
        find.setPromptText(Messages.get("language.editor.find.prompt"));
        find.textProperty().bindBidirectional(model.filterProperty());
        FlowRow choose = new FlowRow(16, 8, Forms.field(Messages.get("language.editor.pack"), packChoice),
                Forms.field(Messages.get("language.editor.find"), find), status);
        choose.setAlignment(Pos.BOTTOM_LEFT);

        buildTable();
        Region editor = lineEditor();
        Region check = checkCard();

        Label saveState = new Label();
        saveState.setId("packSaveState");
        saveState.getStyleClass().add("muted");
        saveState.setWrapText(true);
        saveState.setMinHeight(Region.USE_PREF_SIZE);
        saveState.textProperty().bind(model.saveStateProperty());

        VBox body = new VBox(12, intro, choose, table, editor, check, saveState);
        body.setPadding(new Insets(16, 24, 20, 24));
        return body;
    }

    private void buildTable() {
        table.setId("packLines");
        table.setItems(model.lines());
        Accessibility.name(table, Messages.get("language.editor.lines.accessible"));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setStyle("-fx-pref-height: 16em; -fx-min-height: 10em;");
        table.setPlaceholder(new Label(Messages.get("language.editor.lines.none")));

        TableColumn<Line, Line> english = new TableColumn<>(Messages.get("language.editor.english"));
        english.setCellValueFactory(c -> new javafx.beans.property.ReadOnlyObjectWrapper<>(c.getValue()));
        english.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(Line line, boolean empty) {
                super.updateItem(line, empty);
                setText(empty || line == null ? null : line.english());
                // The row is read as a whole where a screen reader lands: English, then the pack's words.
                Accessibility.nameCell(this, empty || line == null ? null : Messages.get("language.editor.row.accessible",
                        line.english(), line.textProperty().get().isEmpty() ? Messages.get("language.editor.notWritten")
                                : line.textProperty().get()));
            }
        });
        TableColumn<Line, String> words = new TableColumn<>();
        words.textProperty().bind(Bindings.createStringBinding(() -> model.packProperty().get() == null ? ""
                : model.packProperty().get().name(), model.packProperty()));
        words.setCellValueFactory(c -> c.getValue().textProperty());
        TableColumn<Line, String> state = new TableColumn<>(Messages.get("language.editor.state"));
        state.setCellValueFactory(c -> Bindings.createStringBinding(() -> !c.getValue().problemProperty().get().isEmpty()
                        ? Messages.get("language.editor.state.problem")
                        : c.getValue().textProperty().get().isEmpty() ? Messages.get("language.editor.notWritten")
                        : c.getValue().correctedProperty().get() ? Messages.get("language.editor.state.corrected") : "",
                c.getValue().problemProperty(), c.getValue().textProperty(), c.getValue().correctedProperty()));
        english.setPrefWidth(400);
        words.setPrefWidth(400);
        state.setPrefWidth(130);
        table.getColumns().setAll(java.util.List.of(english, words, state));

        table.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null && now != model.selectedProperty().get()) {
                model.selectedProperty().set(now);
            }
        });
        model.selectedProperty().addListener((o, was, now) -> {
            if (now != null && table.getSelectionModel().getSelectedItem() != now) {
                table.getSelectionModel().select(now);
                table.scrollTo(now);
            }
        });
        // Enter on a line goes to its words, ready to correct.
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                wording.requestFocus();
                e.consume();
            }
        });
    }

    /** The line being edited: its English beside the pack's words, corrected in place. */
    private Region lineEditor() {
        Label englishLabel = new Label(Messages.get("language.editor.english"));
        englishLabel.getStyleClass().add("field-label");
        Label english = new Label();
        english.setId("packEnglish");
        english.setWrapText(true);
        english.setMinHeight(Region.USE_PREF_SIZE);
        Label key = new Label();
        key.getStyleClass().add("muted");
        key.setWrapText(true);
        key.setMinHeight(Region.USE_PREF_SIZE);
        VBox englishBox = new VBox(4, englishLabel, english, key);
        englishBox.setStyle("-fx-min-width: 14em; -fx-pref-width: 30em;");

        wording.setId("packWording");
        wording.setWrapText(true);
        wording.setPrefRowCount(3);
        Accessibility.tabMovesOn(wording);
        Label wordingLabel = Forms.label("", wording);
        wordingLabel.textProperty().bind(Bindings.createStringBinding(() -> Messages.get("language.editor.wording",
                model.packProperty().get() == null ? "" : model.packProperty().get().name()), model.packProperty()));
        Label problem = new Label();
        problem.setId("packProblem");
        problem.getStyleClass().add("field-problem");
        problem.setWrapText(true);
        problem.setMinHeight(Region.USE_PREF_SIZE);
        Shown.when(problem, problem.textProperty().isNotEmpty());
        Button previous = Forms.button(Messages.get("language.editor.previous"), "mdal-arrow_upward");
        previous.setId("previousLine");
        previous.setOnAction(e -> step(-1));
        Button next = Forms.button(Messages.get("language.editor.next"), "mdal-arrow_downward");
        next.setId("nextLine");
        next.setOnAction(e -> step(1));
        FlowRow moves = new FlowRow(8, 8, previous, next);
        VBox wordingBox = new VBox(4, wordingLabel, wording, problem, moves);
        wordingBox.setStyle("-fx-min-width: 14em;");

        model.selectedProperty().addListener((o, was, now) -> {
            if (was != null) {
                wording.textProperty().unbindBidirectional(was.textProperty());
            }
            problem.textProperty().unbind();
            if (now == null) {
                wording.setText("");
                english.setText("");
                key.setText("");
                problem.setText("");
                wording.setDisable(true);
                return;
            }
            wording.setDisable(false);
            wording.setText(now.textProperty().get());
            wording.textProperty().bindBidirectional(now.textProperty());
            english.setText(now.english());
            key.setText(now.key().startsWith("date.") ? Messages.get("language.editor.about." + now.key())
                    : Messages.get("language.editor.key", now.key()));
            problem.textProperty().bind(now.problemProperty());
        });
        wording.setDisable(true);
        return new SideBySide(24, englishBox, wordingBox);
    }

    private void step(int by) {
        model.move(by);
        wording.requestFocus();
        wording.end();
    }

    /** Marking the pack checked: who checked it and when; honest about what that means. */
    private Region checkCard() {
        TextField name = new TextField();
        name.setId("checkerName");
        name.textProperty().bindBidirectional(model.checkerNameProperty());
        DateField on = new DateField(model.checkedOnProperty());
        on.setId("checkedOn");
        Button mark = Forms.button(Messages.get("language.editor.markChecked"), "mdal-check");
        mark.setId("markChecked");
        mark.getStyleClass().add("accent");
        mark.disableProperty().bind(model.canMarkChecked().not());
        mark.setOnAction(e -> model.markChecked());
        Button draft = Forms.button(Messages.get("language.editor.markDraft"), "mdmz-restore");
        draft.setId("markDraft");
        Shown.when(draft, model.checkedProperty());
        draft.setOnAction(e -> model.markDraft());
        FlowRow fields = new FlowRow(16, 8, Forms.field(Messages.get("language.editor.checker"), name),
                Forms.field(Messages.get("language.editor.checkedOn"), on), mark, draft);
        fields.setAlignment(Pos.BOTTOM_LEFT);
        VBox card = Forms.card(Messages.get("language.editor.check.title"),
                Forms.hint(Messages.get("language.editor.check.hint")), fields);
        card.setId("packCheck");
        return card;
    }

    /** A pack in the list: its own name and its English name. */
    private static final class PackCell extends ListCell<LanguagePack> {
        @Override
        protected void updateItem(LanguagePack pack, boolean empty) {
            super.updateItem(pack, empty);
            setText(empty || pack == null ? null : pack.label()); // whether it is checked: beside the list
        }
    }
}
