package app.homeplan.print;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.homeplan.i18n.Messages;
import app.homeplan.library.ExampleFamily;
import app.homeplan.plan.Child;
import app.homeplan.plan.Family;
import app.homeplan.plan.Goal;
import app.homeplan.plan.Routine;
import app.homeplan.plan.Strategy;
import app.homeplan.scores.ProgressSummary;
import app.homeplan.scores.ReviewScores;
import app.homeplan.scores.ScoreFormat;
import app.homeplan.scores.ScoreText;
import app.homeplan.testing.TestFamilies;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Real PDFs, read back with PDFBox: what a family holding the printout (or a screen reader) gets. */
class HomePlanPdfTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
    private static final PrintOptions AUSTRALIA = PrintOptions.defaults(Locale.forLanguageTag("en-AU"), TODAY).withLanguage("en");
    private static final float MM = 72f / 25.4f;

    private static Family example;
    private static PdfDocument familyCopy;
    private static PdfDocument clinicianCopy;

    @TempDir
    Path dir;

    @BeforeAll
    static void printTheExample() {
        Messages.setLocale(Locale.ENGLISH);
        example = ExampleFamily.create(TODAY);
        familyCopy = print(example, AUSTRALIA);
        clinicianCopy = print(example, AUSTRALIA.withCopy(PlanCopy.CLINICIAN));
    }

    static PdfDocument print(Family family, PrintOptions options) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        HomePlanPdf.write(family, options, out);
        return new PdfDocument(out.toByteArray());
    }

    @Test
    void everyGoalAppearsInTheFamilysPriorityOrder() {
        String goals = section(familyCopy, "Our goals These are the things", "Our day Go through");
        int last = -1;
        for (Goal goal : example.goals()) {
            int at = goals.indexOf(PdfDocument.flat(goal.familyWords()));
            assertThat(at).as("goal %s on the goals pages", goal.familyWords()).isGreaterThan(last);
            last = at;
            assertThat(goals).contains(PdfDocument.flat(goal.criterion()));
        }
    }

    @Test
    void ourDayHasOneSectionPerRoutineInTheOrderOfTheDayWithItsGoalsAndStrategies() {
        String day = section(familyCopy, "Our day Go through", "Practice tracker: week 1 of 4");
        int last = -1;
        for (Routine routine : example.routines()) {
            int at = day.indexOf(routine.usualTime() + " " + routine.name());
            assertThat(at).as("routine %s", routine.name()).isGreaterThan(last);
            last = at;
        }
        for (Strategy s : example.strategies()) {
            assertThat(day).contains(PdfDocument.flat(s.what())).contains("Who: " + s.who())
                    .contains("How often: " + s.howOften());
        }
        // Each goal is listed under every routine where it is practised.
        String breakfast = day.substring(day.indexOf("7:00 Breakfast"), day.indexOf("7:45 Getting dressed"));
        assertThat(breakfast).contains("Goal 1: " + example.goals().get(0).familyWords())
                .contains("Goal 2: " + example.goals().get(1).familyWords())
                .doesNotContain("Goal 3:");
    }

    @Test
    void everyPageSaysPageXOfYAndCarriesTheChildsName() {
        for (PdfDocument pdf : List.of(familyCopy, clinicianCopy)) {
            int pages = pdf.pageCount();
            assertThat(pages).isGreaterThan(5);
            for (int i = 0; i < pages; i++) {
                assertThat(pdf.flatPage(i)).as("page %d", i + 1)
                        .contains("Page " + (i + 1) + " of " + pages)
                        .contains("Mia's home plan");
            }
        }
    }

    @Test
    void theCoverSaysWhoMadeItHowToReachThemAndWhenTheNextReviewIs() {
        String cover = familyCopy.flatPage(0);
        assertThat(cover).contains("Mia's home plan", "Made together on 28 August 2026", "Lan Nguyen",
                "Sam Taylor (Occupational therapist)", "sam.taylor@example.org", "priya.shah@example.org",
                "Our next review", "19 February 2027", "Printed on 27 November 2026");
    }

    @Test
    void trackerHasOnePagePerChosenWeekWithEveryRoutineGoalPair() {
        PdfDocument twoWeeks = print(example, AUSTRALIA.withWeeks(2));
        String text = twoWeeks.flatText();
        assertThat(text).contains("Practice tracker: week 1 of 2", "Practice tracker: week 2 of 2")
                .doesNotContain("week 3");
        assertThat(familyCopy.flatText()).contains("Practice tracker: week 4 of 4");
        String week = section(twoWeeks, "Practice tracker: week 1 of 2", "Practice tracker: week 2 of 2");
        assertThat(week).contains("Mon Tue Wed Thu Fri Sat Sun");
        for (Routine routine : example.routines()) {
            for (Goal goal : example.goalsIn(routine.id())) {
                assertThat(week).contains(routine.name()).contains(
                        (example.goals().indexOf(goal) + 1) + " " + PdfDocument.flat(goal.familyWords()));
            }
        }
    }

    @Test
    void theFamilyCopyHasNoScoresAndTheClinicianCopyAddsRatingsScalesAndReviews() {
        String family = familyCopy.flatText();
        String clinician = clinicianCopy.flatText();
        assertThat(family).doesNotContain("For the team", "Importance", "Goal Attainment Scaling", "Review history",
                example.goals().get(0).gas().description(2));
        assertThat(clinician).contains("For the team", "Family ratings (1-10): importance, performance, satisfaction, at goal setting", "Importance",
                "Goal Attainment Scaling", example.goals().get(0).gas().description(2),
                "+2 Much more than", "(baseline)", "Review history", "Continuing", "Revised",
                PdfDocument.flat(example.reviews().get(0).ratings().get(0).notes()));
        assertThat(clinicianCopy.pageCount()).isGreaterThan(familyCopy.pageCount());
    }

    @Test
    void theClinicianCopysReviewHistoryHasEveryReviewWithTheScreensNumbers() {
        ReviewScores review = ProgressSummary.of(example).latest().orElseThrow();
        String history = clinicianCopy.flatDrawnText();
        history = history.substring(history.indexOf("Review history Scores at goal setting"));
        assertThat(history).contains("a change of 2 points or more is clinically meaningful and printed in bold",
                "Scores over time",
                "Start, 28 August 2026 2.5 goals 1, 2, 3 and 4 2.0 goals 1, 2, 3 and 4 37.7 goals 1 and 2",
                "Review 1, 20 November 2026 5.5 goals 1, 2, 3 and 4 6.3 goals 1, 2, 3 and 4 57.4 goals 1 and 2",
                "Review 1 on 20 November 2026", "Who came: Lan Nguyen, David Nguyen, Sam Taylor",
                "GAS T-score: " + ScoreFormat.oneDecimal(review.gas().now().tScore()) + " (at the start: 37.7). "
                        + ScoreText.gasCoverage(example, review.gas()),
                "Performance (mean): 5.5 (at the start: 2.5). Change: +3.0 over goals 1, 2, 3 and 4. "
                        + ScoreText.ratingCoverage(example, review.performance()) + " Clinically meaningful (2 points or more).",
                "Satisfaction (mean): 6.3 (at the start: 2.0). Change: +4.3 over goals 1, 2, 3 and 4.",
                // Each goal start → now with its change, GAS start → now, and the decision, in the family's order.
                "Goal 1: " + example.goals().get(0).familyWords() + " 3 \u2192 7 (+4) 2 \u2192 8 (+6) \u22121 \u2192 +1 Continuing",
                "Goal 3: " + example.goals().get(2).familyWords() + " 3 \u2192 4 (+1) 3 \u2192 4 (+1) No levels written Revised",
                "Notes: " + PdfDocument.flat(example.reviews().get(0).ratings().get(3).notes()),
                "About this review: " + PdfDocument.flat(example.reviews().get(0).notes()));
        assertThat(history.indexOf("Goal 2: ")).isBetween(history.indexOf("Goal 1: "), history.indexOf("Goal 3: "));
        assertThat(history.indexOf("Goal 4: ")).isGreaterThan(history.indexOf("Goal 3: "));
    }

    @Test
    void aClinicianCopyWithoutReviewsSaysSo() {
        PdfDocument pdf = print(example.toBuilder().reviews(List.of()).build(), AUSTRALIA.withCopy(PlanCopy.CLINICIAN).withWeeks(1));
        assertThat(pdf.flatText()).contains("Review history No reviews yet.").doesNotContain("Scores over time");
    }

    @Test
    void paperIsA4OrLetterAndDefaultsFromTheCountry() {
        assertThat(size(familyCopy)).isEqualTo(new float[] {210, 297});
        PdfDocument letter = print(example, AUSTRALIA.withPaper(Paper.LETTER));
        assertThat(size(letter)).isEqualTo(new float[] {216, 279});
        assertThat(PrintOptions.defaults(Locale.US, TODAY).paper()).isEqualTo(Paper.LETTER);
        for (String tag : List.of("en-CA", "es-MX", "fil-PH", "en-PH")) {
            assertThat(Paper.forLocale(Locale.forLanguageTag(tag))).as(tag).isEqualTo(Paper.LETTER);
        }
        for (String tag : List.of("en-AU", "en-GB", "vi-VN", "ar-SA", "zh-CN", "de-DE", "en")) {
            assertThat(Paper.forLocale(Locale.forLanguageTag(tag))).as(tag).isEqualTo(Paper.A4);
        }
        for (int i = 0; i < letter.pageCount(); i++) {
            assertThat(letter.flatPage(i)).contains("Page " + (i + 1) + " of " + letter.pageCount());
        }
    }

    @Test
    void bodyTextIsAtLeast12Points() {
        assertThat(clinicianCopy.glyphs).isNotEmpty();
        for (TextPosition glyph : clinicianCopy.glyphs) {
            assertThat(glyph.getFontSizeInPt()).as("size of \"%s\"", glyph.getUnicode()).isGreaterThanOrEqualTo(11.99f);
        }
    }

    @Test
    void everyFontIsEmbeddedAsASubset() {
        PdfDocument hard = print(TestFamilies.everyField(), AUSTRALIA.withCopy(PlanCopy.CLINICIAN).withWeeks(1));
        for (PdfDocument pdf : List.of(familyCopy, hard)) {
            assertThat(pdf.fonts).isNotEmpty();
            for (var font : pdf.fonts) {
                assertThat(PdfDocument.isEmbedded(font)).as(font.getName()).isTrue();
                assertThat(PdfDocument.isSubset(font)).as(font.getName()).isTrue();
            }
        }
        // A plan in Latin script needs (and so loads and embeds) only Noto Sans.
        assertThat(familyCopy.fontNames).allMatch(n -> n.matches("[A-Z]{6}\\+NotoSans-(Regular|Bold)"));
        assertThat(hard.fontNames).anyMatch(n -> n.endsWith("+DroidSansFallback")).anyMatch(n -> n.endsWith("+Symbola"))
                .anyMatch(n -> n.endsWith("+NotoSansArabic-Regular"));
        // Subsetting keeps the file small although the fonts shipped are megabytes.
        assertThat(familyCopy.bytes.length).isLessThan(400_000);
    }

    @Test
    void fallbackFontsAreListedOnlyWhenTheTextMayNeedThem() {
        assertThat(PlanFonts.cssFamiliesFor("Mia's plan: Nguyễn Thị Ánh, Zoë, Ωμέγα, Москва, 5 € \u2014 \u201cok\u201d"))
                .isEqualTo("'Noto Sans'");
        assertThat(PlanFonts.cssFamiliesFor("مريم")).isEqualTo("'Noto Sans', 'Noto Sans Arabic'");
        assertThat(PlanFonts.cssFamiliesFor("שמיה")).isEqualTo("'Noto Sans', 'Noto Sans Hebrew'");
        assertThat(PlanFonts.cssFamiliesFor("小明")).isEqualTo("'Noto Sans', 'Droid Sans Fallback', 'Symbola'");
        for (String unsure : List.of("🧸", "☺", "\u0E01 Thai", "\u0915 Devanagari", "\u20DD")) {
            assertThat(PlanFonts.cssFamiliesFor(unsure)).as(unsure).isEqualTo(PlanFonts.CSS_FAMILIES);
        }
    }

    @Test
    void theDocumentIsTaggedForScreenReadersWithItsLanguageAndTitle() {
        for (PdfDocument pdf : List.of(familyCopy, clinicianCopy)) {
            assertThat(pdf.tagged).isTrue();
            assertThat(pdf.hasStructTree).isTrue();
            assertThat(pdf.language).isEqualTo("en");
            assertThat(pdf.title).isEqualTo("Mia's home plan");
        }
    }

    @Test
    void hardUnicodeSurvivesAndEachScriptIsDrawnWithAFontThatHasIt() {
        Routine vietnamese = new Routine(null, "", "Bữa sáng với bà nội", "7:00", "", null, List.of());
        Routine arabic = new Routine(null, "", "وقت الاستحمام", "18:00", "", null, List.of());
        Routine hebrew = new Routine(null, "", "ארוחת ערב", "19:00", "", null, List.of());
        Routine chinese = new Routine(null, "", "睡觉时间", "20:00", "", null, List.of());
        Goal g1 = Goal.builder().familyWords("Con tự ăn bằng thìa cùng cả nhà").routineIds(List.of(vietnamese.id()))
                .criterion("Ăn được nửa bát").build();
        Goal g2 = Goal.builder().familyWords("نريد أن تستحم مريم بهدوء").routineIds(List.of(arabic.id())).build();
        Goal g3 = Goal.builder().familyWords("אנחנו רוצים שמיה תאכל לבד").routineIds(List.of(hebrew.id())).build();
        Goal g4 = Goal.builder().familyWords("我们希望小明自己睡觉 😴 ☺ 🧸").routineIds(List.of(chinese.id())).criterion("每周五个晚上")
                .build();
        Strategy longChinese = new Strategy(null, g4.id(), chinese.id(), "讲一个故事然后关灯".repeat(60), "妈妈",
                "每天晚上", "");
        Family family = Family.builder(new Child("Nguyễn Thị Ánh", "", null))
                .routines(List.of(vietnamese, arabic, hebrew, chinese)).goals(List.of(g1, g2, g3, g4))
                .strategies(List.of(longChinese)).build();

        PdfDocument pdf = print(family, AUSTRALIA);

        String text = pdf.flatText();
        for (String expected : List.of("Nguyễn Thị Ánh's home plan", "Con tự ăn bằng thìa cùng cả nhà",
                "Ăn được nửa bát", "Bữa sáng với bà nội", "我们希望小明自己睡觉 😴 ☺", "每周五个晚上", "睡觉时间")) {
            assertThat(text).contains(PdfDocument.flat(expected));
        }
        for (String rtl : List.of("نريد أن تستحم مريم بهدوء", "אנחנו רוצים שמיה תאכל לבד", "وقت الاستحمام")) {
            String logical = PdfDocument.flat(rtl);
            String visual = new StringBuilder(logical).reverse().toString();
            assertThat(text.contains(logical) || text.contains(visual)).as(rtl).isTrue();
        }
        // The long Chinese strategy (no spaces) wraps and is all there.
        assertThat(text.replace(" ", "")).contains("讲一个故事然后关灯".repeat(60));
        // A character no shipped font has (U+1F9F8, newer than Symbola) prints as U+FFFD, not an error or a gap.
        assertThat(text).contains("\uFFFD");
        assertThat(pdf.fontNames).anyMatch(n -> n.endsWith("+NotoSans-Regular"))
                .anyMatch(n -> n.endsWith("+NotoSansArabic-Regular"))
                .anyMatch(n -> n.endsWith("+NotoSansHebrew-Regular"))
                .anyMatch(n -> n.endsWith("+DroidSansFallback"))
                .anyMatch(n -> n.endsWith("+Symbola"));
        assertAllTextInsideThePage(pdf);
    }

    @Test
    void markupAndQuotesInWhatPeopleTypedPrintLiterally() {
        Family family = TestFamilies.everyField().toBuilder()
                .child(new Child("Mia", "<i>Mia</i> & \"Co\"", null)).build();
        PdfDocument pdf = print(family, AUSTRALIA.withCopy(PlanCopy.CLINICIAN).withWeeks(1));
        String text = pdf.flatText();
        assertThat(text).contains("<i>Mia</i> & \"Co\"'s home plan")
                .contains("'quotes' \"and\" <b>tags</b> & 100%")
                .contains("Nguyễn Thị Ánh");
        assertThat(pdf.title).isEqualTo("<i>Mia</i> & \"Co\"'s home plan");
        for (int i = 0; i < pdf.pageCount(); i++) {
            assertThat(pdf.flatPage(i)).contains("<i>Mia</i> & \"Co\"'s home plan");
        }
    }

    @Test
    void aHugePlanLaysOutWithNoTextOffThePageAndNoRoutineTornFromItsGoals() {
        Family big = bigFamily(20, 40, 5_000);
        PdfDocument pdf = print(big, AUSTRALIA.withCopy(PlanCopy.CLINICIAN).withWeeks(1));

        assertThat(pdf.pageCount()).isBetween(20, 200);
        for (int i = 0; i < pdf.pageCount(); i++) {
            assertThat(pdf.flatPage(i)).contains("Page " + (i + 1) + " of " + pdf.pageCount());
        }
        String text = pdf.flatText();
        for (Goal goal : big.goals()) {
            assertThat(text).contains(goal.familyWords());
        }
        for (Routine routine : big.routines()) {
            assertThat(text).contains(routine.name());
        }
        assertAllTextInsideThePage(pdf);
        // Tracker: every goal row is on a page with its routine's name (repeated when a routine's rows go on
        // over a page break), and the routine's name starts a group of rows, never ends a page.
        int trackerStart = pageOf(pdf, "Practice tracker: week 1 of 1");
        int trackerEnd = pageOf(pdf, "Notes and questions");
        for (Routine routine : big.routines()) {
            for (Goal goal : big.goalsIn(routine.id())) {
                String row = (big.goals().indexOf(goal) + 1) + " " + goal.familyWords();
                boolean found = false;
                for (int p = trackerStart; p < trackerEnd; p++) {
                    String page = pdf.flatPage(p);
                    int name = page.indexOf(routine.name() + " ");
                    found |= name >= 0 && page.indexOf(row, name) > name;
                }
                assertThat(found).as("%s under %s", row, routine.name()).isTrue();
            }
        }
    }

    @Test
    void writeFileReplacesTheTargetOnlyWhenThePdfIsComplete() throws Exception {
        Path target = dir.resolve("Mia home plan.pdf");
        Path written = HomePlanPdf.writeFile(example, AUSTRALIA, target);
        assertThat(written).isEqualTo(target.toAbsolutePath());
        try (PDDocument doc = org.apache.pdfbox.Loader.loadPDF(target.toFile())) {
            assertThat(doc.getNumberOfPages()).isEqualTo(familyCopy.pageCount());
        }
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("Mia home plan.pdf");
        }
        if (Files.getFileStore(target).supportsFileAttributeView("posix")) {
            assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(target)))
                    .as("health information: the owner's only").isEqualTo("rw-------");
        }

        Path notAFolder = Files.writeString(dir.resolve("notes.txt"), "x");
        assertThatThrownBy(() -> HomePlanPdf.writeFile(example, AUSTRALIA, notAFolder.resolve("plan.pdf")))
                .isInstanceOf(PrintException.class).hasMessageContaining("does not exist");
        assertThatThrownBy(() -> HomePlanPdf.writeFile(example, AUSTRALIA, dir))
                .isInstanceOf(PrintException.class).hasMessage(dir.toAbsolutePath() + " is a folder. Choose a file name inside it, such as plan.pdf.");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("Mia home plan.pdf", "notes.txt");
        }
    }

    @Test
    void theSuggestedFileNameIsTheChildsNameMadeSafe() {
        assertThat(HomePlanPdf.suggestedFileName(example)).isEqualTo("Mia home plan.pdf");
        Family odd = Family.newFor("x").toBuilder().child(new Child("x", " ../Mi/a:<b>*?\"|\t\u202E. ", null)).build();
        assertThat(HomePlanPdf.suggestedFileName(odd)).isEqualTo("Mi a b home plan.pdf");
        Family blank = Family.newFor("x").toBuilder().child(new Child("x", "...", null)).build();
        assertThat(HomePlanPdf.suggestedFileName(blank)).isEqualTo("home plan.pdf");
        assertThat(HomePlanPdf.suggestedFileName(Family.newFor("Nguyễn Thị Ánh 小明")))
                .isEqualTo("Nguyễn Thị Ánh 小明 home plan.pdf");
    }

    @Test
    void weeksOutsideOneToTwelveAreRefusedWithASentence() {
        assertThatThrownBy(() -> AUSTRALIA.withWeeks(0)).hasMessage("The number of tracker weeks must be from 1 to 12, not 0.");
        assertThatThrownBy(() -> AUSTRALIA.withWeeks(13)).hasMessageContaining("not 13");
        assertThat(AUSTRALIA.withWeeks(12).weeks()).isEqualTo(12);
    }

    // ------------------------------------------------------------------ helpers

    /** A plan far bigger than any real one: many routines and goals, and very long strategies. */
    static Family bigFamily(int routineCount, int goalCount, int longText) {
        List<Routine> routines = new ArrayList<>();
        for (int r = 1; r <= routineCount; r++) {
            routines.add(new Routine(null, "", "Routine number " + r, r + ":00", "", null, List.of()));
        }
        List<Goal> goals = new ArrayList<>();
        List<Strategy> strategies = new ArrayList<>();
        for (int g = 1; g <= goalCount; g++) {
            List<String> where = List.of(routines.get(g % routineCount).id(), routines.get((g * 7) % routineCount).id());
            Goal goal = Goal.builder().familyWords("Goal words number " + g + " in the family's own words")
                    .outcome("Outcome " + g).routineIds(where).criterion("Criterion " + g)
                    .targetDate(TODAY.plusMonths(6)).build();
            goals.add(goal);
            for (String routineId : goal.routineIds()) {
                String what = g % 8 == 0 ? TestFamilies.longText(longText) : "Strategy for goal " + g + " " + "and more ".repeat(g);
                strategies.add(new Strategy(null, goal.id(), routineId, what, "Mum", "Every day", ""));
            }
        }
        strategies.add(new Strategy(null, goals.get(0).id(), goals.get(0).routineIds().get(0),
                "x".repeat(longText), "Grandmother " + "y".repeat(300), "Sundays", ""));
        return Family.builder(new Child("Sam", "", null)).routines(routines).goals(goals).strategies(strategies).build();
    }

    private static void assertAllTextInsideThePage(PdfDocument pdf) {
        float edge = 5 * MM;
        for (int i = 0; i < pdf.glyphs.size(); i++) {
            TextPosition g = pdf.glyphs.get(i);
            PDRectangle box = pdf.mediaBoxes.get(pdf.glyphPages.get(i) - 1);
            assertThat(g.getXDirAdj()).as("left of \"%s\"", g.getUnicode()).isGreaterThanOrEqualTo(edge);
            assertThat(g.getXDirAdj() + g.getWidthDirAdj()).as("right of \"%s\"", g.getUnicode())
                    .isLessThanOrEqualTo(box.getWidth() - edge);
            assertThat(g.getYDirAdj() - g.getHeightDir()).as("top of \"%s\"", g.getUnicode()).isGreaterThanOrEqualTo(edge);
            assertThat(g.getYDirAdj()).as("bottom of \"%s\"", g.getUnicode()).isLessThanOrEqualTo(box.getHeight() - edge);
        }
    }

    private static int pageOf(PdfDocument pdf, String text) {
        for (int i = 0; i < pdf.pageCount(); i++) {
            if (pdf.flatPage(i).contains(text)) {
                return i;
            }
        }
        throw new AssertionError("no page says " + text);
    }

    /** The flat text from the first page with {@code from} up to the first page with {@code to}. */
    private static String section(PdfDocument pdf, String from, String to) {
        String text = pdf.flatText();
        int start = text.indexOf(from);
        int end = text.indexOf(to, start);
        assertThat(start).as(from).isNotNegative();
        assertThat(end).as(to).isGreaterThan(start);
        return text.substring(start, end);
    }

    private static float[] size(PdfDocument pdf) {
        PDRectangle box = pdf.mediaBoxes.get(0);
        return new float[] {Math.round(box.getWidth() / MM), Math.round(box.getHeight() / MM)};
    }
}
