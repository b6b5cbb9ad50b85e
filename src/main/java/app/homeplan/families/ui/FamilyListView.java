package app.homeplan.families.ui;

import app.homeplan.i18n.Messages;
import app.homeplan.plan.FamilySummary;
import app.homeplan.plan.ReviewDue;
import app.homeplan.ui.Accessibility;
import app.homeplan.ui.Dialogs;
import app.homeplan.ui.Navigator;
import app.homeplan.ui.ReadOnlyMode;
import app.homeplan.ui.Shown;
import app.homeplan.ui.Tooltips;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.beans.property.ReadOnlyObjectWrapper;
import atlantafx.base.controls.CustomTextField;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The home screen: every family, searchable as you type, with plan status and next review date
 * (coming up and overdue reviews stand out). Thin: layout and bindings; the work is in the model.
 */
public final class FamilyListView extends BorderPane {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM);

    private final FamilyListViewModel model;
    private final Navigator navigator;
    private final Dialogs dialogs;
    private final Supplier<LocalDate> today;
    private final TableView<FamilySummary> table = new TableView<>();
    private final CustomTextField search = new CustomTextField();
    private final javafx.scene.layout.FlowPane actions = new app.homeplan.ui.FlowRow(8, 8);
    private final javafx.scene.layout.FlowPane headerActions = new app.homeplan.ui.FlowRow(8, 8);
    private final Label emptyTitle = new Label();
    private final Label emptyText = new Label();
    private final Button newFamily = new Button(Messages.get("families.new"), new FontIcon("mdal-add"));
    private final Button delete = new Button(Messages.get("families.delete"), new FontIcon("mdal-delete_outline"));
    private boolean readOnly;

    public FamilyListView(FamilyListViewModel model, Navigator navigator, Dialogs dialogs, Supplier<LocalDate> today) {
        this.model = model;
        this.navigator = navigator;
        this.dialogs = dialogs;
        this.today = today;
        getStyleClass().add("family-list");
        setId("familyList");
        setTop(new VBox(header())); // banners join it below (Recovery), keeping the header first in Tab order
        setCenter(body());
        installKeys();
        model.refresh();
    }

    /** The row of buttons under the list: actions on the selected family; features add theirs here. */
    public javafx.scene.layout.FlowPane actions() {
        return actions;
    }

    /** Buttons in the header, before "New family": actions on Homeplan as a whole (import, restore...). */
    public javafx.scene.layout.FlowPane headerActions() {
        return headerActions;
    }

    /**
     * The data file can only be read: families can be found, opened and printed, but "New family"
     * and "Delete" (and their keys) are switched off, with a tooltip saying why.
     */
    public void lockForReadOnly() {
        readOnly = true;
        ReadOnlyMode.disable(newFamily);
        ReadOnlyMode.disable(delete);
    }

    public TableView<FamilySummary> table() {
        return table;
    }

    public FamilyListViewModel model() {
        return model;
    }

    private Region header() {
        FontIcon logo = new FontIcon("mdal-home");
        logo.getStyleClass().add("app-logo");
        Label title = new Label(Messages.get("families.title"));
        title.getStyleClass().add("app-title");
        Label subtitle = new Label(Messages.get("families.subtitle"));
        subtitle.getStyleClass().add("app-subtitle");
        subtitle.setWrapText(true);
        VBox titles = new VBox(2, title, subtitle);
        HBox.setHgrow(titles, Priority.ALWAYS);
        HBox brand = new HBox(16, logo, titles);
        brand.setAlignment(Pos.CENTER_LEFT);
        brand.setStyle("-fx-min-width: 16em;");

        app.homeplan.ui.Shortcuts.keep(newFamily);
        newFamily.setId("newFamily");
        newFamily.getStyleClass().add("accent");
        newFamily.setOnAction(e -> newFamily());
        Tooltips.onHover(newFamily, Messages.get("families.new.tooltip"));

        // Buttons keep their words: next to the title while they fit on one line, else under it, wrapping.
        headerActions.setAlignment(Pos.CENTER_RIGHT);
        headerActions.getChildren().add(newFamily);
        app.homeplan.ui.SideBySide header = new app.homeplan.ui.SideBySide(16, brand, headerActions).secondWhole();
        header.getStyleClass().add("app-header");
        header.setPadding(new Insets(16, 24, 16, 24));
        return header;
    }

    private Region body() {
        search.setId("familySearch");
        search.setPromptText(Messages.get("families.search.prompt"));
        search.setLeft(new FontIcon("mdmz-search"));
        search.textProperty().bindBidirectional(model.queryProperty());
        search.getStyleClass().add("family-search");
        Label count = new Label();
        count.getStyleClass().add("muted");
        count.textProperty().bind(Bindings.createStringBinding(model::countSentence,
                model.totalFamiliesProperty(), model.families(), model.queryProperty(), model.moreThanListedProperty()));
        HBox searchRow = new HBox(12, search, count,
                Accessibility.hiddenLabel(Messages.get("families.search.label"), search));
        searchRow.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(search, Priority.ALWAYS);
        // With more matches than the list holds, a line under the search says so and how to find the others.
        Label moreThanListed = new Label(Messages.get("families.moreThanListed", FamilyListViewModel.LIMIT));
        moreThanListed.setId("moreThanListed");
        moreThanListed.getStyleClass().add("muted");
        moreThanListed.setWrapText(true);
        moreThanListed.setMinHeight(Region.USE_PREF_SIZE); // wraps rather than lose its words when the window is short
        count.setMinWidth(Region.USE_PREF_SIZE); // the search box gives way, never the count
        moreThanListed.visibleProperty().bind(model.moreThanListedProperty());
        moreThanListed.managedProperty().bind(model.moreThanListedProperty());

        buildTable();

        Button open = new Button(Messages.get("families.open"), new FontIcon("mdal-folder_open"));
        app.homeplan.ui.Shortcuts.keep(open);
        open.setId("openFamily");
        open.setOnAction(e -> openSelected());
        app.homeplan.ui.Shortcuts.keep(delete);
        delete.setId("deleteFamily");
        delete.getStyleClass().add("danger");
        delete.setOnAction(e -> deleteSelected());
        open.disableProperty().bind(model.selectedProperty().isNull());
        delete.disableProperty().bind(model.selectedProperty().isNull());
        // A row that wraps: with large text the buttons go onto a second line rather than lose their words.
        actions.getChildren().addAll(open, delete);
        actions.setAlignment(Pos.CENTER_LEFT);
        app.homeplan.ui.KeepWords.in(actions);

        Label error = new Label();
        error.getStyleClass().add("error-banner");
        error.textProperty().bind(model.errorProperty());
        Shown.when(error, model.errorProperty().isNotEmpty());
        error.setWrapText(true);

        VBox body = new VBox(12, searchRow, moreThanListed, error, table, actions);
        VBox.setVgrow(table, Priority.ALWAYS);
        body.setPadding(new Insets(16, 24, 20, 24));
        body.getStyleClass().add("family-body");
        return body;
    }

    private void buildTable() {
        table.setId("familyTable");
        Accessibility.name(table, Messages.get("families.table.accessible"));
        table.setItems(model.families());
        table.getSelectionModel().setSelectionMode(SelectionMode.SINGLE);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> model.selectedProperty().set(now));
        model.selectedProperty().addListener((o, was, now) -> {
            if (now != table.getSelectionModel().getSelectedItem()) {
                table.getSelectionModel().select(now);
            }
        });

        TableColumn<FamilySummary, FamilySummary> child = new TableColumn<>(Messages.get("families.column.child"));
        child.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        // Cells keep their labels and change only their text and style: new nodes at every keystroke
        // would each need styling again, the main cost of updating the list (docs/benchmarks.md).
        child.setCellFactory(col -> new TableCell<>() {
            private final Label name = new Label();
            /** A family imported as a copy of one already here: two rows with one name must be told apart. */
            private final Label copy = new Label(Messages.get("families.importedCopy"));
            /** The mark under the name: beside it, a long name at large text was cut to "..." whole. */
            private final VBox box = new VBox(2, name, copy);

            {
                name.getStyleClass().add("child-name");
                copy.getStyleClass().addAll("pill", "pill-copy");
                copy.setId("importedCopy");
                copy.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
                box.setAlignment(Pos.CENTER_LEFT);
            }

            @Override
            protected void updateItem(FamilySummary item, boolean empty) {
                super.updateItem(item, empty);
                setText(null);
                if (empty || item == null) {
                    setGraphic(null);
                    Accessibility.nameCell(this, null);
                    return;
                }
                name.setText(item.childName());
                Shown.set(copy, item.importedCopy());
                setGraphic(box);
                // The first column's cell is the one a screen reader lands on: it reads the whole row.
                Accessibility.nameCell(this, Messages.get(item.importedCopy() ? "families.row.accessible.copy"
                        : "families.row.accessible", item.childName(), Messages.get(item.status().messageKey()),
                        reviewWords(item)));
            }
        });
        child.setPrefWidth(320);

        TableColumn<FamilySummary, String> caregivers = new TableColumn<>(Messages.get("families.column.caregivers"));
        caregivers.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().caregiverNames()));
        caregivers.setPrefWidth(300);
        caregivers.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(String names, boolean empty) {
                super.updateItem(names, empty);
                setText(empty ? null : names);
                // An empty cell would be read as nothing at all.
                Accessibility.nameCell(this, empty || names == null ? null
                        : names.isBlank() ? Messages.get("families.caregivers.none") : names);
            }
        });

        TableColumn<FamilySummary, FamilySummary> status = new TableColumn<>(Messages.get("families.column.status"));
        status.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        status.setCellFactory(col -> new TableCell<>() {
            private final Label pill = new Label();

            {
                pill.getStyleClass().add("pill");
            }

            @Override
            protected void updateItem(FamilySummary item, boolean empty) {
                super.updateItem(item, empty);
                if (empty || item == null) {
                    setGraphic(null);
                    Accessibility.nameCell(this, null);
                    return;
                }
                pill.setText(Messages.get(item.status().messageKey()));
                Accessibility.nameCell(this, pill.getText());
                keepOnly(pill.getStyleClass(), "pill-" + item.status().name().toLowerCase(java.util.Locale.ROOT),
                        "pill-draft", "pill-active", "pill-closed");
                setGraphic(pill);
            }

            @Override
            protected void layoutChildren() {
                super.layoutChildren();
                // The plan's word whole at any text size ("Draft" was "Dr..." at 200 % in a 1024 px window):
                // the column is never narrower than the pill of its longest word at the text size now.
                double need = Math.ceil(snappedLeftInset() + snappedRightInset() + pill.snappedLeftInset()
                        + pill.snappedRightInset() + longestStatusWord(pill.getFont())) + 2;
                if (getTableColumn() != null && Math.abs(getTableColumn().getMinWidth() - need) > 0.5) {
                    getTableColumn().setMinWidth(need);
                }
            }
        });
        status.setPrefWidth(130);

        TableColumn<FamilySummary, FamilySummary> review = new TableColumn<>(Messages.get("families.column.review"));
        review.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        review.setCellFactory(col -> new TableCell<>() {
            private final Label badge = new Label();

            {
                badge.getStyleClass().add("pill");
                setContentDisplay(javafx.scene.control.ContentDisplay.RIGHT);
            }

            @Override
            protected void updateItem(FamilySummary item, boolean empty) {
                super.updateItem(item, empty);
                if (empty || item == null) {
                    setText(null);
                    setGraphic(null);
                    Accessibility.nameCell(this, null);
                    return;
                }
                ReviewDue due = item.reviewDue(today.get());
                Accessibility.nameCell(this, reviewWords(item));
                setText(due == ReviewDue.NONE ? Messages.get("families.review.none")
                        : DATE.withLocale(Messages.locale()).format(item.reviewDate()));
                // The badge stays the cell's graphic, shown or hidden: taking it out and putting it back as the
                // list changes at each keystroke made JavaFX match its styles again each time.
                setGraphic(badge);
                boolean pressing = due == ReviewDue.SOON || due == ReviewDue.OVERDUE;
                if (pressing) {
                    // Say how soon or how late, so the most pressing review is seen at a glance.
                    badge.setText(dueWords(item, due));
                    keepOnly(badge.getStyleClass(), due == ReviewDue.SOON ? "pill-soon" : "pill-overdue",
                            "pill-soon", "pill-overdue");
                }
                Shown.set(badge, pressing);
            }
        });
        review.setPrefWidth(240);

        table.getColumns().setAll(java.util.List.of(child, caregivers, status, review));
        table.setRowFactory(tv -> {
            TableRow<FamilySummary> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !row.isEmpty()) {
                    navigator.openFamily(row.getItem().id());
                }
            });
            return row;
        });

        emptyTitle.getStyleClass().add("empty-title");
        emptyText.getStyleClass().add("empty-text");
        emptyText.setWrapText(true);
        emptyText.setMaxWidth(520);
        emptyText.setAlignment(Pos.CENTER);
        emptyText.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
        FontIcon emptyIcon = new FontIcon("mdal-family_restroom");
        emptyIcon.getStyleClass().add("empty-icon");
        VBox empty = new VBox(10, emptyIcon, emptyTitle, emptyText);
        empty.setAlignment(Pos.CENTER);
        empty.setId("familyListEmpty");
        table.setPlaceholder(empty);
        Runnable updateEmpty = () -> {
            boolean searching = !model.queryProperty().get().isBlank();
            if (model.totalFamiliesProperty().get() < 0) {
                emptyTitle.setText(Messages.get("families.loading"));
                emptyText.setText("");
            } else if (searching) {
                emptyTitle.setText(Messages.get("families.noMatch.title", model.queryProperty().get().strip()));
                emptyText.setText(Messages.get("families.noMatch.text"));
            } else {
                emptyTitle.setText(Messages.get("families.empty.title"));
                emptyText.setText(Messages.get("families.empty.text"));
            }
        };
        model.totalFamiliesProperty().addListener(o -> updateEmpty.run());
        model.queryProperty().addListener(o -> updateEmpty.run());
        updateEmpty.run();
    }

    /** The next review in words: "12 Mar 2026, 5 days overdue", "Not set". */
    /** The last font and language the status words were measured in (FX thread only), and their width. */
    private static javafx.scene.text.Font measuredFont;
    private static java.util.Locale measuredLocale;
    private static double measuredWidth;

    /** How wide the longest plan status word ("Draft", "Active", "Closed") is in this font. */
    private static double longestStatusWord(javafx.scene.text.Font font) {
        // Asked at every layout of every status cell (each keystroke lays out a screenful): measured once a font.
        if (font.equals(measuredFont) && Messages.locale().equals(measuredLocale)) {
            return measuredWidth;
        }
        double widest = 0;
        for (app.homeplan.plan.PlanStatus status : app.homeplan.plan.PlanStatus.values()) {
            javafx.scene.text.Text word = new javafx.scene.text.Text(Messages.get(status.messageKey()));
            word.setFont(font);
            widest = Math.max(widest, word.getLayoutBounds().getWidth());
        }
        measuredFont = font;
        measuredLocale = Messages.locale();
        measuredWidth = widest;
        return widest;
    }

    private String reviewWords(FamilySummary item) {
        ReviewDue due = item.reviewDue(today.get());
        if (due == ReviewDue.NONE) {
            return Messages.get("families.review.none");
        }
        String date = DATE.withLocale(Messages.locale()).format(item.reviewDate());
        return due == ReviewDue.SOON || due == ReviewDue.OVERDUE ? date + ", " + dueWords(item, due) : date;
    }

    /** "Due in 5 days", "5 days overdue". */
    private String dueWords(FamilySummary item, ReviewDue due) {
        long days = Math.abs(java.time.temporal.ChronoUnit.DAYS.between(today.get(), item.reviewDate()));
        return Messages.get(due == ReviewDue.SOON ? "families.review.soon" : "families.review.overdue", days);
    }

    /**
     * Leaves {@code wanted} (null: none) as the only one of {@code states} in the style classes, changing
     * the list only if needed: each change makes JavaFX style the node again.
     */
    private static void keepOnly(java.util.List<String> styleClasses, String wanted, String... states) {
        for (String state : states) {
            if (!state.equals(wanted) && styleClasses.contains(state)) {
                styleClasses.remove(state);
            }
        }
        if (wanted != null && !styleClasses.contains(wanted)) {
            styleClasses.add(wanted);
        }
    }

    private void installKeys() {
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                openSelected();
                e.consume();
            } else if (e.getCode() == KeyCode.DELETE) {
                deleteSelected();
                e.consume();
            }
        });
        search.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DOWN && !table.getItems().isEmpty()) {
                table.requestFocus();
                if (table.getSelectionModel().isEmpty()) {
                    table.getSelectionModel().selectFirst();
                }
                e.consume();
            } else if (e.getCode() == KeyCode.ENTER && table.getItems().size() == 1) {
                navigator.openFamily(table.getItems().get(0).id());
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                search.clear();
                e.consume();
            }
        });
        sceneProperty().addListener((o, was, scene) -> {
            if (scene != null) {
                scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN), () -> {
                    if (getScene() != null && isVisible()) {
                        search.requestFocus();
                        search.selectAll();
                    }
                });
                scene.getAccelerators().put(new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN), () -> {
                    if (getParent() != null) {
                        newFamily();
                    }
                });
                javafx.application.Platform.runLater(search::requestFocus);
            }
        });
    }

    /** Asks for the child's name, stores a new family and opens it. */
    public void newFamily() {
        if (readOnly) {
            return;
        }
        dialogs.askText("families.new.title", "families.new.prompt", "").ifPresent(name ->
                model.createFamily(name).thenAccept(family -> navigator.openFamily(family.id())));
    }

    private void openSelected() {
        FamilySummary selected = model.selectedProperty().get();
        if (selected != null) {
            navigator.openFamily(selected.id());
        }
    }

    private void deleteSelected() {
        FamilySummary selected = model.selectedProperty().get();
        if (selected == null || readOnly) {
            return;
        }
        if (dialogs.confirm("families.delete.title", Messages.get("families.delete.text", selected.childName()),
                "families.delete.confirm")) {
            model.delete(selected);
        }
    }
}
