package app.homeplan.intake.ui;


import app.homeplan.i18n.Messages;
import app.homeplan.plan.Goal;
import app.homeplan.store.Store;
import app.homeplan.store.StoreThread;
import app.homeplan.testing.RightToLeftLines;
import app.homeplan.testing.Stores;
import app.homeplan.ui.Dialogs;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import javafx.application.Platform;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;

/**
 * The Strategies step's list of goal-and-routine places with an Arabic-speaking family's goal that starts
 * with a number ("5 دقائق هدوء", "5 minutes of calm"), on a real screen: "Goal 1:" stays at the left and
 * the 5 stays at the right of the goal's words, where the Arabic starts (left alone, it joined "Goal 1:").
 */
class StrategiesStepRightToLeftTest {
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
        FamilyDraft draft = new FamilyDraft(RightToLeftLines.arabicFamilyWhoseFirstGoalStartsWithANumber(TODAY));
        RightToLeftLines.assertGoalOneReadsAsWritten(() -> new StrategiesStepView(
                new StrategiesStepViewModel(draft, storeThread, store.ownStrategies(), Platform::runLater), new Dialogs(null)),
                ".slot-goal");
    }
}
