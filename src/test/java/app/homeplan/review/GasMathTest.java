package app.homeplan.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import app.homeplan.i18n.Messages;
import app.homeplan.plan.CopmRating;
import app.homeplan.plan.Family;
import app.homeplan.plan.GasScale;
import app.homeplan.plan.Goal;
import app.homeplan.plan.GoalRating;
import app.homeplan.plan.GoalStatus;
import app.homeplan.plan.Review;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The Kiresuk–Sherman T-score, against DOMAIN.md's check values and hand-worked cases. */
class GasMathTest {
    @BeforeAll
    static void english() {
        Messages.setLocale(Locale.forLanguageTag("en-AU"));
    }

    /** A family whose goals have these weights (null = unweighted) and baselines. */
    static Family family(Integer[] weights, Integer[] baselines) {
        List<Goal> goals = new ArrayList<>();
        for (int i = 0; i < weights.length; i++) {
            GasScale gas = new GasScale("much less", "less", "expected", "more", "much more", baselines[i], weights[i]);
            goals.add(Goal.inFamilyWords("Goal " + (i + 1)).withGas(gas).withCopm(new CopmRating(8, 3, 2)));
        }
        return Family.newFor("Mia").toBuilder().goals(goals).build();
    }

    /** A review rating each goal at the given level (null = not rated). */
    static Review review(Family family, Integer... levels) {
        List<GoalRating> ratings = new ArrayList<>();
        for (int i = 0; i < levels.length; i++) {
            if (levels[i] != null) {
                ratings.add(new GoalRating(family.goals().get(i).id(), null, null, levels[i], GoalStatus.CONTINUING, ""));
            }
        }
        return new Review(null, LocalDate.of(2026, 9, 1), "", ratings, "");
    }

    static Integer[] nulls(int n) {
        return new Integer[n];
    }

    /** The T-score at a review over every goal rated there (full GAS). */
    static GasResult atReview(Family family, Review review) {
        return GasResult.of(family.goals(),
                g -> review.ratingFor(g.id()).map(GoalRating::gasAttainment).orElse(null), LeftOut.NOT_RATED, GasMode.FULL);
    }

    static GasResult atBaseline(Family family) {
        return BaselineScores.of(family, GasMode.FULL).gas();
    }

    /** The start-versus-now comparison of the review's scores. */
    static GasComparison compared(Family family, Review review, GasMode mode) {
        Family withReview = family.toBuilder().reviews(List.of(review)).build();
        return ProgressSummary.of(withReview, mode).reviews().get(0).gas();
    }

    @Test
    void domainCheckValueWeightedGivesFiftyFive() {
        Family f = family(new Integer[] {3, 5, 1, 4, 2, 6}, nulls(6));
        GasResult r = atReview(f, review(f, -2, 0, -1, 2, 0, 1));
        // Σwx = -6 + 0 - 1 + 8 + 0 + 6 = 7; Σw = 21, Σw² = 91; √(0.7·91 + 0.3·441) = √196 = 14.
        assertThat(r.tScore().getAsDouble()).isCloseTo(55.0, within(1e-9));
        assertThat(ScoreFormat.oneDecimal(r.tScore())).isEqualTo("55.0");
        assertThat(r.weighted()).isTrue();
        assertThat(r.counted()).hasSize(6);
        assertThat(r.leftOut()).isEmpty();
        assertThat(GasMath.tScore(List.of(new GasMath.Term(-2, 3), new GasMath.Term(0, 5), new GasMath.Term(-1, 1),
                new GasMath.Term(2, 4), new GasMath.Term(0, 2), new GasMath.Term(1, 6)))).hasValue(55.0);
    }

