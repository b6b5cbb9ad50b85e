package app.homeplan.intake;

import app.homeplan.plan.Family;
import app.homeplan.store.FamilyRepository;
import app.homeplan.store.StoreThread;
import app.homeplan.ui.UserMessages;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Saves a family as it is typed, with no Save button. A change is written {@link #QUIET} after the
 * last keystroke, and during non-stop typing at least every {@link #MAX_WAIT}, so a crash loses at
 * most about a second of typing. Writes happen on the store thread as a difference from what the
 * database last confirmed, so a failed save (disk full, file made read-only) loses nothing: the
 * next attempt, {@link #RETRY} later or at the next change, writes everything not yet stored.
 *
 * <p>Called on the UI thread; the UI executor given is where results are reported.
 */
public final class FamilyAutosaver {
    public static final Duration QUIET = Duration.ofMillis(400);
    public static final Duration MAX_WAIT = Duration.ofMillis(1000);
    public static final Duration RETRY = Duration.ofSeconds(3);

    /** What the save indicator shows. */
    public enum State { SAVED, SAVING, FAILED }

    private final FamilyRepository repository;
    private final StoreThread storeThread;
    private final Scheduler scheduler;
    private final Executor ui;

    /** The version the database holds; read and written on the store thread only. */
    private volatile Family confirmed;

    // UI-thread state
    private Family current;
    private Scheduler.Cancellable timer;
    private long timerGeneration;
    private long firstUnsavedAt = -1;
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(this, "state", State.SAVED);
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");

    public FamilyAutosaver(FamilyRepository repository, StoreThread storeThread, Scheduler scheduler, Executor ui,
                           Family stored) {
        this.repository = repository;
        this.storeThread = storeThread;
        this.scheduler = scheduler;
        this.ui = ui;
        this.confirmed = stored;
        this.current = stored;
    }

    /** Follows a draft: every change to it is saved. */
    public FamilyAutosaver follow(FamilyDraft draft) {
        draft.familyProperty().addListener((o, was, now) -> changed(now));
        return this;
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** Why the last save failed, as a sentence; empty when saving works. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** The version the database last confirmed. */
    public Family lastSaved() {
        return confirmed;
    }

    /** True when everything on screen is in the database. */
    public boolean isSaved() {
        return current.equals(confirmed);
    }

    /** Records a change and schedules its save. */
    public void changed(Family family) {
        current = family;
        if (state.get() != State.FAILED) {
            state.set(isSaved() ? State.SAVED : State.SAVING);
        }
        long now = scheduler.nowMillis();
        if (firstUnsavedAt < 0) {
            firstUnsavedAt = now;
        }
        long due = Math.min(now + QUIET.toMillis(), firstUnsavedAt + MAX_WAIT.toMillis());
        scheduleSave(Duration.ofMillis(Math.max(0, due - now)));
    }

    /**
     * Saves what is on screen now, without waiting. The future completes on the store thread (so a
     * caller on the UI thread may wait for it, as the app does when it closes) once the database
     * holds it, or fails with the reason.
     */
    public CompletableFuture<Family> flush() {
        cancelTimer();
        firstUnsavedAt = -1;
        Family target = current;
        CompletableFuture<Family> stored = storeThread.submit(() -> store(target));
        stored.whenComplete((ok, failure) -> ui.execute(() -> afterSave(failure)));
        return stored;
    }

    private void scheduleSave(Duration delay) {
        cancelTimer();
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

    /** On the store thread: writes the difference from the confirmed version. */
    private Family store(Family target) {
        Family base = confirmed;
        if (!base.equals(target)) {
            repository.saveChanges(base, target);
            confirmed = target;
        }
        return target;
    }

    private void afterSave(Throwable failure) {
        if (failure != null) {
            state.set(State.FAILED);
            problem.set(UserMessages.of(failure));
            if (timer == null) {
                scheduleSave(RETRY);
            }
            return;
        }
        problem.set("");
        if (isSaved()) {
            state.set(State.SAVED);
        } else {
            state.set(State.SAVING);
            if (timer == null) {
                scheduleSave(QUIET);
            }
        }
    }
}
