package app.homeplan.review;

import app.homeplan.plan.Goal;
import app.homeplan.plan.GoalRating;
import app.homeplan.plan.GoalStatus;
import app.homeplan.plan.Rater;
import java.util.List;
import java.util.Optional;

/**
 * One goal at one review, beside where it started: family ratings (performance and satisfaction) at
 * the start ({@link Goal#copm()}) and now, the change in points, the GAS level at the start and now,
 * who rated, the decision (if one was made) and how often it was practised.
 *
 * @param rank       the goal's place in the family's priority order, from 1
 * @param rating     the goal's rating at this review, or null when it was not rated
 * @param addedLater the goal was added to the plan after this review (so it could not be rated there)
 * @param practice   the tracker ticks entered for it, one per routine that has any, in the day's order
 */
public record GoalProgress(Goal goal, int rank, GoalRating rating, boolean addedLater, List<PracticeSummary> practice) {
    public GoalProgress {
        practice = List.copyOf(practice);
    }

    public GoalProgress(Goal goal, int rank, GoalRating rating) {
        this(goal, rank, rating, false, List.of());
    }

    public Integer baselinePerformance() {
        return goal.copm().performance();
    }

    public Integer baselineSatisfaction() {
        return goal.copm().satisfaction();
    }

    public Integer performance() {
        return rating == null ? null : rating.performance();
    }

    public Integer satisfaction() {
        return rating == null ? null : rating.satisfaction();
    }

    /** Change in performance since baseline; empty unless rated both times. */
    public Optional<Copm.Change> performanceChange() {
        return Optional.ofNullable(Copm.Change.between(baselinePerformance(), performance()));
    }

    public Optional<Copm.Change> satisfactionChange() {
        return Optional.ofNullable(Copm.Change.between(baselineSatisfaction(), satisfaction()));
    }

    /** Whether the goal can be GAS-rated: all five levels were written. */
    public boolean gasRatable() {
        return goal.gas().isDescribed();
    }

    /** The GAS level where the goal started (usually −1), or null when none was set. */
    public Integer gasBaseline() {
        return gasRatable() ? goal.gas().baseline() : null;
    }

    /** The GAS level counted at this review, or null (never one for a goal without written levels). */
    public Integer gasAttainment() {
        return rating == null || !gasRatable() ? null : rating.gasAttainment();
    }

    /** Levels moved since baseline; empty unless both are set. */
    public Optional<Integer> gasChange() {
        return gasBaseline() == null || gasAttainment() == null ? Optional.empty()
                : Optional.of(gasAttainment() - gasBaseline());
    }

    /** Who gave the ratings, if recorded. */
    public Optional<Rater> ratedBy() {
        return rating == null ? Optional.empty() : Optional.ofNullable(rating.ratedBy());
    }

    /** Family and clinician each gave a GAS level, and they differ (both are then shown). */
    public boolean ratersDiffer() {
        return rating != null && gasRatable() && rating.ratersDiffer();
    }

    /** The decision made about the goal; empty when not rated or not decided yet. */
    public Optional<GoalStatus> status() {
        return rating == null ? Optional.empty() : rating.decision();
    }

    public String notes() {
        return rating == null ? "" : rating.notes();
    }
}
