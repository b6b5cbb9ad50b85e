package app.homeplan.print;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The TrueType fonts the plan is printed in, shipped in {@code assets/fonts/} with their licences.
 * Each character is drawn in the first family of {@link #CSS_FAMILIES} that has it: Noto Sans (Latin,
 * Vietnamese, Greek, Cyrillic), Noto Sans Arabic, Noto Sans Hebrew, Droid Sans Fallback (Chinese,
 * Japanese, Korean), then Symbola (symbols and emoji up to Unicode 9, in black and white). A character
 * none of them has prints as U+FFFD, never as an error. Fonts are embedded as subsets, so a plan
 * carries only the glyphs it uses.
 */
final class PlanFonts {
    /** The CSS font-family list, in fallback order. */
    static final String CSS_FAMILIES =
            "'Noto Sans', 'Noto Sans Arabic', 'Noto Sans Hebrew', 'Droid Sans Fallback', 'Symbola'";

    /**
     * The font-family list for a document with this text: Noto Sans, plus only the fallback fonts its
     * characters may need. The renderer sizes every line from every font in the list, so each listed
     * font is read and parsed (the CJK one is 4 MB) even when no character of it is drawn; a plan in
     * Latin script needs none of them. When unsure about a character, every fallback font is listed.
     */
    static String cssFamiliesFor(CharSequence text) {
        boolean arabic = false;
        boolean hebrew = false;
        boolean cjk = false;
        boolean other = false;
        for (int i = 0; i < text.length(); ) {
            int c = Character.codePointAt(text, i);
            i += Character.charCount(c);
            if (c < 0x2000 && c != 0x00AD && !Character.isISOControl(c) || c >= 0x2000 && c <= 0x20CF) {
                Character.UnicodeScript script = Character.UnicodeScript.of(c);
                switch (script) {
                    case LATIN, GREEK, CYRILLIC, COMMON -> {
                        // In Noto Sans (Latin with every diacritic, Greek, Cyrillic, punctuation, currency).
                    }
                    case ARABIC -> arabic = true;
                    case HEBREW -> hebrew = true;
                    case INHERITED -> other |= !(c >= 0x0300 && c <= 0x036F);
                    default -> other = true;
                }
            } else if (c > 0x7F) {
                switch (Character.UnicodeScript.of(c)) {
                    case ARABIC -> arabic = true;
                    case HEBREW -> hebrew = true;
                    case HAN, HIRAGANA, KATAKANA, HANGUL, BOPOMOFO -> cjk = true;
                    case LATIN -> {
                        // Latin Extended Additional (Vietnamese) and friends: Noto Sans.
                    }
                    default -> other = true;
                }
            }
        }
        StringBuilder families = new StringBuilder("'Noto Sans'");
        if (arabic || other) {
            families.append(", 'Noto Sans Arabic'");
        }
        if (hebrew || other) {
            families.append(", 'Noto Sans Hebrew'");
        }
        if (cjk || other) {
            families.append(", 'Droid Sans Fallback'");
        }
        if (cjk || other) {
            // Symbols and emoji; also CJK punctuation the CJK font lacks.
            families.append(", 'Symbola'");
        }
        return families.toString();
    }

    /** What prints for a character no shipped font has (it is in Noto Sans). */
    static final String MISSING_GLYPH = "\uFFFD";

    private static final String FOLDER = "/assets/fonts/";

    record Face(String file, String family, int weight) {
    }

    static final List<Face> FACES = List.of(
            new Face("NotoSans-Regular.ttf", "Noto Sans", 400),
            new Face("NotoSans-Bold.ttf", "Noto Sans", 700),
            new Face("NotoSansArabic-Regular.ttf", "Noto Sans Arabic", 400),
            new Face("NotoSansArabic-Bold.ttf", "Noto Sans Arabic", 700),
            new Face("NotoSansHebrew-Regular.ttf", "Noto Sans Hebrew", 400),
            new Face("NotoSansHebrew-Bold.ttf", "Noto Sans Hebrew", 700),
            new Face("DroidSansFallbackFull.ttf", "Droid Sans Fallback", 400),
            new Face("Symbola.ttf", "Symbola", 400));

    /** Font files read once per run of the program; only the faces a plan uses are parsed. */
    private static final Map<String, byte[]> BYTES = new ConcurrentHashMap<>();

    private PlanFonts() {
    }

    /**
     * Makes every face available to a renderer writing {@code fonts}' document, loaded only when the plan
     * uses it, embedded as a subset. The renderer must write into that document ({@code usePDDocument}).
     */
    static void register(PdfRendererBuilder builder, ForOneDocument fonts) {
        for (Face face : FACES) {
            builder.useFont(new PDFontSupplier(null) {
                @Override
                public PDFont supply() {
                    return fonts.load(face);
                }
            }, face.family(), face.weight(), FontStyle.NORMAL, true);
        }
    }

    /**
     * Parsed faces not in use by a document, parsed once per run of the program. Parsing a face
     * (FontBox's {@code TTFParser}) was some 50 MB of garbage and a sixth of the processor time of every
     * 50-page plan. A document ({@link ForOneDocument}), or a measuring of words ({@link #widthEm}), takes
     * a face for itself and gives it back when done, so two exports at the same time never read one parsed
     * font together (FontBox reads its tables lazily, through one shared position); a second export
     * running beside the first parses its own.
     */
    private static final Map<String, Deque<TrueTypeFont>> IDLE = new ConcurrentHashMap<>();

    /** Idle parsed copies kept per face: enough for two exports at once, not a copy per past export. */
    private static final int IDLE_KEPT = 2;

