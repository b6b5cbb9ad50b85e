package app.homeplan.startup;

import app.homeplan.i18n.Messages;
import app.homeplan.plan.Family;
import app.homeplan.store.DataLocation;
import app.homeplan.store.SqliteNativeLibrary;
import app.homeplan.store.Store;
import app.homeplan.store.StoreThread;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * Work begun before JavaFX starts, so it runs on the second core while the toolkit sets itself up
 * (about half a second in which the launching thread only waits): the database opens on the store
 * thread, and the window's preferences are read. The window then takes this over in its
 * constructor ({@link #take()}); usually the store is open by the time the window is built, so the
 * first frame is already the home screen.
 */
public final class EarlyStart {
    private static volatile EarlyStart pending;

    private final AppConfig config;
    private final StoreThread storeThread;
    private final CompletableFuture<Store> opening;

    private EarlyStart(AppConfig config, StoreThread storeThread, CompletableFuture<Store> opening) {
        this.config = config;
        this.storeThread = storeThread;
        this.opening = opening;
    }

    /**
     * Starts opening the database and reading preferences; call just before launching JavaFX.
     *
     * @param firstFamily what a database created by this open starts with
     */
    public static void begin(AppConfig config, Supplier<Family> firstFamily) {
        StoreThread storeThread = new StoreThread();
        CompletableFuture<Store> opening = storeThread.submit(() -> {
            // SQLite's native library from the data folder's kept copy, not unpacked again at every start
            SqliteNativeLibrary.useKeptCopy(DataLocation.dataFolder().resolve("native"));
            return config.openStore(firstFamily);
        });
        Thread prefs = new Thread(() -> {
            try {
                config.preferences().keys(); // loads the preferences file (an XML parser on first use)
                Messages.get("app.title"); // loads every feature's wording
            } catch (Exception ignored) {
                // The window reads them again and falls back to its defaults.
            }
        }, "homeplan-early-prefs");
        prefs.setDaemon(true);
        prefs.start();
        pending = new EarlyStart(config, storeThread, opening);
    }

    /**
     * The work begun by {@link #begin}, once; null when the window was started some other way (tests).
     */
    public static EarlyStart take() {
        EarlyStart early = pending;
        pending = null;
        return early;
    }

    public AppConfig config() {
        return config;
    }

    public StoreThread storeThread() {
        return storeThread;
    }

    public CompletableFuture<Store> opening() {
        return opening;
    }

    /**
     * The opened store if it is ready within {@code millis} (the window is not shown yet, so a short
     * wait costs nothing a user sees and saves drawing a "please wait" screen first); else null, also
     * when opening failed (the caller shows that through the future).
     */
    public static Store openedWithin(CompletableFuture<Store> opening, long millis) {
        try {
            return opening.get(millis, TimeUnit.MILLISECONDS);
        } catch (TimeoutException | ExecutionException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
