package app.homeplan.ui;

import app.homeplan.i18n.Messages;
import app.homeplan.i18n.UserMessages;
import app.homeplan.plan.Family;
import app.homeplan.store.EditConflict;
import app.homeplan.store.FamilyRepository;
import app.homeplan.store.StoreThread;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;

/**
 * Saves a family as it is edited, with no Save button: the intake wizard and the progress review
 * both save through one of these. A change is written {@link #QUIET} after the last edit, and
 * during non-stop typing at least every {@link #MAX_WAIT}, so a crash loses at most about a second.
 *
 * <p>Writes happen on the store thread with {@link FamilyRepository#saveChanges}, as the difference
 * from the version the database last confirmed. That version lives on the store thread and changes
 * only when a write succeeds, so saves run one after another in the order they were asked for (none
 * can overtake another), and a failed save (disk full, file made read-only, file in use) loses
 * nothing: the next attempt, {@link #RETRY} later, at the next change or on "Try again", writes
 * everything not yet stored. The reason is shown as the store's own sentence.
 *
 * <p>On a clinic's shared database someone else may save a newer change to the same part meanwhile: the
 * save is refused ({@link EditConflict}) and this one stops trying ({@link State#CONFLICT}), since every
 * retry would be refused the same way. What this person typed stays on screen and in {@link #current()};
 * the screen lets them compare and choose, and {@link #resolve} saves their choice over the newer version.
 *
 * <p>Use on the UI thread; results are reported through the UI executor given.
 */
public final class FamilyAutosaver implements BeforeLeaving {
    public static final Duration QUIET = Duration.ofMillis(400);
    public static final Duration MAX_WAIT = Duration.ofMillis(1000);
    public static final Duration RETRY = Duration.ofSeconds(3);

    /** What the save indicator shows. */
    public enum State {
        /** Everything on screen is in the database. */
        SAVED,
        /** A change is waiting for a pause in typing, or being written. */
        SAVING,
        /** The last save failed; {@link #problemProperty()} says why, and it is retried. */
        FAILED,
        /** The data file can only be read, so there is nothing to save (and editing is switched off). */
        READ_ONLY,
        /** Someone else saved a newer change to what this would save; {@link #conflictProperty()} has both. */
        CONFLICT
    }

    private final FamilyRepository repository;
    private final StoreThread storeThread;
    private final Scheduler scheduler;
    private final Executor ui;
    private final boolean readOnly;

    /** The version the database holds; written on the store thread only, after a write succeeded. */
    private volatile Family confirmed;
    /** The same, as the database stamped it (its updatedAt); store thread only. */
    private Family storedAs;

    // UI-thread state
    private Family current;
    private Scheduler.Cancellable timer;
    private long timerGeneration;
    private long firstUnsavedAt = -1;
    private boolean screenClosed;
    private final ReadOnlyObjectWrapper<State> state;
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyObjectWrapper<EditConflict> conflict = new ReadOnlyObjectWrapper<>(this, "conflict");
    private final List<Consumer<Family>> onResolved = new ArrayList<>();

    public FamilyAutosaver(Family stored, FamilyRepository repository, StoreThread storeThread, Scheduler scheduler,
                           Executor ui) {
        this(stored, repository, storeThread, scheduler, ui, false);
    }

    /**
     * @param stored   the family as the database holds it now
     * @param ui       where results are reported (the FX thread; a test thread in model tests)
     * @param readOnly the data file can only be read: the indicator says so instead of "Saved"
     */
    public FamilyAutosaver(Family stored, FamilyRepository repository, StoreThread storeThread, Scheduler scheduler,
                           Executor ui, boolean readOnly) {
        this.repository = repository;
        this.storeThread = storeThread;
        this.scheduler = scheduler;
        this.ui = ui;
        this.readOnly = readOnly;
        this.confirmed = stored;
        this.storedAs = stored;
        this.current = stored;
        this.state = new ReadOnlyObjectWrapper<>(this, "state", idle());
    }

    /** For a screen of the window: real time, results on the FX thread, read-only when the data file is. */
    public static FamilyAutosaver forWindow(AppContext app, Family stored) {
        return new FamilyAutosaver(stored, app.store().families(), app.storeThread(),
                Scheduler.realTime(Platform::runLater), Platform::runLater, app.store().isReadOnly());
    }

