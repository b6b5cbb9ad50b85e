package app.homeplan.families;

import app.homeplan.i18n.Messages;
import app.homeplan.library.RoutineLibrary;
import app.homeplan.plan.Family;
import app.homeplan.plan.Goal;
import app.homeplan.plan.Routine;
import app.homeplan.plan.Strategy;
import java.time.LocalDate;
import java.time.Period;
import java.util.stream.Collectors;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * A read-only look at a family's plan: the family, their goals in priority order, and their day
 * routine by routine with the goals and strategies in each.
 */
public final class FamilySummaryView extends BorderPane {

    public FamilySummaryView(Family family, Runnable back, LocalDate today) {
        getStyleClass().add("family-summary");
        setId("familySummary");
        Button backButton = new Button(Messages.get("summary.back"), new FontIcon("mdal-arrow_back"));
        backButton.setId("backToFamilies");
        backButton.setOnAction(e -> back.run());
        backButton.setCancelButton(true);
        Label title = new Label(Messages.get("summary.title", family.child().displayName()));
        title.getStyleClass().add("app-title");
        HBox header = new HBox(16, backButton, title);
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add("app-header");
        header.setPadding(new Insets(16, 24, 16, 24));
        setTop(header);

        VBox content = new VBox(14);
        content.setPadding(new Insets(20, 32, 32, 32));
        content.getStyleClass().add("summary-content");

        Period age = family.child().ageOn(today);
        String ageText = age == null ? "" : Messages.get("summary.age", age.getYears(), age.getMonths());
        content.getChildren().add(line(family.child().name() + (ageText.isEmpty() ? "" : " \u00b7 " + ageText), "summary-lead"));
        String caregivers = family.caregivers().stream()
                .map(c -> c.relationship().isBlank() ? c.name() : c.name() + " (" + c.relationship() + ")")
                .collect(Collectors.joining(", "));
        if (!caregivers.isBlank()) {
            content.getChildren().add(line(Messages.get("summary.caregivers", caregivers), null));
        }
        content.getChildren().add(line(Messages.get("summary.status", Messages.get(family.status().messageKey())), null));

        content.getChildren().add(heading(Messages.get("summary.goals")));
        if (family.goals().isEmpty()) {
            content.getChildren().add(line(Messages.get("summary.noGoals"), "muted"));
        }
        int rank = 1;
        for (Goal goal : family.goals()) {
            content.getChildren().add(line(rank++ + ". " + goal.headline(), "summary-goal"));
            if (!goal.criterion().isBlank()) {
                content.getChildren().add(line(Messages.get("summary.criterion", goal.criterion()), "summary-detail"));
            }
        }

        content.getChildren().add(heading(Messages.get("summary.day")));
        if (family.routines().isEmpty()) {
            content.getChildren().add(line(Messages.get("summary.noRoutines"), "muted"));
        }
        for (Routine routine : family.routines()) {
            FontIcon icon = new FontIcon(RoutineLibrary.iconFor(routine.libraryKey()));
            Label name = new Label(routine.name() + (routine.usualTime().isBlank() ? "" : "  \u00b7  " + routine.usualTime()));
            name.getStyleClass().add("summary-routine");
            HBox row = new HBox(8, icon, name);
            row.setAlignment(Pos.CENTER_LEFT);
            content.getChildren().add(row);
            for (Goal goal : family.goalsIn(routine.id())) {
                content.getChildren().add(line("\u2022 " + goal.headline(), "summary-detail"));
                for (Strategy s : family.strategiesFor(goal.id(), routine.id())) {
                    content.getChildren().add(line("    \u2013 " + s.what(), "summary-strategy"));
                }
            }
        }
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        setCenter(scroll);
    }

    private static Label heading(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("section-title");
        return l;
    }

    private static Label line(String text, String style) {
        Label l = new Label(text);
        l.setWrapText(true);
        if (style != null) {
            l.getStyleClass().add(style);
        }
        return l;
    }
}
