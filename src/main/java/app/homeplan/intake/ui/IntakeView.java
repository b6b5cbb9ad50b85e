package app.homeplan.intake.ui;

import static app.homeplan.ui.Forms.text;

import app.homeplan.ui.Forms;
import app.homeplan.i18n.Messages;
import app.homeplan.language.LanguagePacks;
import app.homeplan.plan.Family;
import app.homeplan.ui.AppContext;
import app.homeplan.ui.ConflictView;
import app.homeplan.ui.Dialogs;
import app.homeplan.ui.FamilyAutosaver;
import app.homeplan.ui.Navigator;
import app.homeplan.ui.ReadOnlyMode;
import app.homeplan.ui.SaveStatus;
import app.homeplan.ui.Scheduler;
import app.homeplan.ui.Shown;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import app.homeplan.intake.IntakeStep;
import app.homeplan.intake.StepProgress;

/**
 * The intake wizard's frame: the family's name and the save indicator on top, the six steps on the
 * left (numbered, with done/attention marks; click one or press Ctrl+1..6), the step in the middle,
 * Back and Next at the bottom (Alt+B / Alt+N, or Ctrl+PgUp / Ctrl+PgDn). Everything typed is saved
 * as it goes; a failed save shows a calm banner and is retried, and nothing on screen is lost. On a
 * data file that can only be read, every step can be looked at and nothing can be changed.
 */
public final class IntakeView extends BorderPane {
    private static final String CSS = "/app/homeplan/intake/ui/intake.css";

    private final IntakeViewModel model;
    private final Dialogs dialogs;
    private final Navigator navigator;
    private final VBox stepList = new VBox(4);
    private final List<Button> stepButtons = new ArrayList<>();
    private final StackPane content = new StackPane();
    private final Button back;
    private final Button next;
    private final Label stepCount = new Label();
    private final Map<KeyCombination, Runnable> accelerators = new java.util.LinkedHashMap<>();
    private final Label stepKeys = new Label();
    /** Narrow window or large text: the step list shows only the step numbers (names in tooltips). */
    private boolean compact;
    private StepPane current;
    private ScrollPane scroll;
    private boolean leaving;
    /** False until the first step is shown: the step the family opens at. */
    private boolean opened;
    private java.util.function.Consumer<HBox> reviewActions = actions -> { };

    /** The wizard for a stored family, saving through the app's store thread. */
    public static IntakeView create(AppContext app, Family family) {
        boolean readOnly = app.store().isReadOnly();
        IntakeViewModel model = new IntakeViewModel(family, app.store().families(), app.storeThread(),
                app.store().ownStrategies(), Scheduler.realTime(Platform::runLater), Platform::runLater,
                LocalDate::now, readOnly);
        IntakeView view = new IntakeView(model, app.dialogs(), app.navigator());
        // Step 1 lists the clinic's own language packs and their checked status: read off the FX thread.
        Path database = app.store().file();
        CompletableFuture.supplyAsync(() -> LanguagePacks.besideDatabase(database), app.workers().files())
                .thenAcceptAsync(model.packsProperty()::set, Platform::runLater);
        if (readOnly) {
            view.showReadOnly(app.store().file());
        }
        return view;
    }

    /**
     * The data file can only be read: says so under the header, and every step can be looked at
     * but not changed (moving between steps, printing and the step links still work).
     */
    private void showReadOnly(Path file) {
        VBox banner = new VBox(ReadOnlyMode.banner(file));
        banner.setPadding(new Insets(8, 24, 8, 24));
        ((VBox) getTop()).getChildren().add(banner);
        ReadOnlyMode.lock(content);
    }

