package app.homeplan.ui;

import app.homeplan.i18n.Messages;
import app.homeplan.i18n.UserMessages;
import app.homeplan.plan.Family;
import app.homeplan.store.EditConflict;
import app.homeplan.store.FamilyMerge;
import app.homeplan.store.FamilyMerge.Choice;
import app.homeplan.store.FamilyMerge.Difference;
import app.homeplan.store.SavedBy;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Someone else saved a change to the family being edited (clinic mode): the banner that says so, and the
 * screen that compares. For each field the other person changed it shows "Yours" beside "Saved by
 * (name) at (time)", with keep mine / take theirs / (for text) keep both. What only the other person
 * changed is preset to theirs; what both changed waits for a choice; what only this person changed is
 * kept without asking. Saving puts both people's changes together and saves them over the newer version;
 * "Not now" keeps the typing on screen, unsaved, and the banner stays.
 */
public final class ConflictView {
    private final FamilyAutosaver saver;
    private final EditConflict conflict;
    private final FamilyMerge merge;
    private final Map<String, Choice> choices = new HashMap<>();
    private final javafx.beans.property.BooleanProperty decided = new javafx.beans.property.SimpleBooleanProperty();
    private final Label problem = new Label();

    private ConflictView(FamilyAutosaver saver, EditConflict conflict) {
        this.saver = saver;
        this.conflict = conflict;
        // Mine is what is on screen now: typing after the refused save counts too.
        this.merge = conflict.theirs().map(theirs -> FamilyMerge.of(conflict.base(), saver.current(), theirs)).orElse(null);
    }

    /**
     * "Not saved: Anna Nguyen saved a change ... at 10:42 ..." with "Compare and choose…"; shown while the
     * autosaver waits for a choice ({@code #conflictBanner}, {@code #compareChanges}).
     */
    public static HBox banner(FamilyAutosaver saver) {
        Label message = new Label();
        message.setId("conflictMessage");
        message.setWrapText(true);
        message.setMaxWidth(Double.MAX_VALUE);
        message.textProperty().bind(Bindings.createStringBinding(() -> {
            EditConflict c = saver.conflictProperty().get();
            return c == null ? "" : bannerText(c);
        }, saver.conflictProperty()));
        HBox.setHgrow(message, Priority.ALWAYS);
        Button compare = new Button(Messages.get("clinic.conflict.compare"));
        compare.setId("compareChanges");
        compare.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        compare.setOnAction(e -> open(saver, compare.getScene() == null ? null : compare.getScene().getWindow()));
        HBox banner = new HBox(12, new FontIcon("mdmz-people"), message, compare);
        banner.setId("conflictBanner");
        banner.setAlignment(Pos.CENTER_LEFT);
        banner.getStyleClass().add("save-banner");
        Shown.when(banner, saver.conflictProperty().isNotNull());
        return banner;
    }

    private static String bannerText(EditConflict c) {
        Optional<SavedBy> who = c.savedBy(c.part()).or(() -> c.savedBy("family"));
        if (c.theirs().isEmpty()) {
            return Messages.get("clinic.conflict.banner.deleted");
        }
        Instant at = who.map(SavedBy::at).orElse(c.theirs().get().updatedAt());
        return Messages.get("clinic.conflict.banner", who.map(SavedBy::name).orElse(Messages.get("clinic.conflict.someone")),
                when(at));
    }

    /** Opens the comparison for the autosaver's conflict (no-op when there is none). Does not block. */
    public static Dialog<ButtonType> open(FamilyAutosaver saver, Window owner) {
        EditConflict conflict = saver.conflictProperty().get();
        if (conflict == null) {
            return null;
        }
        return new ConflictView(saver, conflict).show(owner);
    }

    private Dialog<ButtonType> show(Window owner) {
        Dialog<ButtonType> dialog = new Dialog<>();
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.setTitle(Messages.get("clinic.conflict.title"));
        dialog.setHeaderText(Messages.get("clinic.conflict.title"));
        dialog.setResizable(true);
        ButtonType save = new ButtonType(Messages.get("clinic.conflict.save"), ButtonBar.ButtonData.OK_DONE);
        ButtonType later = new ButtonType(Messages.get("clinic.conflict.later"), ButtonBar.ButtonData.CANCEL_CLOSE);
        VBox content = new VBox(12);
        content.setId("conflictView");
        content.setPadding(new Insets(4, 12, 0, 12));
        content.setMinWidth(760); // the two versions side by side, each half wide enough to read
        if (merge == null) {
            dialog.getDialogPane().getButtonTypes().setAll(later);
            content.getChildren().add(wrapped(Messages.get("clinic.conflict.banner.deleted")));
        } else {
            dialog.getDialogPane().getButtonTypes().setAll(later, save);
            List<Difference> differences = merge.differences();
            content.getChildren().add(wrapped(Messages.get(differences.isEmpty() ? "clinic.conflict.fits"
                    : "clinic.conflict.intro")));
            VBox rows = new VBox(16);
            for (int i = 0; i < differences.size(); i++) {
                rows.getChildren().add(row(differences.get(i), i + 1));
            }
            ScrollPane scroll = new ScrollPane(rows);
            scroll.setFitToWidth(true);
            scroll.setPrefViewportHeight(Math.min(560, 60 + 150.0 * differences.size()));
            content.getChildren().add(scroll);
            problem.setId("conflictProblem");
            problem.setWrapText(true);
            problem.getStyleClass().add("problem");
            Shown.when(problem, problem.textProperty().isNotEmpty());
            content.getChildren().add(problem);
            Button saveButton = (Button) dialog.getDialogPane().lookupButton(save);
            saveButton.setId("saveChoices");
            saveButton.disableProperty().bind(decided.not());
            saveButton.addEventFilter(ActionEvent.ACTION, e -> {
                if (!resolve()) {
                    e.consume(); // the dialog stays, with the reason under the choices
                }
            });
            updateDecided();
        }
        Button laterButton = (Button) dialog.getDialogPane().lookupButton(later);
        laterButton.setId("compareLater");
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().setPrefWidth(900);
        dialog.show();
        FocusScrolling.follow(dialog.getDialogPane().getScene()); // Tab through long lists keeps the choice in view
        return dialog;
    }

