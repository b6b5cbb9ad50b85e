package app.homeplan.print;

/**
 * The one way user text reaches the plan's XHTML: markup characters become entities, so a name like
 * {@code <b>Mia</b> & Co} prints exactly as typed, and characters XML cannot carry (control
 * characters, unpaired surrogates, U+FFFE/U+FFFF) are dropped instead of breaking the document.
 * Emoji skin-tone modifiers are dropped too: the base emoji prints without a box.
 */
public final class Html {
    private static final int SKIN_TONE_FIRST = 0x1F3FB;
    private static final int SKIN_TONE_LAST = 0x1F3FF;

    private Html() {
    }

    public static String escape(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                case '\t', '\n' -> out.append(c);
                case '\r' -> {
                    if (i + 1 >= length || text.charAt(i + 1) != '\n') {
                        out.append('\n');
                    }
                }
                default -> {
                    if (Character.isHighSurrogate(c)) {
                        if (i + 1 < length && Character.isLowSurrogate(text.charAt(i + 1))) {
                            int codePoint = Character.toCodePoint(c, text.charAt(++i));
                            // A skin-tone modifier has no glyph in the shipped emoji font (it would print as a
                            // box beside the emoji): the base emoji prints alone, as the family sees it untoned.
                            if (codePoint < SKIN_TONE_FIRST || codePoint > SKIN_TONE_LAST) {
                                out.append(c).append(text.charAt(i));
                            }
                        }
                    } else if (c >= 0x20 && !Character.isLowSurrogate(c) && c != '\uFFFE' && c != '\uFFFF') {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
