package app.homeplan.scores;

import app.homeplan.plan.Family;
import app.homeplan.plan.GasScale;
import app.homeplan.plan.Goal;
import app.homeplan.plan.GoalRating;
import app.homeplan.plan.Review;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.function.Function;

/**
 * A GAS T-score together with the goals it covers, so a score from an incomplete review is never
 * mistaken for a score over every goal.
 *
 * @param tScore     the T-score; empty when no goal counts
 * @param counted    goals with a level and a weight above 0: the ones in the score
 * @param notRated   goals with no level (not rated at this review, or no baseline set)
 * @param zeroWeight goals with a level but weight 0, which therefore do not move the score
 * @param weighted   whether any rated goal has a weight set (otherwise every weight is 1)
 */
public record GasResult(OptionalDouble tScore, List<Goal> counted, List<Goal> notRated, List<Goal> zeroWeight,
                        boolean weighted) {
    public GasResult {
        counted = List.copyOf(counted);
        notRated = List.copyOf(notRated);
        zeroWeight = List.copyOf(zeroWeight);
    }

    /** The score at goal setting, from each goal's baseline level ({@link GasScale#baseline()}). */
    public static GasResult atBaseline(Family family) {
        return of(family.goals(), goal -> goal.gas().baseline());
    }

    /** The score at a review, from each goal's attainment level; goals not rated there are skipped. */
    public static GasResult atReview(Family family, Review review) {
        return of(family.goals(), goal -> review.ratingFor(goal.id()).map(GoalRating::gasAttainment).orElse(null));
    }

    /** The score over goals whose level is given by {@code level} (null = not rated). */
    public static GasResult of(List<Goal> goals, Function<Goal, Integer> level) {
        List<GasMath.Term> terms = new ArrayList<>();
        List<Goal> counted = new ArrayList<>();
        List<Goal> notRated = new ArrayList<>();
        List<Goal> zeroWeight = new ArrayList<>();
        boolean weighted = false;
        for (Goal goal : goals) {
            Integer x = level.apply(goal);
            if (x == null) {
                notRated.add(goal);
                continue;
            }
            weighted |= goal.gas().weight() != null;
            double w = goal.gas().effectiveWeight();
            if (w == 0) {
                zeroWeight.add(goal);
            } else {
                counted.add(goal);
                terms.add(new GasMath.Term(x, w));
            }
        }
        return new GasResult(GasMath.tScore(terms), counted, notRated, zeroWeight, weighted);
    }

    public boolean hasScore() {
        return tScore.isPresent();
    }

    /** Every goal the result looked at. */
    public int goalCount() {
        return counted.size() + notRated.size() + zeroWeight.size();
    }
}
