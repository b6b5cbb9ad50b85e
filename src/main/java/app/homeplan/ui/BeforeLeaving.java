package app.homeplan.ui;

import java.time.Duration;
import java.util.Optional;

/**
 * What a screen with unsaved typing must do before it goes away: the window shows another screen,
 * the window is closed, or the app stops. {@link MainWindow} keeps the one for the screen on show,
 * so no screen can lose its last typing when the app quits.
 */
public interface BeforeLeaving {

    /** Starts saving now; the save is queued on the store thread before this returns. */
    void saveNow();

    /**
     * Saves and waits (on the UI thread, for the app closing or a screen being left).
     *
     * @return empty when everything is stored, otherwise the sentence saying why it is not
     */
    Optional<String> saveAndWait(Duration timeout);

    /** The screen is gone: stop trying again on its own (a last {@link #saveNow()} comes first). */
    void screenClosed();
}
