package app.homeplan.review.ui;

import app.homeplan.ui.BidiLines;
import app.homeplan.i18n.Messages;
import app.homeplan.plan.GasScale;
import app.homeplan.plan.GoalStatus;
import app.homeplan.plan.Rater;
import app.homeplan.scores.Copm;
import app.homeplan.scores.GoalProgress;
import app.homeplan.scores.ReviewScores;
import app.homeplan.scores.ScoreFormat;
import app.homeplan.ui.Accessibility;
import app.homeplan.ui.PillRow;
import app.homeplan.ui.RatingPicker;
import atlantafx.base.theme.Styles;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * One goal in the review being recorded: performance and satisfaction 1-10 beside where they
 * started, the GAS level with the descriptions written at goal setting beside each choice, the
 * decision about the goal, and notes in the family's words.
 */
final class GoalRatingCard extends VBox {
    private static final PseudoClass CHOSEN = PseudoClass.getPseudoClass("chosen");

    /**
     * @param writeLevels opens the goal's GAS levels for writing (leaving the review); null when not offered
     */
    GoalRatingCard(GoalRatingViewModel row, ReadOnlyObjectProperty<ReviewScores> scores, Runnable writeLevels) {
        getStyleClass().add("review-goal-card");
        setId("goalCard" + row.rank());
        Accessibility.group(this, Messages.get("review.card.accessible", row.rank(), row.goal().headline()));
        setSpacing(14);
        setMinWidth(0);

        Label number = new Label(Integer.toString(row.rank()));
        number.getStyleClass().add("goal-number");
        Label headline = BidiLines.install(new Label(row.goal().headline()));
        headline.getStyleClass().add("goal-headline");
        headline.setWrapText(true);
        VBox titles = new VBox(2, headline);
        if (!row.goal().outcome().isBlank() && !row.goal().outcome().equals(row.goal().headline())) {
            Label outcome = BidiLines.install(new Label(row.goal().outcome()));
            outcome.getStyleClass().add("muted");
            outcome.setWrapText(true);
            titles.getChildren().add(outcome);
        }
        HBox.setHgrow(titles, Priority.ALWAYS);
        HBox header = new HBox(12, number, titles);
        header.setAlignment(Pos.TOP_LEFT);

        Function<ReviewScores, Optional<GoalProgress>> progress = s -> s == null ? Optional.empty()
                : Optional.of(s.goals().get(row.rank() - 1));
        VBox ratings = new VBox(14,
                scale(row.rank(), "review.performance", "review.performance.hint", row.performanceProperty(),
                        row.goal().copm().performance(), "performance" + row.rank(),
                        () -> progress.apply(scores.get()).flatMap(GoalProgress::performanceChange), scores),
                scale(row.rank(), "review.satisfaction", "review.satisfaction.hint", row.satisfactionProperty(),
                        row.goal().copm().satisfaction(), "satisfaction" + row.rank(),
                        () -> progress.apply(scores.get()).flatMap(GoalProgress::satisfactionChange), scores),
                status(row),
                notes(row));
        VBox gas = row.gasRatable() ? gasLevels(row) : noLevels(row, writeLevels);
        gas.getChildren().add(1, raters(row));

        GridPane columns = new GridPane();
        columns.setHgap(28);
        columns.setVgap(18);
        getChildren().addAll(header, columns);
        // Side by side when there is room; the GAS levels go underneath when the window is narrow or
        // the text is enlarged, rather than pushing the card wider than the window.
        Region scaleRow = (Region) ((VBox) ratings.getChildren().get(0)).getChildren().get(2);
        boolean[] sideBySide = {false, false};
        Runnable arrange = () -> {
            double needed = 2 * scaleRow.prefWidth(-1) + columns.getHgap() + 40;
            boolean wide = getWidth() <= 0 || getWidth() >= needed;
            if (sideBySide[1] && sideBySide[0] == wide) {
                return;
            }
            sideBySide[0] = wide;
            sideBySide[1] = true;
            columns.getChildren().clear();
            columns.getColumnConstraints().clear();
            if (wide) {
                ColumnConstraints half = new ColumnConstraints();
                half.setPercentWidth(50);
                half.setHgrow(Priority.ALWAYS);
                columns.getColumnConstraints().addAll(half, half);
                columns.add(ratings, 0, 0);
                columns.add(gas, 1, 0);
            } else {
                ColumnConstraints whole = new ColumnConstraints();
                whole.setPercentWidth(100);
                columns.getColumnConstraints().add(whole);
                columns.add(ratings, 0, 0);
                columns.add(gas, 0, 1);
            }
        };
        widthProperty().addListener(o -> arrange.run());
        scaleRow.widthProperty().addListener(o -> arrange.run()); // the text size changed
        arrange.run();
    }

