package app.homeplan.language;

import static org.assertj.core.api.Assertions.assertThat;

import app.homeplan.i18n.Messages;
import app.homeplan.library.ExampleFamily;
import app.homeplan.print.HomePlanPdf;
import app.homeplan.print.Paper;
import app.homeplan.print.PrintOptions;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A clinic's corrections to a language pack and its "checked" mark, as the pack editor saves them: in
 * the data folder's override file, only the lines changed, read back by the app as every pack is, and
 * printed on the plan's notes page ("checked by NAME on DATE" in the plan's own words).
 */
class PackCorrectionsTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 6);

    @TempDir
    Path dataFolder;

    @BeforeAll
    static void english() {
        Messages.setLocale(Locale.ENGLISH);
    }

    @Test
    void changingALineOfACheckedPackMakesItADraftAgain() throws IOException {
        PackCorrections vi = PackCorrections.open(dataFolder, "vi");
        vi.markChecked("Lan Nguyễn", TODAY);
        vi.save();
        PackCorrections checked = PackCorrections.open(dataFolder, "vi");
        String words = checked.text("print.goals.title");
        assertThat(checked.set("print.goals.title", words)).as("the same words: no change").isFalse();
        assertThat(checked.set("print.goals.title", "  " + words + " ")).as("only spaces around").isFalse();
        assertThat(checked.checked()).isTrue();

        assertThat(checked.set("print.goals.title", "Mục tiêu của gia đình mình")).isTrue();
        assertThat(checked.checked()).isFalse();
        assertThat(checked.checkedBy()).isEmpty();
        assertThat(checked.set("print.notes.title", "Ghi chú của nhà mình")).as("already a draft").isFalse();
        checked.save();
        assertThat(LanguagePacks.load(dataFolder).find("vi").orElseThrow().checked()).isFalse();
        assertThat(printed(dataFolder)).contains("Bản dịch là bản nháp", "Mục tiêu của gia đình mình")
                .doesNotContain("Lan Nguyễn");
    }

    @Test
    void aCorrectionAndTheCheckedMarkAreSavedInTheOverrideFileAndPrinted() throws IOException {
        PackCorrections vi = PackCorrections.open(dataFolder, "vi");
        assertThat(vi.checked()).isFalse();
        assertThat(vi.english("print.goals.title")).isEqualTo("Our goals");
        String shipped = vi.text("print.goals.title");
        assertThat(shipped).isNotBlank();
        vi.set("print.goals.title", "Mục tiêu của gia đình mình");
        vi.markChecked("Lan Nguyễn", TODAY);
        vi.save();

        Path file = dataFolder.resolve("language-packs/vi.properties");
        assertThat(vi.file()).isEqualTo(file);
        String saved = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(saved).startsWith("# Homeplan language pack vi")
                .contains("pack.status=checked\npack.checkedBy=Lan Nguyễn\npack.checkedOn=2026-12-06\n",
                        "print.goals.title=Mục tiêu của gia đình mình\n");
        // Only what the clinic changed: the shipped lines stay in the shipped pack.
        assertThat(saved.lines().filter(l -> !l.startsWith("#"))).hasSize(4);

        LanguagePack pack = LanguagePacks.load(dataFolder).find("vi").orElseThrow();
        assertThat(pack.checked()).isTrue();
        assertThat(pack.text("print.goals.title")).isEqualTo("Mục tiêu của gia đình mình");
        assertThat(pack.text("print.title", "Mia")).isEqualTo("Kế hoạch tại nhà của Mia"); // shipped line kept

        String notes = printed(dataFolder);
        assertThat(notes).contains("Lan Nguyễn đã kiểm tra bản dịch vào ngày 6 tháng 12 năm 2026.")
                .contains("Mục tiêu của gia đình mình")
                .doesNotContain("bản nháp"); // the draft sentence is gone

        // Taken back: the plan says draft again.
        PackCorrections again = PackCorrections.open(dataFolder, "vi");
        assertThat(again.checked()).isTrue();
        assertThat(again.checkedBy()).isEqualTo("Lan Nguyễn");
        assertThat(again.corrected("print.goals.title")).isTrue();
        again.markDraft();
        again.save();
        assertThat(printed(dataFolder)).contains("Bản dịch là bản nháp").doesNotContain("Lan Nguyễn");
    }

    @Test
    void wordsAreTypedWithPlainApostrophesAndAShippedWordingIsNoCorrection() throws IOException {
        PackCorrections es = PackCorrections.open(dataFolder, "es");
        assertThat(es.english("print.notes.title")).doesNotContain("''");
        es.set("print.cover.kicker", "Plan de l'enfant"); // typed with one apostrophe
        es.set("print.title", es.text("print.title")); // unchanged: not a correction
        es.set("print.notes.title", "  "); // emptied: the shipped wording prints
        es.save();
        String saved = Files.readString(es.file(), StandardCharsets.UTF_8);
        assertThat(saved).contains("print.cover.kicker=Plan de l''enfant").doesNotContain("print.title=", "print.notes.title=");
        LanguagePack pack = LanguagePacks.load(dataFolder).find("es").orElseThrow();
        assertThat(pack.text("print.cover.kicker")).isEqualTo("Plan de l'enfant");
        assertThat(pack.checked()).as("a correction alone does not mark the pack checked").isFalse();
        assertThat(PackCorrections.open(dataFolder, "es").text("print.cover.kicker")).isEqualTo("Plan de l'enfant");
    }

    @Test
    void wordingThatWouldPrintWrongIsNamedInASentence() throws IOException {
        PackCorrections ar = PackCorrections.open(dataFolder, "ar");
        // A safety line that lost the child's name, a broken bracket, a month list one short.
        String safety = ar.text("library.safety.WATER");
        assertThat(safety).contains("{0}");
        assertThat(ar.problem("library.safety.WATER", safety)).isEmpty();
        assertThat(ar.problem("library.safety.WATER", safety.replace("{0}", "الطفل")))
                .hasValueSatisfying(s -> assertThat(s).contains("{0}").contains("none"));
        assertThat(ar.problem("print.title", "خطة {0 في البيت")).hasValueSatisfying(s -> assertThat(s).contains("curly bracket"));
        assertThat(ar.problem("date.months", "1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11"))
                .hasValueSatisfying(s -> assertThat(s).contains("12").contains("11"));
        assertThat(ar.keys().get(0)).startsWith("print.");
        assertThat(ar.keys()).endsWith("date.long", "date.months", "date.weekdays")
                .contains("print.title", "library.safety.WATER").hasSizeGreaterThan(260).doesNotHaveDuplicates();
    }

    @Test
    void aLanguageTheClinicAddsKeepsEveryLineInItsOwnFile() throws IOException {
        Files.createDirectories(dataFolder.resolve("language-packs"));
        Files.writeString(dataFolder.resolve("language-packs/fa.properties"),
                "pack.code=fa\npack.name=فارسی\npack.englishName=Persian\npack.direction=rtl\n", StandardCharsets.UTF_8);
        PackCorrections fa = PackCorrections.open(dataFolder, "fa");
        assertThat(fa.text("print.title")).isEmpty(); // not written yet: English prints
        fa.set("print.title", "برنامه خانه {0}");
        fa.save();
        LanguagePack pack = LanguagePacks.load(dataFolder).find("fa").orElseThrow();
        assertThat(pack.text("print.title", "Mia")).isEqualTo("برنامه خانه Mia");
        assertThat(pack.rightToLeft()).as("the clinic's own lines are kept").isTrue();
        assertThat(pack.name()).isEqualTo("فارسی");
    }

    /** The example family's plan printed in Vietnamese with the data folder's packs; its text. */
    private static String printed(Path dataFolder) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        HomePlanPdf.write(ExampleFamily.create(TODAY), PrintOptions.defaults(Locale.ENGLISH, TODAY).withPaper(Paper.A4)
                .withLanguage("vi").withWeeks(1).withPacks(LanguagePacks.load(dataFolder)), out);
        try (PDDocument doc = Loader.loadPDF(out.toByteArray())) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }
}
