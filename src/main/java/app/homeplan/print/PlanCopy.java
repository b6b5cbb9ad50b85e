package app.homeplan.print;

import java.util.Locale;

/**
 * Who the printed plan is for. The family copy is plain words, with no scores; the clinician copy
 * adds the COPM-style ratings, the GAS level descriptions and the review history.
 */
public enum PlanCopy {
    FAMILY, CLINICIAN;

    /** The value the command line accepts ({@code family}, {@code clinician}). */
    public String optionName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Reads {@code family} or {@code clinician} (any case); null when it is neither. */
    public static PlanCopy fromOptionName(String value) {
        if (value == null) {
            return null;
        }
        for (PlanCopy c : values()) {
            if (c.optionName().equalsIgnoreCase(value.strip())) {
                return c;
            }
        }
        return null;
    }
}
