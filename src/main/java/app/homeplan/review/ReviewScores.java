package app.homeplan.review;

import app.homeplan.plan.Family;
import app.homeplan.plan.Goal;
import app.homeplan.plan.GoalRating;
import app.homeplan.plan.Review;
import app.homeplan.plan.Routine;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Everything computed for one review: each goal beside its start, the family ratings and the GAS
 * T-score at the start and now over the same goals, and the practice entered from the tracker. Goals
 * added to the plan after the review are named as such and never counted as "not rated".
 *
 * @param number the review's place among the family's reviews by date, from 1
 */
public record ReviewScores(Review review, int number, List<GoalProgress> goals, RatingComparison performance,
                           RatingComparison satisfaction, GasComparison gas, GasMode mode) {
    public ReviewScores {
        goals = List.copyOf(goals);
    }

    public static ReviewScores of(Family family, Review review, int number, GasMode mode) {
        List<GoalProgress> progress = new ArrayList<>();
        List<Goal> inPlan = new ArrayList<>();
        List<Goal> addedLater = new ArrayList<>();
        for (int i = 0; i < family.goals().size(); i++) {
            Goal goal = family.goals().get(i);
            boolean later = !inPlanOn(goal, review.date());
            (later ? addedLater : inPlan).add(goal);
            List<PracticeSummary> practice = new ArrayList<>();
            for (Routine routine : family.routines()) {
                PracticeSummary p = PracticeSummary.of(goal, routine, review.practice());
                if (p.weeks() > 0) {
                    practice.add(p);
                }
            }
            progress.add(new GoalProgress(goal, i + 1, review.ratingFor(goal.id()).orElse(null), later, practice));
        }
        Function<Goal, GoalRating> rating = g -> review.ratingFor(g.id()).orElse(null);
        Function<Goal, Integer> performanceNow = g -> rating.apply(g) == null ? null : rating.apply(g).performance();
        Function<Goal, Integer> satisfactionNow = g -> rating.apply(g) == null ? null : rating.apply(g).satisfaction();
        Function<Goal, Integer> gasNow = g -> rating.apply(g) == null ? null : rating.apply(g).gasAttainment();
        return new ReviewScores(review, number, progress,
                RatingComparison.of(inPlan, addedLater, g -> g.copm().performance(), performanceNow),
                RatingComparison.of(inPlan, addedLater, g -> g.copm().satisfaction(), satisfactionNow),
                GasComparison.of(inPlan, addedLater, g -> g.gas().baseline(), gasNow, mode), mode);
    }

    /**
     * Whether a goal was in the plan on a day. A goal with no creation date recorded counts as always
     * there.
     */
    public static boolean inPlanOn(Goal goal, LocalDate day) {
        return goal.createdOn() == null || !goal.createdOn().isAfter(day);
    }

    /** Goals with any rating at this review (a score, a decision or notes). */
    public long goalsRated() {
        return goals.stream().filter(g -> g.rating() != null).count();
    }

    /** Goals that were in the plan at this review. */
    public long goalsInPlan() {
        return goals.stream().filter(g -> !g.addedLater()).count();
    }

    /** Goals in the plan at this review with no decision made yet. */
    public List<GoalProgress> undecided() {
        return goals.stream().filter(g -> !g.addedLater() && g.status().isEmpty()).toList();
    }

    public boolean hasPractice() {
        return goals.stream().anyMatch(g -> !g.practice().isEmpty());
    }
}
