package app.homeplan.intake;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Executor;

/** A scheduler whose clock moves only when the test says so; due tasks run on the given UI executor. */
final class ManualScheduler implements Scheduler {
    private final Executor ui;
    private final List<Task> tasks = new ArrayList<>();
    private long now;

    ManualScheduler(Executor ui) {
        this.ui = ui;
    }

    private record Task(long due, long seq, Runnable work, boolean[] cancelled) {
    }

    private long seq;

    @Override
    public synchronized Cancellable schedule(Duration delay, Runnable task) {
        boolean[] cancelled = {false};
        tasks.add(new Task(now + delay.toMillis(), seq++, task, cancelled));
        return () -> cancelled[0] = true;
    }

    @Override
    public synchronized long nowMillis() {
        return now;
    }

    /** Moves the clock forward, handing every task that falls due to the UI executor in order. */
    void advance(Duration by) {
        long target;
        synchronized (this) {
            target = now + by.toMillis();
        }
        while (true) {
            Task next;
            synchronized (this) {
                next = tasks.stream().filter(t -> t.due() <= target)
                        .min(Comparator.comparingLong(Task::due).thenComparingLong(Task::seq)).orElse(null);
                if (next == null) {
                    now = target;
                    return;
                }
                tasks.remove(next);
                now = next.due();
            }
            if (!next.cancelled()[0]) {
                ui.execute(next.work());
            }
        }
    }

    synchronized boolean hasPending() {
        return tasks.stream().anyMatch(t -> !t.cancelled()[0]);
    }
}
