package app.homeplan.review.ui;


import app.homeplan.i18n.Messages;
import app.homeplan.plan.Family;
import app.homeplan.plan.Goal;
import app.homeplan.store.Store;
import app.homeplan.store.StoreThread;
import app.homeplan.testing.ManualScheduler;
import app.homeplan.testing.RightToLeftLines;
import app.homeplan.testing.Stores;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import javafx.application.Platform;
import javafx.scene.control.ScrollPane;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;

/**
 * The review's practice grid (which goal was practised in which routine, week by week) with an
 * Arabic-speaking family's goal that starts with a number ("5 دقائق هدوء", "5 minutes of calm"), on a
 * real screen: "Goal 1:" stays at the left and the 5 at the right of the goal's words, where the Arabic
 * starts, as the family wrote it (left alone, the 5 joined "Goal 1:").
 */
class PracticeGridRightToLeftTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

    @TempDir
    Path dir;
    private final StoreThread storeThread = new StoreThread();
    private Store store;

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
        if (store != null) {
            storeThread.run(store::close).get();
        }
        storeThread.close();
    }

    @Test
    void aGoalStartingWithANumberKeepsItsNumberInsideItsRightToLeftWords() throws Exception {
        Messages.setLocale(Locale.ENGLISH);
        store = storeThread.submit(() -> Stores.open(dir.resolve("homeplan.db"))).get();
        Family saved = storeThread.submit(() -> store.families().insert(
                RightToLeftLines.arabicFamilyWhoseFirstGoalStartsWithANumber(TODAY))).get();
        RightToLeftLines.assertGoalOneReadsAsWritten(() -> new ScrollPane(new PracticeGrid(new ReviewViewModel(saved,
                store.families(), storeThread, new ManualScheduler(Platform::runLater), Platform::runLater, () -> TODAY))),
                ".label");
    }
}
