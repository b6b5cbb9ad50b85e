package app.homeplan.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The shipped translations: each has every word a family reads on paper (the family copy, the progress
 * summary and its score sentences, routine names, every built-in strategy, the safety lines), each line
 * fills in the same things as the English (a safety line that lost the child's name, or a sentence that
 * lost its number, would be caught), each is a valid pattern, and each says honestly that it is a draft.
 */
class LanguagePackWordingTest {
    /** The packs shipped with their wording written (the others have their conventions only). */
    static final List<String> WRITTEN = List.of("es", "vi", "ar", "zh-Hans");

    private static final Pattern LONE_APOSTROPHE = Pattern.compile("(?<!')'(?!')");

    private final LanguagePacks packs = LanguagePacks.shipped();

    @Test
    void everyWrittenPackHasEveryWordAFamilyReads() {
        List<String> familyKeys = packs.familyCopyKeys();
        assertThat(familyKeys).hasSizeGreaterThan(250)
                .contains("print.title", "library.safety.WATER", "library.strategy.comm.choices.text",
                        "review.practice.most", "library.routine.bath")
                .doesNotContain("print.clinician.title", "library.strategy.comm.choices.title", "print.error.write");
        for (String code : WRITTEN) {
            LanguagePack pack = packs.find(code).orElseThrow();
            assertThat(pack.missingKeys(familyKeys)).as("%s leaves these to English", code).isEmpty();
        }
    }

    @Test
    void everyLineFillsInWhatTheEnglishFillsIn() {
        List<String> problems = new ArrayList<>();
        LanguagePack english = packs.english();
        for (LanguagePack pack : packs.all()) {
            if (pack.isSource()) {
                continue;
            }
            for (Map.Entry<String, String> line : pack.strings().entrySet()) {
                String key = line.getKey();
                if (key.startsWith("pack.") || key.startsWith("date.")) {
                    continue;
                }
                if (!english.has(key)) {
                    problems.add(pack.code() + " " + key + ": English has no such line (renamed or removed?)");
                    continue;
                }
                Set<String> expected = PackCorrections.arguments(english.strings().get(key));
                if (!PackCorrections.arguments(line.getValue()).equals(expected)) {
                    problems.add(pack.code() + " " + key + ": fills in " + PackCorrections.arguments(line.getValue()) + ", English " + expected);
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void everyLineIsAValidPatternWithDoubledApostrophes() {
        List<String> problems = new ArrayList<>();
        for (LanguagePack pack : packs.all()) {
            for (Map.Entry<String, String> line : pack.strings().entrySet()) {
                if (pack.isSource() && !line.getKey().startsWith("pack.") || line.getKey().startsWith("date.")) {
                    continue;
                }
                if (LONE_APOSTROPHE.matcher(line.getValue()).find()) {
                    problems.add(pack.code() + " " + line.getKey() + ": single apostrophe; write '' instead");
                }
                try {
                    new MessageFormat(line.getValue(), pack.numberLocale()).format(new Object[] {2, 3, 4, 5});
                } catch (IllegalArgumentException e) {
                    problems.add(pack.code() + " " + line.getKey() + ": " + e.getMessage());
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void aShippedTranslationSaysItIsADraftUntilAQualifiedTranslatorChecksIt() {
        for (String code : WRITTEN) {
            LanguagePack pack = packs.find(code).orElseThrow();
            assertThat(pack.checked()).as(code).isFalse();
            assertThat(pack.checkedBy()).as(code).isEmpty();
            assertThat(pack.text("print.language.draft", pack.name())).as(code).contains(pack.name());
        }
    }
}
