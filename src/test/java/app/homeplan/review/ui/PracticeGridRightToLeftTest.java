package app.homeplan.review.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.homeplan.i18n.Messages;
import app.homeplan.plan.Family;
import app.homeplan.plan.Goal;
import app.homeplan.store.Store;
import app.homeplan.store.StoreThread;
import app.homeplan.testing.HardFamilies;
import app.homeplan.testing.ManualScheduler;
import app.homeplan.testing.RightToLeftLines;
import app.homeplan.testing.Stores;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The review's practice grid (which goal was practised in which routine, week by week) with an
 * Arabic-speaking family's goal that starts with a number ("5 دقائق هدوء", "5 minutes of calm"), on a
 * real screen: "Goal 1:" stays at the left and the 5 at the right of the goal's words, where the Arabic
 * starts, as the family wrote it (left alone, the 5 joined "Goal 1:").
 */
class PracticeGridRightToLeftTest {
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
        Family saved = storeThread.submit(() -> store.families().insert(arabic.toBuilder().goals(goals).build())).get();
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupSceneRoot(() -> new ScrollPane(new PracticeGrid(new ReviewViewModel(saved, store.families(),
                storeThread, new ManualScheduler(Platform::runLater), Platform::runLater, () -> TODAY))));
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

    /** Goal 1's line in the grid, or null while the grid is not drawn yet. */
    private static Label goalOne() {
        for (var window : javafx.stage.Window.getWindows()) {
            if (window.getScene() != null) {
                for (var node : window.getScene().getRoot().lookupAll(".label")) {
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
