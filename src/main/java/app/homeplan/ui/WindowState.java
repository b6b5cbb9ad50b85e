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
        if (!stage.isShowing() && hasWindowManager()) {
            holdSizeWhileOpening(stage, place, OPENING);
        }
    }

    /**
     * Only a desktop's window manager answers a new window with sizes of its own; the headless
     * platform (Monocle, used by the screen tests and benchmarks) has none, and there a size set in
     * the first seconds is always the program's own and must stand.
     */
    private static boolean hasWindowManager() {
        return !"monocle".equalsIgnoreCase(System.getProperty("glass.platform", ""));
    }

    /** How long after the window shows a smaller size is taken as the window system's, not the person's. */
    static final javafx.util.Duration OPENING = javafx.util.Duration.seconds(3);
    /** Puts the size back this often at most while opening (a window manager that refuses it wins). */
    private static final int PUT_BACK_AT_MOST = 5;

    /**
     * JavaFX 21 on Linux under some window managers (openbox seen) takes the window manager's first
     * answers after the window shows as a new size: the window went to 200x200 and then to its minimum
     * size (798x535 inside openbox's frame instead of the 1200x800 asked for). For a moment after it
     * shows, a window that falls to its minimum size (or below) is given its place's size again; any
     * other size, and every size after that moment, is the person's own.
     */
    static void holdSizeWhileOpening(Stage stage, Rectangle2D place, javafx.util.Duration opening) {
        int[] putBack = {0};
        javafx.beans.InvalidationListener smaller = o -> {
            boolean smallerThanPlaced = stage.getWidth() < place.getWidth() - 1 || stage.getHeight() < place.getHeight() - 1;
            // What the window system did: down to the minimum size (or below it); a window made smaller
            // than its place on purpose (a person, a test) stays as it was made.
            boolean fellToTheMinimum = stage.getWidth() <= stage.getMinWidth() + 1 || stage.getHeight() <= stage.getMinHeight() + 1;
            if (stage.isShowing() && !stage.isMaximized() && !stage.isFullScreen() && putBack[0] < PUT_BACK_AT_MOST
                    && smallerThanPlaced && fellToTheMinimum) {
                putBack[0]++;
                javafx.application.Platform.runLater(() -> {
                    stage.setWidth(place.getWidth());
                    stage.setHeight(place.getHeight());
                });
            }
        };
        stage.addEventHandler(javafx.stage.WindowEvent.WINDOW_SHOWN, new javafx.event.EventHandler<>() {
            @Override
            public void handle(javafx.stage.WindowEvent shown) {
                stage.removeEventHandler(javafx.stage.WindowEvent.WINDOW_SHOWN, this);
                stage.widthProperty().addListener(smaller);
                stage.heightProperty().addListener(smaller);
                smaller.invalidated(null);
                javafx.animation.PauseTransition settled = new javafx.animation.PauseTransition(opening);
                settled.setOnFinished(e -> {
                    stage.widthProperty().removeListener(smaller);
                    stage.heightProperty().removeListener(smaller);
                });
                settled.play();
            }
        });
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
