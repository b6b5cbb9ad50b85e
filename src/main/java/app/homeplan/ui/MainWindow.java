package app.homeplan.ui;

import java.time.Duration;
import java.util.Optional;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The window's one scene: shows one screen at a time and owns the text size, which the family can
 * enlarge with Ctrl + and shrink with Ctrl - (Ctrl 0 resets); the size is remembered. A screen
 * that saves as it is typed in is shown with its {@link BeforeLeaving}, so its last typing is saved
 * whatever takes it away: another screen, the window closing, or the app stopping.
 */
public final class MainWindow {
    /** How long closing the window waits for the last save (normally a few milliseconds). */
    private static final Duration SAVE_WAIT = Duration.ofSeconds(5);
    private final StackPane root = new StackPane();
    private final Scene scene;
    private final WindowState windowState;
    private double fontSize;
    /** The shown screen's unsaved work, if it has any. */
    private BeforeLeaving screenWork;
    /**
     * Holds the stylesheets of every screen shown so far, so they stay loaded while another screen is
     * shown: JavaFX drops a screen's own stylesheet, and all the styles it matched, as soon as no node
     * in the window uses it, and then parses and matches it all again the next time (a third of the
     * time opening a family took). Empty, hidden and never laid out; always the last of the root's
     * children, so the screen is the first.
     */
    private final javafx.scene.Group keptStyles = new javafx.scene.Group();

    public MainWindow(WindowState windowState) {
        this.windowState = windowState;
        this.fontSize = windowState.fontSize();
        root.getStyleClass().add("homeplan-root");
        keptStyles.setManaged(false);
        keptStyles.setVisible(false);
        keptStyles.setMouseTransparent(true);
        root.getChildren().add(keptStyles);
        scene = new Scene(root, 1200, 800);
        scene.getStylesheets().add(MainWindow.class.getResource("/app/homeplan/ui/homeplan.css").toExternalForm());
        applyFontSize();
        Shortcuts.answerEveryLetter(scene);
        FocusScrolling.follow(scene);
        installZoomKeys(scene);
        // Dialogs and other windows opened over this one take its text size, and follow Ctrl+ and Ctrl-.
        Window.getWindows().addListener((ListChangeListener<Window>) c -> {
            while (c.next()) {
                c.getAddedSubList().forEach(this::followTextSize);
            }
        });
    }

    private void installZoomKeys(Scene keys) {
        keys.getAccelerators().put(new KeyCodeCombination(KeyCode.EQUALS, KeyCombination.SHORTCUT_DOWN), () -> zoom(1));
        keys.getAccelerators().put(new KeyCodeCombination(KeyCode.PLUS, KeyCombination.SHORTCUT_DOWN), () -> zoom(1));
        keys.getAccelerators().put(new KeyCodeCombination(KeyCode.ADD, KeyCombination.SHORTCUT_DOWN), () -> zoom(1));
        keys.getAccelerators().put(new KeyCodeCombination(KeyCode.MINUS, KeyCombination.SHORTCUT_DOWN), () -> zoom(-1));
        keys.getAccelerators().put(new KeyCodeCombination(KeyCode.SUBTRACT, KeyCombination.SHORTCUT_DOWN), () -> zoom(-1));
        keys.getAccelerators().put(new KeyCodeCombination(KeyCode.DIGIT0, KeyCombination.SHORTCUT_DOWN),
                () -> setFontSize(WindowState.DEFAULT_FONT));
    }

    /** A window over this one (a dialog, the PDF progress note): true once it has been given the text size. */
    private static final String FOLLOWS = "homeplan.followsTextSize";

    private void followTextSize(Window window) {
        if (!(window instanceof Stage stage) || window == scene.getWindow() || !over(stage)) {
            return; // menus, tooltips and notes pop up from a control and take its text size already
        }
        if (window.getScene() == null) {
            window.sceneProperty().addListener(new javafx.beans.InvalidationListener() {
                @Override
                public void invalidated(javafx.beans.Observable o) {
                    window.sceneProperty().removeListener(this);
                    followTextSize(window);
                }
            });
            return;
        }
        Parent dialogRoot = window.getScene().getRoot();
        if (dialogRoot.getProperties().putIfAbsent(FOLLOWS, dialogRoot.getStyle()) == null) {
            installZoomKeys(window.getScene());
            String sheet = MainWindow.class.getResource("/app/homeplan/ui/homeplan.css").toExternalForm();
            if (!window.getScene().getStylesheets().contains(sheet)) {
                window.getScene().getStylesheets().add(sheet);
            }
        }
        applyFontSize(window);
    }

