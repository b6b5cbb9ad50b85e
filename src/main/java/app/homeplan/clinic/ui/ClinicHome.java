package app.homeplan.clinic.ui;

import app.homeplan.clinic.ClinicAccounts;
import app.homeplan.families.ui.FamilyListView;
import app.homeplan.i18n.Messages;
import app.homeplan.i18n.UserMessages;
import app.homeplan.plan.FamilySummary;
import app.homeplan.store.AccessLog;
import app.homeplan.store.Store;
import app.homeplan.ui.AppContext;
import app.homeplan.ui.Shortcuts;
import app.homeplan.ui.Tooltips;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * What the home screen shows on a clinic's shared database: who is signed in (the clinician's full name,
 * as "clinic add-clinician --name" gave it), the way to the connection settings, and each family's record
 * of access (who opened, printed, exported, imported, reviewed it, and when). On a data file it shows only
 * the record of access: the same record is kept there, under this computer's user name.
 */
public final class ClinicHome {
    private ClinicHome() {
    }

    /**
     * Adds the home screen's clinic parts.
     *
     * @param settings opens the connection settings screen (shared database only)
     */
    public static void install(FamilyListView home, AppContext app, ObservableValue<FamilySummary> selected,
                               Runnable settings) {
        Store store = app.store();
        home.actions().getChildren().add(accessLogButton(app, selected));
        if (!store.isShared()) {
            return;
        }
        // A clinic's database is backed up on the server (pg_dump, docs/clinic.md), not by this computer.
        home.headerActions().getChildren().removeIf(node -> "restoreBackup".equals(node.getId()));
        Label signedIn = new Label();
        signedIn.setId("signedInAs");
        signedIn.setGraphic(new FontIcon("mdal-account_circle"));
        signedIn.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        Tooltips.onHover(signedIn, store.location());
        String login = store.accessLog().who();
        signedIn.setText(Messages.get("clinic.signedIn", login));
        app.storeThread().submit(() -> ClinicAccounts.fullName(store, login).orElse(login))
                .whenComplete((name, failure) -> Platform.runLater(() -> {
                    if (failure == null) {
                        signedIn.setText(Messages.get("clinic.signedIn", name));
                        app.stage().setTitle(Messages.get("clinic.windowTitle", Messages.get("app.title"), name));
                    }
                }));
        Button connection = new Button(Messages.get("clinic.connection.button"), new FontIcon("mdmz-settings_ethernet"));
        connection.setId("clinicConnection");
        Shortcuts.keep(connection); // Alt+C
        connection.getStyleClass().add("flat");
        connection.setOnAction(e -> settings.run());
        home.headerActions().getChildren().addAll(0, List.of(signedIn, connection));
    }

    /** "Record of access" for the selected family. */
    static Button accessLogButton(AppContext app, ObservableValue<FamilySummary> selected) {
        Button button = new Button(Messages.get("clinic.log.button"), new FontIcon("mdal-history"));
        button.setId("accessLog");
        Shortcuts.keep(button); // Alt+E
        Tooltips.onHover(button, Messages.get("clinic.log.tooltip"));
        button.disableProperty().bind(Bindings.createBooleanBinding(() -> selected.getValue() == null, selected));
        button.setOnAction(e -> {
            FamilySummary family = selected.getValue();
            if (family != null) {
                show(app, family);
            }
        });
        return button;
    }

    /** A row of the record as the screen shows it. */
    record Row(String when, String who, String action, String purpose) {
    }

    /** Loads the family's record on the store thread and shows it, oldest first. */
    static void show(AppContext app, FamilySummary family) {
        Store store = app.store();
        app.storeThread().submit(() -> {
            List<AccessLog.Entry> entries = store.accessLog().forFamily(family.id());
            Map<String, String> names = new HashMap<>();
            for (AccessLog.Entry entry : entries) {
                names.computeIfAbsent(entry.who(), login -> ClinicAccounts.fullName(store, login)
                        .map(name -> Messages.get("clinic.log.nameAndLogin", name, login)).orElse(login));
            }
            DateTimeFormatter format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
                    .withZone(ZoneId.systemDefault());
            return entries.stream().map(e -> new Row(format.format(e.at()), names.get(e.who()),
                    Messages.get("clinic.log.action." + e.action().code()), e.purpose().orElse(""))).toList();
        }).whenComplete((rows, failure) -> Platform.runLater(() -> {
            if (failure != null) {
                app.dialogs().showError("common.error.title", UserMessages.of(failure));
                return;
            }
            app.dialogs().showPanel("clinic.log.title", table(family, rows), null);
        }));
    }

    static VBox table(FamilySummary family, List<Row> rows) {
        TableView<Row> table = new TableView<>(FXCollections.observableArrayList(rows));
        table.setId("accessLogTable");
        table.getColumns().add(column("clinic.log.when", Row::when, 190));
        table.getColumns().get(0).setMinWidth(180); // the time whole, never "6:36:3..."
        table.getColumns().add(column("clinic.log.who", Row::who, 220));
        table.getColumns().add(column("clinic.log.what", Row::action, 150));
        table.getColumns().add(column("clinic.log.purpose", Row::purpose, 220));
        table.setPlaceholder(new Label(Messages.get("clinic.log.none")));
        table.setPrefSize(800, 360);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Label intro = new Label(Messages.get("clinic.log.intro", family.childName(), rows.size()));
        intro.setWrapText(true);
        VBox box = new VBox(12, intro, table);
        box.setPadding(new Insets(8, 12, 0, 12));
        box.setMinWidth(760); // every column readable: the panel is as wide as its content needs
        return box;
    }

    private static TableColumn<Row, String> column(String key, java.util.function.Function<Row, String> value,
                                                   double width) {
        TableColumn<Row, String> column = new TableColumn<>(Messages.get(key));
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        column.setPrefWidth(width);
        return column;
    }
}
