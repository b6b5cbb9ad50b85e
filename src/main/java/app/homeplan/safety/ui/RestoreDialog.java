package app.homeplan.safety.ui;

import app.homeplan.i18n.Messages;
import app.homeplan.safety.ui.RestoreViewModel.BackupRow;
import app.homeplan.ui.Accessibility;
import app.homeplan.ui.Shown;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * "Restore from a backup": every backup with its date, why it was taken and what it holds (how many
 * families, the children's names), newest first. Answers the chosen backup; restoring is the
 * caller's job (after asking once more). Thin: the list comes from {@link RestoreViewModel}.
 */
public final class RestoreDialog extends Dialog<BackupRow> {
    public static final ButtonType RESTORE = new ButtonType(Messages.get("safety.restore.button"), ButtonBar.ButtonData.OK_DONE);

    private final TableView<BackupRow> table = new TableView<>();

    public RestoreDialog(Window owner, RestoreViewModel model) {
        initOwner(owner);
        setTitle(Messages.get("safety.restore.title"));
        setHeaderText(Messages.get("safety.restore.title"));
        setResizable(true);

        Label intro = new Label(Messages.get("safety.restore.intro"));
        intro.setWrapText(true);
        Label error = new Label();
        error.getStyleClass().add("error-banner");
        error.setWrapText(true);
        error.textProperty().bind(model.errorProperty());
        Shown.when(error, model.errorProperty().isNotEmpty());

        table.setId("backupTable");
        Accessibility.name(table, Messages.get("safety.restore.table.accessible"));
        table.setItems(model.rows());
        table.getSelectionModel().setSelectionMode(SelectionMode.SINGLE);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().setAll(java.util.List.of(
                column("safety.restore.column.when", BackupRow::whenText, 280),
                column("safety.restore.column.families", BackupRow::familiesText, 110),
                column("safety.restore.column.children", BackupRow::childrenText, 440),
                column("safety.restore.column.size", BackupRow::sizeText, 80)));
        table.setRowFactory(tv -> {
            TableRow<BackupRow> row = new TableRow<>();
            // The whole list of names, for a row whose names do not fit.
            row.itemProperty().addListener((o, was, item) -> row.setTooltip(item == null || !item.readable()
                    ? null : new Tooltip(String.join("\n", item.contents().childNames()))));
            return row;
        });
        Label placeholder = new Label();
        placeholder.setWrapText(true);
        placeholder.textProperty().bind(Bindings.when(model.loadingProperty())
                .then(Messages.get("safety.restore.loading"))
                .otherwise(Messages.get("safety.restore.none")));
        table.setPlaceholder(placeholder);
        table.setPrefHeight(360);
        // Wide enough for the children's names; a dialog ignores its content's preferred width.
        double width = Math.min(980, javafx.stage.Screen.getPrimary().getVisualBounds().getWidth() - 80);
        getDialogPane().setPrefWidth(width);
        getDialogPane().setMinWidth(width);

        VBox content = new VBox(12, intro, error, table);
        VBox.setVgrow(table, Priority.ALWAYS);
        getDialogPane().setContent(content);
        getDialogPane().getButtonTypes().setAll(ButtonType.CANCEL, RESTORE);
        Button restore = (Button) getDialogPane().lookupButton(RESTORE);
        restore.setId("restoreChosen");
        restore.disableProperty().bind(Bindings.createBooleanBinding(() -> {
            BackupRow row = table.getSelectionModel().getSelectedItem();
            return row == null || !row.readable();
        }, table.getSelectionModel().selectedItemProperty()));
        ((Button) getDialogPane().lookupButton(ButtonType.CANCEL)).setText(Messages.get("common.cancel"));
        table.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && !restore.isDisabled()) {
                restore.fire();
            }
        });
        setResultConverter(button -> button == RESTORE ? table.getSelectionModel().getSelectedItem() : null);
        model.load();
    }

    public TableView<BackupRow> table() {
        return table;
    }

    private static TableColumn<BackupRow, String> column(String titleKey, java.util.function.Function<BackupRow, String> text,
                                                         double width) {
        TableColumn<BackupRow, String> column = new TableColumn<>(Messages.get(titleKey));
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(text.apply(c.getValue())));
        column.setPrefWidth(width);
        return column;
    }
}
