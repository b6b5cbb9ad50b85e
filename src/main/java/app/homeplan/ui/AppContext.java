package app.homeplan.ui;

import app.homeplan.store.Store;
import app.homeplan.store.StoreThread;
import javafx.stage.Stage;

/**
 * What every screen and action of the window may use, handed down by the composition root
 * ({@code HomeplanApp}) instead of being looked up globally.
 */
public record AppContext(Store store, StoreThread storeThread, Dialogs dialogs, Stage stage, MainWindow window,
                         Navigator navigator) {
}
