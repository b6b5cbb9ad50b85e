package app.homeplan.print;

import static org.assertj.core.api.Assertions.assertThat;

import app.homeplan.i18n.Messages;
import app.homeplan.plan.CopmRating;
import app.homeplan.plan.Family;
import app.homeplan.plan.GasScale;
import app.homeplan.plan.Goal;
import app.homeplan.plan.GoalRating;
import app.homeplan.plan.GoalStatus;
import app.homeplan.plan.Rater;
import app.homeplan.plan.Review;
import app.homeplan.scores.GasMode;
import app.homeplan.review.ui.GoalRatingViewModel;
import app.homeplan.review.ui.PracticeRowViewModel;
import app.homeplan.scores.ReviewScores;
import app.homeplan.review.ui.ReviewViewModel;
import app.homeplan.scores.ScoreText;
import app.homeplan.store.Store;
import app.homeplan.store.StoreThread;
import app.homeplan.testing.ManualScheduler;
import app.homeplan.testing.Stores;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One review recorded through the review ViewModel on a real database, then printed as the family's
 * progress summary and as the clinician copy and read back: every number and coverage sentence the
 * screen's model gives is the one both PDFs print. The cases together: goals without GAS levels, a
 * goal with no decision, family and clinician GAS levels that differ, tracker ticks, a goal added
 * after an older review, mixed and empty weights, a missing start rating.
 */
class ReviewMatrixTest {
    static final LocalDate TODAY = LocalDate.now(); // the example family's review is a week before the day it is made

    @TempDir
    Path dir;
    Store store;
    StoreThread storeThread;
    final ManualScheduler clock = new ManualScheduler(Runnable::run);

    @BeforeEach
    void open() {
        Messages.setLocale(Locale.forLanguageTag("en-AU"));
        store = Stores.open(dir.resolve("homeplan.db"));
        storeThread = new StoreThread();
    }

    @AfterEach
    void close() {
        storeThread.close();
        store.close();
    }

    Family load(long id) {
        return store.families().load(id).orElseThrow();
    }

    ReviewViewModel model(Family family) {
        return new ReviewViewModel(family, store.families(), storeThread, clock, Runnable::run, () -> TODAY);
    }

