package app.homeplan.store;

import app.homeplan.plan.SearchText;

/** SQLite LIKE patterns for family search: the SQL side of {@link SearchText}. */
final class LikePatterns {
    private LikePatterns() {
    }

    static boolean hasWildcards(String text) {
        return text.indexOf('%') >= 0 || text.indexOf('_') >= 0 || text.indexOf('\\') >= 0;
    }

    /** A LIKE pattern that matches the folded query anywhere, with LIKE's wildcards escaped. */
    static String containsPattern(String query) {
        String folded = shortened(SearchText.fold(query)).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
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
