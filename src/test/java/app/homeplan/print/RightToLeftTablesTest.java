package app.homeplan.print;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import app.homeplan.language.LanguagePack;
import app.homeplan.language.LanguagePacks;
import app.homeplan.plan.Family;
import app.homeplan.testing.HardFamilies;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;

/**
 * The tables of a right-to-left plan as an Arabic-reading family reads them: mirrored on the page (the
 * first column at the right: the tracker's goal column at the right edge, Monday just left of it, Sunday
 * at the left; the team's names at the right; "what we rated" at the right of the progress summary, each
 * score's bar filled from the right),
 * while screen readers (the tag tree) and text extraction still meet each row's cells in their logical
 * order, first column first. English plans, and the English half of a bilingual copy, keep their tables
 * left to right.
 */
class RightToLeftTablesTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
    private static final LanguagePack ARABIC = LanguagePacks.shipped().find("ar").orElseThrow();

    @Test
    void everyRowOfEveryTableInTheArabicCopiesStartsAtTheRightAndReadsInItsOrder() {
        Family family = HardFamilies.rightToLeft(TODAY);
        for (PlanCopy copy : List.of(PlanCopy.FAMILY, PlanCopy.PROGRESS)) {
            for (boolean bilingual : new boolean[] {false, true}) {
                String label = copy + (bilingual ? ", bilingual" : "");
                List<TaggedTables.Row> rows = rowsWithSeveralCells(print(family, "ar", copy, bilingual));
                int fromTheRight = 0;
                int fromTheLeft = 0;
                for (TaggedTables.Row row : rows) {
                    // A table of the Arabic text has Arabic column headings; the English half's has English ones.
                    boolean arabicTable = rows.stream().filter(r -> r.table() == row.table()).findFirst().orElseThrow()
                            .texts().stream().anyMatch(t -> t.chars().anyMatch(c -> Character.UnicodeBlock.of(c) == Character.UnicodeBlock.ARABIC));
                    if (arabicTable) {
                        assertThat(centres(row)).as("%s: %s", label, row.texts()).isSortedAccordingTo((a, b) -> Float.compare(b, a));
                        fromTheRight++;
                    } else {
                        assertThat(centres(row)).as("%s: %s", label, row.texts()).isSorted();
                        fromTheLeft++;
                    }
                    // Drawn in the order the tags read them: copy and search meet the cells in this order too.
                    assertThat(firstIds(row)).as("%s: %s", label, row.texts()).isSorted();
                }
                assertThat(fromTheRight).as(label).isGreaterThanOrEqualTo(copy == PlanCopy.PROGRESS ? 3 : 4);
                if (bilingual) {
                    assertThat(fromTheLeft).as(label).isPositive(); // the English half's team or comparison
                } else {
                    assertThat(fromTheLeft).as(label).isZero();
                }
            }
        }
    }

    @Test
    void everyRowOfEveryTableInEnglishCopiesAndTheClinicianCopyStaysLeftToRight() {
        for (Family family : List.of(HardFamilies.rightToLeft(TODAY), PrintLanguages.exampleWithLibraryStrategies(TODAY))) {
            for (PlanCopy copy : PlanCopy.values()) {
                // The clinician copy is in the clinician's language (English) whatever the family's is.
                List<TaggedTables.Row> rows = rowsWithSeveralCells(print(family, copy == PlanCopy.CLINICIAN ? "ar" : "en", copy, false));
                assertThat(rows).as(copy.toString()).isNotEmpty();
                for (TaggedTables.Row row : rows) {
                    assertThat(centres(row)).as("%s: %s", copy, row.texts()).isSorted();
                }
            }
        }
    }

    @Test
    void theArabicTrackerRunsFromTheRightEdgeWithMondayFirst() {
        byte[] pdf = print(HardFamilies.rightToLeft(TODAY), "ar", PlanCopy.FAMILY, false);
        List<String> heading = new ArrayList<>(List.of(ARABIC.text("print.tracker.goalNumber"), PdfDocument.flat(ARABIC.text("print.tracker.what"))));
        Arrays.stream(DayOfWeek.values()).map(ARABIC::weekdayShort).forEach(heading::add);
        List<TaggedTables.Cell> row = TaggedTables.rows(pdf).stream().map(TaggedTables.Row::cells)
                .filter(r -> r.get(0).text().equals(heading.get(0))).findFirst().orElseThrow();
        // Screen readers: the goal column, what to practise, then Monday to Sunday.
        assertThat(texts(row)).containsExactlyElementsOf(heading);
        // On the page: the goal column at the right edge of the text, Monday at the right of Sunday.
        float pageWidth = Paper.A4.widthMm() * 72 / 25.4f;
        float margin = PrintHtml.SIDE_MARGIN_MM * 72 / 25.4f;
        float textWidth = pageWidth - 2 * margin;
        assertThat(row.get(0).centre()).isGreaterThan(pageWidth - margin - 0.08f * textWidth);
        assertThat(row.get(2).centre()).isGreaterThan(row.get(8).centre());
        assertThat(row.get(8).centre()).isLessThan(margin + 0.08f * textWidth);
        // A reader that reads the page's lines from the right meets the heading in the same order.
        assertThat(TaggedTables.linesFromTheRight(pdf, row.get(0).page())).contains(heading);
    }

    @Test
    void theTeamAndTheProgressComparisonAreMirrored() {
        Family family = HardFamilies.rightToLeft(TODAY);
        List<List<TaggedTables.Cell>> cover = TaggedTables.rows(print(family, "ar", PlanCopy.FAMILY, false)).stream()
                .map(TaggedTables.Row::cells).toList();
        List<TaggedTables.Cell> team = cover.stream()
                .filter(r -> r.get(0).text().equals(ARABIC.text("print.cover.team.name"))).findFirst().orElseThrow();
        assertThat(texts(team)).containsExactly(ARABIC.text("print.cover.team.name"), ARABIC.text("print.cover.team.role"),
                ARABIC.text("print.cover.team.contact"));
        List<TaggedTables.Cell> clinician = cover.get(cover.indexOf(team) + 1);
        assertThat(clinician.get(0).text()).isEqualTo(family.clinicians().get(0).name());
        assertThat(clinician.get(0).left()).isGreaterThan(clinician.get(1).right());

        List<List<TaggedTables.Cell>> progress = TaggedTables.rows(print(family, "ar", PlanCopy.PROGRESS, false)).stream()
                .map(TaggedTables.Row::cells).toList();
        List<TaggedTables.Cell> compare = progress.stream()
                .filter(r -> r.get(0).text().equals(PdfDocument.flat(ARABIC.text("print.progress.col.what")))).findFirst().orElseThrow();
        assertThat(texts(compare)).containsExactly(PdfDocument.flat(ARABIC.text("print.progress.col.what")),
                PdfDocument.flat(ARABIC.text("print.progress.col.start")), PdfDocument.flat(ARABIC.text("print.progress.col.now")),
                PdfDocument.flat(ARABIC.text("print.progress.col.change")));
        assertThat(compare.get(0).left()).isGreaterThan(compare.get(3).right());
    }

    @Test
    void aScoresBarStartsUnderItsNumberFromTheRightInArabicAndFromTheLeftInEnglish() throws IOException {
        Family family = HardFamilies.rightToLeft(TODAY);
        for (String language : List.of("ar", "en")) {
            byte[] pdf = print(family, language, PlanCopy.PROGRESS, false);
            List<List<TaggedTables.Cell>> rows = TaggedTables.rows(pdf).stream().map(TaggedTables.Row::cells).toList();
            String what = PdfDocument.flat(LanguagePacks.shipped().find(language).orElseThrow().text("print.progress.col.what"));
            int heading = rows.indexOf(rows.stream().filter(r -> r.get(0).text().equals(what)).findFirst().orElseThrow());
            TaggedTables.Cell now = rows.get(heading + 1).get(2); // what we rated, at the start, now, what changed
            int[] fill = darkRunUnder(pdf, now);
            if (language.equals("ar")) {
                assertThat((float) fill[1]).as(language).isCloseTo(now.right(), offset(3f));
            } else {
                assertThat((float) fill[0]).as(language).isCloseTo(now.left(), offset(3f));
            }
        }
    }

    /** The first run of dark pixels (4 to 56 points long: a fill, not the bar's outline) under a cell's text, at 72 dpi: its first and last x. */
    private static int[] darkRunUnder(byte[] pdf, TaggedTables.Cell cell) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            BufferedImage page = new PDFRenderer(doc).renderImageWithDPI(cell.page(), 72);
            for (int y = Math.round(cell.baseline()) + 3; y < cell.baseline() + 30; y++) {
                int start = -1;
                for (int x = Math.max(0, Math.round(cell.left()) - 80); x < Math.min(page.getWidth(), cell.right() + 80); x++) {
                    int rgb = page.getRGB(x, y);
                    boolean dark = ((rgb >> 16) & 0xFF) < 60 && ((rgb >> 8) & 0xFF) < 60 && (rgb & 0xFF) < 60;
                    if (dark && start < 0) {
                        start = x;
                    } else if (!dark && start >= 0) {
                        if (x - start >= 4 && x - start <= 56) {
                            return new int[] {start, x};
                        }
                        start = -1;
                    }
                }
            }
        }
        throw new AssertionError("no bar under " + cell.text());
    }

    private static byte[] print(Family family, String language, PlanCopy copy, boolean bilingual) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        HomePlanPdf.write(family, PrintOptions.defaults(Locale.ENGLISH, TODAY).withPaper(Paper.A4).withLanguage(language)
                .withCopy(copy).withBilingual(bilingual).withWeeks(1), out);
        return out.toByteArray();
    }

    /** The tag tree's rows that draw text in more than one cell (a row of one cell has no order). */
    private static List<TaggedTables.Row> rowsWithSeveralCells(byte[] pdf) {
        return TaggedTables.rows(pdf).stream().filter(r -> r.cells().size() > 1).toList();
    }

    private static List<Float> centres(TaggedTables.Row row) {
        return row.cells().stream().map(TaggedTables.Cell::centre).toList();
    }

    private static List<Integer> firstIds(TaggedTables.Row row) {
        return row.cells().stream().map(c -> c.page() * 100_000 + c.mcids().get(0)).toList();
    }

    private static List<String> texts(List<TaggedTables.Cell> row) {
        return row.stream().map(TaggedTables.Cell::text).toList();
    }
}
