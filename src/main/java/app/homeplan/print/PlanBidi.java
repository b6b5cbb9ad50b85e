package app.homeplan.print;

import com.ibm.icu.text.ArabicShaping;
import com.ibm.icu.text.ArabicShapingException;
import com.ibm.icu.text.Bidi;
import com.openhtmltopdf.bidi.BidiReorderer;
import com.openhtmltopdf.bidi.BidiSplitter;
import com.openhtmltopdf.bidi.BidiSplitterFactory;
import com.openhtmltopdf.bidi.BidiTextRun;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Right-to-left text for the PDF renderer, with ICU4J: how a paragraph splits into runs of one
 * direction, how a right-to-left run is put in the order it is drawn, and Arabic shaping.
 *
 * <p>Why not the renderer's own ICU classes: it lays a line's runs out in their logical order and only
 * reverses the whole line of a right-to-left block. An Arabic sentence with a number in it, inside an
 * English line ("Who: <i>Arabic</i> 5 <i>Arabic</i>"), is three runs and printed its words in the wrong
 * order with the spaces lost. Here, in a left-to-right paragraph, every stretch the Unicode
 * Bidirectional Algorithm raises above the paragraph level is one right-to-left run, and that run is
 * reordered as a whole by the algorithm itself, so numbers and Latin words inside it keep their
 * place. Right-to-left paragraphs keep the renderer's per-run handling, which reverses the line.
 *
 * <p>Shaping keeps Arabic marks (harakat, tanween, shadda) as combining characters after their letter
 * instead of ICU's spacing forms with a tatweel, so they sit on the letter instead of beside it.
 */
final class PlanBidi {
    private PlanBidi() {
    }

    static BidiSplitterFactory splitters() {
        return Splitter::new;
    }

    static Reorderer reorderer() {
        return new Reorderer();
    }

    /** The runs of one paragraph: maximal right-to-left stretches in a left-to-right paragraph. */
    static final class Splitter implements BidiSplitter {
        private final List<BidiTextRun> runs = new ArrayList<>();

        @Override
        public void setParagraph(String paragraph, byte defaultDirection) {
            runs.clear();
            Bidi bidi = new Bidi();
            bidi.setPara(paragraph, defaultDirection == RTL ? Bidi.RTL : Bidi.LTR, null);
            int length = paragraph.length();
            int start = 0;
            while (start < length) {
                boolean raised = bidi.getLevelAt(start) > 0;
                int end = start + 1;
                while (end < length && (bidi.getLevelAt(end) > 0) == raised) {
                    end++;
                }
                int from = start;
                int to = end;
                if (raised && from > 0 && to < length && closes(paragraph.charAt(from - 1), paragraph.charAt(to))
                        && paragraph.substring(from, to).chars().noneMatch(Character::isWhitespace)) {
                    // "Khôi (خوي)": the brackets around a right-to-left word go with it (they look the same, turned
                    // and mirrored), so no line breaks between "(" and the name, as at the edge of two runs. Not
                    // around several words: a run that wraps would take a bracket to the wrong end of its line.
                    BidiTextRun before = runs.isEmpty() ? null : runs.remove(runs.size() - 1);
                    if (before != null && before.getLength() > 1) {
                        runs.add(new BidiTextRun(before.getStart(), before.getLength() - 1, before.getDirection()));
                    }
                    from--;
                    to++;
                }
                runs.add(new BidiTextRun(from, to - from, raised ? RTL : LTR));
                start = to;
            }
            if (runs.isEmpty()) {
                runs.add(new BidiTextRun(0, 0, LTR));
            }
        }

        @Override
        public int countTextRuns() {
            return runs.size();
        }

        @Override
        public BidiTextRun getVisualRun(int runIndex) {
            return runs.get(runIndex);
        }

        @Override
        public byte getBaseDirection(String paragraph) {
            return directionOf(paragraph);
        }
    }

    /** The longest right-to-left words in brackets kept on one line, in characters: a name or a role, never a sentence. */
    static final int KEPT_TOGETHER = 30;

    /** A bracketed stretch with no brackets inside it. */
    private static final java.util.regex.Pattern BRACKETED = java.util.regex.Pattern.compile("([(\uFF08])([^()\uFF08\uFF09\n]+)([)\uFF09])");

    /**
     * Short right-to-left words as one word to the line breaker: their spaces made no-break spaces. A
     * bracket before several right-to-left words could end a line (the renderer breaks at the edge of a
     * right-to-left run whatever the characters there); as one word, the bracket goes inside their run and
     * stays with them ({@link Splitter}, {@code PrintHtml.msg}). Long text, or text with no right-to-left
     * letter, is left as it is.
     */
    static String keptTogether(String words) {
        return keptTogether(words, false);
    }

    /**
     * As {@link #keptTogether(String)}, and in right-to-left text short words of any direction: an English
     * role in brackets in an Arabic line is at the edge of a run too.
     */
    static String keptTogether(String words, boolean inRightToLeftText) {
        return (inRightToLeftText || hasRightToLeft(words)) && words.strip().length() <= KEPT_TOGETHER
                ? words.replace(' ', '\u00A0') : words;
    }

