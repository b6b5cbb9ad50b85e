package app.homeplan.review.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import app.homeplan.i18n.Messages;
import app.homeplan.plan.FamilySummary;
import app.homeplan.print.PlanCopy;
import app.homeplan.print.ui.ExportPdfAction;
import app.homeplan.scores.ReviewScores;
import app.homeplan.testing.AppHarness;
import app.homeplan.testing.Fx;
import app.homeplan.testing.LayoutCheck;
import app.homeplan.testing.WindowTest;
import app.homeplan.ui.AppContext;
import app.homeplan.ui.DateField;
import app.homeplan.ui.RatingPicker;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Drives the real window: a clinician opens the example family's progress, records a review with
 * the family, sees the T-score and the charts, sets the next review, and finds it all again after
 * restarting Homeplan.
 */
class ReviewScreenTest extends WindowTest {
    @BeforeEach
    void familiesShown() throws Exception {
        waitForFamilies();
    }

    @SuppressWarnings("unchecked")
    private TableView<FamilySummary> table() {
        return (TableView<FamilySummary>) robot.lookup("#familyTable").query();
    }

    @SuppressWarnings("unchecked")
    private ListView<ReviewScores> reviewList() {
        return (ListView<ReviewScores>) robot.lookup("#reviewList").query();
    }

    private void waitForFamilies() throws Exception {
        AppHarness.waitUntil(() -> robot.lookup("#familyTable").tryQuery().isPresent() && table().getItems().size() == 1);
    }

    private void openReviewOfExampleFamily() throws Exception {
        Button review = robot.lookup("#reviewProgress").queryButton();
        assertThat(review.isDisabled()).as("nothing selected yet").isTrue();
        AppHarness.waitUntil(() -> robot.lookup(".child-name").tryQuery().isPresent());
        robot.clickOn(robot.lookup(".child-name").queryAs(Node.class));
        AppHarness.waitUntil(() -> !review.isDisabled());
        robot.clickOn(review);
        AppHarness.waitUntil(() -> robot.lookup("#reviewScreen").tryQuery().isPresent());
    }

