package app.homeplan.print;

import static org.assertj.core.api.Assertions.assertThat;

import app.homeplan.library.ExampleFamily;
import app.homeplan.plan.Family;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * No word, date, weekday or number in a printout comes from the computer's locale: the same family
 * printed with the computer set to Vietnamese, Arabic (Egypt) or the C locale gives the same text, page
 * by page, as with English (Australia); the words come from the printout's language pack.
 */
class LocaleIndependenceTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 9, 5);

    @Test
    void theComputersLocaleChangesNothingInAnyPrintout() {
        Locale before = Locale.getDefault();
        try {
            for (PlanCopy copy : PlanCopy.values()) {
                for (String language : List.of("en", "es", "ar")) {
                    List<String> australia = pages(Locale.forLanguageTag("en-AU"), copy, language);
                    for (Locale computer : List.of(Locale.forLanguageTag("vi-VN"), Locale.forLanguageTag("ar-EG"), Locale.ROOT)) {
                        assertThat(pages(computer, copy, language)).as("%s %s under %s", copy, language, computer)
                                .isEqualTo(australia);
                    }
                }
            }
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void anEnglishPlanPrintedUnderAnArabicLocaleKeepsEnglishDatesWeekdaysAndDigits() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("ar-EG"));
            List<String> pages = pages(Locale.getDefault(), PlanCopy.FAMILY, "en");
            String all = String.join(" ", pages);
            assertThat(all).contains("Goal 1", "Printed on 5 September 2026", "Mon", "Sun")
                    .doesNotContainPattern("[\\u0660-\\u0669]");
        } finally {
            Locale.setDefault(before);
        }
    }

    private static List<String> pages(Locale computer, PlanCopy copy, String language) {
        Locale.setDefault(computer);
        Family family = ExampleFamily.create(TODAY);
        PrintOptions options = PrintOptions.defaults(Locale.getDefault(), TODAY).withPaper(Paper.A4).withCopy(copy)
                .withLanguage(language);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        HomePlanPdf.write(family, options, out);
        return new PdfDocument(out.toByteArray()).pages;
    }
}