    public IntakeView(IntakeViewModel model, Dialogs dialogs, Navigator navigator) {
        this.model = model;
        this.dialogs = dialogs;
        this.navigator = navigator;
        getStyleClass().add("intake");
        setId("intake");
        getStylesheets().add(IntakeView.class.getResource(CSS).toExternalForm());

        back = Forms.button(text("intake.back"), "mdal-arrow_back");
        back.setId("stepBack");
        back.setOnAction(e -> move(model.back()));
        next = Forms.button(text("intake.next"), null);
        next.setId("stepNext");
        next.getStyleClass().add("accent");
        next.setGraphic(new FontIcon("mdal-arrow_forward"));
        next.setContentDisplay(javafx.scene.control.ContentDisplay.RIGHT);
        next.setOnAction(e -> {
            if (model.stepProperty().get().isLast()) {
                leave();
            } else {
                move(model.next());
            }
        });

        setTop(new VBox(header(), SaveStatus.problemBanner(model.autosaver()), ConflictView.banner(model.autosaver()),
                roomNote()));
        // Someone else's change and this person's, put together: every step is built again from it.
        model.autosaver().onResolved(merged -> {
            model.draft().replace(merged);
            showStep();
        });
        // The step list scrolls on its own when large text makes it taller than the window.
        ScrollPane steps = new ScrollPane(stepList()) {
            // The list's whole width (never less than its smallest: the step marks at large text) plus
            // room for the scroll bar: JavaFX only counts the list's preferred width, so with the bar
            // shown the compact list stuck out a few pixels under it.
            @Override
            protected double computePrefWidth(double height) {
                Node list = getContent();
                ScrollBar bar = verticalBar(this);
                return snappedLeftInset() + snappedRightInset() + Math.ceil(Math.max(list.prefWidth(-1), list.minWidth(-1)))
                        + (bar == null ? 0 : Math.ceil(bar.prefWidth(-1)));
            }
        };
        steps.setFitToWidth(true);
        steps.setFitToHeight(true);
        steps.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        steps.setMinWidth(Region.USE_PREF_SIZE);
        steps.getStyleClass().add("step-list-scroll");
        setLeft(steps);
        content.getStyleClass().add("step-content");
        setCenter(content);
        setBottom(bottomBar());

        model.stepProperty().addListener((o, was, now) -> showStep());
        model.progress().addListener((ListChangeListener<StepProgress.Info>) c -> updateStepList());
        installKeys();
        showStep();
    }

    private static ScrollBar verticalBar(ScrollPane pane) {
        for (Node node : pane.lookupAll(".scroll-bar")) {
            if (node instanceof ScrollBar bar && bar.getOrientation() == javafx.geometry.Orientation.VERTICAL) {
                return bar;
            }
        }
        return null;
    }

    public IntakeViewModel model() {
        return model;
    }

    /** Saves what is on screen now (see {@link FamilyAutosaver#flush()}). */
    public CompletableFuture<Family> flush() {
        return model.flush();
    }

    /** Back to the list of families, saving first. */
    public void leave() {
        if (leaving) {
            return;
        }
        leaving = true;
        try {
            flush();
            navigator.showFamilies(); // waits for the save; asks first if it failed (and may stay here)
        } finally {
            leaving = false;
        }
    }

    // --- layout ----------------------------------------------------------------------------------

    private HBox header() {
        Button families = new Button(text("intake.families"), new FontIcon("mdal-arrow_back"));
        families.setId("backToFamilies");
        families.getStyleClass().add("flat");
        families.setOnAction(e -> leave());
        families.setTooltip(new javafx.scene.control.Tooltip(text("intake.families.tooltip")));

        Label title = new Label();
        title.setId("intakeTitle");
        title.getStyleClass().add("intake-title");
        title.textProperty().bind(model.titleProperty());
        Label subtitle = new Label();
        subtitle.getStyleClass().add("intake-subtitle");
        subtitle.textProperty().bind(model.subtitleProperty());
        title.setWrapText(true);
        subtitle.setWrapText(true);
        families.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        VBox titles = new VBox(0, title, subtitle);
        titles.setMinWidth(0);
        HBox.setHgrow(titles, Priority.ALWAYS);

        Label saved = SaveStatus.indicator(model.autosaver());

        HBox header = new HBox(16, families, titles, saved);
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().addAll("app-header", "intake-header");
        header.setPadding(new Insets(12, 24, 12, 16));
        return header;
    }

    /** Room left near a limit (a long note, many goals): one calm line under the header, never a dialog. */
    private VBox roomNote() {
        Label note = Forms.problem(model.roomProperty());
        note.setId("roomNote");
        VBox box = new VBox(note);
        box.setPadding(new Insets(6, 24, 6, 24));
        Shown.when(box, note.visibleProperty());
        return box;
    }

    private VBox stepList() {
        for (IntakeStep step : IntakeStep.values()) {
            Button b = new Button();
            b.setId("goto-" + step.id());
            b.getStyleClass().add("step-item");
            b.setMaxWidth(Double.MAX_VALUE);
            b.setAlignment(Pos.CENTER_LEFT);
            b.setOnAction(e -> move(model.go(step)));
            stepButtons.add(b);
            stepList.getChildren().add(b);
        }
        stepKeys.setText(text("intake.steps.keys"));
        stepKeys.getStyleClass().add("step-keys");
        stepKeys.setWrapText(true);
        stepKeys.setPrefWidth(1); // wraps to the list's width rather than widening it
        stepKeys.setMaxWidth(Double.MAX_VALUE);
        stepList.getChildren().addAll(Forms.spacer(), stepKeys);
        stepList.getStyleClass().add("step-list");
        stepList.setPadding(new Insets(20, 12, 16, 12));
        Runnable fit = () -> {
            boolean narrow = getWidth() < 64 * stepCount.getFont().getSize();
            if (narrow != compact) {
                compact = narrow;
                updateStepList();
            }
        };
        widthProperty().addListener(o -> fit.run());
        // Ctrl+ at the same window width: the list changes after the styles are applied, not while.
        stepCount.fontProperty().addListener(o -> javafx.application.Platform.runLater(fit));
        updateStepList();
        return stepList;
    }

