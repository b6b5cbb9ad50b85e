package app.homeplan.scores;

import app.homeplan.plan.Family;
import app.homeplan.plan.Goal;
import app.homeplan.plan.Review;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Everything computed for one review: each goal beside its baseline, the COPM-style means and
 * mean changes, and the GAS T-score with the goals it covers.
 *
 * @param number the review's place among the family's reviews by date, from 1
 */
public record ReviewScores(Review review, int number, List<GoalProgress> goals, Copm.Mean performance,
                           Copm.Mean satisfaction, Copm.MeanChange performanceChange,
                           Copm.MeanChange satisfactionChange, GasResult gas) {
    public ReviewScores {
        goals = List.copyOf(goals);
    }

    public static ReviewScores of(Family family, Review review, int number) {
        List<GoalProgress> progress = new ArrayList<>();
        for (int i = 0; i < family.goals().size(); i++) {
            Goal goal = family.goals().get(i);
            progress.add(new GoalProgress(goal, i + 1, review.ratingFor(goal.id()).orElse(null)));
        }
        List<Goal> goals = family.goals();
        Function<Goal, Integer> performanceNow = g -> review.ratingFor(g.id()).map(r -> r.performance()).orElse(null);
        Function<Goal, Integer> satisfactionNow = g -> review.ratingFor(g.id()).map(r -> r.satisfaction()).orElse(null);
        return new ReviewScores(review, number, progress,
                Copm.Mean.of(goals, performanceNow),
                Copm.Mean.of(goals, satisfactionNow),
                Copm.MeanChange.of(goals, g -> g.copm().performance(), performanceNow),
                Copm.MeanChange.of(goals, g -> g.copm().satisfaction(), satisfactionNow),
                GasResult.atReview(family, review));
    }

    /** Goals with any rating at this review (a score, a status or notes). */
    public long goalsRated() {
        return goals.stream().filter(g -> g.rating() != null).count();
    }
}
