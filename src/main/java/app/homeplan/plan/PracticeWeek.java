package app.homeplan.plan;

/**
 * One week of a returned fridge tracker page, entered at a review: on how many days the family ticked
 * a goal in a routine.
 *
 * @param week the tracker page's week, 1-12 (the plan prints up to 12)
 * @param days days ticked, 0-7
 */
public record PracticeWeek(String goalId, String routineId, int week, int days) {
    public static final int MAX_WEEKS = 12;
    public static final int DAYS_IN_WEEK = 7;

    public PracticeWeek {
        goalId = Checks.required(goalId, "plan.field.ratingGoal");
        routineId = Checks.required(routineId, "plan.field.practiceRoutine");
        Checks.range(week, 1, MAX_WEEKS, "plan.field.practiceWeek");
        Checks.range(days, 0, DAYS_IN_WEEK, "plan.field.practiceDays");
    }
}
