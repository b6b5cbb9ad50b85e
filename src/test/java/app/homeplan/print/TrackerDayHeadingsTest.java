package app.homeplan.print;

import static org.assertj.core.api.Assertions.assertThat;

import app.homeplan.language.LanguagePack;
import app.homeplan.language.LanguagePacks;
import app.homeplan.plan.Family;
import app.homeplan.testing.HardFamilies;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The tracker's day headings as the family reads them on the fridge and as a reader extracts them: each
 * day's name whole on one line in its column ("خميس", never "خم" over "يس"), on A4 and Letter, alone
 * and with English under it, also when a clinic's pack writes the days in full, and in the pack's
 * narrow names when nothing else fits.
 */
class TrackerDayHeadingsTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
    private static final String[] FULL_ARABIC_DAYS = {"الإثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"};

    @TempDir
    Path dataFolder;

    @Test
    void arabicDayNamesExtractWholeInOrderOnEveryPaperAloneAndBilingual() throws IOException {
        LanguagePacks packs = LanguagePacks.shipped();
        LanguagePack arabic = packs.find("ar").orElseThrow();
        List<String> days = shortNames(arabic);
        for (Paper paper : Paper.values()) {
            for (boolean bilingual : new boolean[] {false, true}) {
                byte[] pdf = print(HardFamilies.rightToLeft(TODAY), packs, paper, bilingual);
                String label = paper + (bilingual ? ", bilingual" : "");
                assertThat(headingWords(pdf, arabic)).as(label).containsSubsequence(days);
                assertThat(daysOnOneBaseline(pdf, arabic, days)).as(label).isTrue();
            }
        }
    }

    @Test
    void englishDaysKeepTheTablesHeadingSize() {
        TrackerDayHeadings english = TrackerDayHeadings.fit(LanguagePacks.shipped().english(), null, Paper.A4);
        assertThat(english.sizePt()).isEqualTo(TrackerDayHeadings.HEADING_PT);
        assertThat(english.css()).isEmpty();
        // Arabic's longer names get wider columns and smaller (still readable) type.
        TrackerDayHeadings arabic = TrackerDayHeadings.fit(LanguagePacks.shipped().find("ar").orElseThrow(), null, Paper.A4);
        assertThat(arabic.sizePt()).isBetween(TrackerDayHeadings.SMALLEST_PT, TrackerDayHeadings.HEADING_PT - 1);
        assertThat(arabic.css()).contains("white-space: nowrap");
    }

    @Test
    void aClinicsPackWithTheDaysInFullPrintsThemWholeInSmallerType() throws IOException {
        LanguagePacks packs = clinicPack("date.weekdays=" + String.join(", ", FULL_ARABIC_DAYS));
        LanguagePack arabic = packs.find("ar").orElseThrow();
        assertThat(shortNames(arabic)).containsExactly(FULL_ARABIC_DAYS);
        byte[] pdf = print(HardFamilies.rightToLeft(TODAY), packs, Paper.A4, true);
        assertThat(headingWords(pdf, arabic)).containsSubsequence(FULL_ARABIC_DAYS);
        assertThat(daysOnOneBaseline(pdf, arabic, List.of(FULL_ARABIC_DAYS))).isTrue();
    }

    @Test
    void namesTooLongForAnySizeGiveWayToThePacksNarrowNames() throws IOException {
        String[] long_ = Arrays.stream(FULL_ARABIC_DAYS).map(d -> "يوم " + d + " المبارك").toArray(String[]::new);
        LanguagePacks packs = clinicPack("date.weekdays=" + String.join(", ", long_));
        LanguagePack arabic = packs.find("ar").orElseThrow();
        TrackerDayHeadings headings = TrackerDayHeadings.fit(arabic, null, Paper.A4);
        assertThat(headings.narrowNames()).isTrue();
        byte[] pdf = print(HardFamilies.rightToLeft(TODAY), packs, Paper.A4, false);
        assertThat(headingWords(pdf, arabic)).containsSubsequence("ن", "ث", "ر", "خ", "ج", "س", "ح").doesNotContain("المبارك");
    }

    private LanguagePacks clinicPack(String line) throws IOException {
        Path folder = Files.createDirectories(dataFolder.resolve(LanguagePacks.FOLDER));
        Files.writeString(folder.resolve("ar.properties"), line + "\n", StandardCharsets.UTF_8);
        LanguagePacks packs = LanguagePacks.load(dataFolder);
        assertThat(packs.problems()).isEmpty();
        return packs;
    }

    private static List<String> shortNames(LanguagePack pack) {
        return Arrays.stream(DayOfWeek.values()).map(pack::weekdayShort).toList();
    }

    private static byte[] print(Family family, LanguagePacks packs, Paper paper, boolean bilingual) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        HomePlanPdf.write(family, PrintOptions.defaults(Locale.ENGLISH, TODAY).withPacks(packs).withPaper(paper)
                .withLanguage("ar").withBilingual(bilingual).withWeeks(1), out);
        return out.toByteArray();
    }

    /**
     * The words of the first tracker page's heading row, in the order a screen reader reads its cells
     * (the tag tree: the "Goal" column's heading first, then the days from Monday, though the table runs
     * from the right on the page); each cell's text as PDFBox extracts it, so a name broken inside the word
     * extracts as two words.
     */
    private static List<String> headingWords(byte[] pdf, LanguagePack arabic) throws IOException {
        String goal = arabic.text("print.tracker.goalNumber");
        int page;
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            page = trackerPage(doc, arabic) - 1;
        }
        List<String> row = TaggedTables.texts(TaggedTables.rows(pdf), page).stream()
                .filter(cells -> cells.get(0).equals(goal)).findFirst().orElseThrow();
        return List.of(String.join(" ", row).split(" "));
    }

    private static int trackerPage(PDDocument doc, LanguagePack arabic) throws IOException {
        String title = PdfDocument.flat(arabic.text("print.tracker.what"));
        PDFTextStripper stripper = new PDFTextStripper();
        for (int page = 1; page <= doc.getNumberOfPages(); page++) {
            stripper.setStartPage(page);
            stripper.setEndPage(page);
            if (PdfDocument.flat(stripper.getText(doc)).contains(title)) {
                return page;
            }
        }
        throw new AssertionError("no tracker page");
    }

    /** True when the letters of each day's heading (the smaller type of the heading row) share one baseline. */
    private static boolean daysOnOneBaseline(byte[] pdf, LanguagePack arabic, List<String> days) throws IOException {
        PdfDocument doc = new PdfDocument(pdf);
        int page;
        try (PDDocument loaded = Loader.loadPDF(pdf)) {
            page = trackerPage(loaded, arabic);
        }
        List<Float> baselines = new ArrayList<>();
        String letters = String.join("", days);
        for (int g = 0; g < doc.glyphs.size(); g++) {
            TextPosition glyph = doc.glyphs.get(g);
            String unicode = PdfDocument.flat(glyph.getUnicode());
            if (doc.glyphPages.get(g) == page && !unicode.isEmpty() && letters.contains(unicode)
                    && glyph.getFontSizeInPt() < TrackerDayHeadings.HEADING_PT - 0.25f && glyph.getFontSizeInPt() > TrackerDayHeadings.SMALLEST_PT - 0.5f) {
                baselines.add(glyph.getY());
            }
        }
        return !baselines.isEmpty() && baselines.stream().distinct().count() == 1;
    }
}
