package app.homeplan.scores;

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

    @Test
    void domainCheckValueWeightedGivesFiftyFive() {
        Family f = family(new Integer[] {3, 5, 1, 4, 2, 6}, nulls(6));
        GasResult r = GasResult.atReview(f, review(f, -2, 0, -1, 2, 0, 1));
        // Σwx = -6 + 0 - 1 + 8 + 0 + 6 = 7; Σw = 21, Σw² = 91; √(0.7·91 + 0.3·441) = √196 = 14.
        assertThat(r.tScore().getAsDouble()).isCloseTo(55.0, within(1e-9));
        assertThat(ScoreFormat.oneDecimal(r.tScore())).isEqualTo("55.0");
        assertThat(r.weighted()).isTrue();
        assertThat(r.counted()).hasSize(6);
        assertThat(r.notRated()).isEmpty();
        assertThat(ScoreText.gasCoverage(f, r)).isEqualTo("Covers all 6 goals, weighted.");
    }

    @Test
    void everyGoalAtTheExpectedLevelGivesFifty() {
        Family f = family(new Integer[] {3, 5, 1, 4, 2, 6}, nulls(6));
        assertThat(GasResult.atReview(f, review(f, 0, 0, 0, 0, 0, 0)).tScore()).hasValue(50.0);
        Family unweighted = family(nulls(3), nulls(3));
        assertThat(GasResult.atReview(unweighted, review(unweighted, 0, 0, 0)).tScore()).hasValue(50.0);
    }

    @Test
    void unweightedMatchesTheShortFormula() {
        int[] x = {-2, 0, -1, 2, 0, 1, 2};
        Family f = family(nulls(x.length), nulls(x.length));
        Integer[] levels = IntStream.of(x).boxed().toArray(Integer[]::new);
        GasResult r = GasResult.atReview(f, review(f, levels));
        int n = x.length;
        double expected = 50 + 10 * IntStream.of(x).sum() / Math.sqrt(0.7 * n + 0.3 * n * n);
        assertThat(r.tScore().getAsDouble()).isCloseTo(expected, within(1e-9));
        // Σx = 2, n = 7: 50 + 20 / √19.6 = 54.5175…
        assertThat(ScoreFormat.oneDecimal(r.tScore())).isEqualTo("54.5");
        assertThat(r.weighted()).isFalse();
        assertThat(ScoreText.gasCoverage(f, r)).isEqualTo("Covers all 7 goals.");
    }

    @Test
    void aWeightOfOneEverywhereIsTheSameAsUnweighted() {
        Family weighted = family(new Integer[] {1, 1, 1}, nulls(3));
        Family plain = family(nulls(3), nulls(3));
        assertThat(GasResult.atReview(weighted, review(weighted, 2, -1, 1)).tScore().getAsDouble())
                .isCloseTo(GasResult.atReview(plain, review(plain, 2, -1, 1)).tScore().getAsDouble(), within(1e-12));
    }

    @Test
    void oneGoalMovesTenPointsPerLevel() {
        // n = 1: the denominator is √(0.7 + 0.3) = 1, so T = 50 + 10x whatever the weight.
        Family f = family(new Integer[] {4}, nulls(1));
        assertThat(GasResult.atReview(f, review(f, 2)).tScore()).hasValue(70.0);
        assertThat(GasResult.atReview(f, review(f, -2)).tScore()).hasValue(30.0);
        assertThat(ScoreText.gasCoverage(f, GasResult.atReview(f, review(f, 1)))).isEqualTo("Covers the one goal, weighted.");
    }

    @Test
    void goalsWithNoRatingAreLeftOutAndNamed() {
        Family f = family(nulls(4), nulls(4));
        GasResult r = GasResult.atReview(f, review(f, 1, null, 1, null));
        // Only goals 1 and 3 count: n = 2, Σx = 2: 50 + 20 / √(1.4 + 1.2) = 62.403…
        assertThat(r.tScore().getAsDouble()).isCloseTo(50 + 20 / Math.sqrt(2.6), within(1e-9));
        assertThat(r.counted()).extracting(Goal::headline).containsExactly("Goal 1", "Goal 3");
        assertThat(r.notRated()).extracting(Goal::headline).containsExactly("Goal 2", "Goal 4");
        assertThat(ScoreText.gasCoverage(f, r))
                .isEqualTo("Covers 2 of 4 goals (goals 1 and 3). Not rated, so not counted: goals 2 and 4.");
    }

    @Test
    void aGoalWithNoLevelsWrittenIsNamedApartFromOneLeftUnrated() {
        Family f = family(nulls(3), nulls(3));
        List<Goal> goals = new ArrayList<>(f.goals());
        goals.set(2, goals.get(2).withGas(GasScale.NONE));
        Family mixed = f.toBuilder().goals(goals).build();
        GasResult r = GasResult.atReview(mixed, review(mixed, 1));
        assertThat(r.notRated()).extracting(Goal::headline).containsExactly("Goal 2", "Goal 3");
        assertThat(ScoreText.gasCoverage(mixed, r)).isEqualTo("Covers 1 of 3 goals (goal 1). Not rated, so not counted: "
                + "goal 2. No GAS levels set, so not counted: goal 3.");
    }

    @Test
    void aRatingWithoutALevelDoesNotCount() {
        Family f = family(nulls(2), nulls(2));
        Review r = new Review(null, LocalDate.of(2026, 9, 1), "", List.of(
                new GoalRating(f.goals().get(0).id(), 7, 8, null, GoalStatus.ACHIEVED, "Yes!"),
                new GoalRating(f.goals().get(1).id(), 5, 5, -1, GoalStatus.CONTINUING, "")), "");
        GasResult gas = GasResult.atReview(f, r);
        assertThat(gas.tScore()).hasValue(40.0);
        assertThat(gas.notRated()).extracting(Goal::headline).containsExactly("Goal 1");
    }

    @Test
    void noRatingAtAllGivesNoScoreAndSaysSo() {
        Family f = family(nulls(3), nulls(3));
        GasResult r = GasResult.atReview(f, review(f, null, null, null));
        assertThat(r.hasScore()).isFalse();
        assertThat(ScoreFormat.oneDecimal(r.tScore())).isEqualTo("\u2014");
        assertThat(ScoreText.gasCoverage(f, r)).isEqualTo("No goal has a GAS level yet, so there is no T-score.");
        assertThat(GasMath.tScore(List.of())).isEmpty();
    }

    @Test
    void aGoalWithWeightZeroDoesNotMoveTheScoreAndIsNamed() {
        Family f = family(new Integer[] {2, 0, 2}, nulls(3));
        GasResult r = GasResult.atReview(f, review(f, 1, -2, 1));
        // Goal 2 has weight 0: Σwx = 4, Σw = 4, Σw² = 8: 50 + 40 / √(5.6 + 4.8) = 62.403…
        assertThat(r.tScore().getAsDouble()).isCloseTo(50 + 40 / Math.sqrt(10.4), within(1e-9));
        assertThat(r.zeroWeight()).extracting(Goal::headline).containsExactly("Goal 2");
        assertThat(r.counted()).hasSize(2);
        assertThat(ScoreText.gasCoverage(f, r))
                .isEqualTo("Covers 2 of 3 goals (goals 1 and 3), weighted. Weight 0, so not counted: goal 2.");
        // Its level makes no difference.
        assertThat(GasResult.atReview(f, review(f, 1, 2, 1)).tScore()).isEqualTo(r.tScore());
    }

    @Test
    void everyWeightZeroGivesNoScoreRatherThanDividingByZero() {
        Family f = family(new Integer[] {0, 0}, nulls(2));
        GasResult r = GasResult.atReview(f, review(f, 1, 2));
        assertThat(r.hasScore()).isFalse();
        assertThat(ScoreText.gasCoverage(f, r))
                .isEqualTo("Every goal with a GAS level has weight 0, so there is no T-score. Weight 0, so not counted: goals 1 and 2.");
    }

    @Test
    void unsetWeightsCountAsOneBesideSetOnes() {
        Family f = family(new Integer[] {3, null}, nulls(2));
        GasResult r = GasResult.atReview(f, review(f, 1, -1));
        // Σwx = 3 - 1 = 2; Σw = 4; Σw² = 10: 50 + 20 / √(7 + 4.8)
        assertThat(r.tScore().getAsDouble()).isCloseTo(50 + 20 / Math.sqrt(11.8), within(1e-9));
        assertThat(r.weighted()).isTrue();
    }

    @Test
    void baselineUsesEachGoalsStartingLevelAndMayBeBelowFifty() {
        Family f = family(nulls(4), new Integer[] {-1, -1, -2, null});
        GasResult r = GasResult.atBaseline(f);
        // n = 3, Σx = -4: 50 - 40 / √(2.1 + 2.7) = 31.74…
        assertThat(r.tScore().getAsDouble()).isCloseTo(50 - 40 / Math.sqrt(4.8), within(1e-9));
        assertThat(ScoreFormat.oneDecimal(r.tScore())).isEqualTo("31.7");
        assertThat(r.notRated()).extracting(Goal::headline).containsExactly("Goal 4");
        // Every goal starting at -1 (the usual baseline), unweighted, n = 4: 50 - 40 / √7.6 = 35.49…
        Family usual = family(nulls(4), new Integer[] {-1, -1, -1, -1});
        assertThat(ScoreFormat.oneDecimal(GasResult.atBaseline(usual).tScore())).isEqualTo("35.5");
    }

    @Test
    void termsOutsideTheScaleAreRefused() {
        assertThatThrownBy(() -> new GasMath.Term(3, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new GasMath.Term(0, -1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new GasMath.Term(0, Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    }
}
