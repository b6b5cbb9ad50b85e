package app.homeplan.review;

import app.homeplan.plan.Family;
import app.homeplan.store.FamilyRepository;
import app.homeplan.store.StoreThread;
import app.homeplan.ui.UserMessages;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Saves a family as it is edited: each change restarts a short timer, and when typing pauses the
 * newest version is written on the store thread with {@link FamilyRepository#saveChanges}, so only
 * the rows that changed are touched. The version last written lives on the store thread itself, so
 * saves can never overtake each other. A failed save keeps everything in memory and is retried with
 * the next change or {@link #flush()}.
 */
public final class FamilyAutosave {
    /** Where saving stands, for the "Saved" label. */
    public enum State { SAVED, UNSAVED, FAILED }

    /** One timer thread for every autosave; it only hands work on, never waits on disk. */
    private static final ScheduledExecutorService TIMER = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "homeplan-autosave-timer");
        t.setDaemon(true);
        return t;
    });

    private final FamilyRepository repository;
    private final StoreThread storeThread;
    private final Executor ui;
    private final Duration delay;
    private final AtomicReference<Family> latest = new AtomicReference<>();
    private final AtomicReference<ScheduledFuture<?>> pending = new AtomicReference<>();
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(this, "state", State.SAVED);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    /** Touched only on the store thread: the version the database holds. */
    private Family stored;

    /**
     * @param saved the family as it is stored now
     * @param ui    runs state updates on the UI thread (a direct executor in tests)
     * @param delay how long typing must pause before a save
     */
    public FamilyAutosave(Family saved, FamilyRepository repository, StoreThread storeThread, Executor ui,
                          Duration delay) {
        this.stored = saved;
        this.latest.set(saved);
        this.repository = repository;
        this.storeThread = storeThread;
        this.ui = ui;
        this.delay = delay;
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** Why the last save failed, as a sentence; empty when it did not. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** The family changed: save it once editing pauses. */
    public void changed(Family family) {
        latest.set(family);
        state.set(State.UNSAVED);
        ScheduledFuture<?> next = TIMER.schedule(() -> ui.execute(this::save), delay.toMillis(), TimeUnit.MILLISECONDS);
        ScheduledFuture<?> was = pending.getAndSet(next);
        if (was != null) {
            was.cancel(false);
        }
    }

    /**
     * Saves the newest version now (when leaving the screen or closing the window). The work is
     * queued on the store thread before this returns, so anything submitted afterwards sees it.
     */
    public CompletableFuture<Family> flush() {
        ScheduledFuture<?> was = pending.getAndSet(null);
        if (was != null) {
            was.cancel(false);
        }
        return save();
    }

    private CompletableFuture<Family> save() {
        Family snapshot = latest.get();
        CompletableFuture<Family> done = new CompletableFuture<>();
        CompletableFuture<Family> work;
        try {
            work = storeThread.submit(() -> {
                stored = repository.saveChanges(stored, snapshot);
                return stored;
            });
        } catch (RejectedExecutionException closed) {
            // The app is shutting down and the store is closed; a save on leaving the screen came first.
            state.set(State.FAILED);
            done.completeExceptionally(closed);
            return done;
        }
        work.whenComplete((saved, failure) -> ui.execute(() -> {
            if (failure != null) {
                state.set(State.FAILED);
                error.set(UserMessages.of(failure));
                done.completeExceptionally(failure);
                return;
            }
            error.set("");
            if (latest.get() == snapshot && state.get() != State.SAVED) {
                state.set(State.SAVED);
            }
            done.complete(saved);
        }));
        return done;
    }
}
