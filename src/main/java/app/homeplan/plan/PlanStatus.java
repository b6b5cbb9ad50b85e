package app.homeplan.plan;

/** Where a family's plan is in its life: worked on, in use at home, or finished. */
public enum PlanStatus {
    DRAFT, ACTIVE, CLOSED;

    /** Resource-bundle key for the word shown to users. */
    public String messageKey() {
        return "plan.status." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
