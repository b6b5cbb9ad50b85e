package app.homeplan.ui;

import static app.homeplan.testing.Fx.onFx;
import static app.homeplan.testing.Fx.dialog;
import static app.homeplan.testing.Fx.waitForDialog;
import static app.homeplan.testing.Fx.closeDialogs;
import static app.homeplan.testing.Fx.isInside;
import static app.homeplan.testing.Fx.describe;
import static org.assertj.core.api.Assertions.assertThat;

import app.homeplan.families.ui.FamilyListView;
import app.homeplan.intake.IntakeStep;
import app.homeplan.intake.ui.IntakeView;
import app.homeplan.plan.FamilySummary;
import app.homeplan.store.PostgresServer;
import app.homeplan.testing.AppHarness;
import app.homeplan.testing.MnemonicAudit;
import app.homeplan.testing.TestPostgres;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Every screen's Alt shortcuts (the underlined letters), with real key presses: on the home screen,
 * every wizard step for a new family and for the example family, the wizard opened for a second
 * family (where shortcuts of the first once caught the keys) and the progress review. Fails when one
 * letter is used twice on a screen, when a shortcut leads nowhere (no field, a hidden one, one that
 * cannot take the keyboard), when the window still holds a shortcut of a screen that was left, and
 * when pressing Alt and the letter does not land on the shortcut's own field (or press its button).
 */
class MnemonicsTest {
    @TempDir
    Path dir;
    AppHarness harness;
    final FxRobot robot = new FxRobot();
    final List<MnemonicAudit> audits = new ArrayList<>();
    final List<String> problems = new ArrayList<>();

    @BeforeEach
    void start() throws Exception {
        harness = new AppHarness(dir.resolve("homeplan.db")); // a new data file holds the example family
        harness.start();
        AppHarness.waitUntil(() -> harness.home().isPresent() && harness.home().get().table().getItems().size() == 1);
    }

    @AfterEach
    void stop() throws Exception {
        closeDialogs();
        harness.close();
    }

    @Test
    void everyScreensShortcutsAreUniqueAndEachLandsOnItsOwnControl() throws Exception {
        check("Home");
        everyButtonHasALetter("Home");
        long example = onFx(() -> harness.home().orElseThrow().table().getItems().get(0).id());

        Platform.runLater(() -> harness.home().orElseThrow().newFamily()); // a dialog runs its own event loop
        DialogPane newFamily = waitForDialog();
        onFx(() -> ((TextField) newFamily.lookup(".text-field")).setText("Lan Tran"));
        Platform.runLater(() -> ((Button) newFamily.lookupButton(ButtonType.OK)).fire());
        walkWizard("a new family");

        harness.showFamilies();
        onFx(() -> harness.app().openFamily(example));
        walkWizard("the example family");

        // A second family opened in the same window: its shortcuts, not the first one's, take the keys.
        harness.showFamilies();
        long lan = onFx(() -> harness.home().orElseThrow().table().getItems().stream()
                .filter(f -> f.childName().equals("Lan Tran")).findFirst().orElseThrow().id());
        onFx(() -> harness.app().openFamily(lan));
        AppHarness.waitUntil(() -> wizard() != null && wizard().model().draft().get().id() == lan);
        for (IntakeStep step : List.of(IntakeStep.GOALS, IntakeStep.STRATEGIES)) {
            onFx(() -> wizard().model().go(step));
            check("Wizard " + step.number() + ", opened again after another family");
        }

        harness.showFamilies();
        onFx(() -> {
            var table = harness.home().orElseThrow().table();
            table.getSelectionModel().select(table.getItems().stream().filter(f -> f.id() == example).findFirst().orElseThrow());
        });
        onFx(() -> ((Button) harness.scene().lookup("#reviewProgress")).fire());
        AppHarness.waitUntil(() -> harness.scene().lookup("#reviewScreen") != null
                && ((TabPane) harness.scene().lookup("#reviewTabs")).isVisible());
        check("Progress review");

        audits.forEach(a -> System.out.println(a.summary()));
        assertThat(audits).hasSizeGreaterThanOrEqualTo(16);
        assertThat(audits.stream().mapToInt(a -> a.shortcuts.size()).sum()).as("shortcuts checked").isGreaterThan(60);
        assertThat(problems).as("shortcut problems").isEmpty();
    }

    private void walkWizard(String which) throws Exception {
        AppHarness.waitUntil(() -> wizard() != null);
        for (IntakeStep step : IntakeStep.values()) {
            assertThat(onFx(() -> wizard().model().go(step))).as(step + " shown").isTrue();
            MnemonicAudit audit = check("Wizard " + step.number() + " " + step.name().toLowerCase(java.util.Locale.ROOT) + ", " + which);
            if (step == IntakeStep.FAMILY) {
                hasALetter(audit, "#planLanguage"); // "Language of the family's copy", picked from a list
            }
        }
    }

