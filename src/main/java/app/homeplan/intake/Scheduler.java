package app.homeplan.intake;

import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Runs work on the UI thread after a delay, and tells the time. The autosaver uses it for its
 * debounce; tests pass a scheduler whose clock they move by hand.
 */
public interface Scheduler {

    /** Runs the task on the UI thread after the delay, unless cancelled first. */
    Cancellable schedule(Duration delay, Runnable task);

    /** Milliseconds on a clock that only moves forward. */
    long nowMillis();

    /** A scheduled task that has not run yet. */
    interface Cancellable {
        void cancel();
    }

    /** Real time: timers on a shared daemon thread, the work handed to {@code ui}. */
    static Scheduler realTime(Executor ui) {
        return new Scheduler() {
            @Override
            public Cancellable schedule(Duration delay, Runnable task) {
                ScheduledFuture<?> future = Timers.EXECUTOR.schedule(() -> ui.execute(task), delay.toMillis(),
                        TimeUnit.MILLISECONDS);
                return () -> future.cancel(false);
            }

            @Override
            public long nowMillis() {
                return System.nanoTime() / 1_000_000;
            }
        };
    }

    /** Holder for the one timer thread, created when first needed. */
    final class Timers {
        private static final ScheduledExecutorService EXECUTOR = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "homeplan-timers");
            t.setDaemon(true);
            return t;
        });

        private Timers() {
        }
    }
}
