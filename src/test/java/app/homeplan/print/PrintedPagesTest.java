package app.homeplan.print;

import static org.assertj.core.api.Assertions.assertThat;

import app.homeplan.i18n.Messages;
import app.homeplan.plan.Family;
import app.homeplan.plan.Goal;
import app.homeplan.scores.GasMode;
import app.homeplan.testing.HardFamilies;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The printed pages as a family holds them, read back from the real PDFs of the hard families
 * ({@link HardFamilies}): the fridge tracker (pages and rows per week, short labels, days that follow
 * "how often"), the running header, the cover's makers, "Who", and the team table.
 */
class PrintedPagesTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
    private static final PrintOptions A4 = PrintOptions.defaults(Locale.forLanguageTag("en-AU"), TODAY);

    private static Family eleven;
    private static PdfDocument elevenCopy;
    private static Family stress;
    private static PdfDocument stressCopy;

    @BeforeAll
    static void print() {
        Messages.setLocale(Locale.ENGLISH);
        eleven = HardFamilies.elevenGoals(TODAY);
        elevenCopy = HomePlanPdfTest.print(eleven, A4);
        stress = HardFamilies.stress(TODAY);
        stressCopy = HomePlanPdfTest.print(stress, A4.withWeeks(2));
    }

    @Test
    void elevenGoalsTrackOnOnePageAWeekWithEveryRowAtMostTwoLines() {
        List<Integer> trackerPages = pagesSaying(elevenCopy, "Practice tracker: week");
        assertThat(trackerPages).as("one page per week").hasSize(4);
        for (int page : trackerPages) {
            // 11 goals, the first in two routines: 12 goal rows, each under its routine.
            assertThat(trackerRows(elevenCopy, page)).hasSize(12);
            assertThat(linesOfTrackerLabels(elevenCopy, page)).allSatisfy(lines -> assertThat(lines).isBetween(1, 2));
        }
        assertThat(elevenCopy.flatPage(trackerPages.get(0))).contains("Practice tracker: week 1 of 4", "Week starting:",
                "Mon Tue Wed Thu Fri Sat Sun");
    }

    @Test
    void fortyGoalsContinueEachWeekOnPagesThatRepeatTheTitleAndTheDays() {
        List<Integer> trackerPages = pagesSaying(stressCopy, "Practice tracker: week");
        int rows = 0;
        int weekOnePages = 0;
        for (int page : trackerPages) {
            String text = stressCopy.flatPage(page);
            assertThat(text).contains("Mon Tue Wed Thu Fri Sat Sun");
            assertThat(trackerRows(stressCopy, page)).hasSizeLessThanOrEqualTo(20);
            if (text.contains("week 1 of 2")) {
                weekOnePages++;
                rows += trackerRows(stressCopy, page).size();
            }
            assertThat(linesOfTrackerLabels(stressCopy, page)).allSatisfy(lines -> assertThat(lines).isBetween(1, 2));
        }
        // 40 goals in two routines each: 80 rows a week, on a handful of pages (it took 11 a week before).
        assertThat(rows).isEqualTo(80);
        assertThat(weekOnePages).isBetween(5, 7);
        assertThat(trackerPages).hasSize(2 * weekOnePages);
        assertThat(stressCopy.flatText()).contains("Practice tracker: week 1 of 2 (continued)");
        // The 5,000-character goal is only its first words on the tracker.
        assertThat(String.join(" ", pagesText(stressCopy, trackerPages))).contains("8 Play with other children")
                .doesNotContain("the sandpit and share the slide, the swings and the sandpit and share");
    }

    @Test
    void aSkinTonedEmojiPrintsAsItsBaseWithNoBox() {
        String text = stressCopy.flatDrawnText();
        assertThat(text).contains("children at the park \uD83D\uDC4D").doesNotContain("\uD83C\uDFFD", "\uFFFD");
    }

    @Test
    void daysNotPlannedAreShadedAndPlannedDaysHaveBoxes() throws IOException {
        // Goal 1 is done "Every weekday", goal 3 "At the weekend", goal 6 "Mondays, Wednesdays and Fridays",
        // goal 4 "Twice a week" (which days is the family's choice: every day has a box).
        int page = pagesSaying(elevenCopy, "Practice tracker: week 1").get(0);
        try (PDDocument doc = Loader.loadPDF(elevenCopy.bytes)) {
            BufferedImage image = new PDFRenderer(doc).renderImageWithDPI(page, 72);
            assertThat(dayCells(image, page, 1)).isEqualTo("BBBBB--");
            assertThat(dayCells(image, page, 3)).isEqualTo("-----BB");
            assertThat(dayCells(image, page, 6)).isEqualTo("B-B-B--");
            assertThat(dayCells(image, page, 4)).isEqualTo("BBBBBBB");
        }
        assertThat(elevenCopy.flatPage(page)).contains("Grey days are not part of the plan for that goal.");
    }

    @Test
    void aLongChildsNameIsShortInThePageHeaderAndWholeOnTheCover() {
        String name = eleven.child().name();
        // (A line may end after the hyphen in "Fitzgerald-Montgomery": the extracted text then has a space.)
        assertThat(elevenCopy.flatPage(0).replace("- ", "-")).contains(PdfDocument.flat(name));
        for (int page = 1; page < elevenCopy.pageCount(); page++) {
            assertThat(elevenCopy.flatPage(page)).startsWith("Maximilian Alexander Bartholomew Christopher...'s home plan");
        }
        // The header stays inside the top margin (20 mm): no glyph of it reaches down into the body.
        for (int i = 0; i < elevenCopy.glyphs.size(); i++) {
            TextPosition g = elevenCopy.glyphs.get(i);
            if (elevenCopy.glyphPages.get(i) > 1 && g.getYDirAdj() < 20 * 72 / 25.4f) {
                assertThat(g.getYDirAdj()).as("header line of \"%s\"", g.getUnicode()).isLessThan(18 * 72 / 25.4f);
            }
        }
    }

    @Test
    void theSafetyBoxesSayALongNameInItsFirstWordsAsTheHeaderDoes() {
        String shortName = "Maximilian Alexander Bartholomew Christopher...";
        String text = elevenCopy.flatText();
        // Meals and the car each get a box that says the name two or three times.
        assertThat(text).contains("Keep " + shortName + " safe",
                shortName + " eats and drinks sitting upright", "If " + shortName + " coughs, chokes",
                "put " + shortName + " in and take " + shortName + " out");
        // The whole name is on the cover's title, and nowhere else (it was three times in each box).
        for (int page = 1; page < elevenCopy.pageCount(); page++) {
            assertThat(elevenCopy.flatPage(page)).as("page %d", page + 1).doesNotContain("Worthington");
        }
    }

    @Test
    void everyPageOfOurDaySaysWhichPartOfTheDayAndWhichGoalItsStrategiesAreFor() {
        PdfDocument example = HomePlanPdfTest.print(app.homeplan.library.ExampleFamily.create(TODAY), A4.withLanguage("en"));
        for (PdfDocument copy : List.of(example, elevenCopy, stressCopy)) {
            for (int page = 1; page < copy.pageCount(); page++) {
                String text = copy.flatPage(page);
                String body = text.substring(text.indexOf("home plan") + "home plan".length()).strip();
                int firstStrategy = body.matches("(?s).*(Who|How often): .*") ? firstOf(body, "Who: ", "How often: ") : -1;
                if (firstStrategy < 0 || body.startsWith("Practice tracker")) {
                    continue;
                }
                // A page of "Our day" starts with a part of the day (its time) or a goal's heading, never with a
                // strategy left over from the page before: each strategy follows its goal's heading on its page.
                assertThat(body).as("page %d", page + 1).matches("(?s)(Our day |\\d{1,2}:\\d\\d |Goal \\d+: ).*");
                assertThat(body.substring(0, firstStrategy)).as("page %d", page + 1).containsPattern("Goal \\d+: ");
            }
        }
    }

    @Test
    void aPartOfTheDayThatRunsOntoANewPageSaysItsNameThereContinued() {
        java.util.regex.Pattern continuedHeading = java.util.regex.Pattern.compile(
                "^" + java.util.regex.Pattern.quote("Charlie's home plan ") + "(\\d{1,2}:\\d\\d .+?) \\(continued\\) Goal \\d+: ");
        int continued = 0;
        for (int page = 1; page < stressCopy.pageCount(); page++) {
            String text = stressCopy.flatPage(page).replace('\u00A0', ' ').replaceAll(" +", " ");
            // Drawn once, at the top, on the pages a part continues onto; never over the goals of the page it starts on.
            assertThat(text.split("\\(continued\\)", -1).length - 1).as("page %d", page + 1).isLessThanOrEqualTo(1);
            var heading = continuedHeading.matcher(text);
            if (heading.find()) {
                continued++;
                String part = heading.group(1);
                // The part began on an earlier page (the page before has its name, as its heading or continued).
                assertThat(stressCopy.flatPage(page - 1).replace('\u00A0', ' ').replaceAll(" +", " "))
                        .as("page %d", page).contains(part);
            }
        }
        // 20 parts of the day with 4 goals each: a dozen run over a page (it was none: "Goal 24: ..." began a page).
        assertThat(continued).isGreaterThanOrEqualTo(8);
    }

    private static int firstOf(String text, String... words) {
        return java.util.Arrays.stream(words).mapToInt(text::indexOf).filter(i -> i >= 0).min().orElse(-1);
    }

    @Test
    void theMakersAreTheFamilyAndTheTeamAndOthersArePresent() {
        String cover = elevenCopy.flatPage(0) + " " + elevenCopy.flatPage(1);
        assertThat(cover).contains("Made by Sarah, Tom, Priya Raman (Occupational therapist), Ben Okafor (Speech pathologist)")
                .contains("Also at our meeting: Grandma Jean; Sarah's sister");
        PdfDocument rtl = HomePlanPdfTest.print(HardFamilies.rightToLeft(TODAY), A4);
        // A right-to-left plan prints in the family's Arabic; lines read in visual order, so look line by line.
        app.homeplan.language.LanguagePack arabic = app.homeplan.language.LanguagePacks.shipped().find("ar").orElseThrow();
        String alsoAtOurMeeting = arabic.text("print.cover.present", "").split(":")[0].strip();
        String madeBy = arabic.text("print.cover.with", "").split(":")[0].strip();
        List<String> lines = List.of(rtl.pages.get(0).split("\n"));
        assertThat(lines).anyMatch(l -> l.contains(alsoAtOurMeeting) && l.contains("Arabic interpreter (phone)"));
        assertThat(lines).filteredOn(l -> l.contains(madeBy)).isNotEmpty()
                .allMatch(l -> !l.contains("interpreter"));
    }

    @Test
    void whoReadsTheSameWhetherTheCarerWasPickedOrTyped() {
        // Goals 2, 4... say "Mum (Sarah)" (picked), goals 3, 9... say "Sarah" (typed): all print "Mum (Sarah)".
        String day = elevenCopy.flatText();
        assertThat(day).contains("Who: Mum (Sarah)", "Who: Dad (Tom)").doesNotContain("Who: Sarah ", "Who: Dad How");
    }

    @Test
    void theTeamTableKeepsEveryWordOfTheRoleWholeBesideALongContact() {
        String cover = elevenCopy.flatPage(0) + " " + elevenCopy.flatPage(1);
        // A column squeezed to a letter a line would read "O c c u p a t i o n a l".
        assertThat(cover).contains("Occupational therapist", "Speech pathologist", "Priya Raman", "Ben Okafor");
    }

    @Test
    void theClinicianCopyIsTheIntakeRecordAndTheFamilyCopyLeavesItOut() {
        Family rtl = HardFamilies.rightToLeft(TODAY);
        PdfDocument clinician = HomePlanPdfTest.print(rtl, A4.withCopy(PlanCopy.CLINICIAN).withWeeks(1));
        String record = clinician.flatDrawnText();
        assertThat(record).contains("Intake record", "Full name", "Preferred name", "Date of birth",
                "aged 4 years 1 month at the meeting", "Caregivers", "Relationship", "Interpreter needed",
                "0400 111 222", "At the meeting", "Consent to store this record: Given",
                "Also at the meeting", "Arabic interpreter (phone)",
                "Going well", "Concerns", "Hopes", "Satisfaction: 2 of 5", "Satisfaction: 1 of 5", "Starred concern",
                "layla.haddad@example.org");
        for (String typed : List.of(rtl.child().name(), rtl.about().hopes(), rtl.about().goingWell(),
                rtl.routines().get(0).notes(), rtl.routines().get(0).concerns().get(0).text())) {
            assertThat(record).as(typed).contains(PdfDocument.flat(typed));
        }
        PdfDocument family = HomePlanPdfTest.print(rtl, A4.withWeeks(1));
        assertThat(family.flatDrawnText()).doesNotContain("Intake record", "Starred concern", "Satisfaction:");
    }

    @Test
    void aGoalScaleHeadingIsNeverTheLastLineOfAPage() {
        PdfDocument clinician = HomePlanPdfTest.print(eleven, A4.withCopy(PlanCopy.CLINICIAN).withWeeks(1));
        String scalesTitle = PdfDocument.flat(Messages.get("print.clinician.gas"));
        int first = pagesSaying(clinician, scalesTitle).get(0);
        int checked = 0;
        for (int page = first; page < clinician.pageCount(); page++) {
            String text = clinician.flatPage(page);
            if (page > first && !text.contains("Level")) {
                break; // past the scales
            }
            String beforeFooter = text.substring(0, text.lastIndexOf("Page " + (page + 1) + " of")).strip();
            // A heading "Goal N: words" of the scales is followed on its page by its scale (or "no scale").
            assertThat(beforeFooter).as("page %d ends with a goal heading", page + 1)
                    .doesNotMatch("(?s).*Goal \\d+: [^:]*\\z");
            checked++;
        }
        assertThat(checked).isGreaterThan(1);
    }

    @Test
    void aChosenShortNameNamesTheGoalOnTheTrackerInTheDayAndInTheTables() {
        List<Goal> goals = new ArrayList<>(eleven.goals());
        goals.set(1, goals.get(1).toBuilder().shortName("Words, not screams").build());
        goals.set(2, goals.get(2).toBuilder()
                .shortName("Shoes and jacket on before we leave the house in the morning, every weekday").build());
        Family named = eleven.toBuilder().goals(goals).build();

        PdfDocument copy = HomePlanPdfTest.print(named, A4.withWeeks(1));
        String tracker = copy.flatPage(pagesSaying(copy, "Practice tracker: week").get(0));
        assertThat(tracker).contains("2 Words, not screams")
                // Longer than the tracker's two lines: its first whole words, then "…" (never half a word).
                .contains(PdfDocument.flat("3 Shoes and jacket on before we leave the house in the\u2026"))
                .doesNotContain("morning", "2 Ask for help with words");
        String text = copy.flatText();
        // The goals page puts the short name by the number, over the family's words in full.
        assertThat(text).contains("Goal 2: Words, not screams Ask for help with words or signs instead of screaming "
                + "when something is hard");
        // The day names the goal by its short name under each routine where it is practised.
        assertThat(text).contains("Goal 2: Words, not screams Show a picture of the next step");

        PdfDocument clinician = HomePlanPdfTest.print(named, A4.withCopy(PlanCopy.CLINICIAN).withWeeks(1));
        String record = clinician.flatText();
        assertThat(record).contains("Goal 2: Words, not screams") // the ratings table
                // the goal's scale is set out under the goal in full
                .contains("Goal 2: Ask for help with words or signs instead of screaming when something is hard");
    }

    @Test
    void aVeryLongNameLeavesTheWholeCoverOnItsFirstPage() {
        String cover = elevenCopy.flatPage(0).replace("- ", "-"); // a line may end after a hyphen of the name
        // The whole name, the team table and the printing date on page 1; "Our goals" starts page 2.
        assertThat(cover).contains(PdfDocument.flat(eleven.child().name()), "Our team", "Occupational therapist",
                "Speech pathologist", "Printed on");
        assertThat(elevenCopy.flatPage(1)).contains("Our goals");
    }

    @Test
    void theProgressSummarysGoalsTitleIsNeverTheLastThingOnAPage() {
        String title = PdfDocument.flat(Messages.get("print.progress.goals"));
        for (var family : PrintAll.families().entrySet()) {
            // In English, the title looked for (the example family's summary is otherwise in Vietnamese).
            PdfDocument progress = HomePlanPdfTest.print(family.getValue(), A4.withCopy(PlanCopy.PROGRESS).withLanguage("en"));
            int page = pagesSaying(progress, title).get(0);
            String after = progress.flatPage(page).substring(progress.flatPage(page).indexOf(title));
            // The title, its intro, then the first goal and its ratings on the same page.
            assertThat(after).as(family.getKey()).contains("Goal 1",
                    PdfDocument.flat(Messages.get("print.progress.goal.performance")));
        }
    }

    @Test
    void noPageOfTheClinicianCopyIsNearlyEmpty() {
        String tracker = PdfDocument.flat(Messages.get("print.tracker.title", 1, 1)).replaceAll(" 1.*", "");
        String notes = PdfDocument.flat(Messages.get("print.notes.title"));
        for (var family : List.of(PrintAll.families().get("example"), PrintAll.families().get("rtl"), eleven)) {
            PdfDocument clinician = HomePlanPdfTest.print(family, A4.withCopy(PlanCopy.CLINICIAN).withLanguage("en"));
            for (int page = 0; page < clinician.pageCount() - 1; page++) {
                String text = clinician.flatPage(page);
                if (text.contains(tracker) || text.contains(notes)) {
                    continue; // a week's tracker has a page of its own, however few its rows; the notes page is lines
                }
                // The Arabic family's last goal scale sat alone at the top of a page before "Review history"; the
                // 11-goal clinician copy's cover left "Printed on ..." alone on page 2.
                assertThat(clinician.bodyFilled(page)).as("%s, page %d: %s", family.child().name(), page + 1, text)
                        .isGreaterThan(0.35f);
            }
        }
    }

    @Test
    void aReviewTablesHeaderRowIsOnThePageOfItsFirstGoal() {
        String header = String.join(" ", Messages.get("print.clinician.copm.goal"),
                Messages.get("print.clinician.copm.performance"), Messages.get("print.clinician.copm.satisfaction"),
                Messages.get("print.clinician.review.gas"), Messages.get("print.clinician.review.status"));
        int seen = 0;
        for (var family : List.of(PrintAll.families().get("rtl"), eleven)) {
            PdfDocument clinician = HomePlanPdfTest.print(family, A4.withCopy(PlanCopy.CLINICIAN).withLanguage("en"));
            for (int page = 0; page < clinician.pageCount(); page++) {
                String text = clinician.flatPage(page);
                int at = text.indexOf(header);
                if (at >= 0) {
                    seen++;
                    // Under the header on its page: a goal's row (the header stood alone at the foot of page 23).
                    assertThat(text.substring(at + header.length())).as("page %d", page + 1).containsPattern("Goal \\d+: ");
                }
            }
        }
        assertThat(seen).isGreaterThanOrEqualTo(2);
    }

    @Test
    void theProgressSummarySaysALongNameWholeInItsTitleOnlyAndItsFirstWordsInTheIntro() {
        PdfDocument progress = HomePlanPdfTest.print(eleven, A4.withCopy(PlanCopy.PROGRESS).withLanguage("en"));
        String first = progress.flatPage(0).replace("- ", "-"); // a line may end after a hyphen of the name
        String whole = PdfDocument.flat(eleven.child().name());
        // The title has the name whole, once; the intro under it says "Maximilian Alexander ..." (it said all 150 characters).
        assertThat(first).contains(whole).contains("Here is how far Maximilian Alexander Bartholomew Christopher... has come");
        assertThat(first.indexOf(whole)).isEqualTo(first.lastIndexOf(whole));
        for (int page = 1; page < progress.pageCount(); page++) {
            assertThat(progress.flatPage(page)).as("page %d", page + 1).doesNotContain("Worthington");
        }
    }

    @Test
    void aClinicUsingGasLevelsOnlyGetsNoTScoreInTheClinicianCopy() {
        Family example = PrintAll.families().get("example");
        PrintOptions clinician = A4.withCopy(PlanCopy.CLINICIAN).withWeeks(1);
        String levelsOnly = HomePlanPdfTest.print(example, clinician.withGasMode(GasMode.LIGHT_NO_SCORE)).flatText();
        String full = HomePlanPdfTest.print(example, clinician.withGasMode(GasMode.FULL)).flatText();

        assertThat(full).contains("GAS T-score");
        assertThat(levelsOnly).doesNotContain("T-score", "T score")
                // the review and each goal's level are still there
                .contains("Scores over time", "Performance (mean)", "Review 1 on");
    }

    // ------------------------------------------------------------------ helpers

    private static List<Integer> pagesSaying(PdfDocument pdf, String text) {
        List<Integer> pages = new ArrayList<>();
        for (int i = 0; i < pdf.pageCount(); i++) {
            if (pdf.flatPage(i).contains(text)) {
                pages.add(i);
            }
        }
        return pages;
    }

    private static List<String> pagesText(PdfDocument pdf, List<Integer> pages) {
        return pages.stream().map(pdf::flatPage).toList();
    }

    /** A goal row of a tracker page: its number, where it is (baseline of the number), and its label's lines. */
    record TrackerRow(int goal, float y, int lines) {
    }

    /** The goal numbers of the tracker rows on a page, top to bottom. */
    private static List<Integer> trackerRows(PdfDocument pdf, int page) {
        return trackerRowsAt(pdf, page).stream().map(TrackerRow::goal).toList();
    }

    /** How many lines each tracker row's label takes on a page. */
    private static List<Integer> linesOfTrackerLabels(PdfDocument pdf, int page) {
        return trackerRowsAt(pdf, page).stream().map(TrackerRow::lines).toList();
    }

    /**
     * The tracker's goal rows as drawn: numbers in the "Goal" column, labels between it and Monday
     * (routine rows, whose names start in the number column, are left out).
     */
    private static List<TrackerRow> trackerRowsAt(PdfDocument pdf, int page) {
        List<TextPosition> glyphs = glyphsOf(pdf, page);
        TextPosition part = glyphs.get(indexOf(glyphs, "Part of the day"));
        float xWhat = part.getXDirAdj() - 2;
        float xMon = glyphs.get(indexOf(glyphs, "Mon")).getXDirAdj() - 2;
        float headerY = part.getYDirAdj();
        List<Float> routineYs = new ArrayList<>();
        List<float[]> numbers = new ArrayList<>(); // {y, value}
        for (TextPosition g : glyphs) {
            if (g.getYDirAdj() <= headerY + 1 || g.getXDirAdj() >= xWhat) {
                continue;
            }
            String u = g.getUnicode();
            if (u != null && u.length() == 1 && Character.isDigit(u.charAt(0))) {
                float[] last = numbers.isEmpty() ? null : numbers.get(numbers.size() - 1);
                if (last != null && Math.abs(last[0] - g.getYDirAdj()) < 1) {
                    last[1] = last[1] * 10 + (u.charAt(0) - '0');
                } else {
                    numbers.add(new float[] {g.getYDirAdj(), u.charAt(0) - '0'});
                }
            } else if (u != null && !u.isBlank()) {
                routineYs.add(g.getYDirAdj());
            }
        }
        List<List<Float>> lineYs = new ArrayList<>();
        numbers.forEach(n -> lineYs.add(new ArrayList<>()));
        for (TextPosition g : glyphs) {
            float y = g.getYDirAdj();
            if (y <= headerY + 1 || g.getXDirAdj() < xWhat || g.getXDirAdj() >= xMon
                    || routineYs.stream().anyMatch(r -> Math.abs(r - y) < 1)) {
                continue;
            }
            int nearest = -1;
            for (int i = 0; i < numbers.size(); i++) {
                if (nearest < 0 || Math.abs(numbers.get(i)[0] - y) < Math.abs(numbers.get(nearest)[0] - y)) {
                    nearest = i;
                }
            }
            List<Float> ys = lineYs.get(nearest);
            if (ys.stream().noneMatch(l -> Math.abs(l - y) < 2)) {
                ys.add(y);
            }
        }
        List<TrackerRow> rows = new ArrayList<>();
        for (int i = 0; i < numbers.size(); i++) {
            rows.add(new TrackerRow((int) numbers.get(i)[1], numbers.get(i)[0], lineYs.get(i).size()));
        }
        return rows;
    }

    /** "B" for a tick box and "-" for a shaded day, Monday to Sunday, in the first row of the goal. */
    private static String dayCells(BufferedImage image, int page, int goal) {
        List<TextPosition> glyphs = glyphsOf(elevenCopy, page);
        TrackerRow row = trackerRowsAt(elevenCopy, page).stream().filter(r -> r.goal() == goal).findFirst().orElseThrow();
        float y = row.y() - 3;
        StringBuilder cells = new StringBuilder();
        for (String day : List.of("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")) {
            TextPosition head = glyphs.get(indexOf(glyphs, day));
            float x = head.getXDirAdj() + 3 * head.getWidthDirAdj() / 2;
            long sum = 0;
            int n = 0;
            for (int dx = -3; dx <= 3; dx++) {
                int rgb = image.getRGB(Math.round(x) + dx, Math.round(y));
                sum += (rgb >> 16 & 0xFF) + (rgb >> 8 & 0xFF) + (rgb & 0xFF);
                n += 3;
            }
            long mean = sum / n;
            assertThat(mean < 221 || mean >= 240).as("%s of goal %s is white (box) or grey (shaded): %s", day, goal, mean).isTrue();
            cells.append(mean >= 240 ? 'B' : '-');
        }
        return cells.toString();
    }

    private static List<TextPosition> glyphsOf(PdfDocument pdf, int page) {
        List<TextPosition> glyphs = new ArrayList<>();
        for (int i = 0; i < pdf.glyphs.size(); i++) {
            if (pdf.glyphPages.get(i) == page + 1) {
                glyphs.add(pdf.glyphs.get(i));
            }
        }
        return glyphs;
    }

    private static String textOf(List<TextPosition> glyphs) {
        StringBuilder text = new StringBuilder();
        for (TextPosition g : glyphs) {
            // One character per glyph, so indexes in the text are indexes in the list.
            String u = g.getUnicode();
            text.append(u == null || u.isEmpty() ? '?' : u.charAt(0));
        }
        return text.toString();
    }

    private static int indexOf(List<TextPosition> glyphs, String text) {
        String all = textOf(glyphs);
        int at = all.indexOf(text);
        if (at < 0) {
            // Glyphs carry no spaces: look for the text without them.
            String squeezed = text.replace(" ", "");
            at = all.indexOf(squeezed);
        }
        if (at < 0) {
            throw new UncheckedIOException(new IOException("no \"" + text + "\" on page"));
        }
        return at;
    }
}
