package app.homeplan.intake.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.homeplan.i18n.Messages;
import app.homeplan.plan.Family;
import app.homeplan.plan.Goal;
import app.homeplan.store.Store;
import app.homeplan.store.StoreThread;
import app.homeplan.testing.HardFamilies;
import app.homeplan.testing.RightToLeftLines;
import app.homeplan.testing.Stores;
import app.homeplan.ui.Dialogs;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.control.Label;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Strategies step's list of goal-and-routine places with an Arabic-speaking family's goal that starts
 * with a number ("5 دقائق هدوء", "5 minutes of calm"), on a real screen: "Goal 1:" stays at the left and
 * the 5 stays at the right of the goal's words, where the Arabic starts (left alone, it joined "Goal 1:").
 */
class StrategiesStepRightToLeftTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
    private static final String STARTS_WITH_A_NUMBER = "5 دقائق هدوء";

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
        Family arabic = HardFamilies.rightToLeft(TODAY);
        List<Goal> goals = new ArrayList<>(arabic.goals());
        goals.set(0, goals.get(0).withFamilyWords(STARTS_WITH_A_NUMBER));
        FamilyDraft draft = new FamilyDraft(arabic.toBuilder().goals(goals).build());
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupSceneRoot(() -> new StrategiesStepView(
                new StrategiesStepViewModel(draft, storeThread, store.ownStrategies(), Platform::runLater), new Dialogs(null)));
        FxToolkit.setupStage(stage -> {
            stage.setWidth(1400);
            stage.setHeight(900);
        });
        FxToolkit.showStage();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() -> goalOne() != null).get());
        WaitForAsyncUtils.asyncFx(() -> {
            RightToLeftLines.assertLeadThenRightToLeftWords(RightToLeftLines.onlyLine(goalOne()), "Goal 1", STARTS_WITH_A_NUMBER);
            return null;
        }).get();
    }

    /** The first place's "Goal 1: ..." line, or null while the list is not drawn yet. */
    private static Label goalOne() {
        for (var window : javafx.stage.Window.getWindows()) {
            if (window.getScene() != null) {
                for (var node : window.getScene().getRoot().lookupAll(".slot-goal")) {
                    if (node instanceof Label label && label.getText().contains(STARTS_WITH_A_NUMBER)) {
                        assertThat(label.getText().replace("\u200E", "")).startsWith("Goal 1");
                        return label;
                    }
                }
            }
        }
        return null;
    }
}
