package app.homeplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.homeplan.Commands;
import app.homeplan.plan.Family;
import app.homeplan.store.Store;
import app.homeplan.testing.Stores;
import app.homeplan.testing.TestFamilies;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportPdfCommandTest {
    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private Path db;
    private long familyId;

    @BeforeEach
    void storeAFamily() {
        db = dir.resolve("homeplan.db");
        try (Store store = Stores.open(db)) {
            Family f = store.families().insert(TestFamilies.everyField());
            familyId = f.id();
        }
    }

    private int run(String... args) {
        out.reset();
        err.reset();
        return Commands.cli(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8))
                .run(List.of(args));
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private static String text(Path pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }

    @Test
    void writesTheFamilysPlanAndSaysWhere() throws Exception {
        Path pdf = dir.resolve("plan.pdf");
        assertThat(run("export-pdf", "--family", String.valueOf(familyId), "-o", pdf.toString(), "--db", db.toString(), "--language", "en"))
                .isZero();
        assertThat(err()).isEmpty();
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("Saved " + pdf.toAbsolutePath() + System.lineSeparator());
        String text = text(pdf);
        assertThat(text).contains("Mimi's home plan", "Practice tracker: week 4 of 4").doesNotContain("For the team");
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertThat(doc.getPage(0).getMediaBox().getWidth()).isEqualTo(595.275f, org.assertj.core.data.Offset.offset(1f));
        }
    }

    @Test
    void printsStraightFromAFamilyFileWithoutStoringIt() throws Exception {
        Path file = dir.resolve("mia.homeplan.json");
        app.homeplan.fileformat.FamilyFile.write(TestFamilies.everyField(), file);
        Path emptyDb = dir.resolve("empty.db");
        Path pdf = dir.resolve("from-file.pdf");
        assertThat(run("export-pdf", "--file", file.toString(), "-o", pdf.toString(), "--db", emptyDb.toString(), "--language", "en")).isZero();
        assertThat(text(pdf)).contains("Mimi's home plan", "Thick-handled spoon");
        assertThat(Files.exists(emptyDb)).as("a family file is printed without opening any database").isFalse();
    }

    @Test
    void aBrokenFamilyFileOrBothSourcesAreOneLineErrors() throws Exception {
        Path broken = dir.resolve("broken.homeplan.json");
        Files.writeString(broken, "{\"format\": \"homeplan-family\", \"version\": 1, \"family\": {");
        Path pdf = dir.resolve("x.pdf");
        assertThat(run("export-pdf", "--file", broken.toString(), "-o", pdf.toString())).isEqualTo(Cli.FAILED);
        assertThat(err().lines()).hasSize(1).first().asString().startsWith("homeplan: ");
        assertThat(pdf).doesNotExist();
        assertThat(run("export-pdf", "--file", broken.toString(), "--family", "1", "-o", pdf.toString())).isEqualTo(Cli.USAGE);
        assertThat(err()).contains("either --family ID");
        assertThat(run("export-pdf", "-o", pdf.toString())).isEqualTo(Cli.USAGE);
    }

    @Test
    void paperCopyAndWeeksAreHonoured() throws Exception {
        Path pdf = dir.resolve("clinician.pdf");
        assertThat(run("--db", db.toString(), "export-pdf", "--family", String.valueOf(familyId), "--output", pdf.toString(),
                "--paper", "LETTER", "--copy", "clinician", "--weeks", "2")).isZero();
        String text = text(pdf);
        assertThat(text).contains("For the team", "Practice tracker: week 2 of 2").doesNotContain("week 3 of");
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertThat(doc.getPage(0).getMediaBox().getWidth()).isEqualTo(612f, org.assertj.core.data.Offset.offset(1f));
            assertThat(doc.getPage(0).getMediaBox().getHeight()).isEqualTo(792f, org.assertj.core.data.Offset.offset(1f));
        }
    }

    @Test
    void copyProgressPrintsTheFamilysProgressSummary() throws Exception {
        Path pdf = dir.resolve("progress.pdf");
        assertThat(run("export-pdf", "--family", String.valueOf(familyId), "-o", pdf.toString(), "--copy", "progress",
                "--language", "en", "--db", db.toString())).isZero();
        assertThat(err()).isEmpty();
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("Saved " + pdf.toAbsolutePath() + System.lineSeparator());
        String text = text(pdf);
        // The family's copy speaks in plain words: the ratings over the goals rated both times, and no
        // T-score, weights or coverage detail (those are in the clinician copy).
        assertThat(text).contains("Mimi's progress", "The average of goal 1: the goal we rated at the start and now.",
                "+4: a real step forward", "Stopped: we are not working on this goal for now.")
                .doesNotContain("Practice tracker", "For the team", "T-score", "weighted");

        // The same from a family file, without storing it; --weeks is the plan's and does not get in the way.
        Path file = dir.resolve("mia.homeplan.json");
        app.homeplan.fileformat.FamilyFile.write(TestFamilies.everyField(), file);
        Path fromFile = dir.resolve("from-file progress.pdf");
        assertThat(run("export-pdf", "--file", file.toString(), "-o", fromFile.toString(), "--copy", "PROGRESS",
                "--weeks", "2", "--language", "en")).isZero();
        assertThat(text(fromFile)).contains("Mimi's progress", "+4: a real step forward").doesNotContain("T-score");
    }

    @Test
    void languageChoosesThePacksWordsAndAnUnknownCodeIsOneLineListingTheLanguages() throws Exception {
        Path pdf = dir.resolve("plan-es.pdf");
        assertThat(run("export-pdf", "--family", String.valueOf(familyId), "-o", pdf.toString(), "--language", "ES",
                "--db", db.toString())).isZero();
        assertThat(text(pdf)).contains("Nuestras metas").doesNotContain("Our goals");

        Path bilingual = dir.resolve("plan-es-en.pdf");
        assertThat(run("export-pdf", "--family", String.valueOf(familyId), "-o", bilingual.toString(), "--language", "es",
                "--bilingual", "--db", db.toString())).isZero();
        assertThat(text(bilingual)).contains("Nuestras metas", "Our goals");

        Path none = dir.resolve("plan-xx.pdf");
        assertThat(run("export-pdf", "--family", String.valueOf(familyId), "-o", none.toString(), "--language", "klingon",
                "--db", db.toString())).isEqualTo(2);
        assertThat(err()).isEqualTo("homeplan: there is no language pack \u201cklingon\u201d. The languages are: en (English), "
                + "es (Español), vi (Tiếng Việt), ar (العربية), zh-Hans (简体中文)." + System.lineSeparator());
        assertThat(Files.exists(none)).isFalse();
    }

    @Test
    void anUnknownFamilyIsOneLineAndExitOne() {
        Path pdf = dir.resolve("plan.pdf");
        assertThat(run("export-pdf", "--family", "98765", "-o", pdf.toString(), "--db", db.toString())).isEqualTo(1);
        assertThat(err()).isEqualTo("homeplan: there is no family with id 98765. Run \u201clist\u201d to see the families and their ids."
                + System.lineSeparator());
        assertThat(Files.exists(pdf)).isFalse();
    }

    @Test
    void anUnwritablePlaceIsOneLineExitOneAndLeavesNoFile() throws Exception {
        Path file = Files.writeString(dir.resolve("file.txt"), "not a folder");
        assertThat(run("export-pdf", "--family", String.valueOf(familyId), "-o", file.resolve("plan.pdf").toString(),
                "--db", db.toString())).isEqualTo(1);
        assertThat(err()).startsWith("homeplan: The folder ").contains("does not exist").doesNotContain("Exception");
        assertThat(err().lines()).hasSize(1);

        assertThat(run("export-pdf", "--family", String.valueOf(familyId), "-o", dir.toString(), "--db", db.toString()))
                .isEqualTo(1);
        assertThat(err()).isEqualTo("homeplan: " + dir.toAbsolutePath() + " is a folder. Choose a file name inside it, such as plan.pdf."
                + System.lineSeparator());
        assertThat(err().lines()).hasSize(1);
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).allMatch(n -> !n.endsWith(".pdf") && !n.endsWith(".part"));
        }
    }

    @Test
    void badOptionValuesAreUsageErrorsNamingWhatIsAllowed() {
        String id = String.valueOf(familyId);
        String pdf = dir.resolve("plan.pdf").toString();
        assertThat(run("export-pdf", "--family", id, "-o", pdf, "--db", db.toString(), "--paper", "a3")).isEqualTo(2);
        assertThat(err()).isEqualTo("homeplan: --paper must be one of a4, letter, not \u201ca3\u201d." + System.lineSeparator());
        assertThat(run("export-pdf", "--family", id, "-o", pdf, "--db", db.toString(), "--copy", "mum")).isEqualTo(2);
        assertThat(err()).isEqualTo("homeplan: --copy must be one of family, clinician, progress, not \u201cmum\u201d."
                + System.lineSeparator());
        for (String weeks : List.of("0", "13", "four", "-1")) {
            assertThat(run("export-pdf", "--family", id, "-o", pdf, "--db", db.toString(), "--weeks", weeks)).isEqualTo(2);
            assertThat(err()).isEqualTo("homeplan: --weeks must be a whole number from 1 to 12, not \u201c" + weeks + "\u201d."
                    + System.lineSeparator());
        }
        assertThat(run("export-pdf", "--family", id, "--db", db.toString())).isEqualTo(2);
        assertThat(err()).contains("needs --output");
        assertThat(run("export-pdf", "-o", pdf, "--db", db.toString())).isEqualTo(2);
        assertThat(err()).contains("needs either --family ID");
        assertThat(run("export-pdf", "--family", "x", "-o", pdf, "--db", db.toString())).isEqualTo(2);
        assertThat(Files.exists(Path.of(pdf))).isFalse();
    }

    @Test
    void helpListsTheCommand() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("export-pdf (--family ID | --file FAMILY_FILE) -o FILE [--db PATH] [--paper a4|letter]",
                "[--copy family|clinician|progress]", "--copy progress prints the family's progress summary instead");
    }
}
