package app.homeplan.print;

import static org.assertj.core.api.Assertions.assertThat;

import app.homeplan.language.LanguagePack;
import app.homeplan.language.LanguagePacks;
import app.homeplan.library.ExampleFamily;
import app.homeplan.library.LibraryStrategy;
import app.homeplan.library.StrategyLibrary;
import app.homeplan.plan.Family;
import app.homeplan.plan.Goal;
import app.homeplan.plan.Strategy;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * A family's copy and progress summary printed in each written translation: every built-in strategy
 * prints in the family's language (with the child's name), and no fixed English sentence is left on
 * the page. The words the team or the family typed print as typed.
 */
class TranslatedPlansTest {
    /** The translations shipped with their wording written (kept in step with LanguagePackWordingTest). */
    static final List<String> WRITTEN = List.of("es", "vi", "ar", "zh-Hans");
    private static final LocalDate TODAY = LocalDate.of(2026, 9, 5);

    private final LanguagePacks packs = LanguagePacks.shipped();

    @Test
    void everyBuiltInStrategyPrintsInTheFamilysLanguage() {
        Family family = withEveryLibraryStrategy(ExampleFamily.create(TODAY));
        String child = family.child().displayName();
        for (String code : WRITTEN) {
            LanguagePack pack = packs.find(code).orElseThrow();
            String page = bodyText(HomePlanHtml.render(family, options(code, PlanCopy.FAMILY)));
            List<String> notTranslated = new ArrayList<>();
            for (LibraryStrategy s : StrategyLibrary.builtIn().all()) {
                String key = "library.strategy." + s.key() + ".text";
                if (!page.contains(pack.text(key, child)) || page.contains(packs.english().text(key, child))) {
                    notTranslated.add(key);
                }
            }
            assertThat(StrategyLibrary.builtIn().all()).hasSizeGreaterThanOrEqualTo(71);
            assertThat(notTranslated).as("strategies not printed in %s", code).isEmpty();
        }
    }

    @Test
    void noFixedEnglishSentenceIsLeftInATranslatedFamilyCopyOrProgressSummary() {
        Family family = withEveryLibraryStrategy(ExampleFamily.create(TODAY));
        List<String> english = englishSentences();
        assertThat(english).hasSizeGreaterThan(150);
        for (String code : WRITTEN) {
            String family1 = bodyText(HomePlanHtml.render(family, options(code, PlanCopy.FAMILY)));
            String progress = bodyText(ProgressSummaryHtml.render(family, options(code, PlanCopy.PROGRESS)));
            List<String> left = english.stream().filter(e -> family1.contains(e) || progress.contains(e)).toList();
            assertThat(left).as("English left in the %s printouts", code).isEmpty();
            // and the English printout does have them: the check would see one left behind
            String englishPage = bodyText(HomePlanHtml.render(family, options("en", PlanCopy.FAMILY)));
            assertThat(englishPage).contains(packs.english().text("print.cover.intro"));
        }
    }

    /** The example family with every built-in strategy added to its first goal, in its first routine. */
    static Family withEveryLibraryStrategy(Family family) {
        Goal goal = family.goals().get(0);
        String routineId = goal.routineIds().get(0);
        List<Strategy> strategies = new ArrayList<>(family.strategies());
        for (LibraryStrategy s : StrategyLibrary.builtIn().all()) {
            strategies.add(new Strategy(null, goal.id(), routineId, s.text(family.child().displayName()), "", "", s.key()));
        }
        return family.toBuilder().strategies(strategies).build();
    }

    private static PrintOptions options(String code, PlanCopy copy) {
        return PrintOptions.defaults(Locale.ENGLISH, TODAY).withPaper(Paper.A4).withCopy(copy).withLanguage(code);
    }

    /** The English of every fixed line a family reads, cut at the filled-in parts, long pieces only. */
    private List<String> englishSentences() {
        List<String> pieces = new ArrayList<>();
        for (String key : packs.familyCopyKeys()) {
            String pattern = packs.english().pattern(key).orElseThrow().replace("''", "'");
            for (String piece : pattern.split("\\{[^{}]*(\\{[^{}]*\\}[^{}]*)*\\}")) {
                String p = piece.strip();
                if (p.length() >= 18 && p.contains(" ")) {
                    pieces.add(p);
                }
            }
        }
        return pieces;
    }

    /** The text of the document's body as a reader sees it: tags dropped, entities read, spaces collapsed. */
    static String bodyText(String xhtml) {
        String body = xhtml.substring(xhtml.indexOf("<body>"));
        return body.replaceAll("<[^>]+>", " ").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&#39;", "'").replace("&#160;", " ").replace("&amp;", "&").replaceAll("\\s+", " ");
    }
}
