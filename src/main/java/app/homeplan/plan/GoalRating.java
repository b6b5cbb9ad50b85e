package app.homeplan.plan;

import java.util.Optional;

/**
 * One goal re-rated at a progress review: performance and satisfaction 1-10, GAS attainment -2..+2,
 * each null when not rated; the decision about the goal, null while nobody has decided (never
 * filled in for anyone); notes in the family's words; who gave the ratings, null when not recorded;
 * and, when family and clinician rated apart, the other one's GAS level.
 *
 * @param gasAttainment      the GAS level counted in the T-score, given by {@code ratedBy}
 * @param otherGasAttainment the GAS level given by the other of family and clinician, or null
 */
public record GoalRating(String goalId, Integer performance, Integer satisfaction, Integer gasAttainment,
                         GoalStatus status, String notes, Rater ratedBy, Integer otherGasAttainment) {
    public GoalRating {
        goalId = Checks.required(goalId, "plan.field.ratingGoal");
        Checks.range(performance, CopmRating.MIN, CopmRating.MAX, "plan.field.performance");
        Checks.range(satisfaction, CopmRating.MIN, CopmRating.MAX, "plan.field.copmSatisfaction");
        Checks.range(gasAttainment, GasScale.MIN_LEVEL, GasScale.MAX_LEVEL, "plan.field.gasAttainment");
        Checks.range(otherGasAttainment, GasScale.MIN_LEVEL, GasScale.MAX_LEVEL, "plan.field.gasAttainment");
        notes = Checks.text(notes);
        if (ratedBy == null || ratedBy == Rater.TOGETHER) {
            otherGasAttainment = null; // only a family or clinician rating has an "other" one
        }
    }

    /** A rating with nobody recorded as the rater. */
    public GoalRating(String goalId, Integer performance, Integer satisfaction, Integer gasAttainment,
                      GoalStatus status, String notes) {
        this(goalId, performance, satisfaction, gasAttainment, status, notes, null, null);
    }

    /** The decision, empty while "not decided yet". */
    public Optional<GoalStatus> decision() {
        return Optional.ofNullable(status);
    }

    /** The GAS level the family gave (alone or together), or null. */
    public Integer familyGasLevel() {
        return levelBy(Rater.FAMILY);
    }

    /** The GAS level the clinician gave (alone or together), or null. */
    public Integer clinicianGasLevel() {
        return levelBy(Rater.CLINICIAN);
    }

    /** True when family and clinician each gave a GAS level and the levels differ. */
    public boolean ratersDiffer() {
        return otherGasAttainment != null && gasAttainment != null && !otherGasAttainment.equals(gasAttainment);
    }

    private Integer levelBy(Rater who) {
        if (ratedBy == Rater.TOGETHER || ratedBy == who) {
            return gasAttainment;
        }
        return ratedBy == who.other() ? otherGasAttainment : null;
    }

    public GoalRating withStatus(GoalStatus value) {
        return new GoalRating(goalId, performance, satisfaction, gasAttainment, value, notes, ratedBy, otherGasAttainment);
    }
}
