package app.homeplan;

import javafx.application.Application;

/** Starts the JavaFX application; kept apart from {@link Main} so headless commands never load JavaFX. */
final class Desktop {
    private Desktop() {
    }

    static void launch(String[] args) {
        Application.launch(HomeplanApp.class, args);
    }
}
