package app.homeplan.print;

import app.homeplan.plan.PlanValidationException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;

/**
 * How to print a plan.
 *
 * @param paper  A4 or US Letter
 * @param copy   the family's copy or the clinician's
 * @param weeks  how many weekly practice trackers to print, {@value #MIN_WEEKS}-{@value #MAX_WEEKS}
 * @param locale formats dates and day names, and chooses the default paper
 * @param today  the date printed on the plan
 */
public record PrintOptions(Paper paper, PlanCopy copy, int weeks, Locale locale, LocalDate today) {
    public static final int MIN_WEEKS = 1;
    public static final int MAX_WEEKS = 12;
    public static final int DEFAULT_WEEKS = 4;

    public PrintOptions {
        locale = Objects.requireNonNullElseGet(locale, Locale::getDefault);
        if (paper == null) {
            paper = Paper.forLocale(locale);
        }
        copy = Objects.requireNonNullElse(copy, PlanCopy.FAMILY);
        today = Objects.requireNonNullElseGet(today, LocalDate::now);
        if (weeks < MIN_WEEKS || weeks > MAX_WEEKS) {
            throw new PlanValidationException("print.error.weeks", weeks, MIN_WEEKS, MAX_WEEKS);
        }
    }

    /** The family copy, four weeks of trackers, on the locale's usual paper, dated today. */
    public static PrintOptions defaults(Locale locale, LocalDate today) {
        return new PrintOptions(null, PlanCopy.FAMILY, DEFAULT_WEEKS, locale, today);
    }

    public PrintOptions withPaper(Paper value) {
        return new PrintOptions(value, copy, weeks, locale, today);
    }

    public PrintOptions withCopy(PlanCopy value) {
        return new PrintOptions(paper, value, weeks, locale, today);
    }

    public PrintOptions withWeeks(int value) {
        return new PrintOptions(paper, copy, value, locale, today);
    }
}
