package app.homeplan.print;

import static org.assertj.core.api.Assertions.assertThat;

import app.homeplan.i18n.Messages;
import app.homeplan.library.ExampleFamily;
import app.homeplan.plan.Child;
import app.homeplan.plan.Family;
import app.homeplan.plan.Goal;
import app.homeplan.plan.GoalRating;
import app.homeplan.plan.GoalStatus;
import app.homeplan.plan.Review;
import app.homeplan.review.ProgressSummary;
import app.homeplan.review.ReviewScores;
import app.homeplan.review.ScoreFormat;
import app.homeplan.review.ScoreText;
import app.homeplan.testing.TestFamilies;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The progress summary the family takes home, printed for real and read back with PDFBox: the numbers
 * and coverage sentences are the review screen's, every goal is there in the family's order, and a
 * family with no review yet (or no goals) gets a gentle document, not an error.
 */
class ProgressSummaryPdfTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
    private static final PrintOptions PROGRESS = PrintOptions.defaults(Locale.forLanguageTag("en-AU"), TODAY)
            .withCopy(PlanCopy.PROGRESS).withLanguage("en");

    private static Family example;
    private static ReviewScores latest;
    private static PdfDocument summary;

    @TempDir
    Path dir;

    @BeforeAll
    static void printTheExample() {
        Messages.setLocale(Locale.ENGLISH);
        example = ExampleFamily.create(TODAY);
        latest = ProgressSummary.of(example).latest().orElseThrow();
        summary = print(example);
    }

    static PdfDocument print(Family family) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        HomePlanPdf.write(family, PROGRESS, out);
        return new PdfDocument(out.toByteArray());
    }

    @Test
    void theFamilysCopyHasTheScreensAveragesInPlainWordsAndNoTScoreOrWeights() {
        String text = summary.flatText();
        // No T-score, weights or coverage detail in the family's copy: those are in the clinician copy.
        assertThat(text).doesNotContain("T-score", "GAS", "weighted", "Weighted", "57.4", "37.7",
                "No GAS levels written", "a real step back");
        // The averages at the start and now are the review screen's, over the same goals, named plainly.
        String glance = section(summary.flatDrawnText(), "At a glance", "A change of 2 points");
        assertThat(glance).contains("How well things go", "How happy we are with them",
                ScoreText.familyAverage(example, latest.performance()),
                "The average of goals 1, 2, 3 and 4: the goals we rated at the start and now.",
                ScoreFormat.oneDecimal(latest.performance().now()), "5.5", "2.5", "6.3", "2.0",
                "+3.0: a real step forward", "+4.3: a real step forward");
        assertThat(text).contains("A change of 2 points or more is a real step: something you notice in everyday life.",
                "Here is how far Mia has come.");
    }

    @Test
    void everyGoalIsThereInTheFamilysOrderFromWhereItStartedToNow() {
        String drawn = summary.flatDrawnText();
        String goals = drawn.substring(drawn.indexOf("Our goals, one by one"));
        int last = -1;
        List<String> blocks = new ArrayList<>();
        for (Goal goal : example.goals()) {
            int at = goals.indexOf(PdfDocument.flat(goal.familyWords()));
            assertThat(at).as("goal %s", goal.familyWords()).isGreaterThan(last);
            if (last >= 0) {
                blocks.add(goals.substring(last, at));
            }
            last = at;
        }
        blocks.add(goals.substring(last));

        // Goal 1: performance 3 → 7, satisfaction 2 → 8, GAS −1 → +1, continuing.
        assertThat(blocks.get(0)).contains("How well it goes 3 7 +4: a real step forward",
                "How happy we are with it 2 8 +6: a real step forward",
                "Compared with what we expected Somewhat less than expected Somewhat more than expected 2 steps better",
                "What it looks like now: " + example.goals().get(0).gas().description(1),
                "What we decided: Continuing: we keep working on it.",
                "In our words: " + PdfDocument.flat(example.reviews().get(0).ratings().get(0).notes()));
        assertThat(blocks.get(1)).contains("How well it goes 2 5 +3: a real step forward",
                "Somewhat less than expected As expected 1 step better");
        // Goal 3: a small change, and revised.
        assertThat(blocks.get(2)).contains("+1: a little better", "Revised: we are changing this goal so it fits better.")
                .doesNotContain("Compared with what we expected"); // it has no GAS levels
        assertThat(blocks.get(3)).contains("+4: a real step forward", "+6: a real step forward");
    }

    @Test
    void everyPageSaysPageXOfYAndCarriesTheChildsName() {
        int pages = summary.pageCount();
        assertThat(pages).isBetween(2, 4);
        for (int i = 0; i < pages; i++) {
            assertThat(summary.flatPage(i)).as("page %d", i + 1)
                    .contains("Page " + (i + 1) + " of " + pages)
                    .contains("Mia's progress");
        }
        assertThat(summary.flatPage(0)).contains("Since we made our plan on 28 August 2026",
                "Our last review: 20 November 2026", "Who came: Lan Nguyen, David Nguyen, Sam Taylor",
                "Our next review: 19 February 2027");
    }

    @Test
    void itIsTheFamilysDocumentTaggedReadableAndSmall() {
        String text = summary.flatText();
        assertThat(text).doesNotContain("For the team", "Practice tracker", "Importance", "COPM");
        assertThat(summary.title).isEqualTo("Mia's progress");
        assertThat(summary.tagged).isTrue();
        assertThat(summary.hasStructTree).isTrue();
        assertThat(summary.language).isEqualTo("en");
        for (TextPosition glyph : summary.glyphs) {
            assertThat(glyph.getFontSizeInPt()).as("size of \"%s\"", glyph.getUnicode()).isGreaterThanOrEqualTo(11.99f);
        }
        for (var font : summary.fonts) {
            assertThat(PdfDocument.isEmbedded(font)).as(font.getName()).isTrue();
            assertThat(PdfDocument.isSubset(font)).as(font.getName()).isTrue();
        }
        assertThat(summary.bytes.length).isLessThan(300_000);
    }

    @Test
    void aFamilyWithNoReviewYetGetsWhereItIsStartingNotAnError() {
        Family noReview = example.toBuilder().reviews(List.of()).build();
        PdfDocument pdf = print(noReview);
        String text = pdf.flatDrawnText();
        assertThat(text).contains("Mia's progress", "We have not had a review yet",
                "At our first review we will look at each goal together", "Where we are starting",
                "Our next review: 19 February 2027")
                .doesNotContain("Our last review", "T-score");
        int last = -1;
        for (Goal goal : noReview.goals()) {
            int at = text.indexOf("Goal " + (noReview.goals().indexOf(goal) + 1) + ": " + PdfDocument.flat(goal.familyWords()));
            assertThat(at).as("goal %s", goal.familyWords()).isGreaterThan(last);
            last = at;
        }
        assertThat(pdf.pageCount()).isEqualTo(1);
        assertThat(pdf.flatPage(0)).contains("Page 1 of 1");

        PdfDocument noGoals = print(Family.newFor("Sam"));
        assertThat(noGoals.flatText()).contains("Sam's progress", "We have not chosen our goals yet.",
                "We will choose a date for our next review together.");
    }

    @Test
    void theNewestReviewIsNowAndEveryMeetingIsInTheTimeline() {
        List<Goal> g = example.goals();
        Review second = new Review(null, TODAY, "Lan, Bà Hoa", List.of(
                new GoalRating(g.get(0).id(), 9, 9, 2, GoalStatus.ACHIEVED, "Eats with us every night."),
                new GoalRating(g.get(1).id(), 5, 6, -1, GoalStatus.CONTINUING, ""),
                new GoalRating(g.get(2).id(), 1, 3, null, GoalStatus.STOPPED, "")), "Goal 4 not talked about.");
        List<Review> reviews = new ArrayList<>(example.reviews());
        reviews.add(second);
        Family twice = example.toBuilder().reviews(reviews).build();
        ReviewScores now = ProgressSummary.of(twice).latest().orElseThrow();

        PdfDocument pdf = print(twice);
        String text = pdf.flatDrawnText();
        assertThat(text).contains("Our last review: 27 November 2026", "Who came: Lan, Bà Hoa",
                "About our last review: Goal 4 not talked about.", "Each time we met",
                "Start (28 August 2026) 2.5 goals 1, 2, 3 and 4 2.0 goals 1, 2, 3 and 4",
                "Review 1 (20 November 2026) 5.5 goals 1, 2, 3 and 4 6.3 goals 1, 2, 3 and 4",
                "Review 2 (27 November 2026) " + ScoreFormat.oneDecimal(now.performance().now()) + " goals 1, 2 and 3 "
                        + ScoreFormat.oneDecimal(now.satisfaction().now()) + " goals 1, 2 and 3",
                ScoreText.familyAverage(twice, now.performance()),
                // Goal 3 went from 3 to 1: said plainly, without "a real step back".
                "How well it goes 3 1 \u22122: harder than at the start; we will look at it together",
                "Stopped: we are not working on this goal for now.",
                "Achieved: we reached this goal!", "We did not rate this goal at our last review.", "The same")
                .doesNotContain("T-score", "a real step back");
        // No page is left with nothing but its header and footer (a trailing margin once pushed one out).
        for (int i = 0; i < pdf.pageCount(); i++) {
            assertThat(pdf.flatPage(i).replace("Mia's progress", "").replaceAll("Page \\d+ of \\d+", "").strip())
                    .as("page %d", i + 1).isNotEmpty();
        }
        // An average over fewer goals than there are says which it is over, as the screen does.
        assertThat(text).contains("The average of goals 1, 2 and 3: the goals we rated at the start and now.");
    }

    @Test
    void whatPeopleTypedPrintsLiterallyInAnyScript() {
        Family family = TestFamilies.everyField().toBuilder()
                .child(new Child("Mia", "<i>Mia</i> & \"Co\"", null)).build();
        PdfDocument pdf = print(family);
        assertThat(pdf.title).isEqualTo("<i>Mia</i> & \"Co\"'s progress");
        for (int i = 0; i < pdf.pageCount(); i++) {
            assertThat(pdf.flatPage(i)).contains("<i>Mia</i> & \"Co\"'s progress");
        }
        assertThat(pdf.flatText()).contains("Nguyễn Thị Ánh", "'quotes' \"and\" <b>tags</b> & 100%");
    }

    @Test
    void twentyFiveGoalsWithLongNotesLayOutWithEveryGoalAndNoTextOffThePage() {
        Family big = HomePlanPdfTest.bigFamily(5, 25, 100);
        List<GoalRating> ratings = new ArrayList<>();
        for (int i = 0; i < big.goals().size(); i++) {
            ratings.add(new GoalRating(big.goals().get(i).id(), 1 + i % 10, 10 - i % 10, null, GoalStatus.CONTINUING,
                    i % 10 == 0 ? "She tried again and again today. ".repeat(60) : "Notes " + i));
        }
        Family reviewed = big.toBuilder().reviews(List.of(new Review(null, TODAY, "Everyone", ratings, ""))).build();
        PdfDocument pdf = print(reviewed);
        String text = pdf.flatDrawnText();
        int last = -1;
        for (Goal goal : reviewed.goals()) {
            int at = text.indexOf(goal.familyWords() + " ");
            assertThat(at).as(goal.familyWords()).isGreaterThan(last);
            last = at;
        }
        for (int i = 0; i < pdf.pageCount(); i++) {
            assertThat(pdf.flatPage(i)).contains("Page " + (i + 1) + " of " + pdf.pageCount(), "Sam's progress");
        }
        float left = Float.MAX_VALUE;
        float right = 0;
        for (TextPosition glyph : pdf.glyphs) {
            left = Math.min(left, glyph.getXDirAdj());
            right = Math.max(right, glyph.getXDirAdj() + glyph.getWidthDirAdj());
        }
        assertThat(left).as("leftmost text").isGreaterThanOrEqualTo(10f);
        assertThat(right).as("rightmost text").isLessThanOrEqualTo(pdf.mediaBoxes.get(0).getWidth() - 10f);
    }

    @Test
    void itIsSavedWholeUnderASafeName() throws Exception {
        assertThat(HomePlanPdf.suggestedFileName(example, PlanCopy.PROGRESS)).isEqualTo("Mia progress summary.pdf");
        Family odd = Family.newFor("x").toBuilder().child(new Child("x", " ../Mi/a:<b>*?\"|\t\u202E. ", null)).build();
        assertThat(HomePlanPdf.suggestedFileName(odd, PlanCopy.PROGRESS)).isEqualTo("Mi a b progress summary.pdf");
        Family blank = Family.newFor("x").toBuilder().child(new Child("x", "...", null)).build();
        assertThat(HomePlanPdf.suggestedFileName(blank, PlanCopy.PROGRESS)).isEqualTo("progress summary.pdf");
        assertThat(HomePlanPdf.title(example, PlanCopy.PROGRESS)).isEqualTo("Mia's progress");

        Path written = HomePlanPdf.writeFile(example, PROGRESS, dir.resolve("Mia progress summary.pdf"));
        assertThat(new PdfDocument(Files.readAllBytes(written)).flatText()).contains("Mia's progress", "5.5");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("Mia progress summary.pdf");
        }
    }

    /** The text from {@code from} up to {@code to}. */
    private static String section(String text, String from, String to) {
        int start = text.indexOf(from);
        int end = text.indexOf(to, start);
        assertThat(start).as(from).isNotNegative();
        assertThat(end).as(to).isGreaterThan(start);
        return text.substring(start, end);
    }
}