    /**
     * Left-to-right text with the words of each short bracketed right-to-left stretch in it kept together
     * ({@link #keptTogether}).
     */
    static String bracketsKeptTogether(String text) {
        // Only in left-to-right text: inside right-to-left text the brackets are in the same run as their words.
        if (!hasRightToLeft(text) || text.indexOf('(') < 0 && text.indexOf('\uFF08') < 0 || directionOf(text) != BidiSplitter.LTR) {
            return text;
        }
        return BRACKETED.matcher(text).replaceAll(m -> java.util.regex.Matcher.quoteReplacement(
                m.group(1) + (m.group(2).equals(m.group(2).strip()) ? keptTogether(m.group(2)) : m.group(2)) + m.group(3)));
    }

    /** True when {@code open} is an opening bracket and {@code close} the bracket that closes it. */
    static boolean closes(char open, char close) {
        return BRACKETS.indexOf(open) % 2 == 0 && BRACKETS.indexOf(open) + 1 == BRACKETS.indexOf(close);
    }

    /** Opening and closing brackets, in pairs. */
    private static final String BRACKETS = "()[]{}\uFF08\uFF09\u300C\u300D";

    /** True when the text holds a right-to-left letter or a bidi control (anything that could turn a line). */
    static boolean hasRightToLeft(String text) {
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            byte d = Character.getDirectionality(c);
            if (d == Character.DIRECTIONALITY_RIGHT_TO_LEFT || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC
                    || d >= Character.DIRECTIONALITY_LEFT_TO_RIGHT_EMBEDDING && d <= Character.DIRECTIONALITY_POP_DIRECTIONAL_FORMAT
                    || c >= 0x2066 && c <= 0x2069 || c == 0x200F) {
                return true;
            }
        }
        return false;
    }

    /** The direction of the first strong character (LTR, RTL, or NEUTRAL when there is none). */
    static byte directionOf(String text) {
        return switch (Bidi.getBaseDirection(text)) {
            case Bidi.LTR -> BidiSplitter.LTR;
            case Bidi.RTL -> BidiSplitter.RTL;
            default -> BidiSplitter.NEUTRAL;
        };
    }

    static final class Reorderer implements BidiReorderer {
        private static final int SHAPE = ArabicShaping.TEXT_DIRECTION_LOGICAL | ArabicShaping.LETTERS_SHAPE
                | ArabicShaping.LENGTH_FIXED_SPACES_NEAR;
        private final ArabicShaping shaper = new ArabicShaping(SHAPE);
        private final ArabicShaping deshaper = new ArabicShaping(ArabicShaping.TEXT_DIRECTION_LOGICAL
                | ArabicShaping.LETTERS_UNSHAPE | ArabicShaping.LENGTH_GROW_SHRINK);

        /** Each right-to-left run drawn, as drawn (left to right) to as typed (shaped), for {@link LogicalTextLayer}. */
        private final Map<String, String> drawn = new HashMap<>();

        /** A right-to-left run (in logical order, already shaped) in the left-to-right order it is drawn. */
        @Override
        public String reorderRTLTextToLTR(String text) {
            Bidi bidi = new Bidi(text, Bidi.RTL);
            String visual = bidi.writeReordered(Bidi.DO_MIRRORING | Bidi.REMOVE_BIDI_CONTROLS);
            drawn.put(visual, text);
            return visual;
        }

        /** The right-to-left runs drawn so far: the text as drawn, left to right, to the text in reading order. */
        Map<String, String> drawnRuns() {
            return drawn;
        }

        @Override
        public String shapeText(String text) {
            return shape(text);
        }

        @Override
        public String deshapeText(String text) {
            try {
                return deshaper.shape(text);
            } catch (ArabicShapingException e) {
                return text;
            }
        }

        @Override
        public boolean isLiveImplementation() {
            return true;
        }

        /**
         * Arabic letters in their joined forms, marks left as combining characters after their letter.
         * The marks are taken out before shaping (they are transparent to joining) and put back after;
         * a lam-alef ligature takes the place of both letters.
         */
        String shape(String text) {
            StringBuilder letters = new StringBuilder(text.length());
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (!isArabicMark(c)) {
                    letters.append(c);
                }
            }
            String shaped;
            try {
                shaped = shaper.shape(letters.toString());
            } catch (ArabicShapingException e) {
                return text;
            }
            StringBuilder out = new StringBuilder(text.length());
            int letter = 0; // index into letters and shaped, which have the same length (spaces near lam-alef)
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (isArabicMark(c)) {
                    out.append(c);
                    continue;
                }
                char form = shaped.charAt(letter);
                boolean lamAlef = form >= '\uFEF5' && form <= '\uFEFC';
                out.append(form);
                letter++;
                if (lamAlef && letter < letters.length()) {
                    // The alef is in the ligature; its place in the shaped text holds a filler space.
                    letter++;
                    int j = i + 1;
                    while (j < text.length() && isArabicMark(text.charAt(j))) {
                        out.append(text.charAt(j++)); // marks on the lam
                    }
                    i = j; // the alef
                }
            }
            return out.toString();
        }

        /** Harakat, tanween, shadda, sukun, superscript alef and the Quranic marks: combining, transparent to joining. */
        static boolean isArabicMark(char c) {
            return c >= '\u064B' && c <= '\u065F' || c == '\u0670' || c >= '\u06D6' && c <= '\u06DC'
                    || c >= '\u06DF' && c <= '\u06E4' || c == '\u06E7' || c == '\u06E8' || c >= '\u06EA' && c <= '\u06ED';
        }
    }
}
