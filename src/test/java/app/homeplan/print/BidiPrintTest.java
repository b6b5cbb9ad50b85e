package app.homeplan.print;

import static org.assertj.core.api.Assertions.assertThat;

import app.homeplan.i18n.Messages;
import app.homeplan.language.LanguagePack;
import app.homeplan.language.LanguagePacks;
import app.homeplan.plan.AboutUs;
import app.homeplan.plan.Caregiver;
import app.homeplan.plan.Child;
import app.homeplan.plan.Clinician;
import app.homeplan.plan.Family;
import app.homeplan.plan.Goal;
import app.homeplan.plan.Routine;
import app.homeplan.plan.Strategy;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Right-to-left text where it meets the plan's own words: where each word lands on the page (what a
 * reader sees) and the order text extraction gives (what search, copy and screen readers get), for
 * Arabic and Hebrew with European and Arabic-Indic digits.
 */
class BidiPrintTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 9, 5);
    private static final String NAME = "ليلى";
    private static final String AR_EUROPEAN = "يشير إلى 5 صور";
    private static final String AR_INDIC = "تأكل ١٢ لقمة وحدها";
    private static final String HE = "מצביע על 5 תמונות";
    private static final String INTERESTS = "الرسم مع 3 ألوان";
    private static final String MARKS = "كتابًا مُحَمَّد لَا";

    private static PdfDocument pdf;

    @BeforeAll
    static void print() {
        Messages.setLocale(Locale.ENGLISH);
        Routine breakfast = Routine.of("", "Breakfast");
        Goal g1 = Goal.inFamilyWords("الإشارة إلى الصور").withCriterion(AR_EUROPEAN).withRoutineIds(List.of(breakfast.id()));
        Goal g2 = Goal.inFamilyWords("الأكل وحدها").withCriterion(AR_INDIC).withRoutineIds(List.of(breakfast.id()));
        Goal g3 = Goal.inFamilyWords("מצביע על תמונות").withCriterion(HE).withRoutineIds(List.of(breakfast.id()));
        Goal g4 = Goal.inFamilyWords(MARKS);
        Strategy s = new Strategy(null, g1.id(), breakfast.id(), "نقرأ كتابا", "الأم", "3 مرات في اليوم", "");
        Family family = Family.builder(new Child(NAME, "", null))
                .about(new AboutUs("", INTERESTS, "", "", ""))
                .routines(List.of(breakfast)).goals(List.of(g1, g2, g3, g4)).strategies(List.of(s)).build();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        HomePlanPdf.write(family, PrintOptions.defaults(Locale.forLanguageTag("en-AU"), TODAY), out);
        pdf = new PdfDocument(out.toByteArray());
    }

    @Test
    void aRightToLeftSentenceWithANumberKeepsItsWordOrderAfterAnEnglishLabel() {
        Line line = Line.containing("know it", AR_EUROPEAN);
        // Read from the right: يشير, إلى, 5, صور; the English label stays on the left.
        assertThat(line.x("يشير")).isGreaterThan(line.x("إلى"));
        assertThat(line.x("إلى")).isGreaterThan(line.x("5"));
        assertThat(line.x("5")).isGreaterThan(line.x("صور"));
        assertThat(line.x("know")).isLessThan(line.x("صور"));
        assertThat(pdf.flatText()).contains("working when... " + AR_EUROPEAN).doesNotContain("5يشير");
    }

    @Test
    void arabicIndicDigitsStayInsideTheirRunInTheirOwnOrder() {
        Line line = Line.containing("know it", AR_INDIC);
        assertThat(line.x("تأكل")).isGreaterThan(line.x("١٢"));
        assertThat(line.x("١٢")).isGreaterThan(line.x("لقمة"));
        assertThat(line.x("لقمة")).isGreaterThan(line.x("وحدها"));
        // The two digits read 1 then 2 from left to right, as numbers do inside Arabic.
        assertThat(line.visual).contains("١٢");
        assertThat(pdf.flatText()).contains(AR_INDIC);
    }

    @Test
    void hebrewWithANumberKeepsItsWordOrder() {
        Line line = Line.containing("know it", HE);
        assertThat(line.x("מצביע")).isGreaterThan(line.x("על"));
        assertThat(line.x("על")).isGreaterThan(line.x("5"));
        assertThat(line.x("5")).isGreaterThan(line.x("תמונות"));
        assertThat(pdf.flatText()).contains(HE);
    }

    @Test
    void aRightToLeftNameSitsInsideTheEnglishTitleWithoutTurningIt() {
        Line title = Line.containing("home plan", NAME);
        assertThat(title.x(NAME)).isLessThan(title.x("home"));
        assertThat(title.x("home")).isLessThan(title.x("plan"));
        // Left aligned, as every English title: the name starts at the left margin.
        assertThat(title.glyphs.get(0).getX()).isLessThan(60f);
        // The running header of page 2 says the same.
        Line header = Line.on(1, "home plan", NAME);
        assertThat(header.x(NAME)).isLessThan(header.x("plan"));
    }

    @Test
    void theLovesLineKeepsTheNameAndTheSentenceInTheirPlaces() {
        Line line = Line.containing("loves", INTERESTS);
        assertThat(line.x("loves")).isLessThan(line.x("ألوان"));
        assertThat(line.x("الرسم")).isGreaterThan(line.x("مع"));
        assertThat(line.x("مع")).isGreaterThan(line.x("3"));
        assertThat(line.x("3")).isGreaterThan(line.x("ألوان"));
    }

    @Test
    void aSafetyLineReadsInTheEnglishOrderAroundARightToLeftName() {
        // "ليلى eats and drinks sitting upright, ..." starts at the left with the name; laid out right to
        // left (the name's direction), it began with the sentence's last words and its full stop.
        Line line = Line.containing("eats and drinks", NAME);
        assertThat(line.visual).startsWith(visualOf(NAME) + " eats and drinks");
    }

    @Test
    void whoAndHowOftenKeepTheirNumbers() {
        Line line = Line.containing("How often", "3 مرات في اليوم");
        assertThat(line.x("مرات")).isLessThan(line.x("3"));
        assertThat(line.x("في")).isLessThan(line.x("مرات"));
        assertThat(line.x("Who")).isLessThan(line.x("الأم"));
    }

    @Test
    void arabicMarksSitOnTheirLettersNotBesideThem() {
        List<TextPosition> glyphs = pdf.glyphs;
        // No tatweel and no spacing forms of the marks: each mark is drawn at its letter's place.
        assertThat(glyphs).noneMatch(g -> g.getUnicode().chars().anyMatch(c -> c == 0x0640 || c >= 0xFE70 && c <= 0xFE7F));
        int marks = 0;
        for (int i = 0; i < glyphs.size(); i++) {
            String u = glyphs.get(i).getUnicode();
            if (u.length() == 1 && u.charAt(0) >= 0x064B && u.charAt(0) <= 0x0652) {
                marks++;
                // A mark has no width of its own and shares the origin of the letter drawn after it (its base, visually).
                TextPosition next = glyphs.get(i + 1);
                assertThat(Math.abs(glyphs.get(i).getX() - next.getX())).as("mark %s", u).isLessThan(0.5f);
            }
        }
        // Six marks, printed twice (on "Our goals" and on "Our day").
        assertThat(marks).isEqualTo(12);
    }

    /** One line of glyphs on a page, left to right, with a string to find words in (by where they are drawn). */
    @Test
    void copiedTextReadsInLogicalOrderInAnEnglishAndInAnArabicPlan() {
        Routine breakfast = Routine.of("", "الفطور");
        Goal g1 = Goal.inFamilyWords("الإشارة إلى الصور").withCriterion(AR_EUROPEAN).withRoutineIds(List.of(breakfast.id()));
        Goal g2 = Goal.inFamilyWords("الأكل وحدها").withCriterion(AR_INDIC).withRoutineIds(List.of(breakfast.id()));
        Goal g3 = Goal.inFamilyWords("מצביע על תמונות").withCriterion(HE).withRoutineIds(List.of(breakfast.id()));
        Family family = Family.builder(new Child(NAME, "", null)).routines(List.of(breakfast))
                .goals(List.of(g1, g2, g3)).build();
        for (String language : List.of("en", "ar")) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            HomePlanPdf.write(family, PrintOptions.defaults(Locale.forLanguageTag("en-AU"), TODAY).withWeeks(1)
                    .withLanguage(language), out);
            // What copy-paste, search and a screen reader get (PDFBox's text extraction, in reading order):
            // the words as typed, letters not joined shapes, numbers inside their sentence.
            // (Canonical normalisation only: joined presentation forms would not fold back to letters here.)
            String text = Normalizer.normalize(new PdfDocument(out.toByteArray()).drawnText, Normalizer.Form.NFC)
                    .replaceAll("[\\u200E\\u200F\\u2066-\\u2069]", "").replaceAll("\\s+", " ");
            assertThat(text).as(language).contains(NAME, AR_EUROPEAN, AR_INDIC, HE, "الإشارة إلى الصور", "מצביע על תמונות");
        }
    }

    /**
     * What a screen reader reads (the structure tree, with /ActualText) and what a reader of the page's
     * drawing in content order gets (PDFBox): each line in the order it was typed, where the plan's own words
     * meet an Arabic or Hebrew name or sentence, with European and Arabic-Indic digits. Drawn right to left,
     * the spans held their letters backwards, and the header "خطة ليلى في البيت" came out "ليلى في البيتخطة".
     */
    @Test
    void aScreenReaderAndCopiedTextReadEachLineInTheOrderItWasTyped() throws IOException {
        Routine breakfast = Routine.of("", "Breakfast");
        Goal g1 = Goal.inFamilyWords("الإشارة إلى الصور").withCriterion(AR_EUROPEAN).withRoutineIds(List.of(breakfast.id()));
        Goal g2 = Goal.inFamilyWords("الأكل وحدها").withCriterion(AR_INDIC).withRoutineIds(List.of(breakfast.id()));
        Goal g3 = Goal.inFamilyWords("מצביע על תמונות").withCriterion(HE).withRoutineIds(List.of(breakfast.id()));
        Strategy s = new Strategy(null, g1.id(), breakfast.id(), "نقرأ كتابا", "الأم", "3 مرات في اليوم", "");
        Family arabicName = Family.builder(new Child(NAME, "", null)).about(new AboutUs("", INTERESTS, "", "", ""))
                .routines(List.of(breakfast)).goals(List.of(g1, g2, g3)).strategies(List.of(s)).build();
        Family hebrewName = Family.builder(new Child("נועה", "", null)).routines(List.of(breakfast))
                .goals(List.of(g3)).build();

        List<String> english = ReadAloud.lines(print(arabicName, "en"));
        assertThat(english).contains(NAME + "'s home plan", NAME + " loves: " + INTERESTS,
                "We'll know it's working when... " + AR_EUROPEAN, "We'll know it's working when... " + AR_INDIC,
                "We'll know it's working when... " + HE, "Goal 1: الإشارة إلى الصور",
                "Who: الأم How often: 3 مرات في اليوم");
        assertThat(ReadAloud.lines(print(hebrewName, "en"))).contains("נועה's home plan", "Goal 1: מצביע על תמונות");

        LanguagePack ar = LanguagePacks.shipped().find("ar").orElseThrow();
        byte[] arabic = print(arabicName, "ar");
        List<String> read = ReadAloud.lines(arabic);
        String title = ar.text("print.title", NAME);
        assertThat(read).contains(title, ar.text("print.goals.criterion").replace("\u2026", "...") + " " + AR_EUROPEAN,
                ar.text("print.goals.criterion").replace("\u2026", "...") + " " + AR_INDIC,
                ar.text("print.day.goal", ar.digits("1"), "الإشارة إلى الصور"),
                ar.text("print.day.who") + ": الأم " + ar.text("print.day.howOften") + ": 3 مرات في اليوم");

        // The page header and footer are not tagged (a screen reader leaves them out): the drawing's own order
        // is what search and copy get there, so each of their pieces is drawn in the order it stands on the line.
        try (PDDocument doc = Loader.loadPDF(arabic)) {
            PDFTextStripper inDrawingOrder = new PDFTextStripper();
            inDrawingOrder.setStartPage(2);
            inDrawingOrder.setEndPage(2);
            assertThat(PdfDocument.flat(inDrawingOrder.getText(doc))).contains(title,
                    ar.text("print.pageOf", ar.digits("2"), ar.digits(Integer.toString(doc.getNumberOfPages()))));
        }
    }

    private static byte[] print(Family family, String language) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        HomePlanPdf.write(family, PrintOptions.defaults(Locale.forLanguageTag("en-AU"), TODAY).withWeeks(1)
                .withLanguage(language), out);
        return out.toByteArray();
    }

    @Test
    void aLineNeverEndsBetweenAnOpeningBracketAndARightToLeftName() {
        int ended = 0;
        // The cover's "Made by ..." line, its brackets moved along the line end one letter at a time: a name typed
        // with its Arabic nickname (the family's own text) and a team member's one-word Arabic role (a template's brackets).
        for (int pad = 0; pad < 20; pad++) {
            Family family = Family.builder(new Child("Khôi (خوي)", "", null))
                    .caregivers(List.of(new Caregiver(null, "Lan Nguyễn Thị H" + "o".repeat(pad) + "a (لان)", "Mother", "", false, "", true),
                            new Caregiver(null, "Minh (منه)", "Father", "", false, "", true)))
                    .clinicians(List.of(new Clinician(null, "Dr Layla Haddad", "معالجة", ""),
                            new Clinician(null, "Sam Taylor", "أخصائي", ""), new Clinician(null, "Priya Shah", "طبيبة", "")))
                    .build();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            HomePlanPdf.write(family, PrintOptions.defaults(Locale.forLanguageTag("en-AU"), TODAY).withWeeks(1), out);
            String cover = new PdfDocument(out.toByteArray()).pages.get(0);
            assertThat(cover.lines().map(String::strip)).as("pad %d", pad).noneMatch(line -> line.endsWith("("));
            assertThat(PdfDocument.flat(cover)).contains("Made by");
            ended += PdfDocument.flat(cover).contains("(لان)") ? 1 : 0;
        }
        assertThat(ended).isEqualTo(20); // the nickname stays inside its brackets
    }

    @Test
    void aLineNeverEndsBetweenAnOpeningBracketAndSeveralRightToLeftWords() {
        int whole = 0;
        // As above, with two-word right-to-left words in brackets: a nickname typed in the family's own text and a
        // team member's role in the template's brackets, moved along the line end one letter at a time.
        for (int pad = 0; pad < 24; pad++) {
            Family family = Family.builder(new Child("Khôi", "", null))
                    .caregivers(List.of(new Caregiver(null, "Lan Nguyễn Thị H" + "o".repeat(pad) + "a (أم خوي)", "Mother", "", false, "", true)))
                    .clinicians(List.of(new Clinician(null, "Dr Layla Haddad", "أخصائية نطق", ""),
                            new Clinician(null, "Sam Taylor", "معالج وظيفي", "")))
                    .build();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            HomePlanPdf.write(family, PrintOptions.defaults(Locale.forLanguageTag("en-AU"), TODAY).withWeeks(1), out);
            String cover = new PdfDocument(out.toByteArray()).pages.get(0).replace('\u00A0', ' ');
            assertThat(cover.lines().map(String::strip)).as("pad %d", pad).noneMatch(line -> line.endsWith("("));
            String flat = PdfDocument.flat(cover);
            whole += flat.contains("(أم خوي)") && flat.contains("(أخصائية نطق)") && flat.contains("(معالج وظيفي)") ? 1 : 0;
        }
        assertThat(whole).isEqualTo(24); // each stays inside its brackets
    }

    @Test
    void inAnArabicPlanALineNeverEndsBetweenAnOpeningBracketAndSeveralEnglishWords() {
        int whole = 0;
        // The mirror case: an Arabic plan's "Made by" line with the team's English roles in the template's brackets.
        for (int pad = 0; pad < 16; pad++) {
            Family family = Family.builder(new Child("يوسف", "", null))
                    .caregivers(List.of(new Caregiver(null, "مريم " + "ا".repeat(pad), "الأم", "العربية", true, "", true)))
                    .clinicians(List.of(new Clinician(null, "Sam Taylor", "Occupational therapist", ""),
                            new Clinician(null, "Priya Shah", "Speech pathologist", "")))
                    .build();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            HomePlanPdf.write(family, PrintOptions.defaults(Locale.forLanguageTag("en-AU"), TODAY).withWeeks(1)
                    .withLanguage("ar"), out);
            String flat = PdfDocument.flat(new PdfDocument(out.toByteArray()).pages.get(0).replace('\u00A0', ' '));
            whole += flat.contains("(Occupational therapist)") && flat.contains("(Speech pathologist)") ? 1 : 0;
        }
        assertThat(whole).isEqualTo(16); // each role stays inside its brackets, whichever line it is on
    }

    private record Line(List<TextPosition> glyphs, String visual, List<Integer> glyphAt) {
        static Line containing(String english, String rtl) {
            for (int page = 0; page < pdf.pageCount(); page++) {
                Line line = on(page, english, rtl, false);
                if (line != null) {
                    return line;
                }
            }
            throw new AssertionError("no line with " + english + " and " + rtl);
        }

        static Line on(int page, String english, String rtl) {
            Line line = on(page, english, rtl, false);
            if (line == null) {
                throw new AssertionError("page " + (page + 1) + " has no line with " + english + " and " + rtl);
            }
            return line;
        }

        private static Line on(int page, String english, String rtl, boolean unused) {
            List<TextPosition> all = new ArrayList<>();
            for (int i = 0; i < pdf.glyphs.size(); i++) {
                if (pdf.glyphPages.get(i) == page + 1) {
                    all.add(pdf.glyphs.get(i));
                }
            }
            // Group by baseline.
            List<List<TextPosition>> lines = new ArrayList<>();
            all.stream().map(TextPosition::getY).distinct().sorted().forEach(y -> lines.add(
                    all.stream().filter(g -> Math.abs(g.getY() - y) < 0.5f).sorted(Comparator.comparing(TextPosition::getX)).toList()));
            for (List<TextPosition> glyphs : lines) {
                Line line = of(glyphs);
                if (line.visual.contains(english) && line.visual.contains(visualOf(rtl.split(" ")[0]))) {
                    return line;
                }
            }
            return null;
        }

        static Line of(List<TextPosition> glyphs) {
            StringBuilder visual = new StringBuilder();
            List<Integer> at = new ArrayList<>();
            for (int i = 0; i < glyphs.size(); i++) {
                String u = Normalizer.normalize(glyphs.get(i).getUnicode(), Normalizer.Form.NFKC);
                if (u.equals("لا") || u.equals("لأ") || u.equals("لإ") || u.equals("لآ")) {
                    u = new StringBuilder(u).reverse().toString(); // a lam-alef ligature, drawn as one glyph
                }
                for (int k = 0; k < u.length(); k++) {
                    at.add(i);
                }
                visual.append(u);
            }
            return new Line(glyphs, visual.toString().replace('’', '\''), at);
        }

        /** The middle of a word on the page. */
        float x(String word) {
            String drawn = visualOf(word);
            int index = visual.indexOf(drawn);
            assertThat(index).as("%s in %s", word, visual).isGreaterThanOrEqualTo(0);
            assertThat(visual.indexOf(drawn, index + 1)).as("%s once in %s", word, visual).isNegative();
            TextPosition first = glyphs.get(glyphAt.get(index));
            TextPosition last = glyphs.get(glyphAt.get(index + drawn.length() - 1));
            return (first.getX() + last.getX() + last.getWidth()) / 2;
        }
    }

    /** How a word is drawn left to right: right-to-left letters reversed, digits and Latin as they are. */
    static String visualOf(String word) {
        boolean rtl = word.codePoints().anyMatch(c -> Character.getDirectionality(c) == Character.DIRECTIONALITY_RIGHT_TO_LEFT
                || Character.getDirectionality(c) == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC);
        return rtl ? new StringBuilder(word).reverse().toString() : word;
    }
}