    private String text(String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    @Test
    void aReviewIsRecordedScoredChartedAndStillThereAfterRestart() throws Exception {
        openReviewOfExampleFamily();
        // The example family's own review opens first.
        assertThat(reviewList().getItems()).hasSize(1);

        robot.clickOn("#startReview");
        AppHarness.waitUntil(() -> reviewList().getItems().size() == 2);
        assertThat(robot.lookup("#performance1_7").queryAs(ToggleButton.class).isSelected()).isFalse();

        robot.clickOn("#reviewAttendees").write("Lan, bà Hoa, Sam");
        // Each 1-10 scale is the kit's picker, as in the wizard: one Tab stop, digits and arrows choose.
        assertThat(robot.lookup("#performance1 .rating").queryAllAs(ToggleButton.class))
                .hasSize(10).filteredOn(Node::isFocusTraversable).hasSize(1);
        robot.interact(() -> robot.lookup("#performance1").queryAs(RatingPicker.class).requestFocus());
        robot.type(KeyCode.DIGIT8).type(KeyCode.RIGHT);
        AppHarness.waitUntil(() -> robot.lookup("#performance1_9").queryAs(ToggleButton.class).isSelected());
        robot.type(KeyCode.TAB); // on to the satisfaction scale, not through the other nine numbers
        AppHarness.waitUntil(() -> robot.lookup("#satisfaction1_1").queryAs(ToggleButton.class).isFocused());
        robot.type(KeyCode.DIGIT9);
        AppHarness.waitUntil(() -> robot.lookup("#satisfaction1_9").queryAs(ToggleButton.class).isSelected());
        robot.clickOn("#gas1_p2");
        robot.clickOn("#status1_achieved");
        assertThat(text("#performance1_change")).isEqualTo("+6 \u25b2 meaningful");
        // Goal 2 is further down the page: fire its choice as a keyboard user would.
        robot.interact(() -> robot.lookup("#gas2_p0").queryAs(RadioButton.class).fire());
        // Goals 3 and 4 are left unrated: an incomplete review is fine.

        robot.clickOn("#resultsTab");
        AppHarness.waitUntil(() -> robot.lookup("#gasTScore").tryQuery().map(Node::isVisible).orElse(false));
        // Goal 1 at +2 (weight 3), goal 2 at 0 (weight 2): 50 + 60 / √16.6 = 64.7
        assertThat(text("#gasTScore")).isEqualTo("64.7");
        assertThat(text("#gasTScoreDetail")).isEqualTo("Both over goals 1 and 2: a GAS level at the start and now. "
                + "Weighted. No GAS levels written, so not GAS-rated: goals 3 and 4.");
        assertThat(text("#performanceMean")).isEqualTo("9.0");

        @SuppressWarnings("unchecked")
        LineChart<String, Number> gasChart = robot.lookup("#gasChart").queryAs(LineChart.class);
        assertThat(gasChart.isVisible()).isTrue();
        XYChart.Series<String, Number> tScores = gasChart.getData().get(0);
        assertThat(tScores.getData()).extracting(XYChart.Data::getXValue)
                .allSatisfy(x -> assertThat(x).isNotBlank())
                .first().asString().startsWith("Start");
        assertThat(tScores.getData()).hasSize(3);
        assertThat(tScores.getData().get(2).getYValue().doubleValue()).isCloseTo(64.7, within(0.05));
        assertThat(robot.lookup("#copmChart").queryAs(LineChart.class).getData()).hasSize(2);

        robot.clickOn("#nextReviewUsual");
        AppHarness.waitUntil(() -> text("#saveStatus").equals("Saved"));

        // Back on the home screen the next review date shows.
        robot.clickOn("#backToFamilies");
        waitForFamilies();
        assertThat(table().getItems().get(0).reviewDate()).isEqualTo(LocalDate.now().plusMonths(3));

        harness.restart();
        waitForFamilies();
        openReviewOfExampleFamily();
        assertThat(reviewList().getItems()).hasSize(2);
        // The opened review's cards are built once the page has it (under load, after the list shows).
        AppHarness.waitUntil(() -> robot.lookup("#performance1_9").tryQuery()
                .map(n -> ((ToggleButton) n).isSelected()).orElse(false));
        assertThat(robot.lookup("#satisfaction1_9").queryAs(ToggleButton.class).isSelected()).isTrue();
        assertThat(robot.lookup("#gas1_p2").queryAs(RadioButton.class).isSelected()).isTrue();
        assertThat(robot.lookup("#status1_achieved").queryAs(ToggleButton.class).isSelected()).isTrue();
        // Goal 3 has no GAS levels written: it cannot be GAS-rated, and the card says why.
        assertThat(robot.lookup("#gas3_p0").tryQuery()).isEmpty();
        assertThat(text("#gasCannotRate3")).startsWith("No GAS levels were written for this goal");
        robot.clickOn("#resultsTab");
        AppHarness.waitUntil(() -> robot.lookup("#gasTScore").tryQuery().map(Node::isVisible).orElse(false));
        assertThat(text("#gasTScore")).isEqualTo("64.7");
    }

    @Test
    void aNextReviewComingUpOrOverdueStandsOutOnTheHomeScreen() throws Exception {
        openReviewOfExampleFamily();
        // The kit's date field, as in the wizard: a date typed as people write it, then shown so nobody misreads it.
        DatePicker next = robot.lookup("#nextReviewDate").queryAs(DatePicker.class);
        LocalDate soon = LocalDate.now().plusDays(10);
        LocalDate was = next.getValue();
        robot.interact(() -> {
            next.requestFocus();
            next.getEditor().selectAll();
        });
        robot.write("soonish", 0);
        // A date it cannot read is said so in full under the field, in the narrow sidebar too, and changes nothing.
        Label note = robot.from(next.getParent()).lookup(".field-problem").queryAs(Label.class);
        AppHarness.waitUntil(note::isVisible);
        assertThat(note.getText()).startsWith("Homeplan cannot read \u201csoonish\u201d as a date.");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(Fx.onFx(() -> LayoutCheck.problems((javafx.scene.Parent) robot.lookup(".review-sidebar").query(),
                "review sidebar"))).isEmpty();
        assertThat(next.getValue()).isEqualTo(was);
        robot.interact(() -> next.getEditor().selectAll());
        robot.write(soon.toString(), 0).type(KeyCode.ENTER);
        AppHarness.waitUntil(() -> soon.equals(next.getValue()));
        assertThat(next.getEditor().getText()).isEqualTo(DateField.medium(Messages.locale()).format(soon));
        robot.clickOn("#backToFamilies");
        waitForFamilies();
        // Each row keeps its badge, hidden when the review is not close: what shows is what counts.
        AppHarness.waitUntil(() -> robot.lookup(".pill-soon").match(javafx.scene.Node::isVisible).tryQuery().isPresent());
        assertThat(robot.lookup(".pill-soon").match(javafx.scene.Node::isVisible).queryAs(Label.class).getText()).isEqualTo("Due in 10 days");

        openReviewOfExampleFamily();
        robot.interact(() -> robot.lookup("#nextReviewDate").queryAs(DatePicker.class).setValue(LocalDate.now().minusDays(3)));
        robot.clickOn("#backToFamilies");
        waitForFamilies();
        AppHarness.waitUntil(() -> robot.lookup(".pill-overdue").match(javafx.scene.Node::isVisible).tryQuery().isPresent());
        assertThat(robot.lookup(".pill-overdue").match(javafx.scene.Node::isVisible).queryAs(Label.class).getText()).isEqualTo("3 days overdue");
        assertThat(robot.lookup(".pill-soon").match(javafx.scene.Node::isVisible).tryQuery()).isEmpty();
    }

    @Test
    void reviseGoalsHandsTheFamilyToTheHookAfterSaving() throws Exception {
        // From the home screen the button leads to the intake wizard, at the goals step.
        openReviewOfExampleFamily();
        AppHarness.waitUntil(() -> robot.lookup("#reviseGoals").tryQuery().isPresent());
        robot.clickOn("#reviseGoals");
        AppHarness.waitUntil(() -> harness.app().window().current() instanceof app.homeplan.intake.ui.IntakeView intake
                && intake.model().stepProperty().get() == app.homeplan.intake.IntakeStep.GOALS);

        // Without a hook there is no button that does nothing.
        long id = harness.app().storeThread().submit(() -> harness.app().context().store().families().listAll().get(0).id()).get();
        robot.interact(() -> ReviewScreen.open(harness.app().context(), id, null));
        AppHarness.waitUntil(() -> robot.lookup("#reviewAttendees").tryQuery().isPresent());
        assertThat(robot.lookup("#reviseGoals").tryQuery()).isEmpty();

        java.util.concurrent.atomic.AtomicLong opened = new java.util.concurrent.atomic.AtomicLong();
        robot.interact(() -> ReviewScreen.open(harness.app().context(), id, opened::set));
        AppHarness.waitUntil(() -> robot.lookup("#reviseGoals").tryQuery().isPresent() // the ratings join the window a layout pass later
                && robot.lookup("#reviewAttendees").tryQuery().isPresent());
        robot.clickOn("#reviewAttendees").write(" and Ông Tư");
        robot.clickOn("#reviseGoals");
        AppHarness.waitUntil(() -> opened.get() == id);
        // What was typed just before leaving is in the database for the wizard to load.
        String attendees = harness.app().storeThread().submit(() ->
                harness.app().context().store().families().load(id).orElseThrow().latestReview().orElseThrow().attendees()).get();
        assertThat(attendees).endsWith(" and Ông Tư");
    }

    @Test
    void printProgressSummarySavesWhatIsOnScreenAsAPdfAndOffersToOpenIt() throws Exception {
        // The app's own review screen has the button.
        openReviewOfExampleFamily();
        Node appScreen = robot.lookup("#reviewScreen").query();
        assertThat(robot.lookup("#printProgress").queryButton().getText()).isEqualTo("_Print progress summary\u2026"); // Alt+P

        // The same screen and export, with only the system's save dialog and PDF viewer stood in for.
        AppContext context = harness.app().context();
        long id = harness.app().storeThread().submit(() -> context.store().families().listAll().get(0).id()).get();
        // The example family's caregiver reads Vietnamese, so its copy would print in Vietnamese: this checks the English words.
        harness.app().storeThread().submit(() -> {
            var family = context.store().families().load(id).orElseThrow();
            return context.store().families().saveChanges(family, family.toBuilder().planLanguage("en").build());
        }).get();
        List<String> asked = new CopyOnWriteArrayList<>();
        List<Path> opened = new CopyOnWriteArrayList<>();
        Path chosen = dir.resolve("For the folder");
        ExportPdfAction export = new ExportPdfAction(context, (owner, title, name) -> {
            asked.add(title + " | " + name);
            return Optional.of(chosen);
        }, opened::add);
        robot.interact(() -> ReviewScreen.open(context, id, null, family -> export.export(family, PlanCopy.PROGRESS)));
        AppHarness.waitUntil(() -> robot.lookup("#reviewScreen").tryQuery().filter(n -> n != appScreen).isPresent());

        // A review typed just now is in the summary: the PDF is made from what the screen shows.
        robot.clickOn("#startReview");
        AppHarness.waitUntil(() -> reviewList().getItems().size() == 2);
        robot.clickOn("#reviewAttendees").write("Lan, Ông Tư");
        robot.clickOn("#performance1_9");
        robot.clickOn("#gas1_p2");
        robot.clickOn("#resultsTab");
        AppHarness.waitUntil(() -> robot.lookup("#gasTScore").tryQuery().map(Node::isVisible).orElse(false));
        String onScreen = text("#gasTScore");
        String performance = text("#performanceMean");
        String coverage = text("#performanceMeanDetail");

        robot.clickOn("#printProgress");
        // Saved: a note in the corner says so, with "Open the PDF"; nothing to answer first.
        // The note hides itself after a while; take its button as soon as it shows, so a slow machine cannot miss it.
        java.util.concurrent.atomic.AtomicReference<Button> openIt = new java.util.concurrent.atomic.AtomicReference<>();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> {
            robot.lookup(".notification-bar .button").queryAllAs(Button.class).stream()
                    .filter(b -> "Open the PDF".equals(b.getText())).findFirst().ifPresent(openIt::set);
            return openIt.get() != null;
        });
        Path pdf = dir.resolve("For the folder.pdf").toAbsolutePath();
        Node note = openIt.get();
        while (!note.getStyleClass().contains("notification-bar")) {
            note = note.getParent();
        }
        assertThat(note.lookupAll(".label")).map(n -> ((javafx.scene.control.Label) n).getText())
                .contains("The progress summary is ready", "Saved " + pdf + ".");
        assertThat(robot.lookup(".dialog-pane").tryQuery()).as("no modal question").isEmpty();
        WaitForAsyncUtils.asyncFx(openIt.get()::fire);
        AppHarness.waitUntil(() -> !opened.isEmpty());

        assertThat(asked).containsExactly("Save the progress summary as a PDF | Mia progress summary.pdf");
        assertThat(opened).containsExactly(pdf);
        String text;
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
        // The family's copy has the screen's averages over the same goals, in plain words, and no T-score.
        assertThat(text).contains("Mia's progress", "Who came: Lan, Ông Tư", performance,
                "The average of goal 1: the goal we rated at the start and now.").doesNotContain("T-score", onScreen);
        assertThat(onScreen).isEqualTo("70.0"); // goal 1 alone at +2: 50 + 10 · 2
        assertThat(coverage).startsWith("Both over goal 1: rated at the start and now.");
    }

