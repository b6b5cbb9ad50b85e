package app.homeplan.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.homeplan.i18n.Messages;
import app.homeplan.intake.IntakeStep;
import app.homeplan.intake.ui.IntakeView;
import app.homeplan.plan.FamilySummary;
import app.homeplan.store.Store;
import app.homeplan.testing.AppHarness;
import app.homeplan.testing.Stores;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A real data file that can only be read, through the real window: the home screen, the wizard and
 * the review screen show the read-only banner, nothing can be typed or chosen that would then be
 * lost, the actions that would change the file are switched off saying why, looking around still
 * works, and the file is byte for byte what it was.
 *
 * <p>The file's write permission is taken away. Root ignores permissions (tests may run as root in
 * CI), so when the file is still writable after that, the app opens it through SQLite's read-only
 * open instead ({@code AppConfig.readOnly}), the same path a read-only file takes.
 */
class ReadOnlyScreensTest {
    @TempDir
    Path dir;
    Path db;
    Set<PosixFilePermission> permissions;
    byte[] before;
    AppHarness harness;
    final FxRobot robot = new FxRobot();

    @BeforeEach
    void start() throws Exception {
        db = dir.resolve("homeplan.db");
        try (Store store = Stores.open(db)) {
            assertThat(store.families().count()).isEqualTo(1); // the example family
        }
        permissions = Files.getPosixFilePermissions(db);
        Files.setPosixFilePermissions(db, Set.of(PosixFilePermission.OWNER_READ));
        harness = new AppHarness(db);
        if (Files.isWritable(db)) {
            harness.readOnly(); // root: permissions do not stop it, so ask SQLite to open the file read-only
        }
        before = Files.readAllBytes(db);
        harness.start();
        AppHarness.waitUntil(() -> robot.lookup("#familyTable").tryQuery().isPresent() && table().getItems().size() == 1);
    }

    @AfterEach
    void stop() throws Exception {
        harness.close();
        Files.setPosixFilePermissions(db, permissions);
    }

    @SuppressWarnings("unchecked")
    private TableView<FamilySummary> table() {
        return (TableView<FamilySummary>) robot.lookup("#familyTable").query();
    }

    private <T extends Node> T node(String selector, Class<T> type) {
        return robot.lookup(selector).queryAs(type);
    }

    private void selectTheFamily() {
        robot.interact(() -> table().getSelectionModel().selectFirst());
    }

    @Test
    void theHomeScreenSaysSoAndSwitchesOffWhatWouldChangeTheFileSayingWhy() throws Exception {
        assertThat(node("#readOnlyBanner", Label.class).getText())
                .isEqualTo(Messages.get("safety.readOnly.banner", db.toAbsolutePath()));
        selectTheFamily();
        for (String action : List.of("#newFamily", "#deleteFamily", "#importFamilyFile", "#restoreBackup")) {
            assertThat(node(action, ButtonBase.class).isDisabled()).as(action).isTrue();
        }
        // Looking, opening, printing and exporting still work.
        for (String action : List.of("#openFamily", "#reviewProgress", "#exportFamilyFile", "#exportPdf")) {
            assertThat(node(action, ButtonBase.class).isDisabled()).as(action).isFalse();
        }
        // Pointing at a switched-off button says why.
        robot.moveTo(node("#newFamily", ButtonBase.class));
        AppHarness.waitUntil(() -> shownTooltip().equals(Messages.get("safety.readOnly.why")));

        // The keys for the same actions do nothing either.
        robot.clickOn(".child-name");
        robot.type(KeyCode.DELETE);
        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        WaitForAsyncUtils.sleep(300, java.util.concurrent.TimeUnit.MILLISECONDS);
        assertThat(robot.lookup(".dialog-pane").tryQuery()).isEmpty();
        assertThat(table().getItems()).hasSize(1);
        assertThat(Files.readAllBytes(db)).isEqualTo(before);
    }

