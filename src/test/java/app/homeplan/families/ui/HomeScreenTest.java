package app.homeplan.families.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.homeplan.plan.FamilySummary;
import app.homeplan.testing.AppHarness;
import app.homeplan.testing.WindowTest;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** Drives the real window: a clinician adds a family, finds it, restarts Homeplan and finds it again. */
class HomeScreenTest extends WindowTest {
    @BeforeEach
    void familiesShown() throws Exception {
        AppHarness.waitUntil(() -> table().getItems().size() == 1); // the example family
    }

    @SuppressWarnings("unchecked")
    private TableView<FamilySummary> table() {
        return (TableView<FamilySummary>) robot.lookup("#familyTable").query();
    }

    @Test
    void aNewFamilyIsCreatedFoundBySearchAndStillThereAfterRestart() throws Exception {
        // A new database shows the example family, marked as an example.
        assertThat(table().getItems()).singleElement().satisfies(f -> assertThat(f.example()).isTrue());
        assertThat(table().getItems().get(0).childName()).endsWith("(example)");

        robot.clickOn("#newFamily");
        AppHarness.waitUntil(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        robot.clickOn(".dialog-pane .text-field").write("Nguyễn Văn An");
        robot.type(KeyCode.ENTER);

        // The new family opens; going back shows it in the list.
        AppHarness.waitUntil(() -> robot.lookup("#backToFamilies").tryQuery().isPresent());
        robot.clickOn("#backToFamilies");
        AppHarness.waitUntil(() -> robot.lookup("#familyTable").tryQuery().isPresent() && table().getItems().size() == 2);

        robot.clickOn("#familySearch").write("nguyen van");
        AppHarness.waitUntil(() -> table().getItems().size() == 1);
        assertThat(table().getItems().get(0).childName()).isEqualTo("Nguyễn Văn An");

        harness.restart();
        AppHarness.waitUntil(() -> robot.lookup("#familyTable").tryQuery().isPresent() && table().getItems().size() == 2);
        robot.clickOn("#familySearch").write("An");
        AppHarness.waitUntil(() -> table().getItems().stream().anyMatch(f -> f.childName().equals("Nguyễn Văn An")));
    }

    @Test
    void windowSizeAndTextSizeAreRememberedAcrossRestarts() throws Exception {
        robot.interact(() -> {
            harness.stage().setWidth(1000);
            harness.stage().setHeight(700);
            harness.app().window().zoom(2);
        });
        harness.restart();
        AppHarness.waitUntil(() -> robot.lookup("#familyTable").tryQuery().isPresent());
        assertThat(harness.stage().getWidth()).isEqualTo(1000);
        assertThat(harness.stage().getHeight()).isEqualTo(700);
        assertThat(harness.app().window().fontSize()).isEqualTo(18);
    }

    @Test
    void aSearchWithNoMatchSaysSoAndHowToFindTheFamily() throws Exception {
        robot.clickOn("#familySearch").write("zzzz");
        AppHarness.waitUntil(() -> table().getItems().isEmpty());
        Node empty = robot.lookup("#familyListEmpty").query();
        assertThat(empty.isVisible()).isTrue();
        assertThat(robot.from(empty).lookup(".empty-title").queryAs(Labeled.class).getText())
                .isEqualTo("No family matches \u201czzzz\u201d");
    }

    @Test
    void deletingAsksFirstAndThenRemovesTheFamily() throws Exception {
        robot.interact(() -> table().getSelectionModel().selectFirst());
        robot.clickOn("#deleteFamily");
        AppHarness.waitUntil(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        DialogPane pane = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertThat(pane.getContentText()).contains("removed from this computer for good");
        // Cancel is the default: Enter keeps the family.
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table().getItems()).hasSize(1);

        robot.clickOn("#deleteFamily");
        AppHarness.waitUntil(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        Button confirm = robot.lookup(".dialog-pane .button").queryAllAs(Button.class).stream()
                .filter(b -> b.getText().equals("Delete for good")).findFirst().orElseThrow();
        robot.clickOn(confirm);
        AppHarness.waitUntil(() -> table().getItems().isEmpty());
        assertThat(robot.lookup(".empty-title").queryAs(Labeled.class).getText()).isEqualTo("No families yet");
    }

    @Test
    void thePlansWordIsWholeAt200PercentTextInASmallWindow() throws Exception {
        // "Draft" and "Active" were cut to "Dr..." / "Ac..." at 200 % text in a 1024x700 window.
        robot.interact(() -> {
            harness.stage().setWidth(1024);
            harness.stage().setHeight(700);
            harness.app().window().setFontSize(28);
        });
        WaitForAsyncUtils.waitForFxEvents();
        java.util.List<String> shown = WaitForAsyncUtils.asyncFx(() -> {
            table().applyCss();
            table().layout();
            return robot.from(table()).lookup(".pill-active").queryAll().stream()
                    .map(n -> ((Labeled) n).getChildrenUnmodifiable().stream()
                            .filter(t -> t instanceof javafx.scene.text.Text).map(t -> ((javafx.scene.text.Text) t).getText())
                            .findFirst().orElse(""))
                    .toList();
        }).get();
        assertThat(shown).as("the example family's plan word as drawn").containsExactly("Active");
    }
}
