package app.homeplan.review.ui;

import app.homeplan.store.AccessLog;
import app.homeplan.i18n.Messages;
import app.homeplan.plan.Family;
import app.homeplan.plan.FamilySummary;
import app.homeplan.scores.GasMode;
import app.homeplan.ui.AppContext;
import app.homeplan.ui.FamilyAutosaver;
import app.homeplan.i18n.UserMessages;
import java.time.LocalDate;
import java.util.function.LongConsumer;
import javafx.application.Platform;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Button;
import org.kordamp.ikonli.javafx.FontIcon;
import app.homeplan.review.PrintProgress;
import app.homeplan.review.ReviseGoals;
import app.homeplan.ui.Tooltips;

/** How the rest of the app reaches progress reviews: the home screen's button and opening the screen. */
public final class ReviewScreen {
    private ReviewScreen() {
    }

    /** "Review progress" for the home screen's actions: enabled while a family is selected. */
    public static Button homeButton(ObservableValue<FamilySummary> selected, LongConsumer openReview) {
        Button button = new Button(Messages.get("review.home.button"), new FontIcon("mdal-insert_chart_outlined"));
        app.homeplan.ui.Shortcuts.keep(button);
        button.setId("reviewProgress");
        Tooltips.onHover(button, Messages.get("review.home.tooltip"));
        button.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> selected.getValue() == null, selected));
        button.setOnAction(e -> {
            if (selected.getValue() != null) {
                openReview.accept(selected.getValue().id());
            }
        });
        return button;
    }

    /**
     * Loads the family on the store thread and shows its review screen, without a print button.
     *
     * @param reviseGoals where "Revise or add goals" leads (the wizard's goals step); null for none
     */
    public static void open(AppContext app, long familyId, ReviseGoals reviseGoals) {
        open(app, familyId, reviseGoals, null);
    }

    /**
     * Loads the family on the store thread and shows its review screen.
     *
     * @param reviseGoals   where "Revise or add goals" leads (the wizard's goals step); null for none
     * @param printProgress what "Print progress summary…" does (saves the PDF); null for no button
     */
    public static void open(AppContext app, long familyId, ReviseGoals reviseGoals, PrintProgress printProgress) {
        app.storeThread().submit(() -> app.store().families().loadFor(AccessLog.Action.REVIEW, familyId, null)
                .map(f -> java.util.Map.entry(f, GasMode.parse(app.store().settings().get(GasMode.SETTING).orElse(null)))))
                .whenComplete((loaded, failure) ->
                Platform.runLater(() -> {
                    if (failure != null) {
                        app.dialogs().showError("common.error.title", UserMessages.of(failure));
                    } else if (loaded.isEmpty()) {
                        app.dialogs().showError("common.error.title", Messages.get("store.error.familyGone"));
                        app.navigator().showFamilies();
                    } else {
                        show(app, loaded.get().getKey(), loaded.get().getValue(), reviseGoals, printProgress);
                    }
                }));
    }

    /** The screen for a family as loaded (or as two people's changes were put together after a conflict). */
    private static void show(AppContext app, Family family, GasMode gasMode, ReviseGoals reviseGoals,
                             PrintProgress printProgress) {
        ReviewViewModel model = new ReviewViewModel(family, FamilyAutosaver.forWindow(app, family),
                LocalDate::now, gasMode);
        // The clinic's choice is kept in the data file, for everyone who uses it.
        model.gasModeProperty().addListener((o, was, now) -> {
            if (!app.store().isReadOnly()) {
                app.storeThread().submit(() -> {
                    app.store().settings().put(GasMode.SETTING, now.name());
                    return null;
                }).whenComplete((done, problem) -> {
                    if (problem != null) {
                        Platform.runLater(() -> app.dialogs().showError("common.error.title",
                                UserMessages.of(problem)));
                    }
                });
            }
        });
        ReviewView view = new ReviewView(model, app.dialogs(), app.navigator()::showFamilies,
                reviseGoals, printProgress);
        ReviewScreenFrame.decorate(view, model, app.store());
        // After a conflict the screen is made again from both people's changes, as saved.
        model.autosaver().onResolved(merged -> show(app, merged, model.gasModeProperty().get(), reviseGoals,
                printProgress));
        app.window().show(view, model.autosaver());
    }
}