    @Test
    void theWizardShowsEveryStepButNothingCanBeChangedAndNothingIsWritten() throws Exception {
        selectTheFamily();
        robot.clickOn("#openFamily");
        harness.waitUntilStepWhole(); // the parts below the first screen come a frame after it
        IntakeView intake = node("#intake", IntakeView.class);
        assertThat(robot.from(intake).lookup("#readOnlyBanner").queryAs(Label.class).isVisible()).isTrue();
        assertThat(node("#saveStatus", Label.class).getText()).isEqualTo("Read only");

        for (IntakeStep step : IntakeStep.values()) {
            robot.clickOn("#goto-" + step.id());
            AppHarness.waitUntil(() -> robot.lookup("#step-" + step.id()).tryQuery().isPresent()
                    && intake.model().stepProperty().get() == step);
            WaitForAsyncUtils.waitForFxEvents();
            Parent shown = node("#step-" + step.id(), Parent.class);
            List<TextInputControl> editable = all(shown, TextInputControl.class).stream()
                    .filter(t -> t.isEditable() && !t.isDisabled()).toList();
            List<ButtonBase> usable = all(shown, ButtonBase.class).stream().filter(b -> !b.isDisabled()).toList();
            switch (step) {
                case STRATEGIES -> { // looking through the library (all of it, or other ages too) changes nothing
                    assertThat(ids(editable)).as(step.id()).containsExactly("librarySearch");
                    assertThat(ids(usable)).as(step.id()).containsExactly("wholeLibrary", "showOtherAges");
                }
                case REVIEW -> {
                    assertThat(editable).as(step.id()).isEmpty();
                    // Export PDF and the links to other steps work; status and review date do not.
                    List<ButtonBase> printing = all(node("#printActions", Parent.class), ButtonBase.class);
                    assertThat(usable).as(step.id()).isNotEmpty()
                            .allSatisfy(b -> assertThat(b instanceof Hyperlink || printing.contains(b)).isTrue());
                    assertThat(ids(usable)).contains("exportPdf");
                }
                default -> {
                    assertThat(editable).as(step.id()).isEmpty();
                    assertThat(usable).as(step.id()).isEmpty();
                }
            }
        }

        // Typing into a field does nothing.
        robot.clickOn("#goto-family");
        AppHarness.waitUntil(() -> robot.lookup("#childName").tryQuery().isPresent());
        TextInputControl name = node("#childName", TextInputControl.class);
        String was = name.getText();
        robot.clickOn(name).write("xyz", 0);
        assertThat(name.getText()).isEqualTo(was);

        // Delete and Alt+Down on the day's routines change nothing (no "remove?" question either).
        robot.clickOn("#goto-day");
        AppHarness.waitUntil(() -> robot.lookup("#routineList").tryQuery().isPresent());
        @SuppressWarnings("unchecked")
        ListView<Object> routines = node("#routineList", ListView.class);
        List<Object> order = List.copyOf(routines.getItems());
        robot.interact(() -> {
            routines.requestFocus();
            routines.getSelectionModel().select(0);
        });
        robot.type(KeyCode.DELETE);
        robot.press(KeyCode.ALT, KeyCode.DOWN).release(KeyCode.DOWN, KeyCode.ALT);
        WaitForAsyncUtils.sleep(300, java.util.concurrent.TimeUnit.MILLISECONDS);
        assertThat(robot.lookup(".dialog-pane").tryQuery()).isEmpty();
        assertThat(routines.getItems()).containsExactlyElementsOf(order);

        robot.clickOn("#backToFamilies");
        AppHarness.waitUntil(() -> robot.lookup("#familyTable").tryQuery().isPresent());
        assertThat(robot.lookup(".dialog-pane").tryQuery()).isEmpty(); // nothing unsaved to ask about
        harness.stop();
        assertThat(Files.readAllBytes(db)).isEqualTo(before);
    }

