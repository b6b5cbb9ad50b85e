package app.homeplan.scores;

import app.homeplan.plan.Goal;
import app.homeplan.plan.GoalRating;
import app.homeplan.plan.GoalStatus;
import java.util.Optional;

/**
 * One goal at one review, beside where it started: COPM-style performance and satisfaction at
 * baseline ({@link Goal#copm()}) and now, the change in points, and the GAS level at baseline and now.
 *
 * @param rank   the goal's place in the family's priority order, from 1
 * @param rating the goal's rating at this review, or null when it was not rated
 */
public record GoalProgress(Goal goal, int rank, GoalRating rating) {

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

    /** The GAS level where the goal started (usually −1), or null when none was set. */
    public Integer gasBaseline() {
        return goal.gas().baseline();
    }

    public Integer gasAttainment() {
        return rating == null ? null : rating.gasAttainment();
    }

    /** Levels moved since baseline; empty unless both are set. */
    public Optional<Integer> gasChange() {
        return gasBaseline() == null || gasAttainment() == null ? Optional.empty()
                : Optional.of(gasAttainment() - gasBaseline());
    }

    public Optional<GoalStatus> status() {
        return rating == null ? Optional.empty() : Optional.of(rating.status());
    }

    public String notes() {
        return rating == null ? "" : rating.notes();
    }
}