    static String print(Family family, PlanCopy copy) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        HomePlanPdf.write(family, PrintOptions.defaults(Locale.forLanguageTag("en-AU"), TODAY).withCopy(copy)
                .withWeeks(1).withLanguage("en"), out);
        return new PdfDocument(out.toByteArray()).flatDrawnText();
    }

    @Test
    void theExampleFamilysReviewSaysTheSameOnScreenInTheProgressSummaryAndInTheClinicianCopy() throws Exception {
        Family example = load(store.families().listAll().get(0).id());
        // A fifth goal added today, after the example's review a week ago.
        List<Goal> goals = new ArrayList<>(example.goals());
        goals.add(Goal.builder().familyWords("Play at the park with other children").createdOn(TODAY)
                .routineIds(List.of(example.routines().get(0).id())).build());
        example = store.families().saveChanges(example, example.toBuilder().goals(goals).build());

        ReviewViewModel m = model(example);
        m.startReview();
        m.attendeesProperty().set("Lan, Sam");
        GoalRatingViewModel feeding = m.goals().get(0);
        feeding.performanceProperty().set(8);
        feeding.satisfactionProperty().set(9);
        feeding.gasAttainmentProperty().set(1);
        feeding.ratedByProperty().set(Rater.FAMILY);
        feeding.otherGasAttainmentProperty().set(0);
        feeding.statusProperty().set(GoalStatus.CONTINUING);
        GoalRatingViewModel asking = m.goals().get(1);
        asking.performanceProperty().set(5);
        asking.satisfactionProperty().set(6);
        asking.gasAttainmentProperty().set(0);
        asking.ratedByProperty().set(Rater.TOGETHER);
        asking.statusProperty().set(GoalStatus.ACHIEVED);
        GoalRatingViewModel dressing = m.goals().get(2);
        dressing.performanceProperty().set(4);
        dressing.satisfactionProperty().set(5);
        dressing.statusProperty().set(GoalStatus.REVISED);
        GoalRatingViewModel sleeping = m.goals().get(3);
        sleeping.performanceProperty().set(6);
        sleeping.satisfactionProperty().set(7);
        // Goal 4: nobody decided. Goal 5: not rated.
        PracticeRowViewModel firstRow = m.practiceRows().get(0);
        int[] ticks = {5, 6, 4, 5};
        for (int w = 0; w < ticks.length; w++) {
            firstRow.week(w + 1).set(ticks[w]);
        }
        m.flush().get(10, TimeUnit.SECONDS);

        Family family = m.familyProperty().get();
        ReviewScores now = m.openScoresProperty().get();
        ReviewScores older = m.summaryProperty().get().reviews().get(0);
        String gas = ScoreText.gasCoverage(family, now.gas());
        String performance = ScoreText.ratingCoverage(family, now.performance());
        String raters = ScoreText.raters(now.goals().get(0));
        String practice = ScoreText.practice(now.goals().get(firstRow.rank() - 1).practice().get(0));
        // What the screen's model says, word for word.
        assertThat(gas).isEqualTo("Both over goals 1 and 2: a GAS level at the start and now. Weighted. "
                + "No GAS levels written, so not GAS-rated: goals 3, 4 and 5.");
        assertThat(performance).isEqualTo("Both over goals 1, 2, 3 and 4: rated at the start and now. "
                + "Not rated at this review: goal 5.");
        assertThat(ScoreText.ratingCoverage(family, older.performance())).isEqualTo("Both over goals 1, 2, 3 and 4: "
                + "rated at the start and now. Added after this review: goal 5.");
        assertThat(older.goalsInPlan()).isEqualTo(4);
        assertThat(raters).isEqualTo("GAS level: family +1, clinician 0 (the score counts the family's level).");
        assertThat(practice).isEqualTo(ScoreText.routineName(firstRow.routine())
                + ": practised on 5 or more of 7 days in 3 of 4 weeks.");
        assertThat(ScoreText.decision(now.goals().get(3))).isEqualTo("Not decided yet");
        assertThat(now.undecided()).extracting(g -> g.rank()).containsExactly(4, 5);

        // Stored as chosen: no decision for goal 4, who rated, both GAS levels, the tracker weeks.
        Family stored = load(family.id());
        Review saved = stored.reviews().stream().filter(r -> r.date().equals(TODAY)).findFirst().orElseThrow();
        assertThat(saved.ratingFor(stored.goals().get(3).id()).orElseThrow().status()).isNull();
        GoalRating first = saved.ratingFor(stored.goals().get(0).id()).orElseThrow();
        assertThat(first.ratedBy()).isEqualTo(Rater.FAMILY);
        assertThat(first.familyGasLevel()).isEqualTo(1);
        assertThat(first.clinicianGasLevel()).isEqualTo(0);
        assertThat(saved.practice()).hasSize(4);
        assertThat(stored.goals().get(4).createdOn()).isEqualTo(TODAY);

        // The family's progress summary: plain words, the tracker, no decision for goal 4, no T-score.
        String summary = print(stored, PlanCopy.PROGRESS);
        assertThat(summary).contains(ScoreText.familyAverage(family, now.performance()), practice,
                        "Revised: we are changing this goal so it fits better.")
                .doesNotContain("T-score", "Weighted", "Not decided", gas);
        String goal4 = summary.substring(summary.indexOf(PdfDocument.flat(stored.goals().get(3).familyWords())),
                summary.indexOf(PdfDocument.flat(stored.goals().get(4).familyWords())));
        assertThat(goal4).doesNotContain("What we decided");

        // The clinician copy: the same sentences, "Not decided yet" for goal 4, both raters, the older review exact.
        String clinician = print(stored, PlanCopy.CLINICIAN);
        assertThat(clinician).contains(PdfDocument.flat(gas), PdfDocument.flat(performance), raters, practice,
                "Not decided yet", "Added after this review: goal 5.", "Added to the plan after this review");
    }

    @Test
    void mixedWeightsAndAMissingStartSayTheSameOnScreenAndInTheClinicianCopy() throws Exception {
        Family seed = Family.newFor("Ánh").toBuilder().meetingDate(TODAY.minusMonths(3)).goals(List.of(
                Goal.builder().familyWords("Eat with a spoon").copm(new CopmRating(9, 3, 2))
                        .gas(new GasScale("none", "holds", "half", "most", "all", -1, 3)).build(),
                Goal.builder().familyWords("Ask for help").copm(new CopmRating(8, null, 2))
                        .gas(new GasScale("none", "points", "signs", "words", "sentences", -1, null)).build(),
                Goal.builder().familyWords("Sleep in her bed").copm(new CopmRating(7, 2, 1))
                        .gas(new GasScale("none", "some", "most", "all", "all week", null, 2)).build())).build();
        Family family = store.families().insert(seed);
        ReviewViewModel m = model(family);
        m.startReview();
        for (int i = 0; i < 3; i++) {
            m.goals().get(i).performanceProperty().set(6 + i);
            m.goals().get(i).gasAttainmentProperty().set(i - 1);
        }
        m.flush().get(10, TimeUnit.SECONDS);
        ReviewScores now = m.openScoresProperty().get();
        Family shown = m.familyProperty().get();
        String gas = ScoreText.gasCoverage(shown, now.gas());
        // Goal 2 has no weight: no weights at all, never an empty weight taken as 1. Goal 3 had no start level.
        assertThat(gas).isEqualTo("Both over goals 1 and 2: a GAS level at the start and now. Unweighted: goal 2 has "
                + "no weight, and weights count only when every goal has one. Not rated at the start, so nothing to "
                + "compare: goal 3.");
        String performance = ScoreText.ratingCoverage(shown, now.performance());
        assertThat(performance).isEqualTo("Both over goals 1 and 3: rated at the start and now. "
                + "Not rated at the start, so nothing to compare: goal 2.");
        // Start 2.5 → now 7.0 over goals 1 and 3 (goal 2's 7 is not in either).
        assertThat(now.performance().start()).hasValue(2.5);
        assertThat(now.performance().now()).hasValue(7.0);

        String clinician = print(load(family.id()), PlanCopy.CLINICIAN);
        assertThat(clinician).contains(PdfDocument.flat(gas), PdfDocument.flat(performance),
                "Performance (mean): 7.0 (at the start: 2.5). Change: +4.5 over goals 1 and 3.");
        assertThat(print(load(family.id()), PlanCopy.PROGRESS))
                .contains("The average of goals 1 and 3: the goals we rated at the start and now.")
                .doesNotContain("weight", "Unweighted");
    }

    @Test
    void anUntouchedNewReviewIsDiscardedInOneActionAndAnEditedOneIsNot() throws Exception {
        Family example = load(store.families().listAll().get(0).id());
        ReviewViewModel m = model(example);
        String before = m.openReviewIdProperty().get();
        m.startReview();
        assertThat(m.openReviewBlankProperty().get()).isTrue();
        assertThat(m.discardOpenReviewIfBlank()).isTrue();
        assertThat(m.reviews()).hasSize(1);
        assertThat(m.openReviewIdProperty().get()).isEqualTo(before);

        m.startReview();
        m.practiceRows().get(0).week(1).set(3);
        assertThat(m.openReviewBlankProperty().get()).isFalse();
        assertThat(m.discardOpenReviewIfBlank()).isFalse();
        assertThat(m.reviews()).hasSize(2);
        m.flush().get(10, TimeUnit.SECONDS);
        assertThat(load(example.id()).reviews()).hasSize(2);
    }

    @Test
    void gasLightIsTheClinicsSettingKeptInTheDataFileAndTheScoresFollowIt() throws Exception {
        assertThat(store.settings().get(GasMode.SETTING)).isEmpty();
        Family example = load(store.families().listAll().get(0).id());
        ReviewViewModel m = model(example);
        assertThat(m.openScoresProperty().get().gas().now().tScore()).isPresent();
        m.gasModeProperty().set(GasMode.LIGHT_NO_SCORE);
        ReviewScores light = m.openScoresProperty().get();
        assertThat(light.gas().now().tScore()).isEmpty();
        assertThat(light.gas().goals()).hasSize(2); // the levels are still there, in words
        assertThat(ScoreText.gasCoverage(m.familyProperty().get(), light.gas())).contains("GAS-light without a T-score");
        m.gasModeProperty().set(GasMode.LIGHT_UNWEIGHTED);
        // Goals 1 (+1) and 2 (0) unweighted: 50 + 10 / √2.6 = 56.2, not the weighted 57.4.
        assertThat(app.homeplan.scores.ScoreFormat.oneDecimal(m.openScoresProperty().get().gas().now().tScore()))
                .isEqualTo("56.2");

        store.settings().put(GasMode.SETTING, GasMode.LIGHT_UNWEIGHTED.name());
        store.settings().put(GasMode.SETTING, GasMode.LIGHT_NO_SCORE.name());
        assertThat(GasMode.parse(store.settings().get(GasMode.SETTING).orElse(null))).isEqualTo(GasMode.LIGHT_NO_SCORE);
        assertThat(GasMode.parse("something else")).isEqualTo(GasMode.FULL);

        // The clinician copy follows the clinic's setting: levels only prints no T-score at all, not even an empty row.
        ByteArrayOutputStream full = new ByteArrayOutputStream();
        ByteArrayOutputStream levelsOnly = new ByteArrayOutputStream();
        PrintOptions clinician = PrintOptions.defaults(Locale.forLanguageTag("en-AU"), TODAY).withCopy(PlanCopy.CLINICIAN)
                .withWeeks(1);
        HomePlanPdf.write(example, clinician, full);
        HomePlanPdf.write(example, clinician.withGasMode(GasMode.LIGHT_NO_SCORE), levelsOnly);
        assertThat(new PdfDocument(full.toByteArray()).flatDrawnText()).contains("T-score");
        assertThat(new PdfDocument(levelsOnly.toByteArray()).flatDrawnText()).doesNotContain("T-score")
                .contains("Goal Attainment Scaling");
    }
}