    @Test
    void theReviewScreenShowsTheReviewsAndResultsButCannotStartOrChangeOne() throws Exception {
        selectTheFamily();
        robot.clickOn("#reviewProgress");
        AppHarness.waitUntil(() -> robot.lookup("#reviewScreen").tryQuery().isPresent());
        Node screen = node("#reviewScreen", Node.class);
        assertThat(robot.from(screen).lookup("#readOnlyBanner").queryAs(Label.class).isVisible()).isTrue();
        assertThat(node("#saveStatus", Label.class).getText()).isEqualTo("Read only");

        assertThat(node("#startReview", ButtonBase.class).isDisabled()).isTrue();
        robot.moveTo(node("#startReview", ButtonBase.class));
        AppHarness.waitUntil(() -> shownTooltip().equals(Messages.get("safety.readOnly.why")));

        // The example family's review shows its ratings, which cannot be changed.
        ToggleButton seven = node("#performance1_7", ToggleButton.class);
        assertThat(seven.isSelected()).isTrue();
        assertThat(seven.isDisabled()).isTrue();
        assertThat(node("#reviewAttendees", TextInputControl.class).isEditable()).isFalse();
        assertThat(node("#reviewNotes", TextInputControl.class).isEditable()).isFalse();
        assertThat(node("#notes1", TextInputControl.class).isEditable()).isFalse();
        assertThat(node("#gas1_p1", ButtonBase.class).isDisabled()).isTrue();
        assertThat(node("#deleteReview", ButtonBase.class).isDisabled()).isTrue();
        assertThat(node("#nextReviewDate", Node.class).isDisabled()).isTrue();
        assertThat(node("#nextReviewUsual", ButtonBase.class).isDisabled()).isTrue();
        String attendees = node("#reviewAttendees", TextInputControl.class).getText();
        robot.clickOn("#reviewAttendees").write("xyz", 0);
        assertThat(node("#reviewAttendees", TextInputControl.class).getText()).isEqualTo(attendees);

        // Results and charts are there to look at.
        ButtonBase seeResults = node("#seeResults", ButtonBase.class);
        assertThat(seeResults.isDisabled()).isFalse();
        robot.interact(seeResults::fire); // it is further down the page than the window shows
        AppHarness.waitUntil(() -> node("#reviewTabs", TabPane.class).getSelectionModel().getSelectedItem().getId()
                .equals("resultsTab"));
        AppHarness.waitUntil(() -> robot.lookup("#gasTScore").tryQuery().map(Node::isVisible).orElse(false));
        assertThat(node("#gasTScore", Label.class).getText()).isEqualTo("57.4");

        // "Revise or add goals" shows the goals in the wizard, read-only too.
        robot.clickOn("#reviseGoals");
        AppHarness.waitUntil(() -> harness.app().window().current() instanceof IntakeView intake
                && intake.model().stepProperty().get() == IntakeStep.GOALS);
        assertThat(node("#familyWords", TextInputControl.class).isEditable()).isFalse();
        harness.stop();
        assertThat(Files.readAllBytes(db)).isEqualTo(before);
    }

    /** The text of the tooltip on show, or "" when none is. */
    private static String shownTooltip() {
        return Window.getWindows().stream().filter(w -> w instanceof Tooltip && w.isShowing())
                .map(w -> ((Tooltip) w).getText()).findFirst().orElse("");
    }

    /** Walks the scene on the FX thread: a step opened first builds its lower parts in the next frame. */
    private static <T> List<T> all(Node root, Class<T> type) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            List<T> found = new java.util.ArrayList<>();
            collect(root, type, found);
            return found;
        }).get();
    }

    private static <T> void collect(Node node, Class<T> type, List<T> found) {
        if (type.isInstance(node)) {
            found.add(type.cast(node));
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> collect(child, type, found));
        }
    }

    private static List<String> ids(List<? extends Node> nodes) {
        return nodes.stream().map(n -> String.valueOf(n.getId())).collect(Collectors.toList());
    }
}