    /** Opened over the main window (directly or over one of its dialogs). */
    private boolean over(Stage stage) {
        for (Window w = stage.getOwner(); w != null; w = w instanceof Stage s ? s.getOwner() : null) {
            if (w == scene.getWindow()) {
                return true;
            }
        }
        return false;
    }

    private void applyFontSize(Window window) {
        Parent dialogRoot = window.getScene() == null ? null : window.getScene().getRoot();
        if (dialogRoot == null || !(dialogRoot.getProperties().get(FOLLOWS) instanceof String ownStyle)) {
            return;
        }
        String separator = ownStyle.isBlank() || ownStyle.strip().endsWith(";") ? "" : ";";
        dialogRoot.setStyle(ownStyle + separator + "-fx-font-size: " + fontSize + "px;");
        if (window.isShowing()) {
            dialogRoot.applyCss();
            if (dialogRoot instanceof javafx.scene.control.DialogPane pane) {
                Dialogs.buttonsFitTheirWords(pane);
            }
            dialogRoot.layout();
            window.sizeToScene(); // grown text keeps its room; the dialog never cuts its own words
        }
    }

    public Scene scene() {
        return scene;
    }

    /** Shows a screen that has nothing of its own to save. */
    public void show(Node screen) {
        show(screen, null);
    }

    /**
     * Shows a screen. The screen it replaces is saved once more (queued on the store thread) and
     * stops retrying on its own.
     *
     * @param work what the new screen must save before it goes; null for none
     */
    public void show(Node screen, BeforeLeaving work) {
        BeforeLeaving leaving = screenWork;
        screenWork = work;
        if (leaving != null && leaving != work) {
            leaving.saveNow();
            leaving.screenClosed();
        }
        keepStylesOf(screen);
        // Only the screen is replaced: taking keptStyles out of the window, even for a moment, would
        // let JavaFX drop what it keeps.
        if (root.getChildren().get(0) == keptStyles) {
            root.getChildren().add(0, screen);
        } else {
            root.getChildren().set(0, screen);
        }
    }

    /**
     * Styles and lays out a screen in this window at the window's size without ever showing it, then
     * takes it out again, all before returning (no frame, key or click comes in between). The first real
     * showing of a screen of its kind then finds its code loaded and run once, its controls' skins made
     * once and its styles matched (JavaFX keeps matched styles per window) and its stylesheets kept.
     */
    public void prepareUnseen(Parent screen) {
        keepStylesOf(screen);
        keptStyles.getChildren().add(screen);
        try {
            screen.applyCss();
            screen.resize(scene.getWidth(), scene.getHeight());
            screen.layout();
            // Scroll panes and lists add their content when first laid out: style and lay that out too.
            screen.applyCss();
            screen.layout();
        } finally {
            keptStyles.getChildren().remove(screen);
        }
    }

    private void keepStylesOf(Node screen) {
        if (screen instanceof Parent parent) {
            for (String sheet : parent.getStylesheets()) {
                if (!keptStyles.getStylesheets().contains(sheet)) {
                    keptStyles.getStylesheets().add(sheet);
                }
            }
        }
    }

    /**
     * Saves the shown screen's work and waits a few seconds at most: before another screen loads
     * from the store, before the window closes, and when the app stops.
     *
     * @return empty when all is stored (or there is nothing to store), else the sentence why not
     */
    public Optional<String> saveScreenAndWait() {
        return screenWork == null ? Optional.empty() : screenWork.saveAndWait(SAVE_WAIT);
    }

    public Node current() {
        Node first = root.getChildren().get(0);
        return first == keptStyles ? null : first;
    }

    public double fontSize() {
        return fontSize;
    }

    public void zoom(int steps) {
        setFontSize(fontSize + steps * 2);
    }

    public void setFontSize(double size) {
        fontSize = WindowState.clampFont(size);
        windowState.saveFontSize(fontSize);
        applyFontSize();
    }

    private void applyFontSize() {
        root.setStyle("-fx-font-size: " + fontSize + "px;");
        for (Window window : Window.getWindows()) {
            applyFontSize(window);
        }
    }
}
