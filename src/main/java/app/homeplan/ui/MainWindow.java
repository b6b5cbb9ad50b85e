package app.homeplan.ui;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.StackPane;

/**
 * The window's one scene: shows one screen at a time and owns the text size, which the family can
 * enlarge with Ctrl + and shrink with Ctrl - (Ctrl 0 resets); the size is remembered.
 */
public final class MainWindow {
    private final StackPane root = new StackPane();
    private final Scene scene;
    private final WindowState windowState;
    private double fontSize;

    public MainWindow(WindowState windowState) {
        this.windowState = windowState;
        this.fontSize = windowState.fontSize();
        root.getStyleClass().add("homeplan-root");
        scene = new Scene(root, 1200, 800);
        scene.getStylesheets().add(MainWindow.class.getResource("/app/homeplan/ui/homeplan.css").toExternalForm());
        applyFontSize();
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.EQUALS, KeyCombination.SHORTCUT_DOWN), () -> zoom(1));
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.PLUS, KeyCombination.SHORTCUT_DOWN), () -> zoom(1));
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.ADD, KeyCombination.SHORTCUT_DOWN), () -> zoom(1));
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.MINUS, KeyCombination.SHORTCUT_DOWN), () -> zoom(-1));
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.SUBTRACT, KeyCombination.SHORTCUT_DOWN), () -> zoom(-1));
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.DIGIT0, KeyCombination.SHORTCUT_DOWN),
                () -> setFontSize(WindowState.DEFAULT_FONT));
    }

    public Scene scene() {
        return scene;
    }

    public void show(Node screen) {
        root.getChildren().setAll(screen);
    }

    public Node current() {
        return root.getChildren().isEmpty() ? null : root.getChildren().get(0);
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
    }
}
