package app.homeplan.print;

import static org.assertj.core.api.Assertions.assertThat;

import app.homeplan.language.LanguagePacks;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A label ends the way its language writes it ("Who:" in English, "谁来做：" with a full-width colon in
 * Chinese), and the ending comes from the language pack ({@code print.label}), so a clinic that corrects
 * the pack changes it without a new Homeplan.
 */
class LabelPunctuationTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

    @TempDir
    Path dataFolder;

    @Test
    void chineseLabelsEndWithAFullWidthColonAndNoSpace() {
        String text = print(LanguagePacks.shipped(), "zh-Hans");
        assertThat(text).contains("谁来做：", "多久一次：", "在哪里练习：")
                .doesNotContain("谁来做:", "多久一次:", "在哪里练习:", "谁来做： ");
        assertThat(print(LanguagePacks.shipped(), "en")).contains("Who: ", "How often: ", "Where we practise: ");
    }

    @Test
    void theEndingComesFromThePack() throws IOException {
        Path folder = Files.createDirectories(dataFolder.resolve(LanguagePacks.FOLDER));
        Files.writeString(folder.resolve("zh-Hans.properties"), "print.label={0} ——\n", StandardCharsets.UTF_8);
        LanguagePacks packs = LanguagePacks.load(dataFolder);
        assertThat(packs.problems()).isEmpty();
        assertThat(print(packs, "zh-Hans")).contains("谁来做 ——", "多久一次 ——").doesNotContain("谁来做：");
    }

    private static String print(LanguagePacks packs, String language) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        HomePlanPdf.write(PrintLanguages.exampleWithLibraryStrategies(TODAY), PrintOptions.defaults(Locale.ENGLISH, TODAY)
                .withPaper(Paper.A4).withPacks(packs).withLanguage(language).withWeeks(1), out);
        // The text as extracted, spaces folded (not NFKC: that would fold the full-width colon to ":").
        try (PDDocument doc = Loader.loadPDF(out.toByteArray())) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
