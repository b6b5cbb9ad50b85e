package app.homeplan.print;

import app.homeplan.language.LanguagePacks;
import app.homeplan.library.ExampleFamily;
import app.homeplan.library.StrategyLibrary;
import app.homeplan.plan.Family;
import app.homeplan.plan.Strategy;
import app.homeplan.testing.HardFamilies;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Prints the example family's copy and progress summary in every shipped language, its copy in every
 * translation with English (bilingual), and the right-to-left family in Arabic (and its English copy:
 * Arabic words inside English sentences), into a folder: to look at every page (pdftoppm) and to make the
 * previews in docs/ (docs/make-language-previews.sh). The example's strategies are swapped for the
 * built-in ones they resemble, so the strategies print in each language too.
 * Usage: {@code java -cp ... app.homeplan.print.PrintLanguages OUT_DIR}.
 */
public final class PrintLanguages {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
    /** The built-in strategy closest to each of the example's own, in the example's order. */
    private static final List<String> LIBRARY_KEYS = List.of("feed.own_spoon", "feed.sticky_foods",
            "feed.family_table", "comm.choices", "play.people_games", "comm.in_sight", "self.picture_steps",
            "self.last_step", "reg.warning", "sleep.same_steps", "sleep.back_to_bed");

    private PrintLanguages() {
    }

    /** The example family with built-in strategies (their English words and keys), as the wizard adds them. */
    static Family exampleWithLibraryStrategies(LocalDate today) {
        Family example = ExampleFamily.create(today);
        List<Strategy> strategies = new ArrayList<>();
        String child = example.child().displayName();
        for (int i = 0; i < example.strategies().size(); i++) {
            Strategy own = example.strategies().get(i);
            String key = LIBRARY_KEYS.get(i % LIBRARY_KEYS.size());
            String words = StrategyLibrary.builtIn().find(key).orElseThrow().text(child);
            strategies.add(new Strategy(null, own.goalId(), own.routineId(), words, own.who(), own.howOften(), key));
        }
        return example.toBuilder().strategies(strategies).build();
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "target/print-languages");
        Files.createDirectories(out);
        PrintOptions options = PrintOptions.defaults(Locale.forLanguageTag("en-AU"), TODAY).withPaper(Paper.A4);
        Family example = exampleWithLibraryStrategies(TODAY);
        for (String code : LanguagePacks.SHIPPED) {
            for (PlanCopy copy : List.of(PlanCopy.FAMILY, PlanCopy.PROGRESS)) {
                Path file = out.resolve(code + "-" + copy.optionName() + ".pdf");
                HomePlanPdf.writeFile(example, options.withCopy(copy).withLanguage(code), file);
                System.out.println(file);
            }
        }
        for (String code : LanguagePacks.SHIPPED.subList(1, LanguagePacks.SHIPPED.size())) {
            HomePlanPdf.writeFile(example, options.withLanguage(code).withBilingual(true), out.resolve(code + "-bilingual-family.pdf"));
        }
        HomePlanPdf.writeFile(HardFamilies.rightToLeft(TODAY), options.withLanguage("ar"), out.resolve("ar-rtl-family.pdf"));
        HomePlanPdf.writeFile(HardFamilies.rightToLeft(TODAY), options.withLanguage("en"), out.resolve("ar-rtl-family-en.pdf"));
        HomePlanPdf.writeFile(HardFamilies.rightToLeft(TODAY), options.withLanguage("ar").withCopy(PlanCopy.PROGRESS),
                out.resolve("ar-rtl-progress.pdf"));
        System.out.println(out);
    }
}
