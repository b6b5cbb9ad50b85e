package app.homeplan.plan;

/**
 * How much one family may hold: far above any real family, low enough that a family always fits in
 * a family file, prints in seconds and never exhausts memory. The family file's JSON Schema carries
 * the same numbers (a test keeps them in step) and the reader, the writer and the wizard use these.
 */
public final class FamilyLimits {
    /** A name or other short entry (a child's name, a routine's name, a relationship), in characters. */
    public static final int NAME = 300;
    /** A free text (notes, a goal's words, a strategy), in characters: about 40 printed pages. */
    public static final int TEXT = 100_000;
    /** An identity (made by Homeplan as a 36-character UUID). */
    public static final int ID = 200;
    /** All the family's texts together, in characters: about 400 printed pages. */
    public static final int TOTAL_TEXT = 1_000_000;
    /**
     * Accents or other combining marks on one letter. Real writing stacks a few (Vietnamese two,
     * some scripts up to about eight); Unicode's stream-safe text format allows 30.
     */
    public static final int MARKS_IN_A_ROW = 30;

    public static final int CAREGIVERS = 30;
    public static final int CLINICIANS = 30;
    public static final int SUPPORTS = 100;
    public static final int ROUTINES = 100;
    /** Concerns in the whole family, over all routines. */
    public static final int CONCERNS = 100;
    public static final int GOALS = 100;
    public static final int STRATEGIES = 300;
    public static final int REVIEWS = 100;
    /** Ratings in one review: one per goal at most. */
    public static final int RATINGS = GOALS;
    /**
     * Practice weeks recorded in one review, one per goal, routine and week: 300 strategies over a
     * 12-week tracker are 3,600.
     */
    public static final int PRACTICE_WEEKS = 10_000;

    /** From this share of a limit on, the wizard says calmly how much room is left. */
    public static final double NEAR = 0.9;

    private FamilyLimits() {
    }

    /** True for a combining mark (an accent placed on the letter before it). */
    public static boolean isMark(int codePoint) {
        int type = Character.getType(codePoint);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK;
    }

    /** True for a control character a plan never holds: every one but tab, line feed and carriage return. */
    public static boolean isForbiddenControl(int codePoint) {
        return Character.getType(codePoint) == Character.CONTROL
                && codePoint != '\t' && codePoint != '\n' && codePoint != '\r';
    }

    /** The longest run of combining marks in a row in the text. Linear in its length. */
    public static int longestMarkRun(String text) {
        int longest = 0;
        int run = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            run = isMark(cp) ? run + 1 : 0;
            longest = Math.max(longest, run);
            i += Character.charCount(cp);
        }
        return longest;
    }

    /**
     * The text without characters that are not text: control characters other than tab and line
     * breaks, and halves of UTF-16 surrogate pairs. Typed or pasted text can carry them invisibly;
     * a plan keeps none, so whatever Homeplan stores it can also write to a family file and read back.
     */
    public static String withoutInvisibleJunk(String text) {
        if (text == null) {
            return null;
        }
        int first = firstJunk(text);
        if (first < 0) {
            return text;
        }
        StringBuilder clean = new StringBuilder(text.length()).append(text, 0, first);
        for (int i = first; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                clean.append(c).append(text.charAt(++i));
            } else if (!Character.isSurrogate(c) && !isForbiddenControl(c)) {
                clean.append(c);
            }
        }
        return clean.toString();
    }

    /** Index of the first control character or lone surrogate, or -1. */
    public static int firstJunk(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c) || isForbiddenControl(c)) {
                return i;
            }
        }
        return -1;
    }
}
