package app.homeplan.ui;

import app.homeplan.store.Store;
import app.homeplan.store.StoreThread;
import app.homeplan.util.Workers;
import javafx.stage.Stage;

/**
 * What every screen and action of the window may use, handed down by the composition root
 * ({@code HomeplanApp}) instead of being looked up globally: the store and its thread, and the
 * {@link Workers} for PDFs and family files (no screen keeps a thread pool of its own).
 */
public record AppContext(Store store, StoreThread storeThread, Dialogs dialogs, Stage stage, MainWindow window,
                         Navigator navigator, Workers workers) {

    /** With workers of its own (tests and benchmarks that make one context; their threads are daemons). */
    public AppContext(Store store, StoreThread storeThread, Dialogs dialogs, Stage stage, MainWindow window,
                      Navigator navigator) {
        this(store, storeThread, dialogs, stage, window, navigator, new Workers());
    }
}