    /** A 1-10 scale; pressing the chosen number again clears it. */
    private static VBox scale(int rank, String titleKey, String hintKey, ObjectProperty<Integer> value, Integer start,
                              String id, java.util.function.Supplier<Optional<Copm.Change>> change,
                              ReadOnlyObjectProperty<ReviewScores> scores) {
        Label title = new Label(Messages.get(titleKey));
        title.getStyleClass().add("field-label");
        title.setWrapText(true); // large text: "How happy the family is with it" on two lines, never cut short
        Label hint = new Label(Messages.get(hintKey));
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);

        // The kit's picker, as in the wizard: one Tab stop, digits (0 = 10), arrows, Home/End, Delete clears.
        String scale = Messages.get(titleKey + ".short");
        RatingPicker row = new RatingPicker(1, 10, value, String::valueOf,
                Messages.get("review.scale.group", rank, scale))
                .numberIds(id)
                // "Goal 2, how well it goes now, 7 of 10": which goal and which scale, not only "7".
                .spokenNames(i -> Messages.get("review.scale.accessible", rank, scale, i));
        row.setId(id);

        Label started = new Label(Messages.get("review.atStart", ScoreFormat.rating(start)));
        started.getStyleClass().add("muted");
        Label pill = new Label();
        pill.setId(id + "_change");
        Runnable showChange = () -> ChangePill.show(pill, change.get().orElse(null));
        scores.addListener((o, was, now) -> showChange.run());
        showChange.run();
        HBox startRow = new HBox(10, started, pill);
        startRow.setAlignment(Pos.CENTER_LEFT);
        return new VBox(6, title, hint, row, startRow);
    }

    /** The decision as pills; "Not decided yet" is its own choice, selected until someone decides. */
    private static VBox status(GoalRatingViewModel row) {
        Label title = new Label(Messages.get("review.status"));
        title.getStyleClass().add("field-label");
        Map<GoalStatus, ToggleButton> buttons = new LinkedHashMap<>();
        PillRow pills = new PillRow();
        GoalStatus[] all = GoalStatus.values();
        ToggleButton undecided = new ToggleButton(Messages.get("review.decision.none"));
        undecided.setId("status" + row.rank() + "_undecided");
        Accessibility.name(undecided, Messages.get("review.status.accessible", row.rank(), undecided.getText()));
        buttons.put(null, undecided);
        pills.getChildren().add(undecided);
        for (int i = 0; i < all.length; i++) {
            ToggleButton b = new ToggleButton(Messages.get(all[i].messageKey()));
            b.setId("status" + row.rank() + "_" + all[i].name().toLowerCase(java.util.Locale.ROOT));
            Accessibility.name(b, Messages.get("review.status.accessible", row.rank(), b.getText()));
            buttons.put(all[i], b);
            pills.getChildren().add(b);
        }
        Choices.bind(row.statusProperty(), buttons);
        Accessibility.group(pills, Messages.get("review.status.group", row.rank()));
        return new VBox(6, title, pills);
    }

    /**
     * Who gave the ratings. When the family or the clinician rated alone, the other's GAS level can be
     * added; where the two differ, both are kept and shown.
     */
    private static VBox raters(GoalRatingViewModel row) {
        Label title = new Label(Messages.get("review.raters"));
        title.getStyleClass().add("field-label");
        Map<Rater, ToggleButton> buttons = new LinkedHashMap<>();
        PillRow pills = new PillRow();
        Rater[] all = Rater.values();
        for (int i = 0; i < all.length; i++) {
            ToggleButton b = new ToggleButton(Messages.get(all[i].messageKey()));
            b.getStyleClass().add(Styles.SMALL);
            b.setId("rater" + row.rank() + "_" + all[i].name().toLowerCase(java.util.Locale.ROOT));
            Accessibility.name(b, Messages.get("review.raters.accessible", row.rank(), b.getText()));
            buttons.put(all[i], b);
            pills.getChildren().add(b);
        }
        Choices.bind(row.ratedByProperty(), buttons);
        Accessibility.group(pills, Messages.get("review.raters.group", row.rank()));
        VBox box = new VBox(6, title, pills);
        if (row.gasRatable()) {
            Label otherTitle = new Label();
            otherTitle.getStyleClass().add("hint");
            Map<Integer, ToggleButton> levels = new LinkedHashMap<>();
            PillRow levelRow = new PillRow();
            for (int level = GasScale.MIN_LEVEL; level <= GasScale.MAX_LEVEL; level++) {
                ToggleButton b = new ToggleButton(ScoreFormat.signed(level));
                b.getStyleClass().add(Styles.SMALL);
                b.setId("otherGas" + row.rank() + "_" + (level < 0 ? "m" + -level : "p" + level));
                Accessibility.name(b, Messages.get("review.raters.other.accessible", row.rank(), b.getText()));
                levels.put(level, b);
                levelRow.getChildren().add(b);
            }
            Choices.bind(row.otherGasAttainmentProperty(), levels);
            VBox other = new VBox(4, otherTitle, levelRow);
            Runnable show = () -> {
                Rater by = row.ratedByProperty().get();
                boolean alone = by != null && by != Rater.TOGETHER;
                other.setVisible(alone);
                other.setManaged(alone);
                if (alone) {
                    otherTitle.setText(Messages.get("review.raters.other", by.other().ordinal()));
                }
            };
            row.ratedByProperty().addListener((o, was, now) -> show.run());
            show.run();
            box.getChildren().add(other);
        }
        return box;
    }

    /** A goal without written GAS levels cannot be GAS-rated: say so, and offer to write them. */
    private static VBox noLevels(GoalRatingViewModel row, Runnable writeLevels) {
        Label title = new Label(Messages.get("review.gas"));
        title.getStyleClass().add("field-label");
        Label why = new Label(Messages.get("review.gas.cannotRate"));
        why.setWrapText(true);
        why.setId("gasCannotRate" + row.rank());
        why.getStyleClass().add("hint");
        VBox box = new VBox(6, title, why);
        if (writeLevels != null) {
            Hyperlink write = new Hyperlink(Messages.get("review.gas.writeLevels"));
            write.setId("writeLevels" + row.rank());
            write.setOnAction(e -> writeLevels.run());
            box.getChildren().add(write);
        }
        return box;
    }

    private static VBox notes(GoalRatingViewModel row) {
        Label title = new Label(Messages.get("review.goalNotes"));
        title.getStyleClass().add("field-label");
        TextArea text = app.homeplan.ui.GrowWithText.grow(Accessibility.tabMovesOn(new TextArea())); // a long note is read on the page
        text.setId("notes" + row.rank());
        text.setPromptText(Messages.get("review.goalNotes.prompt"));
        text.setWrapText(true);
        text.setPrefRowCount(2);
        text.textProperty().bindBidirectional(row.notesProperty());
        title.setLabelFor(text);
        Accessibility.name(title, Messages.get("review.goalNotes.accessible", row.rank()));
        return new VBox(6, title, text);
    }

    /** The five GAS levels, best at the top, each with the description written at goal setting. */
    private static VBox gasLevels(GoalRatingViewModel row) {
        Label title = new Label(Messages.get("review.gas"));
        title.getStyleClass().add("field-label");
        Hyperlink clear = new Hyperlink(Messages.get("review.gas.clear"));
        Accessibility.name(clear, Messages.get("review.gas.clear.accessible", row.rank()));
        clear.setId("gasClear" + row.rank());
        clear.setOnAction(e -> row.gasAttainmentProperty().set(null));
        clear.visibleProperty().bind(row.gasAttainmentProperty().isNotNull());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox titleRow = new HBox(8, title, spacer, clear);
        titleRow.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(6, titleRow);

        GasScale gas = row.gas();
        Map<Integer, RadioButton> radios = new LinkedHashMap<>();
        for (int level = GasScale.MAX_LEVEL; level >= GasScale.MIN_LEVEL; level--) {
            RadioButton radio = new RadioButton(ScoreFormat.signed(level));
            radio.setId("gas" + row.rank() + "_" + (level < 0 ? "m" + -level : "p" + level));
            radio.getStyleClass().add("gas-radio");
            radios.put(level, radio);
            Label name = new Label(Messages.get("review.gas.level." + (level + 2)));
            // "Goal 1, goal attainment, +2, much more than expected": the level's words, not only "+2".
            Accessibility.name(radio, Messages.get("review.gas.accessible", row.rank(), radio.getText(), name.getText()));
            name.getStyleClass().add("gas-level-name");
            name.setWrapText(true); // "Somewhat less than expected" wraps beside the radio rather than losing its end
            VBox words = new VBox(2, name);
            String description = gas.description(level);
            if (!description.isBlank()) {
                Label d = new Label(description);
                d.setWrapText(true);
                d.getStyleClass().add("gas-level-description");
                words.getChildren().add(d);
            }
            HBox.setHgrow(words, Priority.ALWAYS);
            HBox levelRow = new HBox(12, radio, words);
            if (gas.baseline() != null && gas.baseline() == level) {
                Label start = new Label(Messages.get("review.gas.start"));
                start.getStyleClass().addAll("pill", "pill-start");
                start.setMinWidth(Region.USE_PREF_SIZE); // the description wraps instead of this being cut short
                levelRow.getChildren().add(start);
            }
            levelRow.setAlignment(Pos.CENTER_LEFT);
            levelRow.getStyleClass().add("gas-level");
            levelRow.setPadding(new Insets(6, 10, 6, 10));
            levelRow.setOnMouseClicked(e -> {
                if (!radio.isDisabled()) { // switched off on a read-only data file
                    radio.setSelected(true);
                }
            });
            radio.selectedProperty().addListener((o, was, now) -> levelRow.pseudoClassStateChanged(CHOSEN, now));
            box.getChildren().add(levelRow);
        }
        Choices.bind(row.gasAttainmentProperty(), radios);
        return box;
    }
}
