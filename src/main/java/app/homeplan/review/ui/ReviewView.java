package app.homeplan.review.ui;

import app.homeplan.i18n.Messages;
import app.homeplan.scores.GasComparison;
import app.homeplan.scores.GasMode;
import app.homeplan.scores.ReviewScores;
import app.homeplan.scores.ScoreFormat;
import app.homeplan.scores.ScoreText;
import app.homeplan.ui.DateField;
import app.homeplan.ui.Accessibility;
import app.homeplan.ui.Dialogs;
import app.homeplan.ui.Forms;
import app.homeplan.ui.SaveStatus;
import app.homeplan.ui.Shown;
import atlantafx.base.theme.Styles;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import app.homeplan.review.PrintProgress;
import app.homeplan.review.ReviseGoals;
import app.homeplan.ui.Tooltips;

/**
 * The progress review screen: past reviews on the left, the open review's ratings in one tab and
 * its results and charts in the other. Thin: layout and bindings; the work is in
 * {@link ReviewViewModel}. Everything is saved as it is typed; leaving the screen, closing the
 * window or quitting saves at once (the window holds the screen's autosaver).
 */
public final class ReviewView extends BorderPane {
    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM);

    private final ReviewViewModel model;
    private final Dialogs dialogs;
    private final Runnable back;
    private final ReviseGoals reviseGoals;
    private final PrintProgress printProgress;
    private final ListView<ReviewScores> list = new ListView<>();
    private final TabPane tabs = new TabPane();
    private final Tab ratingsTab = new Tab();
    private final Tab resultsTab = new Tab();
    private final ScrollPane ratingsScroll = new ScrollPane();
    private boolean syncingSelection;

    /**
     * @param back        returns to the family list
     * @param reviseGoals opens the family's goals in the intake wizard; null while there is none
     */
    public ReviewView(ReviewViewModel model, Dialogs dialogs, Runnable back, ReviseGoals reviseGoals) {
        this(model, dialogs, back, reviseGoals, null);
    }

    /**
     * @param back          returns to the family list
     * @param reviseGoals   opens the family's goals in the intake wizard; null while there is none
     * @param printProgress saves the progress summary as a PDF; null for no "Print progress summary…" button
     */
    public ReviewView(ReviewViewModel model, Dialogs dialogs, Runnable back, ReviseGoals reviseGoals,
                      PrintProgress printProgress) {
        this.model = model;
        this.dialogs = dialogs;
        this.back = back;
        this.reviseGoals = reviseGoals;
        this.printProgress = printProgress;
        getStylesheets().add(ReviewView.class.getResource("review.css").toExternalForm());
        getStyleClass().add("review-screen");
        setId("reviewScreen");
        // The header in a box that banners join below it (ReviewScreenFrame), so it stays first in Tab
        // order as it is drawn; painted above a page that overflows its room in a small window.
        VBox top = new VBox(header());
        top.setViewOrder(-1);
        setTop(top);
        setLeft(sidebar());
        setCenter(body());
    }

    public ReviewViewModel model() {
        return model;
    }

    private Region header() {
        Button backButton = new Button(Messages.get("review.back"), new FontIcon("mdal-arrow_back"));
        app.homeplan.ui.Shortcuts.keep(backButton);
        backButton.setId("backToFamilies");
        backButton.setCancelButton(true);
        backButton.setOnAction(e -> leave(back));

        Label title = new Label(Messages.get("review.title", model.familyProperty().get().child().displayName()));
        title.getStyleClass().add("app-title");
        Label subtitle = new Label(Messages.get("review.subtitle"));
        subtitle.getStyleClass().add("app-subtitle");
        title.setWrapText(true);
        subtitle.setWrapText(true);
        VBox titles = new VBox(2, title, subtitle);
        HBox.setHgrow(titles, Priority.ALWAYS);
        backButton.setMinWidth(Region.USE_PREF_SIZE);
        HBox brand = new HBox(16, backButton, titles);
        brand.setAlignment(Pos.CENTER_LEFT);
        brand.setStyle("-fx-min-width: 18em;");

        Button start = new Button(Messages.get("review.start"), new FontIcon("mdal-add"));
        app.homeplan.ui.Shortcuts.keep(start);
        start.setId("startReview");
        start.getStyleClass().add(Styles.ACCENT);
        Tooltips.onHover(start, Messages.get("review.start.tooltip"));
        start.setOnAction(e -> {
            model.startReview();
            tabs.getSelectionModel().select(ratingsTab);
            ratingsScroll.setVvalue(0);
        });

        // Beside the title while the buttons fit on one line, else under it (they never lose their words).
        app.homeplan.ui.FlowRow actions = new app.homeplan.ui.FlowRow(12, 8, saveStatus());
        actions.setAlignment(Pos.CENTER_RIGHT);
        if (printProgress != null) {
            Button print = new Button(Messages.get("review.print"), new FontIcon("mdmz-print"));
            app.homeplan.ui.Shortcuts.keep(print);
            print.setId("printProgress");
            Tooltips.onHover(print, Messages.get("review.print.tooltip"));
            // The summary is printed from the family as on screen; saving what was just typed goes first.
            print.setOnAction(e -> {
                model.flush();
                printProgress.print(model.familyProperty().get());
            });
            actions.getChildren().add(print);
        }
        actions.getChildren().add(start);
        app.homeplan.ui.SideBySide header = new app.homeplan.ui.SideBySide(16, brand, actions).secondWhole();
        header.getStyleClass().add("app-header");
        header.setPadding(new Insets(16, 24, 16, 24));
        return header;
    }

    /** "Saved", "Saving…", "Not saved" or "Read only" (the reason and "Try again now" are in the banner). */
    private Region saveStatus() {
        return SaveStatus.indicator(model.autosaver());
    }

    private Region sidebar() {
        Label reviewsTitle = new Label(Messages.get("review.list.title"));
        reviewsTitle.getStyleClass().add("sidebar-title");
        reviewsTitle.setWrapText(true); // large text: the title wraps rather than ends in "..."
        reviewsTitle.setMinHeight(Region.USE_PREF_SIZE);
        list.setId("reviewList");
        list.setItems(model.reviews());
        list.setCellFactory(v -> new ReviewCell());
        Accessibility.name(list, reviewsTitle.getText());
        list.setPlaceholder(new Region()); // the page beside it says there are no reviews yet
        list.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (!syncingSelection && now != null && !now.review().id().equals(model.openReviewIdProperty().get())) {
                model.open(now.review().id());
            }
        });
        model.reviews().addListener((javafx.collections.ListChangeListener<ReviewScores>) c -> selectOpenReview());
        model.openReviewIdProperty().addListener(o -> selectOpenReview());
        selectOpenReview();
        VBox.setVgrow(list, Priority.ALWAYS);

        Label nextTitle = new Label(Messages.get("review.next.title"));
        nextTitle.getStyleClass().add("sidebar-title");
        nextTitle.setWrapText(true); // large text: the title wraps rather than ends in "..."
        nextTitle.setMinHeight(Region.USE_PREF_SIZE);
        // The kit's date field, as in the wizard: reads dates typed as people write them, shows "28 Feb 2027".
        DateField next = new DateField(model.nextReviewDateProperty());
        next.picker().setId("nextReviewDate");
        nextTitle.setLabelFor(next.picker());
        app.homeplan.ui.Shortcuts.keep(nextTitle);
        Button usual = new Button(Messages.get("review.next.usual", ReviewViewModel.USUAL_MONTHS_TO_NEXT_REVIEW));
        app.homeplan.ui.Shortcuts.keep(usual);
        usual.setId("nextReviewUsual");
        usual.getStyleClass().add(Styles.SMALL);
        usual.setOnAction(e -> model.nextReviewInUsualTime());
        Label nextHint = new Label(Messages.get("review.next.hint"));
        nextHint.getStyleClass().add("hint");
        nextHint.setWrapText(true);
        nextHint.setMinHeight(Region.USE_PREF_SIZE); // wrap, rather than be cut short by the list above

        Label gasModeTitle = new Label(Messages.get("review.gasMode.title"));
        gasModeTitle.getStyleClass().add("sidebar-title");
        gasModeTitle.setWrapText(true); // large text: the title wraps rather than ends in "..."
        gasModeTitle.setMinHeight(Region.USE_PREF_SIZE);
        // Three choices, all in view and each wrapping its words: a drop-down cut the first one to
        // "Full GAS (weights whe..." even at 1920 px. Arrow keys move between them, as in any radio group.
        javafx.scene.control.ToggleGroup gasModes = new javafx.scene.control.ToggleGroup();
        VBox gasMode = new VBox(6);
        gasMode.setId("gasMode");
        for (GasMode mode : GasMode.values()) {
            javafx.scene.control.RadioButton choice = new javafx.scene.control.RadioButton(Messages.get(mode.messageKey()));
            choice.setId("gasMode-" + mode.name().toLowerCase(java.util.Locale.ROOT));
            choice.setUserData(mode);
            choice.setToggleGroup(gasModes);
            choice.setMnemonicParsing(false);
            choice.setWrapText(true);
            choice.setMinHeight(Region.USE_PREF_SIZE);
            gasMode.getChildren().add(choice);
        }
        Runnable showGasMode = () -> gasModes.getToggles().forEach(t -> t.setSelected(t.getUserData() == model.gasModeProperty().get()));
        model.gasModeProperty().addListener(o -> showGasMode.run());
        showGasMode.run();
        gasModes.selectedToggleProperty().addListener((o, was, now) -> {
            if (now != null) {
                model.gasModeProperty().set((GasMode) now.getUserData());
            }
        });
        app.homeplan.ui.Accessibility.group(gasMode, gasModeTitle.getText());
        gasModeTitle.setLabelFor(gasMode.getChildren().get(0));
        app.homeplan.ui.Shortcuts.keep(gasModeTitle);
        Label gasModeHint = new Label(Messages.get("review.gasMode.hint"));
        gasModeHint.getStyleClass().add("hint");
        gasModeHint.setWrapText(true);
        gasModeHint.setMinHeight(Region.USE_PREF_SIZE);

        VBox side = new VBox(10, reviewsTitle, list, nextTitle, next, usual, nextHint, gasModeTitle, gasMode,
                gasModeHint);
        if (reviseGoals != null) {
            Label goalsTitle = new Label(Messages.get("review.revise.title"));
            goalsTitle.getStyleClass().add("sidebar-title");
            goalsTitle.setWrapText(true); // large text: the title wraps rather than ends in "..."
            goalsTitle.setMinHeight(Region.USE_PREF_SIZE);
            Button revise = new Button(Messages.get("review.revise"), new FontIcon("mdal-edit"));
            app.homeplan.ui.Shortcuts.keep(revise);
            revise.setId("reviseGoals");
            revise.setMaxWidth(Double.MAX_VALUE);
            revise.setWrapText(true); // large text: "Revise or add goals" on two lines, never "Revise or ..."
            revise.setMinHeight(Region.USE_PREF_SIZE);
            long familyId = model.familyProperty().get().id();
            revise.setOnAction(e -> leave(() -> reviseGoals.open(familyId)));
            side.getChildren().addAll(goalsTitle, revise);
        }
        side.getStyleClass().add("review-sidebar");
        side.setPadding(new Insets(16));
        // Scrolls when taller than the window (large text, a low window): laid out at its smallest it
        // was taller than 700 px at 200 %, the list of reviews was squeezed under "Next review" and
        // the whole screen was pushed up out of the window, its title and Families button cut off.
        ScrollPane scroll = new ScrollPane(side);
        scroll.setId("reviewSidebar");
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true); // the list of reviews takes the room left, as long as everything fits
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("review-sidebar-scroll");
        scroll.setPrefWidth(260);
        scroll.setMinWidth(220);
        return scroll;
    }

    private Region body() {
        ratingsTab.setText(Messages.get("review.tab.ratings"));
        ratingsTab.setId("ratingsTab");
        ratingsTab.setClosable(false);
        resultsTab.setText(Messages.get("review.tab.results"));
        resultsTab.setId("resultsTab");
        resultsTab.setClosable(false);
        tabs.getTabs().addAll(ratingsTab, resultsTab);
        tabs.setId("reviewTabs");
        tabs.getStyleClass().add("review-tabs");

        ratingsScroll.setContent(ratingsForm());
        ratingsScroll.setFitToWidth(true);
        ratingsTab.setContent(ratingsScroll);

        ScrollPane resultsScroll = new ScrollPane(new ReviewResults(model));
        resultsScroll.setFitToWidth(true);
        resultsScroll.getContent().getStyleClass().add("review-page");
        resultsTab.setContent(resultsScroll);

        VBox empty = emptyState();
        tabs.visibleProperty().bind(model.openReviewIdProperty().isNotNull());
        empty.visibleProperty().bind(tabs.visibleProperty().not());
        return new StackPane(tabs, empty);
    }

    private VBox ratingsForm() {
        DateField date = new DateField(model.dateProperty());
        date.picker().setId("reviewDate");
        Label dateTitle = Forms.label(Messages.get("review.date"), date);
        TextField attendees = new TextField();
        attendees.setId("reviewAttendees");
        attendees.setPromptText(Messages.get("review.attendees.prompt"));
        attendees.textProperty().bindBidirectional(model.attendeesProperty());
        Label attendeesTitle = Forms.label(Messages.get("review.attendees"), attendees);
        VBox dateBox = new VBox(6, dateTitle, date);
        VBox attendeesBox = new VBox(6, attendeesTitle, attendees);
        HBox.setHgrow(attendeesBox, Priority.ALWAYS);
        HBox details = new HBox(20, dateBox, attendeesBox);
        details.getStyleClass().add("review-details");

        VBox page = new VBox(18, details);
        Label intro = new Label(Messages.get("review.intro"));
        intro.setWrapText(true);
        intro.getStyleClass().add("muted");
        page.getChildren().add(intro);
        Button discard = new Button(Messages.get("review.discard"), new FontIcon("mdmz-undo"));
        app.homeplan.ui.Shortcuts.keep(discard);
        discard.setId("discardReview");
        discard.getStyleClass().add(Styles.FLAT);
        Tooltips.onHover(discard, Messages.get("review.discard.tooltip"));
        discard.setOnAction(e -> model.discardOpenReviewIfBlank());
        Shown.when(discard, model.openReviewBlankProperty());
        details.getChildren().add(discard);
        details.setAlignment(Pos.BOTTOM_LEFT);

        Runnable writeLevels = reviseGoals == null ? null
                : () -> leave(() -> reviseGoals.open(model.familyProperty().get().id()));
        for (GoalRatingViewModel row : model.goals()) {
            page.getChildren().add(new GoalRatingCard(row, model.openScoresProperty(), writeLevels));
        }
        if (model.goals().isEmpty()) {
            Label none = new Label(Messages.get("review.noGoals"));
            none.getStyleClass().add("muted");
            page.getChildren().add(none);
        }
        page.getChildren().add(new PracticeGrid(model));

        TextArea notes = app.homeplan.ui.GrowWithText.grow(Accessibility.tabMovesOn(new TextArea())); // a long note is read on the page
        notes.setId("reviewNotes");
        notes.setWrapText(true);
        notes.setPrefRowCount(3);
        notes.setPromptText(Messages.get("review.notes.prompt"));
        notes.textProperty().bindBidirectional(model.notesProperty());
        Label notesTitle = Forms.label(Messages.get("review.notes"), notes);

        Button seeResults = new Button(Messages.get("review.seeResults"), new FontIcon("mdal-insert_chart_outlined"));
        app.homeplan.ui.Shortcuts.keep(seeResults);
        seeResults.setId("seeResults");
        seeResults.getStyleClass().add(Styles.ACCENT);
        seeResults.setOnAction(e -> tabs.getSelectionModel().select(resultsTab));
        Button delete = new Button(Messages.get("review.delete"), new FontIcon("mdal-delete_outline"));
        app.homeplan.ui.Shortcuts.keep(delete);
        delete.setId("deleteReview");
        delete.getStyleClass().addAll(Styles.DANGER, Styles.FLAT);
        delete.setOnAction(e -> deleteOpenReview());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox actions = new HBox(12, seeResults, spacer, delete);
        actions.setAlignment(Pos.CENTER_LEFT);

        page.getChildren().addAll(new VBox(6, notesTitle, notes), actions);
        page.getStyleClass().add("review-page");
        return page;
    }

    private VBox emptyState() {
        FontIcon icon = new FontIcon("mdal-insert_chart_outlined");
        icon.getStyleClass().add("empty-icon");
        Label title = new Label(Messages.get("review.empty.title"));
        title.getStyleClass().add("empty-title");
        Label text = new Label(Messages.get("review.empty.text"));
        text.getStyleClass().add("empty-text");
        text.setWrapText(true);
        text.setMaxWidth(520);
        text.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
        VBox box = new VBox(10, icon, title, text);
        box.setAlignment(Pos.CENTER);
        box.setId("reviewEmpty");
        return box;
    }

    private void deleteOpenReview() {
        if (model.dateProperty().get() == null || model.discardOpenReviewIfBlank()) {
            return; // nothing entered yet: gone at once, nothing to ask about
        }
        String when = LONG_DATE.withLocale(Messages.locale()).format(model.dateProperty().get());
        if (dialogs.confirm("review.delete.title", Messages.get("review.delete.text", when), "review.delete.confirm")) {
            model.deleteOpenReview();
        }
    }

    private void selectOpenReview() {
        String id = model.openReviewIdProperty().get();
        syncingSelection = true;
        try {
            model.reviews().stream().filter(r -> r.review().id().equals(id)).findFirst()
                    .ifPresentOrElse(r -> list.getSelectionModel().select(r), () -> list.getSelectionModel().clearSelection());
        } finally {
            syncingSelection = false;
        }
    }

    /** Saves at once, then goes where asked. The save is queued first, so the next screen reads it. */
    private void leave(Runnable then) {
        model.flush();
        then.run();
    }

    /** A past review in the list: its date, its number and its T-score. */
    private final class ReviewCell extends ListCell<ReviewScores> {
        @Override
        protected void updateItem(ReviewScores item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setText(null);
                setGraphic(null);
                Accessibility.nameCell(this, null);
                return;
            }
            Label date = new Label(Messages.get("review.list.date", item.number(),
                    LONG_DATE.withLocale(Messages.locale()).format(item.review().date())));
            date.getStyleClass().add("review-cell-date");
            GasComparison gas = item.gas();
            Label score = new Label(gas.hasScore()
                    ? Messages.get("review.list.tScore", ScoreFormat.oneDecimal(gas.now().tScore()),
                            ScoreText.goals(model.familyProperty().get(), gas.goals()))
                    : Messages.get("review.list.noTScore"));
            score.getStyleClass().add("review-cell-detail");
            score.setWrapText(true);
            Label rated = new Label(Messages.get("review.list.rated", item.goalsRated(), item.goalsInPlan()));
            rated.getStyleClass().add("review-cell-detail");
            // Each line wraps in the narrow sidebar (at 200 % text "T-score 50.0..." lost the goals it covers).
            for (Label line : java.util.List.of(date, score, rated)) {
                line.setWrapText(true);
                line.setMinHeight(Region.USE_PREF_SIZE);
            }
            setText(null);
            setGraphic(new VBox(2, date, score, rated));
            Accessibility.nameCell(this, String.join(Messages.get("review.list.separator"),
                    date.getText(), score.getText(), rated.getText()));
            setPrefWidth(0); // wrap to the list's width rather than scroll sideways
        }

        /**
         * As tall as its lines wrapped to the list's width: a cell measures its graphic at the graphic's
         * own one-line width, so wrapped lines would be cut at the cell's foot.
         */
        @Override
        protected double computePrefHeight(double width) {
            javafx.scene.Node lines = getGraphic();
            if (width <= 0 || lines == null) {
                return super.computePrefHeight(width);
            }
            javafx.geometry.Insets in = getInsets();
            return in.getTop() + lines.prefHeight(width - in.getLeft() - in.getRight()) + in.getBottom();
        }
    }
}
