package app.homeplan.ui;

import javafx.application.Application;

/**
 * Homeplan's look: AtlantaFX's Primer Light theme, in Homeplan's copy without the rules of controls it
 * never shows (made by {@code ThemeCut} in the tests). JavaFX reads its binary form ({@code .bss}) beside
 * it, and reads and matches a third fewer rules before the first frame than with the whole theme.
 */
public final class Theme {
    /** The theme's stylesheet (its {@code .bss} twin is what JavaFX loads). */
    public static final String STYLESHEET = "/app/homeplan/ui/theme/primer-light-homeplan.css";

    private Theme() {
    }

    /** Makes it every window's base stylesheet; on the FX thread, before the first window is shown. */
    public static void apply() {
        Application.setUserAgentStylesheet(Theme.class.getResource(STYLESHEET).toExternalForm());
    }
}
