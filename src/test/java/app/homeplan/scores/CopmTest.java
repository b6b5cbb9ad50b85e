package app.homeplan.scores;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import app.homeplan.i18n.Messages;
import app.homeplan.plan.CopmRating;
import app.homeplan.plan.Family;
import app.homeplan.plan.Goal;
import app.homeplan.plan.GoalRating;
import app.homeplan.plan.GoalStatus;
import app.homeplan.plan.Review;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** COPM-style means and change since baseline, with the 2-point threshold. */
class CopmTest {
    @BeforeAll
    static void english() {
        Messages.setLocale(Locale.forLanguageTag("en-AU"));
    }

    /** Baseline (performance, satisfaction) per goal; null pairs = not rated at goal setting. */
    static Family family(Integer[]... baselines) {
        List<Goal> goals = new java.util.ArrayList<>();
        for (int i = 0; i < baselines.length; i++) {
            CopmRating copm = baselines[i] == null ? CopmRating.NONE : new CopmRating(9, baselines[i][0], baselines[i][1]);
            goals.add(Goal.inFamilyWords("Goal " + (i + 1)).withCopm(copm));
        }
        return Family.newFor("Mia").toBuilder().goals(goals).build();
    }

    static Integer[] pair(Integer performance, Integer satisfaction) {
        return new Integer[] {performance, satisfaction};
    }

    static GoalRating rating(Family f, int goal, Integer performance, Integer satisfaction) {
        return new GoalRating(f.goals().get(goal).id(), performance, satisfaction, null, GoalStatus.CONTINUING, "");
    }

    @Test
    void meansAtBaselineAndAtReviewAndTheChangeBetween() {
        Family f = family(pair(3, 2), pair(2, 2), pair(3, 3), pair(2, 1));
        Review review = new Review(null, LocalDate.of(2026, 9, 1), "", List.of(
                rating(f, 0, 7, 8), rating(f, 1, 5, 6), rating(f, 2, 4, 4), rating(f, 3, 6, 7)), "");
        BaselineScores start = BaselineScores.of(f);
        assertThat(start.performance().value().getAsDouble()).isEqualTo(2.5);
        assertThat(start.satisfaction().value().getAsDouble()).isEqualTo(2.0);

        ReviewScores now = ReviewScores.of(f, review, 1);
        assertThat(now.performance().value().getAsDouble()).isEqualTo(5.5);
        assertThat(now.satisfaction().value().getAsDouble()).isEqualTo(6.25);
        assertThat(ScoreFormat.oneDecimal(now.satisfaction().value())).isEqualTo("6.3");
        assertThat(now.performanceChange().value().getAsDouble()).isEqualTo(3.0);
        assertThat(now.performanceChange().meaningfulGain()).isTrue();
        assertThat(now.satisfactionChange().value().getAsDouble()).isEqualTo(4.25);
        assertThat(ScoreText.meanChange(now.performanceChange())).isEqualTo("+3.0 over 4 goals rated both times");
        assertThat(ScoreText.meanCoverage(f, now.performance())).isEqualTo("Over all 4 goals.");

        GoalProgress first = now.goals().get(0);
        assertThat(first.rank()).isEqualTo(1);
        assertThat(first.performanceChange()).hasValue(new Copm.Change(4));
        assertThat(first.satisfactionChange()).hasValue(new Copm.Change(6));
        GoalProgress third = now.goals().get(2);
        assertThat(third.performanceChange().orElseThrow().points()).isEqualTo(1);
        assertThat(third.performanceChange().orElseThrow().meaningful()).isFalse();
    }

    @Test
    void theTwoPointThresholdIsInclusiveAndWorksBothWays() {
        assertThat(new Copm.Change(2).meaningfulGain()).isTrue();
        assertThat(new Copm.Change(1).meaningful()).isFalse();
        assertThat(new Copm.Change(0).meaningful()).isFalse();
        assertThat(new Copm.Change(-1).meaningful()).isFalse();
        assertThat(new Copm.Change(-2).meaningfulLoss()).isTrue();
        assertThat(new Copm.Change(-2).meaningfulGain()).isFalse();
        assertThat(Copm.Change.between(null, 5)).isNull();
        assertThat(Copm.Change.between(5, null)).isNull();
    }

