package app.homeplan.store;

import app.homeplan.plan.FamilyLimits;
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

    static boolean hasWildcards(String text) {
        return text.indexOf('%') >= 0 || text.indexOf('_') >= 0 || text.indexOf('\\') >= 0;
    }

    /** A LIKE pattern that matches the folded query anywhere, with LIKE's wildcards escaped. */
    static String containsPattern(String query) {
        String folded = shortened(fold(query)).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + folded + "%";
    }

    /**
     * Longest query searched for, in characters. Names are far shorter; a whole page pasted into the
     * search box would otherwise be refused by SQLite ("LIKE or GLOB pattern too complex", over
     * 50,000 bytes) and shown as an error.
     */
    static final int MAX_QUERY = 200;

    private static String shortened(String folded) {
        if (folded.codePointCount(0, folded.length()) <= MAX_QUERY) {
            return folded;
        }
        return folded.substring(0, folded.offsetByCodePoints(0, MAX_QUERY));
    }
}
