package app.homeplan.print;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import app.homeplan.language.LanguagePack;
import app.homeplan.language.LanguagePacks;
import app.homeplan.testing.HardFamilies;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * An Arabic plan as its family holds it: page numbers in the pack's digits ("صفحة ١ من ٨", as every
 * other number of the plan) at the left end of each page's foot (where the English plan has them at the
 * right), the cover's "printed on" at the other end, and the bar that marks each goal on the side its
 * lines start from (the right), while the English half of a bilingual plan keeps its bars on the left.
 */
class RightToLeftPagesTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
    private static final LanguagePack ARABIC = LanguagePacks.shipped().find("ar").orElseThrow();
    private static byte[] arabic;
    private static byte[] bilingual;

    @BeforeAll
    static void print() {
        arabic = print(false);
        bilingual = print(true);
    }

    private static byte[] print(boolean withEnglish) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        HomePlanPdf.write(HardFamilies.rightToLeft(TODAY), PrintOptions.defaults(Locale.ENGLISH, TODAY).withPaper(Paper.A4)
                .withLanguage("ar").withBilingual(withEnglish).withWeeks(1), out);
        return out.toByteArray();
    }

    @Test
    void pageNumbersAreInThePacksDigits() throws IOException {
        try (PDDocument doc = Loader.loadPDF(arabic)) {
            int pages = doc.getNumberOfPages();
            String total = ARABIC.digits(Integer.toString(pages));
            assertThat(total).isNotEqualTo(Integer.toString(pages));
            for (int page = 1; page <= pages; page++) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                String word = ARABIC.text("print.pageOf", "", "").strip().split(" ")[0]; // "صفحة"
                String footer = Arrays.stream(stripper.getText(doc).split("\\R")).map(PdfDocument::flat)
                        .filter(line -> line.contains(word) && line.contains(" من ") && line.split(" ").length <= 4).findFirst().orElseThrow();
                assertThat(footer).as("page %d", page).contains(ARABIC.digits(Integer.toString(page)), total)
                        .doesNotContainPattern("[0-9]");
            }
        }
    }

    @Test
    void thePageNumberIsAtTheLeftMarginInArabicAndAtTheRightMarginInEnglish() {
        float margin = PrintHtml.SIDE_MARGIN_MM * 72 / 25.4f;
        ByteArrayOutputStream english = new ByteArrayOutputStream();
        HomePlanPdf.write(HardFamilies.rightToLeft(TODAY), PrintOptions.defaults(Locale.ENGLISH, TODAY).withPaper(Paper.A4)
                .withLanguage("en").withWeeks(1), english);
        ByteArrayOutputStream progress = new ByteArrayOutputStream();
        HomePlanPdf.write(HardFamilies.rightToLeft(TODAY), PrintOptions.defaults(Locale.ENGLISH, TODAY).withPaper(Paper.A4)
                .withLanguage("ar").withCopy(PlanCopy.PROGRESS), progress);
        byte[] englishPdf = english.toByteArray();
        byte[] progressPdf = progress.toByteArray();
        for (byte[] pdf : List.of(arabic, bilingual, progressPdf, englishPdf)) {
            PdfDocument doc = new PdfDocument(pdf);
            boolean rightToLeft = pdf != englishPdf;
            for (int page = 1; page <= doc.pageCount(); page++) {
                float width = doc.mediaBoxes.get(page - 1).getWidth();
                List<TextPosition> foot = footGlyphs(doc, page);
                assertThat(foot).as("page %d", page).isNotEmpty();
                // The page number at one end of the foot; a cover's "printed on" (English only) at the other.
                List<TextPosition> leftHalf = foot.stream().filter(g -> g.getXDirAdj() < width / 2).toList();
                List<TextPosition> rightHalf = foot.stream().filter(g -> g.getXDirAdj() >= width / 2).toList();
                List<TextPosition> number = rightToLeft ? leftHalf : rightHalf;
                assertThat(number).as("page %d", page).isNotEmpty();
                if (rightToLeft) {
                    assertThat(left(number)).as("page %d", page).isCloseTo(margin, offset(1f));
                } else {
                    assertThat(right(number)).as("page %d", page).isCloseTo(width - margin, offset(1f));
                }
                List<TextPosition> stamp = rightToLeft ? rightHalf : leftHalf;
                if (!stamp.isEmpty()) {
                    assertThat(rightToLeft ? right(stamp) : left(stamp)).as("page %d", page)
                            .isCloseTo(rightToLeft ? width - margin : margin, offset(1f));
                }
            }
        }
    }

    private static float left(List<TextPosition> glyphs) {
        return (float) glyphs.stream().mapToDouble(TextPosition::getXDirAdj).min().orElseThrow();
    }

    private static float right(List<TextPosition> glyphs) {
        return (float) glyphs.stream().mapToDouble(g -> g.getXDirAdj() + g.getWidthDirAdj()).max().orElseThrow();
    }

    /** The glyphs drawn in a page's foot (below its text area, 18 mm from the bottom). */
    private static List<TextPosition> footGlyphs(PdfDocument doc, int page) {
        float height = doc.mediaBoxes.get(page - 1).getHeight();
        List<TextPosition> foot = new ArrayList<>();
        for (int g = 0; g < doc.glyphs.size(); g++) {
            TextPosition glyph = doc.glyphs.get(g);
            if (doc.glyphPages.get(g) == page && glyph.getYDirAdj() > height - 18 * 72 / 25.4f && !glyph.getUnicode().isBlank()) {
                foot.add(glyph);
            }
        }
        return foot;
    }

    @Test
    void eachGoalsBarIsOnTheRightInArabicAndOnTheLeftInTheEnglishHalf() throws IOException {
        // Page 2 is "Our goals" in Arabic; in the bilingual copy the English "Our goals" follows it.
        assertThat(barSides(arabic, 1)).isEqualTo("right");
        try (PDDocument doc = Loader.loadPDF(bilingual)) {
            int englishGoals = -1;
            PDFTextStripper stripper = new PDFTextStripper();
            for (int page = 1; page <= doc.getNumberOfPages() && englishGoals < 0; page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                if (stripper.getText(doc).contains("These are the things that matter most to us")) {
                    englishGoals = page - 1;
                }
            }
            assertThat(englishGoals).isPositive();
            assertThat(barSides(bilingual, englishGoals)).isEqualTo("left");
        }
    }

    /**
     * Where a page has a bar (a dark column at least 15 mm tall) just inside its text area: "left",
     * "right", "both" or "none".
     */
    private static String barSides(byte[] pdf, int pageIndex) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            BufferedImage page = new PDFRenderer(doc).renderImageWithDPI(pageIndex, 72);
            float margin = PrintHtml.SIDE_MARGIN_MM * 72f / 25.4f;
            boolean left = darkRun(page, Math.round(margin + 2)) >= 42;
            boolean right = darkRun(page, Math.round(page.getWidth() - margin - 2)) >= 42;
            return left && right ? "both" : left ? "left" : right ? "right" : "none";
        }
    }

    /** The longest run of dark pixels down one column of the page. */
    private static int darkRun(BufferedImage image, int x) {
        int longest = 0;
        int run = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            int rgb = image.getRGB(x, y);
            boolean dark = ((rgb >> 16) & 0xFF) < 80 && ((rgb >> 8) & 0xFF) < 80 && (rgb & 0xFF) < 80;
            run = dark ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        return longest;
    }
}
