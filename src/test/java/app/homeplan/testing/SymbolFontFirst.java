package app.homeplan.testing;

import app.homeplan.ui.ScreenFonts;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Loads the app's symbol font before any test class runs, as the app does before it draws its first
 * text: JavaFX settles a font's fallbacks the first time it draws text, so in a test JVM where another
 * test drew first, emoji would stay boxes for the rest of the run (ScreenTextTest saw it). Registered for
 * every test class through junit-platform.properties (extension autodetection).
 */
public final class SymbolFontFirst implements BeforeAllCallback {
    @Override
    public void beforeAll(ExtensionContext context) {
        ScreenFonts.loadSymbols(); // once per JVM; ScreenTextTest asserts that it loads
    }
}
