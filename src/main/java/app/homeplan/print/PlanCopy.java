package app.homeplan.print;

import java.util.Locale;

/**
 * Which printout of a family's plan to make. The family copy of the home plan is plain words, with no
 * scores; the clinician copy adds the COPM-style ratings, the GAS level descriptions and the review
 * history; the progress summary tells the family, in plain words, how far each goal has come since
 * the start (it has no routines or trackers, so the number of tracker weeks does not apply).
 */
public enum PlanCopy {
    FAMILY, CLINICIAN, PROGRESS;

    /** The value the command line accepts ({@code family}, {@code clinician}, {@code progress}). */
    public String optionName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Reads {@code family}, {@code clinician} or {@code progress} (any case); null when it is none of them. */
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
