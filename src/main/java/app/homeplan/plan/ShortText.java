package app.homeplan.plan;

/**
 * Shortens text to its first words, for places with room for a line or two (a goal's short name on
 * the fridge tracker, a long name in a page header). Width is counted roughly as printed: a Chinese,
 * Japanese or Korean character or an emoji takes the room of two Latin letters. Cuts between words
 * (a word is cut only when the first one alone is longer than the room) and ends with "…" when
 * anything was left out; line breaks become spaces.
 */
public final class ShortText {
    private static final String ELLIPSIS = "\u2026";

    private ShortText() {
    }

    /** The text itself when it fits in {@code maxWidth}, otherwise its first words and "…". */
    public static String firstWords(String text, int maxWidth) {
        String flat = text == null ? "" : text.strip().replaceAll("\\s+", " ");
        if (width(flat) <= maxWidth) {
            return flat;
        }
        int budget = maxWidth - 1; // room for the ellipsis
        int end = 0;
        int used = 0;
        int lastBreak = -1; // the furthest place a line could break: before a space, or after a wide character
        while (end < flat.length()) {
            int c = flat.codePointAt(end);
            int w = width(c);
            if (used + w > budget) {
                break;
            }
            if (c == ' ') {
                lastBreak = end;
            }
            used += w;
            end += Character.charCount(c);
            if (w == 2 && !isEmoji(c)) { // Chinese, Japanese and Korean break between any two characters
                lastBreak = end;
            }
        }
        if (end < flat.length() && flat.charAt(end) == ' ') {
            lastBreak = end; // the room ends with a whole word
        }
        // Never cut a word in two: only a first word longer than the whole room is cut (the "…" shows it).
        int cut = lastBreak > 0 ? lastBreak : end;
        String head = flat.substring(0, cut).strip();
        while (!head.isEmpty() && ",;:-\u2013\u2014(".indexOf(head.charAt(head.length() - 1)) >= 0) {
            head = head.substring(0, head.length() - 1).strip();
        }
        return head + ELLIPSIS;
    }

    /** Rough printed width: 2 for wide characters (CJK, emoji), 0 for marks and joiners, else 1. */
    public static int width(String text) {
        int w = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            w += width(c);
            i += Character.charCount(c);
        }
        return w;
    }

    /** An emoji: never a place to cut, as a joiner or a modifier may follow it. */
    private static boolean isEmoji(int c) {
        return c >= 0x1F000 && c <= 0x1FAFF || c >= 0x2600 && c <= 0x27BF;
    }

    private static int width(int c) {
        int type = Character.getType(c);
        if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.FORMAT
                || c >= 0xFE00 && c <= 0xFE0F || c >= 0x1F3FB && c <= 0x1F3FF) {
            return 0;
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        boolean wide = script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL
                || isEmoji(c) || c >= 0x3000 && c <= 0x303F
                || c >= 0xFF00 && c <= 0xFF60;
        return wide ? 2 : 1;
    }
}
