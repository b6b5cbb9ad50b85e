package app.homeplan.util;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns any text (a child's name, in any script) into a file name that is safe on Windows, macOS and
 * Linux, for the names Homeplan suggests when saving: family files, home plan PDFs.
 *
 * <ul>
 *   <li>Letters of every script, digits, emoji and ordinary punctuation are kept (NFC-normalised).</li>
 *   <li>{@code < > : " / \ | ? *} become spaces; control characters and invisible direction marks
 *       (which can disguise a name) are removed; runs of spaces become one.</li>
 *   <li>No leading dot (a hidden file on macOS/Linux); no trailing dots or spaces (Windows drops them).</li>
 *   <li>Names Windows reserves (CON, PRN, AUX, NUL, COM1-9, LPT1-9, in any case, with any extension)
 *       get an underscore.</li>
 *   <li>The whole name stays within {@value #MAX_BYTES} bytes of UTF-8, cut between characters as people
 *       see them (an emoji or an accented letter is never split).</li>
 * </ul>
 */
public final class SafeFileNames {
    /** Well under the 255-byte limit of common file systems, leaving room for "(2)" and folders. */
    public static final int MAX_BYTES = 150;

    private static final Pattern GRAPHEME = Pattern.compile("\\X");
    private static final Set<String> WINDOWS_RESERVED = Set.of("CON", "PRN", "AUX", "NUL",
            "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9",
            "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9");

    private SafeFileNames() {
    }

    /**
     * A safe file name made of {@code text} and {@code extension} (e.g. ".homeplan.json", assumed safe),
     * or of {@code fallback} when nothing usable is left of the text.
     */
    public static String of(String text, String extension, String fallback) {
        String ext = extension == null ? "" : extension;
        int room = Math.max(1, MAX_BYTES - utf8Length(ext));
        String base = clean(text == null ? "" : text, room);
        if (base.isEmpty()) {
            base = clean(fallback == null ? "" : fallback, room);
        }
        if (base.isEmpty()) {
            base = "file";
        }
        return base + ext;
    }

    /**
     * The text made safe (by the rules above) to be part of a file name built around it, within
     * {@code maxBytes} of UTF-8; empty when nothing usable is left, so the caller can word the name
     * differently instead of getting a fallback in the middle of a sentence.
     */
    public static String part(String text, int maxBytes) {
        return clean(text == null ? "" : text, Math.max(1, maxBytes));
    }

    private static String clean(String text, int maxBytes) {
        String normal = Normalizer.normalize(text, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(normal.length());
        normal.codePoints().forEach(cp -> {
            if ("<>:\"/\\|?*".indexOf(cp) >= 0 || Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                out.append(' ');
            } else if (!isInvisibleTrouble(cp)) {
                out.appendCodePoint(cp);
            }
        });
        String name = out.toString().replaceAll(" {2,}", " ");
        name = trimEnds(name);
        name = cut(name, maxBytes);
        name = trimEnds(name);
        if (!name.isEmpty()) {
            int dot = name.indexOf('.');
            String stem = (dot < 0 ? name : name.substring(0, dot)).strip().toUpperCase(Locale.ROOT);
            if (WINDOWS_RESERVED.contains(stem)) {
                name = dot < 0 ? name + "_" : name.substring(0, dot) + "_" + name.substring(dot);
            }
        }
        return name;
    }

    /** Control characters, and direction and other format marks except the joiners emoji and some scripts need. */
    private static boolean isInvisibleTrouble(int cp) {
        int type = Character.getType(cp);
        if (type == Character.CONTROL || type == Character.SURROGATE || type == Character.PRIVATE_USE
                || type == Character.UNASSIGNED) {
            return true;
        }
        return type == Character.FORMAT && cp != 0x200C && cp != 0x200D;
    }

    /** No leading dots or spaces; no trailing dots or spaces. */
    private static String trimEnds(String name) {
        int start = 0;
        int end = name.length();
        while (start < end && (name.charAt(start) == '.' || name.charAt(start) == ' ')) {
            start++;
        }
        while (end > start && (name.charAt(end - 1) == '.' || name.charAt(end - 1) == ' ')) {
            end--;
        }
        return name.substring(start, end);
    }

    /** The longest start of the name that fits in maxBytes of UTF-8, ending between user-perceived characters. */
    private static String cut(String name, int maxBytes) {
        if (utf8Length(name) <= maxBytes) {
            return name;
        }
        // \X is an extended grapheme cluster (emoji ZWJ sequences too); java.text.BreakIterator splits those on Java 17.
        Matcher graphemes = GRAPHEME.matcher(name);
        int end = 0;
        int bytes = 0;
        while (graphemes.find()) {
            bytes += utf8Length(graphemes.group());
            if (bytes > maxBytes) {
                break;
            }
            end = graphemes.end();
        }
        return name.substring(0, end);
    }

    private static int utf8Length(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }
}
