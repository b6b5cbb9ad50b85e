package app.homeplan.ui;

import app.homeplan.i18n.Messages;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * How a screen that saves as it is typed in shows where saving stands: a small indicator for the
 * header ("Saved", "Saving…", "Not saved", "Read only") and, while saving fails, a calm banner with
 * the store's own sentence and "Try again now". The wizard and the review screen show the same.
 */
public final class SaveStatus {
    private SaveStatus() {
    }

    /** The header's indicator ({@code #saveStatus}). */
    public static Label indicator(FamilyAutosaver saver) {
        Label label = new Label();
        label.setId("saveStatus");
        label.getStyleClass().add("save-status");
        label.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE); // "Saved" is never cut to "S..."
        Runnable show = () -> {
            label.getStyleClass().removeAll("saved", "saving", "failed", "read-only");
            label.setTooltip(null);
            switch (saver.stateProperty().get()) {
                case SAVED -> set(label, "common.save.saved", "mdal-cloud_done", "saved");
                case SAVING -> set(label, "common.save.saving", "mdmz-sync", "saving");
                case FAILED, CONFLICT -> set(label, "common.save.failed", "mdmz-sync_problem", "failed");
                case READ_ONLY -> {
                    set(label, "common.save.readOnly", "mdal-lock", "read-only");
                    label.setTooltip(new Tooltip(Messages.get("safety.readOnly.why")));
                }
            }
        };
        saver.stateProperty().addListener(o -> show.run());
        show.run();
        return label;
    }

    /**
     * "Not saved: (why) What you entered is still here; Homeplan will keep trying." with "Try again
     * now"; shown only while saving fails ({@code #saveProblem}, {@code #retrySave}).
     */
    public static HBox problemBanner(FamilyAutosaver saver) {
        Label message = new Label();
        message.setId("saveProblem");
        message.setWrapText(true);
        message.textProperty().bind(Bindings.createStringBinding(
                () -> Messages.get("common.save.banner", saver.problemProperty().get()), saver.problemProperty()));
        message.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(message, Priority.ALWAYS);
        Button retry = new Button(Messages.get("common.save.retry"));
        retry.setId("retrySave");
        retry.setOnAction(e -> saver.flush());
        retry.setMinWidth(Region.USE_PREF_SIZE); // the long sentence wraps; the button keeps its words
        HBox banner = new HBox(12, new FontIcon("mdmz-sync_problem"), message, retry);
        banner.setAlignment(Pos.CENTER_LEFT);
        banner.getStyleClass().add("save-banner");
        Shown.when(banner, saver.stateProperty().isEqualTo(FamilyAutosaver.State.FAILED));
        return banner;
    }

    private static void set(Label label, String key, String icon, String style) {
        label.setText(Messages.get(key));
        label.setGraphic(new FontIcon(icon));
        label.getStyleClass().add(style);
    }
}
