package app.homeplan.plan;

/** How strong a support feels to the family, as drawn on an ecomap. */
public enum SupportStrength {
    STRONG, MODERATE, WEAK, STRESSFUL;

    public String messageKey() {
        return "plan.supportStrength." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
