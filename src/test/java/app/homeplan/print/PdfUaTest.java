package app.homeplan.print;

import static org.assertj.core.api.Assertions.assertThat;

import app.homeplan.i18n.Messages;
import app.homeplan.plan.Family;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/**
 * Every printout is valid PDF/UA-1, checked by veraPDF (the PDF Association's validator) on the real
 * PDFs: the family, clinician and progress copies of the example family and of the hard families
 * (right to left, 11 goals, 40 goals and 20 routines). One tracker week keeps the big ones quick.
 */
class PdfUaTest {
    @BeforeAll
    static void startVeraPdf() {
        Messages.setLocale(Locale.ENGLISH);
        VeraGreenfieldFoundryProvider.initialise();
    }

    static Stream<Arguments> printouts() {
        List<Arguments> all = new ArrayList<>();
        for (Map.Entry<String, Family> family : PrintAll.families().entrySet()) {
            for (PlanCopy copy : PlanCopy.values()) {
                all.add(Arguments.of(family.getKey(), copy, family.getValue()));
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("printouts")
    void everyPrintoutPassesEveryPdfUa1Rule(String name, PlanCopy copy, Family family) throws Exception {
        PrintOptions options = PrintOptions.defaults(Locale.forLanguageTag("en-AU"), PrintAll.TODAY).withCopy(copy).withWeeks(1);
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        HomePlanPdf.write(family, options, pdf);

        PDFAFlavour flavour = PDFAFlavour.PDFUA_1;
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf.toByteArray()), flavour);
             PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false)) {
            ValidationResult result = validator.validate(parser);
            List<String> failed = result.getTestAssertions().stream()
                    .filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
                    .map(a -> a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + ": " + a.getMessage()
                            + " (" + a.getLocation().getContext() + ")")
                    .distinct().limit(20).toList();
            assertThat(failed).as("%s %s: failed PDF/UA-1 rules", name, copy).isEmpty();
            assertThat(result.isCompliant()).isTrue();
        }
    }
}
