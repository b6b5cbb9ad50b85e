package app.homeplan.plan;

/**
 * One goal re-rated at a progress review: performance and satisfaction 1-10, GAS attainment -2..+2,
 * each null when not rated, the decision about the goal and notes in the family's words.
 */
public record GoalRating(String goalId, Integer performance, Integer satisfaction, Integer gasAttainment,
                         GoalStatus status, String notes) {
    public GoalRating {
        goalId = Checks.required(goalId, "plan.field.ratingGoal");
        Checks.range(performance, CopmRating.MIN, CopmRating.MAX, "plan.field.performance");
        Checks.range(satisfaction, CopmRating.MIN, CopmRating.MAX, "plan.field.copmSatisfaction");
        Checks.range(gasAttainment, GasScale.MIN_LEVEL, GasScale.MAX_LEVEL, "plan.field.gasAttainment");
        status = java.util.Objects.requireNonNullElse(status, GoalStatus.CONTINUING);
        notes = Checks.text(notes);
    }
}
