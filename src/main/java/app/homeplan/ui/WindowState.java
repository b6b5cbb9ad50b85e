package app.homeplan.ui;

import java.util.prefs.Preferences;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * Remembers the window's size, position and text size between runs (user preferences, not the
 * database: they belong to this computer's user, not to a family).
 */
public final class WindowState {
    private static final double DEFAULT_WIDTH = 1200;
    private static final double DEFAULT_HEIGHT = 800;
    /** The smallest window every screen is laid out for (smaller only on a smaller screen). */
    public static final double MIN_WIDTH = 800;
    public static final double MIN_HEIGHT = 560;
    /** 80 % and 200 % of the usual text size. */
    public static final double MIN_FONT = 11;
    public static final double MAX_FONT = 28;
    public static final double DEFAULT_FONT = 14;

    private final Preferences prefs;

    public WindowState(Preferences prefs) {
        this.prefs = prefs;
    }

    /**
     * Places the stage where it was last time, wholly on the screen it was on (else centred on the
     * main screen), never larger than that screen's usable area (a 1366x768 laptop included) and
     * never smaller than the smallest size the screens are made for.
     */
    public void restore(Stage stage) {
        double x = prefs.getDouble("x", Double.NaN);
        double y = prefs.getDouble("y", Double.NaN);
        boolean known = !Double.isNaN(x) && !Double.isNaN(y) && !Screen.getScreensForRectangle(x, y, 100, 100).isEmpty();
        Rectangle2D screen = (known ? Screen.getScreensForRectangle(x, y, 100, 100).get(0) : Screen.getPrimary())
                .getVisualBounds();
        Rectangle2D place = place(screen, prefs.getDouble("width", DEFAULT_WIDTH), prefs.getDouble("height", DEFAULT_HEIGHT),
                known ? x : Double.NaN, known ? y : Double.NaN);
        stage.setMinWidth(Math.min(MIN_WIDTH, screen.getWidth()));
        stage.setMinHeight(Math.min(MIN_HEIGHT, screen.getHeight()));
        stage.setWidth(place.getWidth());
        stage.setHeight(place.getHeight());
        stage.setX(place.getMinX());
        stage.setY(place.getMinY());
        stage.setMaximized(prefs.getBoolean("maximized", false));
    }

    /**
     * Where a window of the wanted size goes on a screen's usable area: clamped to fit it, at the
     * wanted place moved just enough to be wholly on it, or centred when there is no wanted place (NaN).
     */
    static Rectangle2D place(Rectangle2D screen, double wantedWidth, double wantedHeight, double x, double y) {
        double w = clamp(wantedWidth, Math.min(MIN_WIDTH, screen.getWidth()), screen.getWidth());
        double h = clamp(wantedHeight, Math.min(MIN_HEIGHT, screen.getHeight()), screen.getHeight());
        double left = Double.isNaN(x) ? screen.getMinX() + (screen.getWidth() - w) / 2
                : clamp(x, screen.getMinX(), screen.getMaxX() - w);
        double top = Double.isNaN(y) ? screen.getMinY() + (screen.getHeight() - h) / 2
                : clamp(y, screen.getMinY(), screen.getMaxY() - h);
        return new Rectangle2D(left, top, w, h);
    }

    private static double clamp(double value, double min, double max) {
        return Double.isNaN(value) ? max : Math.max(min, Math.min(max, value));
    }

    public void save(Stage stage) {
        prefs.putBoolean("maximized", stage.isMaximized());
        if (!stage.isMaximized()) {
            prefs.putDouble("width", stage.getWidth());
            prefs.putDouble("height", stage.getHeight());
            prefs.putDouble("x", stage.getX());
            prefs.putDouble("y", stage.getY());
        }
    }

    public double fontSize() {
        return clampFont(prefs.getDouble("fontSize", DEFAULT_FONT));
    }

    public void saveFontSize(double size) {
        prefs.putDouble("fontSize", clampFont(size));
    }

    public static double clampFont(double size) {
        return Math.max(MIN_FONT, Math.min(MAX_FONT, size));
    }
}
