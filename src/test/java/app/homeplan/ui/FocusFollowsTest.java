package app.homeplan.ui;

import static app.homeplan.testing.Fx.onFx;
import static app.homeplan.testing.Fx.isInside;
import static app.homeplan.testing.Fx.describe;
import static org.assertj.core.api.Assertions.assertThat;

import app.homeplan.families.ui.FamilyListView;
import app.homeplan.intake.IntakeStep;
import app.homeplan.intake.ui.IntakeView;
import app.homeplan.testing.AppHarness;
import app.homeplan.testing.MnemonicAudit;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A keyboard user in a small window (1024 x 700): Tab, with real key presses, through every wizard
 * step of the example family and the progress review's goal cards, then each field's Alt shortcut
 * from the top of its page. Each control that takes the keyboard must be inside what its page
 * shows, also the ones that were below the fold when the page opened (the test counts those, so it
 * cannot pass on pages that never needed scrolling).
 */
class FocusFollowsTest {
    private static final int MOST_TABS_PER_PAGE = 70;
    @TempDir
    Path dir;
    AppHarness harness;
    final FxRobot robot = new FxRobot();
    final List<String> problems = new ArrayList<>();
    int belowTheFold;
    int controlsVisited;
    int shortcutsPressed;

    @BeforeEach
    void start() throws Exception {
        harness = new AppHarness(dir.resolve("homeplan.db")); // a new data file holds the example family
        harness.start();
        onFx(() -> {
            harness.stage().setWidth(1024);
            harness.stage().setHeight(700);
        });
        AppHarness.waitUntil(() -> harness.scene().lookup("#familyList") instanceof FamilyListView home
                && home.table().getItems().size() == 1);
    }

    @AfterEach
    void stop() throws Exception {
        harness.close();
    }

    @Test
    void tabbingDownALongPageKeepsTheFocusedControlInView() throws Exception {
        FamilyListView home = onFx(() -> (FamilyListView) harness.scene().lookup("#familyList"));
        long example = onFx(() -> home.table().getItems().get(0).id());
        onFx(() -> harness.app().openFamily(example));
        harness.waitUntilStepWhole(); // the parts below the first screen come a frame after it
        IntakeView wizard = onFx(() -> (IntakeView) harness.scene().lookup("#intake"));
        for (IntakeStep step : IntakeStep.values()) {
            onFx(() -> wizard.model().go(step));
            WaitForAsyncUtils.waitForFxEvents();
            AppHarness.waitUntil(() -> harness.scene().getFocusOwner() != null
                    && isInside(harness.scene().getFocusOwner(), harness.scene().lookup(".step-scroll")));
            WaitForAsyncUtils.waitForFxEvents();
            // A step opens at its top, its title showing, with the keyboard in a field that shows (the
            // page takes a few layout passes to settle: what counts is where it comes to rest).
            String opened = settledOpening();
            if (opened != null) {
                problems.add("Wizard " + step.number() + " opened " + opened);
            }
            walk("Wizard " + step.number(), onFx(() -> (ScrollPane) harness.scene().lookup(".step-scroll")));
        }

        onFx(() -> harness.app().showFamilies());
        AppHarness.waitUntil(() -> harness.scene().lookup("#familyList") instanceof FamilyListView h && h.table().getItems().size() == 1);
        onFx(() -> ((FamilyListView) harness.scene().lookup("#familyList")).table().getSelectionModel().select(0));
        onFx(() -> ((Button) harness.scene().lookup("#reviewProgress")).fire());
        AppHarness.waitUntil(() -> harness.scene().lookup("#reviewTabs") instanceof TabPane tabs && tabs.isVisible());
        WaitForAsyncUtils.waitForFxEvents();
        walk("Progress review", onFx(() -> (ScrollPane) ((TabPane) harness.scene().lookup("#reviewTabs"))
                .getSelectionModel().getSelectedItem().getContent()));

        System.out.println("Tab walk: " + controlsVisited + " controls focused, " + belowTheFold
                + " of them below the fold when their page opened");
        System.out.println("Shortcut walk: " + shortcutsPressed + " fields reached with Alt and a letter");
        assertThat(shortcutsPressed).as("fields reached by their shortcuts").isGreaterThan(20);
        assertThat(belowTheFold).as("controls below the fold reached by Tab").isGreaterThan(10);
        assertThat(problems).as("focused controls out of view").isEmpty();
    }

    /** Where the step just opened came to rest: null when its title and the focused field's top show. */
    private String settledOpening() throws Exception {
        String[] last = {null};
        try {
            AppHarness.waitUntil(() -> {
                Node focused = harness.scene().getFocusOwner();
                String title = outOfView(harness.scene().lookup(".step-scroll .step-title"));
                String field = focused == null ? "with nothing focused" : topOutOfView(focused);
                last[0] = title != null ? "with its title out of view: " + title
                        : field != null ? "with " + describe(focused) + " out of view: " + field : null;
                return last[0] == null;
            });
        } catch (java.util.concurrent.TimeoutException e) {
            return last[0];
        }
        return null;
    }

    /** Like outOfView, but a control taller than what shows below it only needs its top in view. */
    private static String topOutOfView(Node node) {
        Bounds b = node.localToScene(node.getLayoutBounds());
        for (Parent p = node.getParent(); p != null; p = p.getParent()) {
            if (p instanceof ScrollPane pane && isInside(node, pane.getContent())) {
                Node viewport = pane.lookup(".viewport");
                Bounds v = viewport.localToScene(viewport.getLayoutBounds());
                if (b.getMinY() < v.getMinY() - 1 || b.getMinY() > v.getMaxY() - 40) {
                    return String.format(java.util.Locale.ROOT, "at y %.0f-%.0f, the page shows y %.0f-%.0f",
                            b.getMinY(), b.getMaxY(), v.getMinY(), v.getMaxY());
                }
            }
        }
        return null;
    }

