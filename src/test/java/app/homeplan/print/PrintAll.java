package app.homeplan.print;

import app.homeplan.library.ExampleFamily;
import app.homeplan.plan.Family;
import app.homeplan.scores.GasMode;
import app.homeplan.testing.HardFamilies;
import app.homeplan.testing.HardFamily;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Prints the family, clinician and progress copies of the example family and the hard families
 * ({@link HardFamilies}, and the screens' {@link HardFamily}: Vietnamese, Arabic with numbers, emoji,
 * long names) into a folder, to look at every page (pdftoppm) and to refresh docs/ previews; and the
 * example family's clinician and progress copies for a clinic using GAS levels only (no T-score).
 * Usage: {@code java -cp ... app.homeplan.print.PrintAll OUT_DIR}.
 */
public final class PrintAll {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

    private PrintAll() {
    }

    /** The four families every printout is checked with, by a short file-name-safe label. */
    static Map<String, Family> families() {
        Map<String, Family> families = new LinkedHashMap<>();
        families.put("example", ExampleFamily.create(TODAY));
        families.put("rtl", HardFamilies.rightToLeft(TODAY));
        families.put("eleven", HardFamilies.elevenGoals(TODAY));
        families.put("stress", HardFamilies.stress(TODAY));
        return families;
    }

    /** The four, and the screens' hard families, all looked at page by page. */
    static Map<String, Family> familiesToLookAt() {
        Map<String, Family> families = families();
        families.put("hard", HardFamily.standard());
        families.put("hard-big", HardFamily.builder().routines(20).goals(12).build());
        return families;
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "target/print-all");
        Files.createDirectories(out);
        PrintOptions options = PrintOptions.defaults(Locale.forLanguageTag("en-AU"), TODAY);
        for (var family : familiesToLookAt().entrySet()) {
            for (PlanCopy copy : PlanCopy.values()) {
                Path file = out.resolve(family.getKey() + "-" + copy.optionName() + ".pdf");
                HomePlanPdf.writeFile(family.getValue(), options.withCopy(copy), file);
                System.out.println(file);
            }
        }
        Family example = families().get("example");
        for (PlanCopy copy : new PlanCopy[] {PlanCopy.CLINICIAN, PlanCopy.PROGRESS}) {
            Path file = out.resolve("example-" + copy.optionName() + "-levels-only.pdf");
            HomePlanPdf.writeFile(example, options.withCopy(copy).withGasMode(GasMode.LIGHT_NO_SCORE), file);
            System.out.println(file);
        }
    }
}