    private void updateStepList() {
        IntakeStep now = model.stepProperty().get();
        for (int i = 0; i < stepButtons.size(); i++) {
            StepProgress.Info info = model.progress().get(i);
            IntakeStep step = info.step();
            Button b = stepButtons.get(i);
            b.getStyleClass().removeAll("current", "done", "attention", "todo");
            b.getStyleClass().add(info.state().name().toLowerCase(java.util.Locale.ROOT));
            if (step == now) {
                b.getStyleClass().add("current");
            }
            Label mark = new Label();
            mark.getStyleClass().add("step-mark");
            switch (info.state()) {
                case DONE -> mark.setGraphic(new FontIcon("mdal-check"));
                case ATTENTION -> mark.setText("!");
                case TODO -> mark.setText(String.valueOf(step.number()));
            }
            Label name = new Label(step.title());
            name.getStyleClass().add("step-name");
            Label summary = new Label(info.summary());
            summary.getStyleClass().add("step-summary");
            VBox words = new VBox(0, name, summary);
            words.setVisible(!compact);
            words.setManaged(!compact);
            b.setTooltip(compact ? new javafx.scene.control.Tooltip(step.title() + "\n" + info.summary()) : null);
            HBox graphic = new HBox(12, mark, words);
            graphic.setAlignment(Pos.CENTER_LEFT);
            b.setGraphic(graphic);
            String state = Messages.get("intake.progress.state." + info.state().name());
            b.setAccessibleText(text("intake.steps.accessible", step.number(), step.title(), state, info.summary()));
        }
        stepKeys.setVisible(!compact);
        stepList.setStyle(compact ? "" : "-fx-min-width: 15em; -fx-pref-width: 17em; -fx-max-width: 17em;");
        back.setDisable(now.ordinal() == 0);
        next.setText(now.isLast() ? text("intake.finish") : text("intake.next"));
        stepCount.setText(text("intake.stepOf", now.number(), IntakeStep.values().length));
    }

    private HBox bottomBar() {
        Label blocked = new Label();
        blocked.setId("blockedMessage");
        blocked.getStyleClass().add("blocked-message");
        blocked.setGraphic(new FontIcon("mdal-info"));
        blocked.setWrapText(true);
        blocked.textProperty().bind(model.blockedProperty());
        blocked.visibleProperty().bind(model.blockedProperty().isNotEmpty());
        blocked.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(blocked, Priority.ALWAYS);
        stepCount.getStyleClass().add("muted");
        HBox bar = new HBox(16, back, blocked, stepCount, next);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("intake-bottom");
        bar.setPadding(new Insets(12, 24, 12, 24));
        return bar;
    }

    /** After a move: if it was refused because of an empty goal, show that goal. */
    private void move(boolean moved) {
        if (!moved && !model.blockedProperty().get().isEmpty() && current instanceof GoalsStepView goals) {
            goals.showBlankGoal();
        }
    }

    private void showStep() {
        IntakeStep step = model.stepProperty().get();
        current = switch (step) {
            case FAMILY -> new FamilyStepView(model.familyStep());
            case ABOUT -> new AboutStepView(model.aboutStep());
            case DAY -> new DayStepView(model.dayStep(), dialogs);
            case GOALS -> new GoalsStepView(model.goalsStep(), dialogs);
            case STRATEGIES -> new StrategiesStepView(model.strategiesStep(), dialogs);
            case REVIEW -> new FinishStepView(model.finishStep(), target -> move(model.go(target)));
        };
        // Opening a family: its first screen is drawn first, what lies below it comes a frame later.
        if (opened) {
            current.buildBelow();
        } else {
            current.buildBelowAfterFirstFrame();
            opened = true;
        }
        scroll = new ScrollPane(current);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("step-scroll");
        content.getChildren().setAll(scroll);
        updateStepList();
        if (current instanceof FinishStepView review) {
            reviewActions.accept(review.printActions());
        }
        StepPane shown = current;
        ScrollPane page = scroll;
        whenInScene(shown, () -> {
            shown.focusFirst();
            Platform.runLater(() -> openAtTop(page));
        });
    }

