package app.homeplan.ui;

import atlantafx.base.theme.PrimerLight;
import java.net.URL;
import javafx.application.Application;

/**
 * Homeplan's look: AtlantaFX's Primer Light theme, without the rules of controls Homeplan never shows. The
 * build makes that cut from the AtlantaFX jar ({@code ThemeCut} in the tests, run by Maven before the tests
 * and the jar; nothing of AtlantaFX's stylesheet is kept in Homeplan's sources). JavaFX reads its binary
 * form ({@code .bss}) beside it, and reads and matches a third fewer rules before the first frame than with
 * the whole theme. A build without it (tests skipped, or run from an IDE) shows AtlantaFX's whole theme,
 * which looks the same.
 */
public final class Theme {
    /** Where the build puts the cut theme (its {@code .bss} twin is what JavaFX loads). */
    public static final String STYLESHEET = "/app/homeplan/ui/theme/primer-light-homeplan.css";

    private Theme() {
    }

    /** Makes it every window's base stylesheet; on the FX thread, before the first window is shown. */
    public static void apply() {
        Application.setUserAgentStylesheet(stylesheet());
    }

    /** The cut theme when the build made it, else AtlantaFX's whole Primer Light. */
    public static String stylesheet() {
        return stylesheet(Theme.class.getResource(STYLESHEET));
    }

    static String stylesheet(URL cut) {
        return cut != null ? cut.toExternalForm() : new PrimerLight().getUserAgentStylesheet();
    }
}
