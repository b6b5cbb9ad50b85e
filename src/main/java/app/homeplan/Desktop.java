package app.homeplan;

import app.homeplan.library.ExampleFamily;
import app.homeplan.startup.AppConfig;
import app.homeplan.startup.EarlyStart;
import app.homeplan.startup.HeapTrim;
import app.homeplan.startup.Rendering;
import java.util.List;
import javafx.application.Application;

/** Starts the JavaFX application; kept apart from {@link Main} so headless commands never load JavaFX. */
final class Desktop {
    private Desktop() {
    }

    static void launch(String[] args) {
        // The database opens while JavaFX starts; the window picks it up (HomeplanApp's constructor).
        // A new data file starts with the example family, as from the command line (Commands).
        EarlyStart.begin(AppConfig.fromArgs(List.of(args)), ExampleFamily::create);
        Rendering.chooseBeforeToolkit();
        HeapTrim.startInBackground();
        Application.launch(HomeplanApp.class, args);
    }
}
