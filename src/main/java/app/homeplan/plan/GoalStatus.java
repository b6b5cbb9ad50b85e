package app.homeplan.plan;

/** A goal's state as decided at a progress review. */
public enum GoalStatus {
    ACHIEVED, CONTINUING, REVISED, STOPPED;

    public String messageKey() {
        return "plan.goalStatus." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