    @Test
    void theDomainCheckValueComparedWithAStartOverTheSameGoals() {
        Family f = family(new Integer[] {3, 5, 1, 4, 2, 6}, new Integer[] {-1, -1, -1, -1, -1, -1});
        GasComparison gas = compared(f, review(f, -2, 0, -1, 2, 0, 1), GasMode.FULL);
        assertThat(gas.now().tScore().getAsDouble()).isCloseTo(55.0, within(1e-9));
        // Every goal at -1: Σwx = -21 over the same denominator 14: 50 - 15 = 35.
        assertThat(gas.start().tScore().getAsDouble()).isCloseTo(35.0, within(1e-9));
        assertThat(ScoreText.gasCoverage(f, gas))
                .isEqualTo("Both over goals 1, 2, 3, 4, 5 and 6: a GAS level at the start and now. Weighted.");
    }

    @Test
    void everyGoalAtTheExpectedLevelGivesFifty() {
        Family f = family(new Integer[] {3, 5, 1, 4, 2, 6}, nulls(6));
        assertThat(atReview(f, review(f, 0, 0, 0, 0, 0, 0)).tScore()).hasValue(50.0);
        Family unweighted = family(nulls(3), nulls(3));
        assertThat(atReview(unweighted, review(unweighted, 0, 0, 0)).tScore()).hasValue(50.0);
    }

    @Test
    void unweightedMatchesTheShortFormula() {
        int[] x = {-2, 0, -1, 2, 0, 1, 2};
        Family f = family(nulls(x.length), nulls(x.length));
        Integer[] levels = IntStream.of(x).boxed().toArray(Integer[]::new);
        GasResult r = atReview(f, review(f, levels));
        int n = x.length;
        double expected = 50 + 10 * IntStream.of(x).sum() / Math.sqrt(0.7 * n + 0.3 * n * n);
        assertThat(r.tScore().getAsDouble()).isCloseTo(expected, within(1e-9));
        // Σx = 2, n = 7: 50 + 20 / √19.6 = 54.5175…
        assertThat(ScoreFormat.oneDecimal(r.tScore())).isEqualTo("54.5");
        assertThat(r.weighting()).isEqualTo(GasResult.Weighting.UNWEIGHTED);
        assertThat(ScoreText.weighting(f, r)).isEqualTo("Unweighted.");
    }

    @Test
    void aWeightOfOneEverywhereIsTheSameAsUnweighted() {
        Family weighted = family(new Integer[] {1, 1, 1}, nulls(3));
        Family plain = family(nulls(3), nulls(3));
        assertThat(atReview(weighted, review(weighted, 2, -1, 1)).tScore().getAsDouble())
                .isCloseTo(atReview(plain, review(plain, 2, -1, 1)).tScore().getAsDouble(), within(1e-12));
    }

    @Test
    void oneGoalMovesTenPointsPerLevel() {
        // n = 1: the denominator is √(0.7 + 0.3) = 1, so T = 50 + 10x whatever the weight.
        Family f = family(new Integer[] {4}, nulls(1));
        assertThat(atReview(f, review(f, 2)).tScore()).hasValue(70.0);
        assertThat(atReview(f, review(f, -2)).tScore()).hasValue(30.0);
    }

    @Test
    void goalsWithNoRatingAreLeftOutAndNamed() {
        Family f = family(nulls(4), new Integer[] {-1, -1, -1, -1});
        GasComparison gas = compared(f, review(f, 1, null, 1, null), GasMode.FULL);
        // Only goals 1 and 3 count: n = 2, Σx = 2: 50 + 20 / √(1.4 + 1.2) = 62.403…
        assertThat(gas.now().tScore().getAsDouble()).isCloseTo(50 + 20 / Math.sqrt(2.6), within(1e-9));
        assertThat(gas.start().tScore().getAsDouble()).isCloseTo(50 - 20 / Math.sqrt(2.6), within(1e-9));
        assertThat(gas.goals()).extracting(Goal::headline).containsExactly("Goal 1", "Goal 3");
        assertThat(ScoreText.gasCoverage(f, gas)).isEqualTo("Both over goals 1 and 3: a GAS level at the start and now. "
                + "Unweighted. Not rated at this review: goals 2 and 4.");
    }

