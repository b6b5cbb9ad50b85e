package app.homeplan.review;

import static org.assertj.core.api.Assertions.assertThat;

import app.homeplan.i18n.Messages;
import app.homeplan.library.ExampleFamily;
import app.homeplan.plan.Family;
import app.homeplan.plan.GoalRating;
import app.homeplan.plan.GoalStatus;
import app.homeplan.plan.Review;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The example family's progress as the screen and the printed summary will show it. */
class ProgressSummaryTest {
    static final LocalDate TODAY = LocalDate.of(2026, 10, 1);

    @BeforeAll
    static void english() {
        Messages.setLocale(Locale.forLanguageTag("en-AU"));
    }

    @Test
    void theExampleFamilysBaselineAndReview() {
        ProgressSummary p = ProgressSummary.of(ExampleFamily.create(TODAY));
        // Baseline performance 3, 2, 3, 2 and satisfaction 2, 2, 3, 1.
        assertThat(ScoreFormat.oneDecimal(p.baseline().performance().value())).isEqualTo("2.5");
        assertThat(ScoreFormat.oneDecimal(p.baseline().satisfaction().value())).isEqualTo("2.0");
        // GAS baseline: goals 1 and 2 at -1, weights 3 and 2: 50 - 50 / √(9.1 + 7.5) = 37.7…
        assertThat(ScoreFormat.oneDecimal(p.baseline().gas().tScore())).isEqualTo("37.7");
        assertThat(p.baseline().date()).isEqualTo(TODAY.minusDays(91));

        ReviewScores r = p.latest().orElseThrow();
        assertThat(r.number()).isEqualTo(1);
        assertThat(ScoreFormat.oneDecimal(r.performance().start())).isEqualTo("2.5");
        assertThat(ScoreFormat.oneDecimal(r.performance().now())).isEqualTo("5.5");
        assertThat(ScoreFormat.oneDecimal(r.satisfaction().now())).isEqualTo("6.3");
        assertThat(r.performance().meaningfulGain()).isTrue();
        // GAS: goal 1 at +1 (weight 3), goal 2 at 0 (weight 2): 50 + 30 / √16.6 = 57.4, against 37.7 at the
        // start over the same two goals.
        assertThat(ScoreFormat.oneDecimal(r.gas().now().tScore())).isEqualTo("57.4");
        assertThat(ScoreFormat.oneDecimal(r.gas().start().tScore())).isEqualTo("37.7");
        assertThat(ScoreText.gasCoverage(p.family(), r.gas())).isEqualTo("Both over goals 1 and 2: a GAS level at the "
                + "start and now. Weighted. No GAS levels written, so not GAS-rated: goals 3 and 4.");
        assertThat(r.goals().get(0).gasChange()).hasValue(2);
        assertThat(r.goals().get(2).status()).hasValue(GoalStatus.REVISED);
    }

    @Test
    void reviewsAreInDateOrderAndNumberedSoWhateverOrderTheyWereStored() {
        Family f = ExampleFamily.create(TODAY);
        Review first = f.reviews().get(0);
        Review earlier = new Review(null, first.date().minusDays(30), "Lan", List.of(
                new GoalRating(f.goals().get(0).id(), 5, 5, 0, GoalStatus.CONTINUING, "")), "");
        List<Review> stored = new ArrayList<>(f.reviews());
        stored.add(earlier);
        ProgressSummary p = ProgressSummary.of(f.toBuilder().reviews(stored).build());
        assertThat(p.reviews()).extracting(ReviewScores::review).containsExactly(earlier, first);
        assertThat(p.reviews()).extracting(ReviewScores::number).containsExactly(1, 2);
        assertThat(p.review(earlier.id()).orElseThrow().gas().now().tScore()).hasValue(50.0);
        assertThat(p.latest().orElseThrow().review()).isEqualTo(first);
    }

    @Test
    void aFamilyWithNoReviewsHasABaselineOnly() {
        ProgressSummary p = ProgressSummary.of(Family.newFor("Ánh"));
        assertThat(p.reviews()).isEmpty();
        assertThat(p.latest()).isEmpty();
        assertThat(p.baseline().gas().hasScore()).isFalse();
    }
}
