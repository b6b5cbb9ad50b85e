package app.homeplan.review.ui;

import app.homeplan.i18n.Messages;
import app.homeplan.plan.Family;
import app.homeplan.testing.ManualScheduler;
import app.homeplan.testing.RightToLeftLines;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import javafx.application.Platform;
import javafx.scene.control.ScrollPane;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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

    @Test
    void aGoalStartingWithANumberKeepsItsNumberInsideItsRightToLeftWords() throws Exception {
        Messages.setLocale(Locale.ENGLISH);
        RightToLeftLines.assertGoalOneReadsAsWritten(dir, (store, storeThread) -> {
            Family saved = storeThread.submit(() -> store.families().insert(
                    RightToLeftLines.arabicFamilyWhoseFirstGoalStartsWithANumber(TODAY))).get();
            return new ScrollPane(new PracticeGrid(new ReviewViewModel(saved, store.families(), storeThread,
                    new ManualScheduler(Platform::runLater), Platform::runLater, () -> TODAY)));
        }, ".label");
    }
}
