package app.homeplan.testing;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.testfx.util.WaitForAsyncUtils;

/**
 * What the window tests do on the FX thread: run a piece of work there and wait for it, find the
 * dialog that is showing and answer or close it, and say where a node is and what it is.
 */
public final class Fx {
    private Fx() {
    }

    /** Runs the work on the FX thread and waits for its result; its failure fails the test. */
    public static <T> T onFx(Callable<T> work) {
        return WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(work));
    }

    public static void onFx(Runnable work) {
        onFx(() -> {
            work.run();
            return null;
        });
    }

    /** The dialog window showing now (a dialog's root is its DialogPane), or null. Call on the FX thread. */
    public static Window dialogWindow() {
        return Window.getWindows().stream()
                .filter(w -> w.isShowing() && w.getScene() != null && w.getScene().getRoot() instanceof DialogPane)
                .findFirst().orElse(null);
    }

    /** The pane of the dialog showing now, if one is. */
    public static Optional<DialogPane> dialog() {
        return onFx(() -> Optional.ofNullable(dialogWindow()).map(w -> (DialogPane) w.getScene().getRoot()));
    }

    /** Waits (up to 15 s) for a dialog to show. */
    public static DialogPane waitForDialog() throws TimeoutException {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> dialog().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        return dialog().orElseThrow();
    }

    /** Closes every dialog still open (after a test that failed half-way through one). */
    public static void closeDialogs() {
        onFx(() -> List.copyOf(Window.getWindows()).stream()
                .filter(w -> w instanceof Stage && w.getScene() != null && w.getScene().getRoot() instanceof DialogPane)
                .forEach(w -> ((Stage) w).close()));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Answers the dialog as a careful user would (Cancel or Close, else OK, else its first button), then waits until it is gone. */
    public static void dismiss(Window dialog) throws TimeoutException {
        onFx(() -> {
            DialogPane pane = (DialogPane) dialog.getScene().getRoot();
            ButtonType safe = pane.getButtonTypes().stream()
                    .filter(t -> t.getButtonData() == ButtonBar.ButtonData.CANCEL_CLOSE).findFirst()
                    .or(() -> pane.getButtonTypes().stream().filter(t -> t == ButtonType.OK).findFirst())
                    .orElse(pane.getButtonTypes().get(0));
            ((Button) pane.lookupButton(safe)).fire();
        });
        AppHarness.waitUntil(() -> dialogWindow() == null);
    }

    public static boolean isInside(Node node, Node ancestor) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == ancestor) {
                return true;
            }
        }
        return false;
    }

    /** "Button#startReview "Start a review"": its kind, id and words, for a failure message. */
    public static String describe(Node node) {
        if (node == null) {
            return "nothing";
        }
        String text = node instanceof Labeled l ? " \"" + l.getText() + "\"" : "";
        return node.getClass().getSimpleName() + (node.getId() == null ? "" : "#" + node.getId()) + text;
    }
}
