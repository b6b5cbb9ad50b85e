package app.homeplan.ui;

import static app.homeplan.testing.Fx.onFx;
import static app.homeplan.testing.Fx.dialog;
import static app.homeplan.testing.Fx.waitForDialog;
import static app.homeplan.testing.Fx.closeDialogs;
import static org.assertj.core.api.Assertions.assertThat;

import app.homeplan.families.ui.FamilyListView;
import app.homeplan.intake.IntakeStep;
import app.homeplan.intake.ui.IntakeView;
import app.homeplan.plan.Family;
import app.homeplan.plan.FamilySummary;
import app.homeplan.store.Store;
import app.homeplan.store.BackupKind;
import app.homeplan.testing.AppHarness;
import app.homeplan.testing.Stores;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Every screen state, read through its accessibility attributes and paints (see
 * {@link AccessibilityAudit}): the home screen with an overdue review, New family, About, Restore,
 * every wizard step for the example family and for a new empty family, and both tabs of the review
 * screen. Prints a table per screen and fails on any unnamed control, mnemonic underscore in a name,
 * name that is only a number, text or icon below the contrast minimum, control Tab never reaches or
 * Tab that types into a field. How to repeat it and what it found: docs/accessibility.md.
 */
class AccessibilityTest {
    @TempDir
    Path dir;
    AppHarness harness;
    final List<AccessibilityAudit.Result> results = new ArrayList<>();

    @BeforeEach
    void start() throws Exception {
        harness = AppHarness.startedOn(dir.resolve("homeplan.db"), store -> { // beside the example family
            store.families().insert(Family.newFor("Mia Nguyen").toBuilder()
                    .reviewDate(LocalDate.now().minusDays(5)).build());
            store.database().backups().create(store.database().connection(), BackupKind.DAILY);
        });
        AppHarness.waitUntil(() -> harness.home().isPresent() && harness.home().get().table().getItems().size() == 2);
    }

    @AfterEach
    void stop() throws Exception {
        closeDialogs();
        harness.close();
    }

    @Test
    void everyScreenNamesItsControlsIsReadableAndIsWalkedWithTab() throws Exception {
        long started = System.nanoTime();
        audit("Home (a review overdue)", harness.scene());
        assertHeaderComesFirst("newFamily", "familyTable");
        // A chosen family: the actions under the list come on, and the chosen row's pills are read on its highlight.
        onFx(() -> harness.home().orElseThrow().table().getSelectionModel().select(0));
        audit("Home, a family chosen", harness.scene());

        press("#newFamily");
        DialogPane newFamily = waitForDialog();
        audit("New family", newFamily.getScene());
        onFx(() -> ((TextField) newFamily.lookup(".text-field")).setText("Lan Tran"));
        press((Button) newFamily.lookupButton(ButtonType.OK));
        walkWizard("empty new family");

        harness.showFamilies();
        press("#about");
        DialogPane about = waitForDialog();
        audit("About", about.getScene());
        onFx(() -> about.setExpanded(true));
        audit("About, details shown", about.getScene());
        closeDialogs();

        press("#restoreBackup");
        audit("Restore from a backup", waitForDialog().getScene());
        closeDialogs();

        long example = onFx(() -> harness.home().orElseThrow().table().getItems().stream()
                .filter(f -> !f.childName().equals("Mia Nguyen") && !f.childName().equals("Lan Tran"))
                .findFirst().orElseThrow().id());
        onFx(() -> harness.app().openFamily(example));
        walkWizard("example family");

        harness.showFamilies();
        onFx(() -> {
            TableView<FamilySummary> table = harness.home().orElseThrow().table();
            table.getSelectionModel().select(table.getItems().stream().filter(f -> f.id() == example).findFirst().orElseThrow());
        });
        press("#reviewProgress");
        AppHarness.waitUntil(() -> harness.scene().lookup("#reviewScreen") != null
                && ((TabPane) harness.scene().lookup("#reviewTabs")).isVisible());
        audit("Review: ratings", harness.scene());
        assertHeaderComesFirst("startReview", "reviewList");
        assertHeaderComesFirst("printProgress", "reviewList");
        // ... and the header is still laid out across the top of the screen.
        assertThat(onFx(() -> header(harness.scene().lookup("#startReview")).getLayoutBounds().getWidth()))
                .as("the header's width").isGreaterThan(onFx(() -> harness.scene().getWidth() * 0.9));
        onFx(() -> ((TabPane) harness.scene().lookup("#reviewTabs")).getSelectionModel().select(1));
        WaitForAsyncUtils.waitForFxEvents();
        audit("Review: results and charts", harness.scene());

        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.println("Accessibility audit (" + results.size() + " screen states, "
                + String.format(java.util.Locale.ROOT, "%.1f s", seconds) + ")");
        System.out.print(AccessibilityAudit.table(results));
        if (Boolean.getBoolean("accessibility.names")) { // -Daccessibility.names=true: what each control is announced as
            results.forEach(r -> {
                System.out.println("== " + r.screen);
                r.announced.forEach(a -> System.out.println("   " + a));
            });
        }
        List<String> problems = results.stream().flatMap(r -> r.problemLines().stream()).toList();
        problems.forEach(System.out::println);
        assertThat(results).hasSizeGreaterThanOrEqualTo(20);
        assertThat(problems).as("accessibility problems").isEmpty();
    }

    /** Focus follows the drawn order: a header's action comes before what is drawn under the header. */
    private void assertHeaderComesFirst(String headerAction, String below) {
        List<String> order = onFx(() -> results.get(results.size() - 1).tabOrder.stream()
                .map(n -> n.getId() == null ? "" : n.getId()).toList());
        assertThat(order.indexOf(headerAction)).as("Tab order " + order).isBetween(0, order.indexOf(below));
    }

    private void walkWizard(String which) throws Exception {
        harness.waitUntilStepWhole(); // the parts below the first screen come a frame after it
        IntakeView wizard = onFx(() -> (IntakeView) harness.scene().lookup("#intake"));
        for (IntakeStep step : IntakeStep.values()) {
            assertThat(onFx(() -> wizard.model().go(step))).as(step + " shown").isTrue();
            WaitForAsyncUtils.waitForFxEvents();
            audit("Wizard " + (step.ordinal() + 1) + " " + step.name().toLowerCase(java.util.Locale.ROOT) + ", " + which,
                    harness.scene());
        }
    }

    private long last = System.nanoTime();

    private void audit(String screen, Scene scene) {
        System.out.printf("getting to %s took %d ms%n", screen, (System.nanoTime() - last) / 1_000_000);
        WaitForAsyncUtils.waitForFxEvents();
        results.add(onFx(() -> {
            scene.getRoot().applyCss();
            scene.getRoot().layout();
            return AccessibilityAudit.audit(screen, scene);
        }));
        WaitForAsyncUtils.waitForFxEvents();
        last = System.nanoTime();
    }

    /** Clicks a button without waiting for what it opens (a dialog runs its own event loop). */
    private void press(String selector) throws Exception {
        AppHarness.waitUntil(() -> harness.scene().lookup(selector) != null && !harness.scene().lookup(selector).isDisabled());
        press(onFx(() -> (Button) harness.scene().lookup(selector)));
    }

    private static void press(Button button) {
        Platform.runLater(button::fire);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The screen's header a control sits in (its buttons' row is only as wide as the buttons). */
    private static javafx.scene.Node header(javafx.scene.Node control) {
        javafx.scene.Node at = control;
        while (at != null && !at.getStyleClass().contains("app-header")) {
            at = at.getParent();
        }
        return java.util.Objects.requireNonNull(at, "no header around " + control);
    }
}
