package app.homeplan.print;

import app.homeplan.language.LanguagePack;
import app.homeplan.language.LanguagePacks;
import app.homeplan.language.PlanLanguages;
import app.homeplan.plan.Family;
import app.homeplan.plan.PlanValidationException;
import app.homeplan.scores.GasMode;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;

/**
 * How to print a plan.
 *
 * @param paper     A4 or US Letter
 * @param copy      the family's copy or the clinician's
 * @param weeks     how many weekly practice trackers to print, {@value #MIN_WEEKS}-{@value #MAX_WEEKS}
 * @param locale    chooses the default paper only: every word, date and number comes from the
 *                  printout's language pack, never from the computer's locale
 * @param today     the date printed on the plan
 * @param language  the language pack code for the family's copy and the progress summary; null for the
 *                  family's plan language ({@link PlanLanguages}). The clinician copy is always in the
 *                  clinician's language (English)
 * @param bilingual the family's language and English together, section by section, whatever the family's
 *                  own choice ({@link Family#planBilingual}, which applies when this is false)
 * @param packs     the packs to print with (shipped, plus the clinic's from the data folder)
 * @param gasMode   how the clinic uses GAS (its setting): the clinician copy's scores follow it
 */
public record PrintOptions(Paper paper, PlanCopy copy, int weeks, Locale locale, LocalDate today, String language,
                           boolean bilingual, LanguagePacks packs, GasMode gasMode) {
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
        packs = Objects.requireNonNullElseGet(packs, LanguagePacks::shipped);
        gasMode = Objects.requireNonNullElse(gasMode, GasMode.FULL);
        if (weeks < MIN_WEEKS || weeks > MAX_WEEKS) {
            throw new PlanValidationException("print.error.weeks", weeks, MIN_WEEKS, MAX_WEEKS);
        }
    }

    public PrintOptions(Paper paper, PlanCopy copy, int weeks, Locale locale, LocalDate today) {
        this(paper, copy, weeks, locale, today, null, false, null, null);
    }

    /** The family copy, four weeks of trackers, on the locale's usual paper, dated today. */
    public static PrintOptions defaults(Locale locale, LocalDate today) {
        return new PrintOptions(null, PlanCopy.FAMILY, DEFAULT_WEEKS, locale, today);
    }

    public PrintOptions withPaper(Paper value) {
        return new PrintOptions(value, copy, weeks, locale, today, language, bilingual, packs, gasMode);
    }

    public PrintOptions withCopy(PlanCopy value) {
        return new PrintOptions(paper, value, weeks, locale, today, language, bilingual, packs, gasMode);
    }

    public PrintOptions withWeeks(int value) {
        return new PrintOptions(paper, copy, value, locale, today, language, bilingual, packs, gasMode);
    }

    public PrintOptions withLanguage(String code) {
        return new PrintOptions(paper, copy, weeks, locale, today, code, bilingual, packs, gasMode);
    }

    public PrintOptions withBilingual(boolean value) {
        return new PrintOptions(paper, copy, weeks, locale, today, language, value, packs, gasMode);
    }

    public PrintOptions withPacks(LanguagePacks value) {
        return new PrintOptions(paper, copy, weeks, locale, today, language, bilingual, value, gasMode);
    }

    public PrintOptions withGasMode(GasMode value) {
        return new PrintOptions(paper, copy, weeks, locale, today, language, bilingual, packs, value);
    }

    /** The language this printout of the family's plan is in. */
    public LanguagePack languageFor(Family family) {
        if (copy == PlanCopy.CLINICIAN) {
            return packs.english();
        }
        if (language != null && !language.isBlank()) {
            return packs.find(language).orElseGet(packs::english);
        }
        return PlanLanguages.forFamily(packs, family);
    }

    /**
     * True when English is printed beside the family's language: asked for here, or the family's own
     * choice ({@link Family#planBilingual}); never for the clinician copy or an English plan.
     */
    public boolean bilingualFor(Family family) {
        return (bilingual || family.planBilingual()) && copy != PlanCopy.CLINICIAN && !languageFor(family).isSource();
    }
}