    /** The fonts of one document as it is drawn. Not thread-safe: one document is drawn on one thread. */
    static ForOneDocument forDocument(PDDocument document) {
        return new ForOneDocument(document);
    }

    /**
     * The faces one PDF document has taken: each made a font of that document from a parsed face of the
     * run, embedded as a subset of the glyphs drawn (the subset is made when the document is saved).
     * {@link #close} gives the parsed faces back; call it after the document is saved or dropped.
     */
    static final class ForOneDocument implements AutoCloseable {
        private final PDDocument document;
        private final Map<String, TrueTypeFont> taken = new HashMap<>();

        private ForOneDocument(PDDocument document) {
            this.document = document;
        }

        /** The face as a font of this document, or null when it cannot be read (the renderer then skips it). */
        PDFont load(Face face) {
            TrueTypeFont parsed = taken.computeIfAbsent(face.file(), PlanFonts::take);
            try {
                return PDType0Font.load(document, parsed, true);
            } catch (IOException e) {
                return null;
            }
        }

        @Override
        public void close() {
            taken.forEach(PlanFonts::giveBack);
            taken.clear();
        }
    }

    private static TrueTypeFont take(String file) {
        if (!kept(file)) {
            return parse(file);
        }
        Deque<TrueTypeFont> idle = IDLE.get(file);
        TrueTypeFont font = idle == null ? null : idle.pollFirst();
        return font != null ? font : parse(file);
    }

    private static void giveBack(String file, TrueTypeFont font) {
        if (!kept(file)) {
            return;
        }
        Deque<TrueTypeFont> idle = IDLE.computeIfAbsent(file, f -> new ConcurrentLinkedDeque<>());
        if (idle.size() < IDLE_KEPT) {
            idle.addFirst(font);
        }
    }

    /**
     * How wide a short text is drawn, in ems of its font size: each character in the first face (regular
     * or bold) of the fallback order that has it, Arabic measured in its joined forms as it is drawn.
     * For fitting a few words to a column; a character no face has counts one em. The faces are the
     * run's parsed ones, which the PDF drawn next then takes ({@link #take}).
     */
    static float widthEm(String text, boolean bold) {
        String drawn = PlanBidi.hasRightToLeft(text) ? new PlanBidi.Reorderer().shape(text) : text;
        Map<String, TrueTypeFont> taken = new HashMap<>();
        try {
            float width = 0;
            for (int i = 0; i < drawn.length(); ) {
                int c = drawn.codePointAt(i);
                i += Character.charCount(c);
                width += advanceEm(c, bold, taken);
            }
            return width;
        } finally {
            taken.forEach(PlanFonts::giveBack);
        }
    }

    private static float advanceEm(int codePoint, boolean bold, Map<String, TrueTypeFont> taken) {
        for (Face face : FACES) {
            if (face.weight() != (bold ? 700 : 400) && !face.family().equals("Droid Sans Fallback")
                    && !face.family().equals("Symbola")) {
                continue;
            }
            TrueTypeFont font = kept(face.file()) ? taken.computeIfAbsent(face.file(), PlanFonts::take)
                    : MEASURING.computeIfAbsent(face.file(), PlanFonts::parse);
            synchronized (font) { // a face kept only for measuring is shared by every thread
                try {
                    int glyph = font.getUnicodeCmapLookup().getGlyphId(codePoint);
                    if (glyph > 0) {
                        return font.getAdvanceWidth(glyph) / (float) font.getUnitsPerEm();
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return 1f;
    }

    /**
     * The big fallback faces (Chinese, symbols: 4 and 3 MB files) parsed for measuring a few words only,
     * kept for the run. A document parses them for itself and drops them when written: parsed, they
     * hold 13 and 10.5 MB, which the window would otherwise keep after one plan that needed them.
     */
    private static final Map<String, TrueTypeFont> MEASURING = new ConcurrentHashMap<>();

    /** Faces kept parsed for the next document: those of files up to 1 MB (Noto Sans, Arabic, Hebrew). */
    private static boolean kept(String file) {
        return bytes(file).length <= 1024 * 1024;
    }

    private static TrueTypeFont parse(String file) {
        try {
            return new TTFParser().parse(new RandomAccessReadBuffer(bytes(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] bytes(String file) {
        return BYTES.computeIfAbsent(file, PlanFonts::read);
    }

    private static byte[] read(String file) {
        try (InputStream in = PlanFonts.class.getResourceAsStream(FOLDER + file)) {
            if (in == null) {
                throw new PrintException(null, "print.error.fontMissing", file);
            }
            return withoutGlyphSubstitution(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Hides a font's GSUB table (by renaming its tag in the table directory, in memory only). PDFBox 3
     * applies GSUB to Latin text with a regular-expression tokenizer that costs more than laying out
     * the whole plan; ligatures are all it would add here, since Arabic arrives already shaped (ICU
     * presentation forms). Without them, copied and extracted text is also plain letters ("fi", not
     * "ﬁ"). The subset embedded in the PDF never contains GSUB either way.
     */
    static byte[] withoutGlyphSubstitution(byte[] font) {
        if (font.length < 12) {
            return font;
        }
        int tables = ((font[4] & 0xFF) << 8) | (font[5] & 0xFF);
        for (int i = 0; i < tables; i++) {
            int at = 12 + 16 * i;
            if (at + 4 > font.length) {
                break;
            }
            if (font[at] == 'G' && font[at + 1] == 'S' && font[at + 2] == 'U' && font[at + 3] == 'B') {
                font[at] = 'x'; // "xSUB": an unknown table, which FontBox skips
            }
        }
        return font;
    }
}
