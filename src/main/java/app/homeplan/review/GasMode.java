package app.homeplan.review;

/**
 * How the clinic uses Goal Attainment Scaling (a setting). Full GAS uses the weights when every goal
 * in a score has one; GAS-light rates the goals on the five verbal levels without weights and shows
 * the T-score unweighted, or leaves it out.
 */
public enum GasMode {
    FULL, LIGHT_UNWEIGHTED, LIGHT_NO_SCORE;

    /** The key under which the clinic's choice is kept in the database's settings. */
    public static final String SETTING = "gas.mode";

    public boolean usesWeights() {
        return this == FULL;
    }

    public boolean showsTScore() {
        return this != LIGHT_NO_SCORE;
    }

    public String messageKey() {
        return "review.gasMode." + name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The stored value, or full GAS when none (or an unknown one) is stored. */
    public static GasMode parse(String stored) {
        for (GasMode mode : values()) {
            if (mode.name().equals(stored)) {
                return mode;
            }
        }
        return FULL;
    }
}
