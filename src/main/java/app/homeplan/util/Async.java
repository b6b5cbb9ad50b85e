package app.homeplan.util;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/** The one way background work comes back to the UI thread. */
public final class Async {
    private Async() {
    }

    /**
     * A future that completes on {@code ui} with {@code work}'s outcome, after {@code whenDone} has run
     * there (with the failure, or {@code null} on success): so whoever waits on the result sees the
     * screen's state (busy, error sentence) already updated.
     */
    public static <T> CompletableFuture<T> onUi(CompletableFuture<T> work, Executor ui, Consumer<Throwable> whenDone) {
        CompletableFuture<T> result = new CompletableFuture<>();
        work.whenComplete((value, failure) -> ui.execute(() -> {
            try {
                whenDone.accept(failure);
            } finally {
                if (failure != null) {
                    result.completeExceptionally(failure);
                } else {
                    result.complete(value);
                }
            }
        }));
        return result;
    }
}