    @Test
    void atTwiceTheTextSizeTheReviewListSaysWholeWhatEachScoreCovers() throws Exception {
        robot.interact(() -> {
            harness.stage().setWidth(1024);
            harness.stage().setHeight(700);
            harness.app().window().setFontSize(app.homeplan.ui.WindowState.MAX_FONT); // 200 %
        });
        openReviewOfExampleFamily();
        AppHarness.waitUntil(() -> reviewList().getItems().size() == 1);
        WaitForAsyncUtils.waitForFxEvents();
        java.util.List<String> problems = new java.util.ArrayList<>();
        robot.interact(() -> {
            for (Node cell : reviewList().lookupAll(".list-cell")) {
                if (cell instanceof javafx.scene.control.ListCell<?> listCell && listCell.getItem() != null) {
                    problems.addAll(app.homeplan.testing.LayoutCheck.problems(listCell, "review list"));
                }
            }
        });
        // Before: "Review 1 ...", "T-score 50.0..." and "4 of 11 goal..." in the 1024x700 window.
        assertThat(problems).isEmpty();
    }

    @Test
    void aPastReviewOpensFromTheList() throws Exception {
        openReviewOfExampleFamily();
        robot.clickOn("#startReview");
        AppHarness.waitUntil(() -> reviewList().getItems().size() == 2);
        // The list is newest first: the example's own review is second.
        robot.interact(() -> reviewList().getSelectionModel().select(1));
        AppHarness.waitUntil(() -> robot.lookup("#performance1_7").queryAs(ToggleButton.class).isSelected());
        robot.clickOn("#resultsTab");
        AppHarness.waitUntil(() -> robot.lookup("#gasTScore").tryQuery().map(Node::isVisible).orElse(false));
        assertThat(text("#gasTScore")).isEqualTo("57.4");
    }

