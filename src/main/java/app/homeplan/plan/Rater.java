package app.homeplan.plan;

/**
 * Who gave a review rating: the family (caregiver), the clinician, or both together. Kept apart so
 * caregiver and practitioner ratings can be told apart later (HL7 FHIR keeps them as different
 * observations).
 */
public enum Rater {
    FAMILY, CLINICIAN, TOGETHER;

    public String messageKey() {
        return "plan.rater." + name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The other one of family and clinician; null for together. */
    public Rater other() {
        return switch (this) {
            case FAMILY -> CLINICIAN;
            case CLINICIAN -> FAMILY;
            case TOGETHER -> null;
        };
    }
}
