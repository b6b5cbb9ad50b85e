package app.homeplan.plan;

/** Ecomap: family, friends and neighbours are informal; services and childcare are formal. */
public enum SupportKind {
    INFORMAL, FORMAL;

    public String messageKey() {
        return "plan.supportKind." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
