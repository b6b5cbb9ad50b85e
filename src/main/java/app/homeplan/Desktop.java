package app.homeplan;

import app.homeplan.startup.AppConfig;
import app.homeplan.startup.EarlyStart;
import java.util.List;
import javafx.application.Application;

/** Starts the JavaFX application; kept apart from {@link Main} so headless commands never load JavaFX. */
final class Desktop {
    private Desktop() {
    }

    static void launch(String[] args) {
        // The database opens while JavaFX starts; the window picks it up (HomeplanApp's constructor).
        EarlyStart.begin(AppConfig.fromArgs(List.of(args)));
        Application.launch(HomeplanApp.class, args);
    }
}
