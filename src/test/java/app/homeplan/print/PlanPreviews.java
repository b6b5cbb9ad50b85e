package app.homeplan.print;

import app.homeplan.library.ExampleFamily;
import app.homeplan.testing.HardFamilies;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Prints the English copies the README's previews are made from (docs/make-plan-previews.sh): the example
 * family's plan, clinician copy and progress summary, and the 11-goal family's plan, A4, dated
 * {@link PrintAll#TODAY}. Usage: {@code java -cp ... app.homeplan.print.PlanPreviews OUT_DIR}.
 */
public final class PlanPreviews {
    private PlanPreviews() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Files.createDirectories(Path.of(args.length > 0 ? args[0] : "target/plan-previews"));
        PrintOptions english = PrintOptions.defaults(Locale.forLanguageTag("en-AU"), PrintAll.TODAY)
                .withPaper(Paper.A4).withLanguage("en");
        var example = ExampleFamily.create(PrintAll.TODAY);
        for (PlanCopy copy : PlanCopy.values()) {
            HomePlanPdf.writeFile(example, english.withCopy(copy), out.resolve("example-" + copy.optionName() + ".pdf"));
        }
        HomePlanPdf.writeFile(HardFamilies.elevenGoals(PrintAll.TODAY), english, out.resolve("eleven-family.pdf"));
        System.out.println(out);
    }
}