    /**
     * Runs an action once the node is really in the window: a scroll pane adds its content to the
     * scene only when it is first laid out, and focus cannot go to a node that is not there yet.
     */
    private static void whenInScene(javafx.scene.Node node, Runnable action) {
        if (node.getScene() != null) {
            Platform.runLater(action);
            return;
        }
        node.sceneProperty().addListener(new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Scene> o, Scene was, Scene now) {
                if (now != null) {
                    node.sceneProperty().removeListener(this);
                    Platform.runLater(action);
                }
            }
        });
    }

    /**
     * A step opens at its top, its title and lead showing, while the top of the control that has the
     * keyboard still shows from there; only a control further down keeps the page scrolled to it.
     * The page lays itself out over several pulses as it opens (cards, a list's rows, scroll bars),
     * and focus scrolling follows the focused control through them (a tall list focused near the
     * top would pull the page down to show its bottom), so the top is set again after each layout
     * until the page stops changing.
     */
    private static void openAtTop(ScrollPane page) {
        Scene scene = page.getScene();
        javafx.scene.Node focused = scene == null ? null : scene.getFocusOwner();
        if (focused == null) {
            return;
        }
        long until = System.nanoTime() + 2_000_000_000L;
        double[] lastHeight = {-1};
        Runnable[] settle = new Runnable[1];
        settle[0] = () -> {
            javafx.scene.Node content = page.getContent();
            boolean stillOpening = page.getScene() == scene && scene.getFocusOwner() == focused
                    && content != null && System.nanoTime() < until;
            if (!stillOpening || !topShowsFromTheTop(page, focused)) {
                scene.removePostLayoutPulseListener(settle[0]);
                return;
            }
            double height = content.getLayoutBounds().getHeight();
            page.setVvalue(page.getVmin());
            if (height == lastHeight[0]) {
                scene.removePostLayoutPulseListener(settle[0]); // laid out the same twice: settled
            } else {
                lastHeight[0] = height;
                Platform.requestNextPulse();
            }
        };
        scene.addPostLayoutPulseListener(settle[0]);
        Platform.requestNextPulse();
    }

    /** Whether the node's top shows, with a little of it, when the page is at its top. */
    private static boolean topShowsFromTheTop(ScrollPane page, javafx.scene.Node node) {
        javafx.scene.Node content = page.getContent();
        javafx.geometry.Bounds inContent = content.sceneToLocal(node.localToScene(node.getLayoutBounds()));
        return inContent != null && inContent.getMinY() - content.getLayoutBounds().getMinY()
                < page.getViewportBounds().getHeight() - 48;
    }

    /** Scrolls the step so the node shows (what Tab does; tests use it before clicking far down). */
    public void reveal(javafx.scene.Node node) {
        app.homeplan.ui.FocusScrolling.reveal(scroll, node);
    }

    /**
     * True once the step on screen is built whole: a family opened at a step draws its first screen first
     * and adds the parts below it a frame later (StepPane.addBelow). Tests wait for it before they walk
     * the step's nodes from their own thread.
     */
    public boolean stepIsWhole() {
        return current != null && current.isWhole();
    }

    /** The step on screen (for tests and for features that add to a step). */
    public javafx.scene.Node currentStep() {
        return current;
    }

    /**
     * Lets a feature put its actions on the finished plan (the print feature's Export PDF) in the
     * review step: {@code fill} gets the empty row each time the step is shown. The current family
     * is {@code model().draft().get()}; call {@link #flush()} first to have it in the database.
     */
    public void setReviewActions(java.util.function.Consumer<HBox> fill) {
        reviewActions = fill;
        if (current instanceof FinishStepView review) {
            review.printActions().getChildren().clear();
            fill.accept(review.printActions());
        }
    }

    private void installKeys() {
        for (IntakeStep step : IntakeStep.values()) {
            Runnable go = () -> move(model.go(step));
            accelerators.put(new KeyCodeCombination(KeyCode.valueOf("DIGIT" + step.number()), KeyCombination.SHORTCUT_DOWN), go);
            accelerators.put(new KeyCodeCombination(KeyCode.valueOf("NUMPAD" + step.number()), KeyCombination.SHORTCUT_DOWN), go);
        }
        accelerators.put(new KeyCodeCombination(KeyCode.PAGE_DOWN, KeyCombination.SHORTCUT_DOWN), next::fire);
        accelerators.put(new KeyCodeCombination(KeyCode.PAGE_UP, KeyCombination.SHORTCUT_DOWN), back::fire);
        sceneProperty().addListener((o, was, now) -> {
            if (was != null) {
                accelerators.forEach((k, v) -> was.getAccelerators().remove(k, v));
            }
            if (now != null) {
                now.getAccelerators().putAll(accelerators); // the window keeps the focused field on screen (FocusScrolling)
            }
        });
    }
}
