package app.homeplan.library;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A simple Flesch-Kincaid grade estimate for English text: 0.39 words per sentence + 11.8 syllables
 * per word - 15.59, with syllables counted as groups of vowels (a silent final e not counted). Rough,
 * but it catches long sentences and long words, which is what makes a home plan hard to read.
 */
final class ReadingLevel {
    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}']*");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?\u2026]+[\u201d\"]?(\\s|$)");
    private static final Pattern VOWELS = Pattern.compile("[aeiouy]+");

    private ReadingLevel() {
    }

    static double grade(String text) {
        Matcher words = WORD.matcher(text);
        int wordCount = 0;
        int syllables = 0;
        while (words.find()) {
            wordCount++;
            syllables += syllables(words.group());
        }
        if (wordCount == 0) {
            return 0;
        }
        int sentences = Math.max(1, (int) SENTENCE_END.matcher(text).results().count());
        return 0.39 * wordCount / sentences + 11.8 * syllables / wordCount - 15.59;
    }

    static int syllables(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        int groups = (int) VOWELS.matcher(w).results().count();
        if (w.endsWith("e") && !w.endsWith("le") && groups > 1) {
            groups--;
        }
        return Math.max(1, groups);
    }
}
