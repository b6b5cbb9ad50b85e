package app.homeplan.testing;

import static org.assertj.core.api.Assertions.assertThat;

import app.homeplan.plan.Family;
import app.homeplan.plan.Goal;
import app.homeplan.store.Store;
import app.homeplan.store.StoreThread;
import app.homeplan.ui.BidiLines;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.text.Text;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Where the words of a drawn line sit, for tests of a sentence in the screen's wording ("Goal 1: ...")
 * holding a family's right-to-left words: what a reader sees, not the label's text.
 */
public final class RightToLeftLines {
    private RightToLeftLines() {
    }

    /** Where the caret before character {@code index} is drawn on the line. */
    public static double caretX(Text line, int index) {
        assertThat(index).isNotNegative();
        var shape = line.caretShape(index, true);
        return shape[0] instanceof javafx.scene.shape.MoveTo move ? move.getX() : Double.NaN;
    }

    /** The one line a wrapping label with right-to-left words draws (through {@link BidiLines}). */
    public static Text onlyLine(Label label) {
        assertThat(label.getGraphic()).as("drawn by BidiLines").isInstanceOf(BidiLines.class);
        List<Node> lines = ((BidiLines) label.getGraphic()).getChildrenUnmodifiable();
        assertThat(lines).as("\"%s\" on one line", label.getText()).hasSize(1);
        return (Text) lines.get(0);
    }

    /**
     * The line reads "{lead} {words}" as the family wrote them: the screen's lead ("Goal 1:") at the left
     * of all the words, and the words (the number they start with too) each to the left of the one before.
     */
    public static void assertLeadThenRightToLeftWords(Text line, String lead, String words) {
        String text = line.getText();
        int at = text.indexOf(lead);
        assertThat(at).as("\"%s\" in \"%s\"", lead, text).isNotNegative();
        String[] each = words.split(" ");
        double leadX = caretX(line, at);
        double before = Double.POSITIVE_INFINITY;
        int from = at + lead.length();
        for (String word : each) {
            int index = text.indexOf(word, from);
            double x = caretX(line, index);
            assertThat(leadX).as("\"%s\" at the left of \"%s\"", lead, word).isLessThan(x);
            assertThat(x).as("\"%s\" to the left of the word before it", word).isLessThan(before);
            before = x;
            from = index + word.length();
        }
    }

    /** "5 minutes of calm": a goal that starts with its number (left alone, the 5 joined "Goal 1:"). */
    public static final String STARTS_WITH_A_NUMBER = "5 دقائق هدوء";

    /** The Arabic-speaking hard family, its first goal in the words {@link #STARTS_WITH_A_NUMBER}. */
    public static Family arabicFamilyWhoseFirstGoalStartsWithANumber(LocalDate today) {
        Family arabic = HardFamilies.rightToLeft(today);
        List<Goal> goals = new ArrayList<>(arabic.goals());
        goals.set(0, goals.get(0).withFamilyWords(STARTS_WITH_A_NUMBER));
        return arabic.toBuilder().goals(goals).build();
    }

    /** A screen made with a real store (opened in a test's folder, its own store thread). */
    public interface ScreenOnStore {
        Parent make(Store store, StoreThread storeThread) throws Exception;
    }

    /**
     * Opens a store in {@code dir}, shows the {@code screen} made with it in a 1400x900 window and checks the
     * label matching {@code selector} that reads "Goal 1: " + {@link #STARTS_WITH_A_NUMBER} with
     * {@link #assertLeadThenRightToLeftWords}; then closes the window, the store and its thread.
     */
    public static void assertGoalOneReadsAsWritten(Path dir, ScreenOnStore screen, String selector) throws Exception {
        StoreThread storeThread = new StoreThread();
        Store store = storeThread.submit(() -> Stores.open(dir.resolve("homeplan.db"))).get();
        try {
            FxToolkit.registerPrimaryStage();
            FxToolkit.setupSceneRoot(() -> {
                try {
                    return screen.make(store, storeThread);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            FxToolkit.setupStage(stage -> {
                stage.setWidth(1400);
                stage.setHeight(900);
            });
            FxToolkit.showStage();
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() -> goalOne(selector) != null).get());
            WaitForAsyncUtils.asyncFx(() -> {
                assertLeadThenRightToLeftWords(onlyLine(goalOne(selector)), "Goal 1", STARTS_WITH_A_NUMBER);
                return null;
            }).get();
        } finally {
            FxToolkit.cleanupStages();
            storeThread.run(store::close).get();
            storeThread.close();
        }
    }

    /** The "Goal 1: ..." label, or null while it is not drawn yet. */
    private static Label goalOne(String selector) {
        for (var window : javafx.stage.Window.getWindows()) {
            if (window.getScene() != null) {
                for (Node node : window.getScene().getRoot().lookupAll(selector)) {
                    if (node instanceof Label label && label.getText().contains(STARTS_WITH_A_NUMBER)
                            && label.getText().replace("\u200E", "").startsWith("Goal 1")) {
                        return label;
                    }
                }
            }
        }
        return null;
    }
}