    @Test
    void aMeanChangeShownAsTwoPointZeroIsFlagged() {
        // 39 points over 20 goals = 1.95, shown as "+2.0": it must be flagged as meaningful too.
        Integer[][] baselines = new Integer[20][];
        java.util.Arrays.fill(baselines, pair(1, 1));
        Family f = family(baselines);
        List<GoalRating> ratings = new java.util.ArrayList<>();
        for (int i = 0; i < 20; i++) {
            ratings.add(rating(f, i, i == 0 ? 2 : 3, 2));
        }
        ReviewScores now = ReviewScores.of(f, new Review(null, LocalDate.of(2026, 9, 1), "", ratings, ""), 1);
        assertThat(now.performanceChange().value().getAsDouble()).isCloseTo(1.95, within(1e-12));
        assertThat(ScoreFormat.signed(now.performanceChange().value())).isEqualTo("+2.0");
        assertThat(now.performanceChange().meaningful()).isTrue();
        // 1 point each: shown as "+1.0", not meaningful.
        assertThat(now.satisfactionChange().meaningful()).isFalse();
    }

    @Test
    void aMeaningfulDropIsFlaggedAsALoss() {
        Family f = family(pair(6, 7));
        ReviewScores now = ReviewScores.of(f, new Review(null, LocalDate.of(2026, 9, 1), "",
                List.of(rating(f, 0, 4, 6)), ""), 1);
        assertThat(now.performanceChange().meaningfulLoss()).isTrue();
        assertThat(ScoreText.meanChange(now.performanceChange())).isEqualTo("\u22122.0 over 1 goal rated both times");
        assertThat(now.satisfactionChange().meaningful()).isFalse();
    }

    @Test
    void partlyRatedGoalsAreLeftOutOfMeansAndTheChangeUsesOnlyPairs() {
        // Goal 2 had no baseline; goal 3 is not rated at the review.
        Family f = family(pair(2, 3), null, pair(4, 4));
        Review review = new Review(null, LocalDate.of(2026, 9, 1), "", List.of(
                rating(f, 0, 6, null), rating(f, 1, 8, 9)), "");
        BaselineScores start = BaselineScores.of(f);
        assertThat(start.performance().value().getAsDouble()).isEqualTo(3.0);
        assertThat(ScoreText.meanCoverage(f, start.performance())).isEqualTo("Over 2 of 3 goals (not rated: goal 2).");

        ReviewScores now = ReviewScores.of(f, review, 1);
        assertThat(now.performance().value().getAsDouble()).isEqualTo(7.0);
        assertThat(now.performance().goals()).extracting(Goal::headline).containsExactly("Goal 1", "Goal 2");
        assertThat(ScoreText.meanCoverage(f, now.performance())).isEqualTo("Over 2 of 3 goals (not rated: goal 3).");
        // Only goal 1 was rated both times: 6 - 2 = +4.
        assertThat(now.performanceChange().value().getAsDouble()).isEqualTo(4.0);
        assertThat(now.performanceChange().goals()).extracting(Goal::headline).containsExactly("Goal 1");
        // Satisfaction now: only goal 2 (9), which had no baseline: no change to report.
        assertThat(now.satisfaction().value().getAsDouble()).isEqualTo(9.0);
        assertThat(now.satisfactionChange().value()).isEmpty();
        assertThat(ScoreText.meanChange(now.satisfactionChange())).isEqualTo("No goal rated both at the start and now.");
        assertThat(now.goals().get(2).rating()).isNull();
        assertThat(now.goalsRated()).isEqualTo(2);
    }

    @Test
    void noRatingsGiveNoMeanRatherThanZero() {
        Family f = family(null, null);
        assertThat(BaselineScores.of(f).performance().value()).isEmpty();
        assertThat(ScoreText.meanCoverage(f, BaselineScores.of(f).performance())).isEqualTo("No goal rated yet.");
    }
}