    /** Follows a family being edited: every change to it is saved. */
    public FamilyAutosaver follow(ObservableValue<Family> family) {
        family.addListener((o, was, now) -> changed(now));
        return this;
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** Why the last save failed, as the store's sentence; empty when saving works. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /**
     * The refused save while someone else's newer change waits to be compared with this person's typing
     * (state {@link State#CONFLICT}); null otherwise.
     */
    public ReadOnlyObjectProperty<EditConflict> conflictProperty() {
        return conflict.getReadOnlyProperty();
    }

    /** The family as it is on screen now, saved or not (this person's side of a conflict). */
    public Family current() {
        return current;
    }

    /**
     * After a conflict: saves what this person chose ({@code merged}, both people's changes put together)
     * over the version the database holds now ({@code theirs}, the conflict's). The future completes on the
     * store thread; on the UI thread the state turns to saved and the screen is told to show
     * {@code merged} ({@link #onResolved}). If someone saved yet again meanwhile, it is a new conflict.
     */
    public CompletableFuture<Family> resolve(Family theirs, Family merged) {
        cancelTimer();
        firstUnsavedAt = -1;
        current = merged;
        CompletableFuture<Family> stored;
        try {
            stored = storeThread.submit(() -> {
                storedAs = repository.saveChanges(theirs, merged);
                confirmed = merged;
                return storedAs;
            });
        } catch (RejectedExecutionException closed) {
            stored = CompletableFuture.failedFuture(closed);
        }
        stored.whenComplete((ok, failure) -> ui.execute(() -> {
            afterSave(failure);
            if (failure == null) {
                onResolved.forEach(screen -> screen.accept(merged));
            }
        }));
        return stored;
    }

    /** Tells the screen, on the UI thread, the family to show once a conflict is resolved. */
    public void onResolved(Consumer<Family> screen) {
        onResolved.add(screen);
    }

    /** The version the database last confirmed. */
    public Family lastSaved() {
        return confirmed;
    }

    /** True when everything on screen is in the database. */
    public boolean isSaved() {
        return current.equals(confirmed);
    }

    /** True when the data file can only be read. */
    public boolean isReadOnly() {
        return readOnly;
    }

    /** Records a change and schedules its save. */
    public void changed(Family family) {
        current = family;
        if (conflict.get() != null) {
            return; // saving waits for the person's choice; what they type is kept in current
        }
        if (state.get() != State.FAILED) {
            state.set(isSaved() ? idle() : State.SAVING);
        }
        long now = scheduler.nowMillis();
        if (firstUnsavedAt < 0) {
            firstUnsavedAt = now;
        }
        long due = Math.min(now + QUIET.toMillis(), firstUnsavedAt + MAX_WAIT.toMillis());
        scheduleSave(Duration.ofMillis(Math.max(0, due - now)));
    }

    /**
     * Saves what is on screen now, without waiting. The work is queued on the store thread before
     * this returns, so anything submitted there afterwards (loading the family for the next screen)
     * sees it. The future completes on the store thread (so a caller on the UI thread may wait for
     * it, as the app does when it closes) with the family as stored (its updatedAt set by the store)
     * once the database holds it, or fails with the reason.
     */
    public CompletableFuture<Family> flush() {
        cancelTimer();
        firstUnsavedAt = -1;
        Family target = current;
        CompletableFuture<Family> stored;
        try {
            stored = storeThread.submit(() -> store(target));
        } catch (RejectedExecutionException closed) {
            stored = CompletableFuture.failedFuture(closed); // the app has stopped: nothing can be written now
        }
        stored.whenComplete((ok, failure) -> ui.execute(() -> afterSave(failure)));
        return stored;
    }

    @Override
    public void saveNow() {
        flush();
    }

    @Override
    public Optional<String> saveAndWait(Duration timeout) {
        try {
            flush().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return Optional.empty();
        } catch (ExecutionException | CompletionException failed) {
            return Optional.of(UserMessages.of(failed));
        } catch (TimeoutException slow) {
            return Optional.of(stillWaitingReason());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return Optional.of(stillWaitingReason());
        }
    }

    /** Why a save has not finished yet: the last failure's sentence if there was one (file in use...). */
    private String stillWaitingReason() {
        return problem.get().isEmpty() ? Messages.get("common.save.slow") : problem.get();
    }

    @Override
    public void screenClosed() {
        screenClosed = true;
        cancelTimer();
    }

    private State idle() {
        return readOnly ? State.READ_ONLY : State.SAVED;
    }

    private void scheduleSave(Duration delay) {
        cancelTimer();
        if (screenClosed) {
            return;
        }
        long mine = ++timerGeneration;
        timer = scheduler.schedule(delay, () -> {
            if (mine == timerGeneration) { // a cancelled timer may still reach the UI thread
                timer = null;
                flush();
            }
        });
    }

    private void cancelTimer() {
        timerGeneration++;
        if (timer != null) {
            timer.cancel();
            timer = null;
        }
    }

    /** On the store thread: writes the difference from the confirmed version; returns the family as stored. */
    private Family store(Family target) {
        Family base = confirmed;
        if (!base.equals(target)) {
            storedAs = repository.saveChanges(base, target);
            confirmed = target;
        }
        return storedAs;
    }

    private void afterSave(Throwable failure) {
        EditConflict refused = conflictIn(failure);
        if (refused != null) {
            problem.set(UserMessages.of(failure));
            conflict.set(refused);
            state.set(State.CONFLICT);
            cancelTimer(); // a retry would be refused the same way: the person chooses first
            return;
        }
        if (failure == null) {
            conflict.set(null);
        }
        if (failure != null) {
            problem.set(UserMessages.of(failure)); // first, so the banner never shows without its reason
            state.set(State.FAILED);
            boolean storeGone = failure instanceof RejectedExecutionException;
            if (timer == null && !storeGone) {
                scheduleSave(RETRY);
            }
            return;
        }
        problem.set("");
        if (isSaved()) {
            state.set(idle());
        } else {
            state.set(State.SAVING);
            if (timer == null) {
                scheduleSave(QUIET);
            }
        }
    }

    private static EditConflict conflictIn(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof EditConflict c) {
                return c;
            }
        }
        return null;
    }
}
