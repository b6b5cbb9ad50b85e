package app.homeplan.review;

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

/** Family ratings (modelled on the COPM): start and now over the same goals, and the 2-point threshold. */
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

    static ReviewScores scores(Family f, Review review) {
        return ReviewScores.of(f, review, 1, GasMode.FULL);
    }

    static GoalRating rating(Family f, int goal, Integer performance, Integer satisfaction) {
        return new GoalRating(f.goals().get(goal).id(), performance, satisfaction, null, GoalStatus.CONTINUING, "");
    }

    @Test
    void startAndNowOverTheSameGoalsAndTheChangeBetween() {
        Family f = family(pair(3, 2), pair(2, 2), pair(3, 3), pair(2, 1));
        Review review = new Review(null, LocalDate.of(2026, 9, 1), "", List.of(
                rating(f, 0, 7, 8), rating(f, 1, 5, 6), rating(f, 2, 4, 4), rating(f, 3, 6, 7)), "");
        BaselineScores start = BaselineScores.of(f, GasMode.FULL);
        assertThat(start.performance().value().getAsDouble()).isEqualTo(2.5);
        assertThat(start.satisfaction().value().getAsDouble()).isEqualTo(2.0);

        ReviewScores now = scores(f, review);
        assertThat(now.performance().now().getAsDouble()).isEqualTo(5.5);
        assertThat(now.performance().start().getAsDouble()).isEqualTo(2.5);
        assertThat(now.satisfaction().now().getAsDouble()).isEqualTo(6.25);
        assertThat(ScoreFormat.oneDecimal(now.satisfaction().now())).isEqualTo("6.3");
        assertThat(now.performance().change().getAsDouble()).isEqualTo(3.0);
        assertThat(now.performance().meaningfulGain()).isTrue();
        assertThat(now.satisfaction().change().getAsDouble()).isEqualTo(4.25);
        assertThat(ScoreText.change(f, now.performance())).isEqualTo("+3.0 over goals 1, 2, 3 and 4");
        assertThat(ScoreText.ratingCoverage(f, now.performance()))
                .isEqualTo("Both over goals 1, 2, 3 and 4: rated at the start and now.");

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
    void aMeanChangeShownAsTwoPointZeroIsFlaggedAndOnePointNineIsNot() {
        // 39 points over 20 goals = 1.95, shown as "+2.0": it must be flagged as meaningful too.
        Integer[][] baselines = new Integer[20][];
        java.util.Arrays.fill(baselines, pair(1, 1));
        Family f = family(baselines);
        List<GoalRating> ratings = new java.util.ArrayList<>();
        for (int i = 0; i < 20; i++) {
            ratings.add(rating(f, i, i == 0 ? 2 : 3, i < 2 ? 2 : 3));
        }
        ReviewScores now = scores(f, new Review(null, LocalDate.of(2026, 9, 1), "", ratings, ""));
        assertThat(now.performance().change().getAsDouble()).isCloseTo(1.95, within(1e-12));
        assertThat(ScoreFormat.signed(now.performance().change())).isEqualTo("+2.0");
        assertThat(now.performance().meaningful()).isTrue();
        // Satisfaction: 38 points over 20 goals = 1.9: not meaningful.
        assertThat(now.satisfaction().change().getAsDouble()).isCloseTo(1.9, within(1e-12));
        assertThat(now.satisfaction().meaningful()).isFalse();
    }

    @Test
    void aMeaningfulDropIsFlaggedAsALoss() {
        Family f = family(pair(6, 7));
        ReviewScores now = scores(f, new Review(null, LocalDate.of(2026, 9, 1), "",
                List.of(rating(f, 0, 4, 6)), ""));
        assertThat(now.performance().meaningfulLoss()).isTrue();
        assertThat(ScoreText.change(f, now.performance())).isEqualTo("\u22122.0 over goal 1");
        assertThat(now.satisfaction().meaningful()).isFalse();
    }

    @Test
    void startAndNowLeaveOutGoalsWithoutBothAndSayWhy() {
        // Goal 2 had no baseline; goal 3 is not rated at the review.
        Family f = family(pair(2, 3), null, pair(4, 4));
        Review review = new Review(null, LocalDate.of(2026, 9, 1), "", List.of(
                rating(f, 0, 6, null), rating(f, 1, 8, 9)), "");
        ReviewScores now = scores(f, review);
        // Only goal 1 was rated both times: start 2, now 6, +4 (goal 2's 8 is not in "now").
        assertThat(now.performance().start()).hasValue(2.0);
        assertThat(now.performance().now()).hasValue(6.0);
        assertThat(now.performance().goals()).extracting(Goal::headline).containsExactly("Goal 1");
        assertThat(ScoreText.ratingCoverage(f, now.performance())).isEqualTo("Both over goal 1: rated at the start and "
                + "now. Not rated at this review: goal 3. Not rated at the start, so nothing to compare: goal 2.");
        // Satisfaction: no goal rated both times.
        assertThat(now.satisfaction().now()).isEmpty();
        assertThat(ScoreText.change(f, now.satisfaction())).isEqualTo("No goal rated both at the start and now.");
        assertThat(ScoreText.ratingCoverage(f, now.satisfaction())).startsWith("No goal was rated both");
        assertThat(now.goals().get(2).rating()).isNull();
        assertThat(now.goalsRated()).isEqualTo(2);
    }

    @Test
    void noRatingsGiveNoMeanRatherThanZero() {
        Family f = family(null, null);
        assertThat(BaselineScores.of(f, GasMode.FULL).performance().value()).isEmpty();
    }
}
