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
    public static final double MIN_FONT = 11;
    public static final double MAX_FONT = 26;
    public static final double DEFAULT_FONT = 14;

    private final Preferences prefs;

    public WindowState(Preferences prefs) {
        this.prefs = prefs;
    }

    /** Places the stage where it was last time, if that place is still on a screen. */
    public void restore(Stage stage) {
        double w = prefs.getDouble("width", DEFAULT_WIDTH);
        double h = prefs.getDouble("height", DEFAULT_HEIGHT);
        double x = prefs.getDouble("x", Double.NaN);
        double y = prefs.getDouble("y", Double.NaN);
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        stage.setWidth(Math.min(w, screen.getWidth()));
        stage.setHeight(Math.min(h, screen.getHeight()));
        if (!Double.isNaN(x) && !Double.isNaN(y) && !Screen.getScreensForRectangle(x, y, 100, 100).isEmpty()) {
            stage.setX(x);
            stage.setY(y);
        } else {
            stage.centerOnScreen();
        }
        stage.setMaximized(prefs.getBoolean("maximized", false));
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
