package app.homeplan.startup;

import app.homeplan.print.HomePlanPdf;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Work that makes the first use of something quick, done once the home screen is on screen: the PDF
 * engine and its fonts (a first export in a fresh JVM takes about a second, a warm one a few tens of
 * milliseconds). It waits a moment first so the home screen's frame is drawn and the user's first
 * keystrokes meet an idle FX thread, and it runs once per process on one daemon thread.
 */
public final class BackgroundWarmUp {
    /** Time for the home screen's first frame to reach the screen before the warm-up takes a core. */
    static final long PAUSE_MILLIS = 500;

    private static final AtomicReference<CompletableFuture<Void>> STARTED = new AtomicReference<>();

    private BackgroundWarmUp() {
    }

    /** Starts the warm-up (once per process); completes when it is done, also if a part of it failed. */
    public static CompletableFuture<Void> start() {
        CompletableFuture<Void> done = new CompletableFuture<>();
        if (!STARTED.compareAndSet(null, done)) {
            return STARTED.get();
        }
        Thread thread = new Thread(() -> {
            try {
                Thread.sleep(PAUSE_MILLIS);
                HomePlanPdf.warmUp();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException | LinkageError ignored) {
                // A real export reports its problem with a sentence; a warm-up stays quiet.
            } finally {
                done.complete(null);
            }
        }, "homeplan-warm-up");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
        return done;
    }
}