    /** One difference: where it is, the two versions side by side, and the choice. */
    private Node row(Difference d, int number) {
        Label where = new Label(d.where());
        where.setWrapText(true);
        where.getStyleClass().add("conflict-where");
        where.setStyle("-fx-font-weight: bold;");
        GridPane sides = new GridPane();
        sides.setHgap(16);
        sides.setVgap(4);
        ColumnConstraints half = new ColumnConstraints();
        half.setPercentWidth(50);
        sides.getColumnConstraints().addAll(half, half);
        Label mineHead = new Label(Messages.get("clinic.conflict.yours"));
        Label theirHead = new Label(savedByText(d));
        theirHead.setWrapText(true);
        mineHead.getStyleClass().add("muted");
        theirHead.getStyleClass().add("muted");
        Label mine = value(d.mine());
        mine.setId("conflictMine-" + number);
        Label theirs = value(d.theirs());
        theirs.setId("conflictTheirs-" + number);
        sides.addRow(0, mineHead, theirHead);
        sides.addRow(1, mine, theirs);

        ToggleGroup group = new ToggleGroup();
        RadioButton keepMine = choice(Messages.get("clinic.conflict.keepMine"), group, Choice.MINE, "keepMine-" + number);
        RadioButton takeTheirs = choice(Messages.get("clinic.conflict.takeTheirs"), group, Choice.THEIRS,
                "takeTheirs-" + number);
        HBox buttons = new HBox(16, keepMine, takeTheirs);
        if (d.text()) {
            buttons.getChildren().add(choice(Messages.get("clinic.conflict.keepBoth"), group, Choice.BOTH,
                    "keepBoth-" + number));
        }
        d.preset().ifPresent(preset -> group.selectToggle(preset == Choice.MINE ? keepMine : takeTheirs));
        group.selectedToggleProperty().addListener((o, was, now) -> {
            if (now != null) {
                choices.put(d.id(), (Choice) now.getUserData());
            }
            problem.setText("");
            updateDecided();
        });
        Label ask = new Label(Messages.get("clinic.conflict.bothChanged"));
        ask.getStyleClass().add("muted");
        ask.setVisible(d.bothChanged());
        ask.setManaged(d.bothChanged());
        VBox row = new VBox(6, where, sides, ask, buttons);
        row.getStyleClass().add("conflict-row");
        row.setPadding(new Insets(8));
        row.setStyle("-fx-border-color: -color-border-default; -fx-border-radius: 6;");
        return row;
    }

    private static RadioButton choice(String text, ToggleGroup group, Choice choice, String id) {
        RadioButton button = new RadioButton(text);
        button.setToggleGroup(group);
        button.setUserData(choice);
        button.setId(id);
        return button;
    }

    private static Label value(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMaxWidth(Double.MAX_VALUE);
        return label;
    }

    private static Label wrapped(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        return label;
    }

    private String savedByText(Difference d) {
        return conflict.savedBy(d.partKey())
                .map(who -> Messages.get("clinic.conflict.savedBy", who.name(), when(who.at())))
                .orElse(Messages.get("clinic.conflict.savedBySomeone"));
    }

    private void updateDecided() {
        decided.set(merge.isDecided(choices));
    }

    /** Saves the choice over the newer version; false (with the reason shown) when the choices make no plan. */
    private boolean resolve() {
        Family merged;
        try {
            merged = merge.result(choices);
        } catch (RuntimeException invalid) {
            problem.setText(UserMessages.of(invalid));
            return false;
        }
        saver.resolve(conflict.theirs().orElseThrow(), merged);
        return true;
    }

    /** "10:42" today, else the date and time, in this computer's time zone. */
    static String when(Instant at) {
        ZonedDateTime local = at.atZone(ZoneId.systemDefault());
        boolean today = local.toLocalDate().equals(LocalDate.now());
        return local.format(today ? DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT)
                : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT));
    }
}