    /** Tabs from the page's first control until focus leaves the page or comes round again. */
    private void walk(String page, ScrollPane scroll) throws Exception {
        Map<Node, Boolean> hiddenAtFirst = onFx(() -> {
            scroll.setVvalue(scroll.getVmin());
            harness.scene().getRoot().layout();
            Map<Node, Boolean> hidden = new LinkedHashMap<>();
            collectFocusable(scroll.getContent(), hidden, scroll);
            return hidden;
        });
        Node first = onFx(() -> hiddenAtFirst.keySet().stream()
                .filter(n -> !n.isDisabled()).findFirst().orElseThrow());
        onFx(() -> {
            harness.stage().requestFocus();
            first.requestFocus();
        });
        AppHarness.waitUntil(first::isFocused);
        List<Node> seen = new ArrayList<>();
        int hiddenBefore = belowTheFold;
        for (int i = 0; i < MOST_TABS_PER_PAGE; i++) {
            robot.type(KeyCode.TAB);
            WaitForAsyncUtils.waitForFxEvents();
            Node focused = onFx(() -> harness.scene().getFocusOwner());
            if (focused == null || seen.contains(focused) || !onFx(() -> isInside(focused, scroll.getContent()))) {
                break;
            }
            seen.add(focused);
            controlsVisited++;
            Node control = owner(focused, hiddenAtFirst);
            if (Boolean.TRUE.equals(hiddenAtFirst.get(control))) {
                belowTheFold++;
            }
            String where = onFx(() -> outOfView(focused));
            if (where != null) {
                problems.add(page + ": " + describe(focused) + " " + where);
            }
        }
        shortcutWalk(page, scroll);
        System.out.println(page + ": Tab reached " + seen.size() + " controls, " + (belowTheFold - hiddenBefore)
                + " below the fold; last " + (seen.isEmpty() ? "-" : describe(seen.get(seen.size() - 1))));
    }

    /**
     * The page scrolled back to its top, then each Alt shortcut of a field on it: a shortcut moves
     * the focus without Tab, which JavaFX's scroll pane does not follow by itself.
     */
    private void shortcutWalk(String page, ScrollPane scroll) throws Exception {
        List<MnemonicAudit.Shortcut> shortcuts = onFx(() -> MnemonicAudit.of(page, harness.scene()).shortcuts.stream()
                .filter(s -> s.owner() instanceof javafx.scene.control.Label && s.target() != null
                        && !s.target().isDisabled() && isInside(s.target(), scroll.getContent()))
                .toList());
        for (MnemonicAudit.Shortcut s : shortcuts) {
            onFx(() -> {
                scroll.setVvalue(scroll.getVmin());
                harness.stage().requestFocus();
            });
            WaitForAsyncUtils.waitForFxEvents();
            robot.press(KeyCode.ALT).type(KeyCode.getKeyCode(String.valueOf(s.letter()))).release(KeyCode.ALT);
            try {
                AppHarness.waitUntil(() -> isInside(harness.scene().getFocusOwner(), s.target()));
            } catch (java.util.concurrent.TimeoutException e) {
                problems.add(page + ": " + s.describe() + " did not reach its field");
                continue;
            }
            WaitForAsyncUtils.waitForFxEvents();
            shortcutsPressed++;
            String where = onFx(() -> outOfView(harness.scene().getFocusOwner()));
            if (where != null) {
                problems.add(page + ": after " + s.describe() + ", " + describe(s.target()) + " " + where);
            }
        }
    }

    /** Null when the node shows within every scroll pane around it, else how it is hidden. */
    private static String outOfView(Node node) {
        Bounds b = node.localToScene(node.getLayoutBounds());
        for (Parent p = node.getParent(); p != null; p = p.getParent()) {
            if (p instanceof ScrollPane pane && isInside(node, pane.getContent())) {
                Node viewport = pane.lookup(".viewport");
                Bounds v = viewport.localToScene(viewport.getLayoutBounds());
                // A control taller than the page (a whole card) shows from its top.
                boolean taller = b.getHeight() > v.getHeight() - 60;
                if (b.getMinY() < v.getMinY() - 1 || b.getMinY() > v.getMaxY() - 20
                        || !taller && b.getMaxY() > v.getMaxY() + 1) {
                    return String.format(java.util.Locale.ROOT, "at y %.0f-%.0f, the page shows y %.0f-%.0f",
                            b.getMinY(), b.getMaxY(), v.getMinY(), v.getMaxY());
                }
            }
        }
        return null;
    }

    private static void collectFocusable(Node node, Map<Node, Boolean> hidden, ScrollPane scroll) {
        if (!node.isVisible()) {
            return;
        }
        if (node.isFocusTraversable()) {
            Bounds b = node.localToScene(node.getLayoutBounds());
            Node viewport = scroll.lookup(".viewport");
            hidden.put(node, b.getMinY() > viewport.localToScene(viewport.getLayoutBounds()).getMaxY());
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(c -> collectFocusable(c, hidden, scroll));
        }
    }

    /** The collected control the focused node belongs to (a date field's editor belongs to its picker). */
    private static Node owner(Node focused, Map<Node, Boolean> known) {
        for (Node n = focused; n != null; n = n.getParent()) {
            if (known.containsKey(n)) {
                return n;
            }
        }
        return focused;
    }
}
