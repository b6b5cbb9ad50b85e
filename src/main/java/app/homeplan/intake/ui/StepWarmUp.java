package app.homeplan.intake.ui;

import app.homeplan.intake.IntakeStep;
import app.homeplan.library.ExampleFamily;
import app.homeplan.plan.Family;
import app.homeplan.ui.AppContext;
import app.homeplan.ui.Navigator;
import app.homeplan.ui.Scheduler;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import javafx.event.Event;
import javafx.event.EventHandler;
import javafx.event.EventType;
import javafx.scene.Scene;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;

/**
 * Makes the first opening of a family at each step about as quick as the later ones. The first step of a
 * kind built in a run loads and runs its code for the first time, makes its controls' skins for the first
 * time and matches its styles (the slowest openings in docs/benchmarks.md, several times the median).
 * So once the home screen is drawn, while nobody types or clicks, this builds the example family's wizard
 * at each of the six steps in the window without showing it ({@code MainWindow.prepareUnseen}), one step
 * per pause, and lets it go. It writes nothing: its wizard is read-only and its autosaver closed before
 * anything could change.
 */
public final class StepWarmUp {
    /** After the home screen's first frame: the window settles and the PDF warm-up takes its core first. */
    static final Duration FIRST_PAUSE = Duration.ofMillis(1500);
    /** Between two steps: keys and clicks that come meanwhile are answered first. */
    static final Duration BETWEEN = Duration.ofMillis(100);
    /** A step is built only this long after the last key, click or scroll, so typing never waits for one. */
    static final long QUIET_MILLIS = 700;
    /** The most likely first: families are most often opened at their plan to print or review it. */
    static final List<IntakeStep> ORDER = List.of(IntakeStep.REVIEW, IntakeStep.GOALS, IntakeStep.DAY,
            IntakeStep.STRATEGIES, IntakeStep.FAMILY, IntakeStep.ABOUT);

    private final AppContext app;
    private final Scheduler scheduler;
    private final BooleanSupplier mayRun;
    private final CompletableFuture<Void> done = new CompletableFuture<>();
    private final EventHandler<Event> input = e -> lastInput = now();
    private long lastInput = Long.MIN_VALUE / 2;
    private int next;
    private IntakeView wizard;
    private Scene scene;

    private StepWarmUp(AppContext app, Scheduler scheduler, BooleanSupplier mayRun) {
        this.app = app;
        this.scheduler = scheduler;
        this.mayRun = mayRun;
    }

    /**
     * Starts warming up on the FX thread; completes when each step has been built once (exceptionally if
     * building one failed: a warm-up never troubles the user, the real opening reports its own problems).
     *
     * @param mayRun asked before each step: false while the window shows something else than the home
     *               screen (the step waits)
     */
    public static CompletableFuture<Void> start(AppContext app, Scheduler scheduler, BooleanSupplier mayRun) {
        StepWarmUp warmUp = new StepWarmUp(app, scheduler, mayRun);
        warmUp.scene = app.window().scene();
        for (EventType<? extends Event> type : List.of(KeyEvent.ANY, MouseEvent.MOUSE_PRESSED, ScrollEvent.ANY)) {
            warmUp.scene.addEventFilter(type, warmUp.input);
        }
        scheduler.schedule(FIRST_PAUSE, warmUp::step);
        return warmUp.done;
    }

    /** Starts on the FX thread in real time. */
    public static CompletableFuture<Void> start(AppContext app, BooleanSupplier mayRun) {
        return start(app, Scheduler.realTime(Platform::runLater), mayRun);
    }

    private void step() {
        long quietFor = now() - lastInput;
        if (!mayRun.getAsBoolean() || quietFor < QUIET_MILLIS) {
            scheduler.schedule(Duration.ofMillis(Math.max(BETWEEN.toMillis(), QUIET_MILLIS - quietFor)), this::step);
            return;
        }
        try {
            IntakeStep step = ORDER.get(next++);
            if (wizard == null) {
                wizard = wizardAt(step);
            } else {
                wizard.model().go(step);
            }
            app.window().prepareUnseen(wizard);
        } catch (RuntimeException | LinkageError failed) {
            finish(failed);
            return;
        }
        if (next < ORDER.size()) {
            scheduler.schedule(BETWEEN, this::step);
        } else {
            finish(null);
        }
    }

    /** The example family's wizard, read-only and never saving, at a step. */
    private IntakeView wizardAt(IntakeStep step) {
        Family family = ExampleFamily.create().toBuilder().wizardStep(step.ordinal()).build();
        IntakeViewModel model = new IntakeViewModel(family, app.store().families(), app.storeThread(),
                app.store().ownStrategies(), scheduler, Platform::runLater, LocalDate::now, true);
        model.autosaver().screenClosed(); // nothing it sees is ever saved
        return new IntakeView(model, app.dialogs(), new Navigator() {
            @Override
            public void showFamilies() {
            }

            @Override
            public void openFamily(long familyId) {
            }
        });
    }

    private void finish(Throwable failure) {
        for (EventType<? extends Event> type : List.of(KeyEvent.ANY, MouseEvent.MOUSE_PRESSED, ScrollEvent.ANY)) {
            scene.removeEventFilter(type, input);
        }
        wizard = null;
        if (failure == null) {
            done.complete(null);
        } else {
            done.completeExceptionally(failure);
        }
    }

    private long now() {
        return scheduler.nowMillis();
    }
}