    @Test
    void aStartedReviewIsUndoneInOneClickAndTrackerTicksAreTypedWeekByWeek() throws Exception {
        openReviewOfExampleFamily();
        // Started by mistake: one click takes it away again, nothing is asked.
        robot.clickOn("#startReview");
        AppHarness.waitUntil(() -> reviewList().getItems().size() == 2);
        robot.clickOn("#discardReview");
        AppHarness.waitUntil(() -> reviewList().getItems().size() == 1);
        assertThat(robot.lookup(".dialog-pane").tryQuery()).isEmpty();

        robot.clickOn("#startReview");
        AppHarness.waitUntil(() -> reviewList().getItems().size() == 2);
        // No decision is made for anyone: every goal starts at "Not decided yet".
        assertThat(robot.lookup("#status4_undecided").queryAs(ToggleButton.class).isSelected()).isTrue();
        robot.interact(() -> robot.lookup("#performance4_6").queryAs(ToggleButton.class).fire());

        // The returned tracker pages, typed without the mouse: each digit moves on to the next week.
        javafx.scene.control.TextField first = robot.lookup(".practice-cell").queryAs(javafx.scene.control.TextField.class);
        robot.interact(first::requestFocus);
        robot.write("5645");
        List<javafx.scene.control.TextField> cells = robot.lookup(".practice-cell")
                .queryAllAs(javafx.scene.control.TextField.class).stream().limit(4).toList();
        AppHarness.waitUntil(() -> "5".equals(cells.get(3).getText()));
        assertThat(cells).extracting(javafx.scene.control.TextField::getText).containsExactly("5", "6", "4", "5");

        robot.clickOn("#resultsTab");
        AppHarness.waitUntil(() -> robot.lookup("#decision4").tryQuery().map(Node::isVisible).orElse(false));
        assertThat(text("#decision4")).isEqualTo("Not decided yet");
        VBox practice = robot.lookup("#practice1").queryAs(VBox.class);
        assertThat(((Label) practice.getChildren().get(0)).getText())
                .endsWith(": practised on 5 or more of 7 days in 3 of 4 weeks.");
    }
}
