package app.homeplan.testing;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/**
 * A test that drives the real window (headless Monocle) on a new data file of its own, which holds
 * the example family as a new file does: before each test the window starts and shows the home
 * screen's family list; after it the window closes. A subclass's own {@code @BeforeEach} runs after.
 */
public abstract class WindowTest {
    @TempDir
    protected Path dir;
    protected AppHarness harness;
    protected final FxRobot robot = new FxRobot();

    @BeforeEach
    void startTheWindow() throws Exception {
        harness = new AppHarness(dir.resolve("homeplan.db"));
        harness.start();
        AppHarness.waitUntil(() -> robot.lookup("#familyTable").tryQuery().isPresent());
    }

    @AfterEach
    void closeTheWindow() throws Exception {
        harness.close();
    }
}