    @Test
    void aGoalWithNoLevelsWrittenCannotBeGasRatedAndIsNamedApart() {
        Family f = family(nulls(3), new Integer[] {-1, -1, -1});
        List<Goal> goals = new ArrayList<>(f.goals());
        goals.set(2, goals.get(2).withGas(new GasScale("", "", "", "", "", -1, null)));
        Family mixed = f.toBuilder().goals(goals).build();
        // Goal 3 was given a level anyway (as older versions allowed): it still does not count.
        GasComparison gas = compared(mixed, review(mixed, 1, null, 2), GasMode.FULL);
        assertThat(gas.goals()).extracting(Goal::headline).containsExactly("Goal 1");
        assertThat(gas.now().tScore()).hasValue(60.0);
        assertThat(ScoreText.gasCoverage(mixed, gas)).isEqualTo("Both over goal 1: a GAS level at the start and now. "
                + "Unweighted. No GAS levels written, so not GAS-rated: goal 3. Not rated at this review: goal 2.");
    }

    @Test
    void aGoalRatedNowWithoutAStartingLevelIsLeftOutOfBoth() {
        Family f = family(nulls(3), new Integer[] {-1, null, -2});
        GasComparison gas = compared(f, review(f, 0, 1, 0), GasMode.FULL);
        assertThat(gas.goals()).extracting(Goal::headline).containsExactly("Goal 1", "Goal 3");
        assertThat(gas.now().counted()).isEqualTo(gas.start().counted());
        assertThat(ScoreText.gasCoverage(f, gas)).endsWith("Not rated at the start, so nothing to compare: goal 2.");
    }

    @Test
    void aRatingWithoutALevelDoesNotCount() {
        Family f = family(nulls(2), nulls(2));
        Review r = new Review(null, LocalDate.of(2026, 9, 1), "", List.of(
                new GoalRating(f.goals().get(0).id(), 7, 8, null, GoalStatus.ACHIEVED, "Yes!"),
                new GoalRating(f.goals().get(1).id(), 5, 5, -1, GoalStatus.CONTINUING, "")), "");
        GasResult gas = atReview(f, r);
        assertThat(gas.tScore()).hasValue(40.0);
        assertThat(gas.leftOut(LeftOut.NOT_RATED)).extracting(Goal::headline).containsExactly("Goal 1");
    }

    @Test
    void noRatingAtAllGivesNoScoreAndSaysSo() {
        Family f = family(nulls(3), new Integer[] {-1, -1, -1});
        GasComparison gas = compared(f, review(f, null, null, null), GasMode.FULL);
        assertThat(gas.hasScore()).isFalse();
        assertThat(ScoreFormat.oneDecimal(gas.now().tScore())).isEqualTo("\u2014");
        assertThat(ScoreText.gasCoverage(f, gas)).isEqualTo("No goal has written GAS levels with a level at the start "
                + "and now, so there is no T-score to compare. Not rated at this review: goals 1, 2 and 3.");
        assertThat(GasMath.tScore(List.of())).isEmpty();
    }

    @Test
    void aGoalWithWeightZeroDoesNotMoveTheScoreAndIsNamed() {
        Family f = family(new Integer[] {2, 0, 2}, nulls(3));
        GasResult r = atReview(f, review(f, 1, -2, 1));
        // Goal 2 has weight 0: Σwx = 4, Σw = 4, Σw² = 8: 50 + 40 / √(5.6 + 4.8) = 62.403…
        assertThat(r.tScore().getAsDouble()).isCloseTo(50 + 40 / Math.sqrt(10.4), within(1e-9));
        assertThat(r.leftOut(LeftOut.ZERO_WEIGHT)).extracting(Goal::headline).containsExactly("Goal 2");
        assertThat(r.counted()).hasSize(2);
        // Its level makes no difference.
        assertThat(atReview(f, review(f, 1, 2, 1)).tScore()).isEqualTo(r.tScore());
        Family started = family(new Integer[] {2, 0, 2}, new Integer[] {-1, -1, -1});
        assertThat(ScoreText.gasCoverage(started, compared(started, review(started, 1, -2, 1), GasMode.FULL)))
                .isEqualTo("Both over goals 1 and 3: a GAS level at the start and now. Weighted. "
                        + "Weight 0, so not counted: goal 2.");
    }

