package app.homeplan.print;

import static org.assertj.core.api.Assertions.assertThat;

import app.homeplan.language.LanguagePack;
import app.homeplan.language.LanguagePacks;
import app.homeplan.plan.Family;
import app.homeplan.testing.HardFamilies;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;

/**
 * The pages of a plan in the family's language, as the family, a search box and a screen reader meet
 * them: Arabic searches and copies as letters (not joined shapes), the family's own text in another
 * language carries its own /Lang, the Arabic tracker's day names stay whole, Chinese headings print
 * bold, no character of any shipped pack is missing from the fonts, and the notes page names the
 * plan's language as each half of the copy writes it.
 */
class FamilyLanguagePagesTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
    private final LanguagePacks packs = LanguagePacks.shipped();

    @Test
    void anArabicPlanSearchesAndCopiesAsLettersNotJoinedShapes() throws IOException {
        byte[] pdf = print(HardFamilies.rightToLeft(TODAY), "ar", PlanCopy.FAMILY);
        String text;
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setEndPage(1);
            text = stripper.getText(doc);
        }
        // The child's name and the pack's words, letter for letter as typed and as the pack writes them
        // (PDFBox reads a line's runs in its own order; pdftotext reads the title whole).
        assertThat(text).contains("يوسف", "خطة", "في البيت", "مراجعتنا القادمة", "هذه الخطة مبنية على يومكم")
                .doesNotContainPattern("[\\uFB50-\\uFDFF\\uFE70-\\uFEFE]");
    }

    @Test
    void theFamilysOwnTextInAnotherLanguageCarriesItsOwnLang() throws IOException {
        // Arabic names and goals in an English plan: marked Arabic (the caregivers' language).
        assertThat(langs(print(HardFamilies.rightToLeft(TODAY), "en", PlanCopy.FAMILY))).containsKey("ar")
                .doesNotContainKey("vi");
        // English words the team typed in a Chinese plan: marked English; the plan itself is Chinese.
        Map<String, Integer> chinese = langs(print(PrintLanguages.exampleWithLibraryStrategies(TODAY), "zh-Hans", PlanCopy.FAMILY));
        assertThat(chinese).containsKeys("zh-Hans", "en");
        // A bilingual plan marks its English half.
        assertThat(langs(print(PrintLanguages.exampleWithLibraryStrategies(TODAY).toBuilder().build(), "vi", PlanCopy.FAMILY, true)))
                .containsKeys("vi", "en");
    }

    @Test
    void theNotesPageNamesTheLanguageAsASentenceInEachHalfWritesIt() throws IOException {
        String spanish = text(print(PrintLanguages.exampleWithLibraryStrategies(TODAY), "es", PlanCopy.FAMILY, true));
        assertThat(spanish).contains("Este plan está en español. La traducción es un borrador",
                "This plan is in Spanish. The translation is a draft").doesNotContain("está en Español");
        String vietnamese = text(print(PrintLanguages.exampleWithLibraryStrategies(TODAY), "vi", PlanCopy.FAMILY));
        assertThat(vietnamese).contains("Kế hoạch này bằng tiếng Việt.").doesNotContain("This plan is in");
        String arabic = text(print(HardFamilies.rightToLeft(TODAY), "ar", PlanCopy.FAMILY, true));
        assertThat(arabic).contains("This plan is in Arabic.").doesNotContain("This plan is in العربية");
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }

    @Test
    void theArabicTrackersDayNamesEachStayOnOneLine() throws IOException {
        LanguagePack arabic = packs.find("ar").orElseThrow();
        byte[] pdf = print(HardFamilies.rightToLeft(TODAY), "ar", PlanCopy.FAMILY);
        PdfDocument doc = new PdfDocument(pdf);
        int tracker = -1;
        for (int i = 0; i < doc.pageCount(); i++) {
            if (doc.flatPage(i).contains(PdfDocument.flat(arabic.text("print.tracker.what")))) {
                tracker = i;
                break;
            }
        }
        assertThat(tracker).as("a tracker page").isNotNegative();
        for (DayOfWeek day : DayOfWeek.values()) {
            String name = arabic.weekdayShort(day);
            // Every letter of the name on one baseline.
            List<Float> baselines = new ArrayList<>();
            List<TextPosition> glyphs = doc.glyphs;
            for (int g = 0; g < glyphs.size(); g++) {
                if (doc.glyphPages.get(g) == tracker + 1 && name.indexOf(glyphs.get(g).getUnicode()) >= 0
                        && glyphs.get(g).getFontSizeInPt() < 11) {
                    baselines.add(glyphs.get(g).getY());
                }
            }
            assertThat(baselines).as(name).isNotEmpty();
            assertThat(baselines.stream().distinct().count()).as("%s on one line", name).isEqualTo(1);
        }
    }

    @Test
    void chineseHeadingsPrintBold() throws IOException {
        byte[] pdf = print(PrintLanguages.exampleWithLibraryStrategies(TODAY), "zh-Hans", PlanCopy.FAMILY);
        Map<String, RenderingMode> modes = new TreeMap<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void processTextPosition(TextPosition text) {
                    modes.putIfAbsent(text.getUnicode(), getGraphicsState().getTextState().getRenderingMode());
                    super.processTextPosition(text);
                }
            };
            stripper.setEndPage(1);
            stripper.getText(doc);
        }
        // "家庭计划" is only in the big title; "需要" only in the cover's plain text.
        assertThat(modes.get("庭")).as("title").isEqualTo(RenderingMode.FILL_STROKE);
        assertThat(modes.get("需")).as("body").isEqualTo(RenderingMode.FILL);
    }

    @Test
    void everyCharacterOfEveryPackHasAGlyphInTheShippedFonts() throws IOException {
        List<TrueTypeFont> fonts = new ArrayList<>();
        for (PlanFonts.Face face : PlanFonts.FACES) {
            fonts.add(new TTFParser().parse(new RandomAccessReadBuffer(PlanFonts.bytes(face.file()))));
        }
        PlanBidi.Reorderer shaper = new PlanBidi.Reorderer();
        List<String> missing = new ArrayList<>();
        for (LanguagePack pack : packs.all()) {
            StringBuilder all = new StringBuilder();
            pack.strings().values().forEach(v -> all.append(v).append(' '));
            // Arabic is drawn in its joined shapes: those must be in the fonts too.
            String drawn = all + " " + shaper.shapeText(all.toString());
            drawn.codePoints().distinct().filter(c -> !Character.isWhitespace(c) && !Character.isISOControl(c)
                    && Character.getType(c) != Character.FORMAT).forEach(c -> {
                        boolean found = false;
                        for (TrueTypeFont font : fonts) {
                            try {
                                found |= font.getUnicodeCmapLookup().getGlyphId(c) > 0;
                            } catch (IOException e) {
                                throw new java.io.UncheckedIOException(e);
                            }
                        }
                        if (!found) {
                            missing.add(pack.code() + " U+" + Integer.toHexString(c).toUpperCase(Locale.ROOT));
                        }
                    });
        }
        assertThat(missing).isEmpty();
        // and on paper: no replacement mark in any language's printout
        for (String code : LanguagePacks.SHIPPED) {
            String text = new PdfDocument(print(PrintLanguages.exampleWithLibraryStrategies(TODAY), code, PlanCopy.FAMILY)).flatText();
            assertThat(text).as(code).doesNotContain(PlanFonts.MISSING_GLYPH);
        }
    }

    private static byte[] print(Family family, String language, PlanCopy copy) {
        return print(family, language, copy, false);
    }

    private static byte[] print(Family family, String language, PlanCopy copy, boolean bilingual) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        HomePlanPdf.write(family, PrintOptions.defaults(Locale.ENGLISH, TODAY).withPaper(Paper.A4).withCopy(copy)
                .withLanguage(language).withBilingual(bilingual).withWeeks(1), out);
        return out.toByteArray();
    }

    /** The /Lang of every element in the structure tree, counted. */
    private static Map<String, Integer> langs(byte[] pdf) throws IOException {
        Map<String, Integer> counts = new TreeMap<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            walk(doc.getDocumentCatalog().getStructureTreeRoot().getKids(), counts);
        }
        return counts;
    }

    private static void walk(List<Object> kids, Map<String, Integer> counts) {
        for (Object kid : kids) {
            if (kid instanceof PDStructureElement e) {
                if (e.getLanguage() != null) {
                    counts.merge(e.getLanguage(), 1, Integer::sum);
                }
                walk(e.getKids(), counts);
            }
        }
    }
}