    @Test
    void clinicModesHomeScreenHasALetterForEveryButton() throws Exception {
        harness.close(); // the same window on a clinic's shared database: its own two buttons join the home screen
        PostgresServer server = TestPostgres.newDatabase();
        harness = new AppHarness(dir.resolve("unused.db"))
                .shared(server.address().toString().replace("postgresql://", "postgresql://" + TestPostgres.OWNER + "@"));
        harness.start();
        AppHarness.waitUntil(() -> harness.home().isPresent() && !harness.home().get().table().getItems().isEmpty()
                && harness.scene().lookup("#clinicConnection") != null);
        onFx(() -> harness.home().orElseThrow().table().getSelectionModel().selectFirst()); // the family's buttons can be pressed
        MnemonicAudit audit = check("Home, clinic database");
        hasALetter(audit, "#clinicConnection");
        hasALetter(audit, "#accessLog");
        everyButtonHasALetter("Home, clinic database");
        audits.forEach(a -> System.out.println(a.summary()));
        assertThat(problems).as("shortcut problems").isEmpty();
    }

    /** The control is reached by one of the screen's Alt letters (its own, or its label's). */
    private void hasALetter(MnemonicAudit audit, String id) {
        Node control = onFx(() -> harness.scene().lookup(id));
        assertThat(control).as(id + " on " + audit.screen).isNotNull();
        if (audit.shortcuts.stream().noneMatch(s -> s.target() == control)) {
            problems.add(audit.screen + ": " + id + " has no Alt letter");
        }
    }

    /** Every button with words on the screen has an Alt letter of its own. */
    private void everyButtonHasALetter(String screen) {
        onFx(() -> harness.scene().getRoot().lookupAll(".button").stream()
                .filter(n -> n instanceof Button b && b.getText() != null && !b.getText().isBlank()
                        && shown(b) && b.getScene() == harness.scene())
                .map(Button.class::cast)
                .filter(b -> !b.isMnemonicParsing() || MnemonicAudit.letter(b.getText()) == null)
                .map(b -> screen + ": the button \"" + b.getText() + "\" has no Alt letter")
                .toList()).forEach(problems::add);
    }

    private static boolean shown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    /** Audits the screen, then presses each shortcut and looks where it landed. */
    private MnemonicAudit check(String screen) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        MnemonicAudit audit = onFx(() -> {
            harness.scene().getRoot().applyCss();
            harness.scene().getRoot().layout();
            return MnemonicAudit.of(screen, harness.scene());
        });
        audits.add(audit);
        audit.problems.forEach(p -> problems.add(screen + ": " + p));
        for (MnemonicAudit.Shortcut s : audit.shortcuts) {
            if (onFx(() -> s.target() == null || s.target().isDisabled() || s.owner().isDisabled()
                    || s.target().getScene() != harness.scene())) {
                continue;
            }
            pressAndLook(screen, s);
        }
        return audit;
    }

    private void pressAndLook(String screen, MnemonicAudit.Shortcut s) throws Exception {
        boolean[] fired = {false};
        EventHandler<ActionEvent> swallow = e -> { // the button's own action is not what is tested here
            fired[0] = true;
            e.consume();
        };
        Boolean wasSelected = onFx(() -> {
            s.owner().addEventFilter(ActionEvent.ACTION, swallow);
            return s.owner() instanceof CheckBox c ? (Boolean) c.isSelected()
                    : s.owner() instanceof ToggleButton t ? (Boolean) t.isSelected() : null;
        });
        onFx(() -> harness.stage().requestFocus());
        robot.press(KeyCode.ALT).type(KeyCode.getKeyCode(String.valueOf(s.letter()))).release(KeyCode.ALT);
        try { // key events reach the window a little later than the robot returns
            WaitForAsyncUtils.waitFor(3, java.util.concurrent.TimeUnit.SECONDS, () -> onFx(() ->
                    fired[0] || isInside(harness.scene().getFocusOwner(), s.target())));
        } catch (java.util.concurrent.TimeoutException notThere) {
            // reported below
        }
        WaitForAsyncUtils.waitForFxEvents();
        String landed = onFx(() -> {
            Node focus = harness.scene().getFocusOwner();
            s.owner().removeEventFilter(ActionEvent.ACTION, swallow);
            if (s.owner() instanceof CheckBox c) {
                c.setSelected(wasSelected);
            } else if (s.owner() instanceof ToggleButton t && wasSelected != null) {
                t.setSelected(wasSelected);
            }
            if (s.owner() instanceof Label) {
                return isInside(focus, s.target()) ? null : "went to " + describe(focus);
            }
            return fired[0] || isInside(focus, s.target()) ? null : "did not press its button (focus on " + describe(focus) + ")";
        });
        if (landed != null) {
            problems.add(screen + ": " + s.describe() + " " + landed + "; the window holds it for " + held(s.letter()));
        }
    }

    /** The controls the window has registered for Alt and this letter. */
    private List<String> held(char letter) {
        return onFx(() -> harness.scene().getMnemonics().entrySet().stream()
                .filter(e -> e.getKey().getName().replace("'", "").toUpperCase(java.util.Locale.ROOT).endsWith("+" + letter))
                .flatMap(e -> e.getValue().stream())
                .map(m -> describe(m.getNode()) + (m.getNode().getScene() == harness.scene() ? "" : " (not on screen)"))
                .toList());
    }

    private IntakeView wizard() {
        return onFx(() -> harness.scene().lookup("#intake") instanceof IntakeView v ? v : null);
    }
}
