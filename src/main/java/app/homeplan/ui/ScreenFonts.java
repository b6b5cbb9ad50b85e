package app.homeplan.ui;

import java.io.IOException;
import java.io.InputStream;
import javafx.scene.text.Font;

/**
 * Emoji and symbols in names, routines and goals ("Khôi 🦖", "bath 🛁") drawn as pictures on screen
 * rather than empty boxes. The printed plan's symbol font (Symbola, shipped in assets/fonts for the
 * PDF, free for any use) is loaded once: JavaFX then falls back to it for any character the screen
 * font lacks. Its emoji are black and white, as JavaFX draws no colour emoji on Linux.
 */
public final class ScreenFonts {
    static final String SYMBOLS = "/assets/fonts/Symbola.ttf";
    private static volatile boolean loaded;

    private ScreenFonts() {
    }

    /** Loads the symbol font (once; about 3 MB read from the jar). False when it could not be read. */
    public static synchronized boolean loadSymbols() {
        if (loaded) {
            return true;
        }
        try (InputStream in = ScreenFonts.class.getResourceAsStream(SYMBOLS)) {
            loaded = in != null && Font.loadFont(in, 12) != null;
        } catch (IOException e) {
            loaded = false; // the app works without it: emoji then show as boxes, as before
        }
        return loaded;
    }
}
