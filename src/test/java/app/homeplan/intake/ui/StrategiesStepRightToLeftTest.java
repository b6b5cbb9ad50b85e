package app.homeplan.intake.ui;

import app.homeplan.i18n.Messages;
import app.homeplan.testing.RightToLeftLines;
import app.homeplan.ui.Dialogs;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import javafx.application.Platform;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Strategies step's list of goal-and-routine places with an Arabic-speaking family's goal that starts
 * with a number ("5 دقائق هدوء", "5 minutes of calm"), on a real screen: "Goal 1:" stays at the left and
 * the 5 stays at the right of the goal's words, where the Arabic starts (left alone, it joined "Goal 1:").
 */
class StrategiesStepRightToLeftTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

    @TempDir
    Path dir;

    @Test
    void aGoalStartingWithANumberKeepsItsNumberInsideItsRightToLeftWords() throws Exception {
        Messages.setLocale(Locale.ENGLISH);
        FamilyDraft draft = new FamilyDraft(RightToLeftLines.arabicFamilyWhoseFirstGoalStartsWithANumber(TODAY));
        RightToLeftLines.assertGoalOneReadsAsWritten(dir, (store, storeThread) -> new StrategiesStepView(
                new StrategiesStepViewModel(draft, storeThread, store.ownStrategies(), Platform::runLater), new Dialogs(null)),
                ".slot-goal");
    }
}
