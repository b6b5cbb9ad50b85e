package app.homeplan.plan;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Folds names for search: lower case, accents dropped, so "nguyen" finds "Nguyễn". */
public final class SearchText {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private SearchText() {
    }

    /**
     * The folded text. Linear in the input: before decomposing, runs of combining marks are cut to
     * {@link FamilyLimits#MARKS_IN_A_ROW} (marks are dropped anyway), because decomposition sorts each
     * run of marks and a run of 300,000 alternating marks would take minutes. Control characters and
     * surrogate halves go too, as the plan drops them, so a query typed with them still matches.
     */
    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(shortMarkRuns(FamilyLimits.withoutInvisibleJunk(text)), Normalizer.Form.NFD);
        String folded = MARKS.matcher(decomposed).replaceAll("")
                .replace('đ', 'd').replace('Đ', 'D').replace('ł', 'l').replace('Ł', 'L')
                .replace('ø', 'o').replace('Ø', 'O');
        return folded.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
    }

    private static String shortMarkRuns(String text) {
        if (FamilyLimits.longestMarkRun(text) <= FamilyLimits.MARKS_IN_A_ROW) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int run = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            run = FamilyLimits.isMark(cp) ? run + 1 : 0;
            if (run <= FamilyLimits.MARKS_IN_A_ROW) {
                out.appendCodePoint(cp);
            }
            i += Character.charCount(cp);
        }
        return out.toString();
    }
}