    @Test
    void everyWeightZeroGivesNoScoreRatherThanDividingByZero() {
        Family f = family(new Integer[] {0, 0}, nulls(2));
        GasResult r = atReview(f, review(f, 1, 2));
        assertThat(r.hasScore()).isFalse();
        assertThat(r.leftOut(LeftOut.ZERO_WEIGHT)).hasSize(2);
    }

    @Test
    void anEmptyWeightBesideSetOnesIsNeverOneWeightsAreAllOrNothing() {
        Family f = family(new Integer[] {3, null}, new Integer[] {-1, -1});
        GasResult r = atReview(f, review(f, 1, -1));
        // Not Σwx = 3 - 1 with the empty weight taken as 1: no weights at all, Σx = 0: T = 50.
        assertThat(r.tScore()).hasValue(50.0);
        assertThat(r.weighting()).isEqualTo(GasResult.Weighting.UNWEIGHTED_SOME_MISSING);
        assertThat(r.withoutWeight()).extracting(Goal::headline).containsExactly("Goal 2");
        assertThat(ScoreText.gasCoverage(f, compared(f, review(f, 1, -1), GasMode.FULL)))
                .isEqualTo("Both over goals 1 and 2: a GAS level at the start and now. Unweighted: goal 2 has no "
                        + "weight, and weights count only when every goal has one.");
    }

    @Test
    void gasLightLeavesWeightsOutOrTheScoreAltogether() {
        Family f = family(new Integer[] {3, 5, 1, 4, 2, 6}, new Integer[] {-1, -1, -1, -1, -1, -1});
        Review r = review(f, -2, 0, -1, 2, 0, 1);
        GasComparison light = compared(f, r, GasMode.LIGHT_UNWEIGHTED);
        // Σx = 0 unweighted: 50, whatever the weights say.
        assertThat(light.now().tScore()).hasValue(50.0);
        assertThat(ScoreText.gasCoverage(f, light)).contains("Unweighted (GAS-light).");
        GasComparison noScore = compared(f, r, GasMode.LIGHT_NO_SCORE);
        assertThat(noScore.now().tScore()).isEmpty();
        assertThat(noScore.goals()).hasSize(6);
        assertThat(ScoreText.gasCoverage(f, noScore)).contains("GAS-light without a T-score");
    }

    @Test
    void baselineUsesEachGoalsStartingLevelAndMayBeBelowFifty() {
        Family f = family(nulls(4), new Integer[] {-1, -1, -2, null});
        GasResult r = atBaseline(f);
        // n = 3, Σx = -4: 50 - 40 / √(2.1 + 2.7) = 31.74…
        assertThat(r.tScore().getAsDouble()).isCloseTo(50 - 40 / Math.sqrt(4.8), within(1e-9));
        assertThat(ScoreFormat.oneDecimal(r.tScore())).isEqualTo("31.7");
        assertThat(r.leftOut(LeftOut.NO_START)).extracting(Goal::headline).containsExactly("Goal 4");
        // Every goal starting at -1 (the usual baseline), unweighted, n = 4: 50 - 40 / √7.6 = 35.49…
        Family usual = family(nulls(4), new Integer[] {-1, -1, -1, -1});
        assertThat(ScoreFormat.oneDecimal(atBaseline(usual).tScore())).isEqualTo("35.5");
    }

    @Test
    void termsOutsideTheScaleAreRefused() {
        assertThatThrownBy(() -> new GasMath.Term(3, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new GasMath.Term(0, -1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new GasMath.Term(0, Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    }
}
