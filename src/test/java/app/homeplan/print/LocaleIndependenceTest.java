package app.homeplan.print;

import static org.assertj.core.api.Assertions.assertThat;

import app.homeplan.fileformat.FamilyFile;
import app.homeplan.library.ExampleFamily;
import app.homeplan.testing.ChildJvm;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No word, date, weekday, digit or paper size in a printout comes from the computer's locale. One
 * family is printed by the real {@code export-pdf} in every shipped language and copy, in three Java
 * processes started as a user's would be on a computer set to Vietnamese, to Arabic (Egypt) and to the
 * C locale: LANG and LC_ALL set, no locale options, so Java takes its locale from them. The documents
 * must be the same: page count, paper, the text of every page, what every page draws (its content
 * stream) and the page images; only the file's creation dates and ID may differ.
 */
class LocaleIndependenceTest {
    /** The computer's setting, and the locale and character set Java takes from it (C: en-US in ASCII). */
    private static final Map<String, String> COMPUTERS = Map.of(
            "vi_VN.UTF-8", "locale=vi-VN format=vi-VN charset=UTF-8",
            "ar_EG.UTF-8", "locale=ar-EG format=ar-EG charset=UTF-8",
            "C", "locale=en-US format=en-US charset=US-ASCII");
    private static final List<String> ORDER = List.of("vi_VN.UTF-8", "ar_EG.UTF-8", "C");
    private static final float DPI = 12;

    @TempDir
    Path dir;

    @Test
    void vietnameseArabicAndTheCLocalePrintTheSameDocuments() throws Exception {
        Path locales = compileLocales(dir.resolve("locales"));
        Path family = dir.resolve("mia.homeplan.json");
        FamilyFile.write(ExampleFamily.create(LocalDate.of(2026, 9, 5)), family);

        Map<String, Map<String, Printed>> byComputer = new LinkedHashMap<>();
        for (String computer : ORDER) {
            Path folder = Files.createDirectories(dir.resolve(computer));
            String said = printUnder(computer, locales, family, folder);
            assertThat(said.lines().findFirst().orElse("")).as("the locale Java took from LANG=%s", computer)
                    .isEqualTo(COMPUTERS.get(computer));
            Map<String, Printed> printed = new LinkedHashMap<>();
            for (String name : PrintUnderTheComputersLocale.EXPORTS.keySet()) {
                printed.put(name, Printed.read(folder.resolve(name + ".pdf")));
            }
            byComputer.put(computer, printed);
        }

        Map<String, Printed> vietnamese = byComputer.get("vi_VN.UTF-8");
        for (String computer : ORDER.subList(1, ORDER.size())) {
            for (String name : PrintUnderTheComputersLocale.EXPORTS.keySet()) {
                vietnamese.get(name).assertSameAs(byComputer.get(computer).get(name), name + " under " + computer + " vs vi_VN.UTF-8");
            }
        }

        // The same, and right: an English plan keeps English dates, weekdays and digits, on A4 (no country named).
        Printed english = byComputer.get("ar_EG.UTF-8").get("en");
        String all = String.join(" ", english.text);
        assertThat(all).contains("Goal 1", "Mon", "Sun").containsPattern("Printed on \\d{1,2} [A-Z][a-z]+ 20\\d\\d")
                .doesNotContainPattern("[\\u0660-\\u0669\\u06F0-\\u06F9]");
        assertThat(english.paper).as("paper").containsOnly("595x842");
        assertThat(String.join(" ", byComputer.get("C").get("vi").text)).contains("tháng");
    }

    @Test
    void thePaperFollowsTheComputersPaperSettingAndTheCLocaleNamesNoCountry() {
        assertThat(Paper.forComputer(Map.of("LANG", "C"), Locale.US)).isEqualTo(Paper.A4);
        assertThat(Paper.forComputer(Map.of("LC_ALL", "POSIX", "LANG", "en_US.UTF-8"), Locale.US)).isEqualTo(Paper.A4);
        assertThat(Paper.forComputer(Map.of("LANG", "C.UTF-8"), Locale.US)).isEqualTo(Paper.A4);
        assertThat(Paper.forComputer(Map.of("LANG", "en_US.UTF-8"), Locale.ROOT)).isEqualTo(Paper.LETTER);
        assertThat(Paper.forComputer(Map.of("LANG", "en_AU.UTF-8", "LC_PAPER", "es_MX.UTF-8"), Locale.ROOT)).isEqualTo(Paper.LETTER);
        assertThat(Paper.forComputer(Map.of("LANG", "vi_VN.UTF-8"), Locale.US)).isEqualTo(Paper.A4);
        assertThat(Paper.forComputer(Map.of("LANG", "fr_CA@euro"), Locale.ROOT)).isEqualTo(Paper.LETTER);
        assertThat(Paper.forComputer(Map.of(), Locale.US)).as("no settings: Java's locale").isEqualTo(Paper.LETTER);
        assertThat(Paper.forComputer(Map.of(), Locale.forLanguageTag("en-AU"))).isEqualTo(Paper.A4);
    }

    /** Runs {@link PrintUnderTheComputersLocale} with the computer set to {@code setting}; returns what it said. */
    private static String printUnder(String setting, Path locales, Path family, Path folder) throws Exception {
        List<String> command = new ArrayList<>(List.of(ChildJvm.java().toString(), "-XX:TieredStopAtLevel=1", "-Xmx512m",
                "-Djava.awt.headless=true", "-Dhomeplan.messages.strict=true",
                "-Djava.util.prefs.userRoot=" + folder.resolve("prefs"),
                "-cp", System.getProperty("java.class.path"), PrintUnderTheComputersLocale.class.getName(),
                family.toString(), folder.resolve("homeplan.db").toString(), folder.toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(name -> name.startsWith("LC_") || name.equals("LANGUAGE")
                || name.endsWith("JAVA_OPTIONS") || name.equals("JAVA_TOOL_OPTIONS") || name.equals("HOMEPLAN_DB"));
        env.put("LANG", setting);
        env.put("LC_ALL", setting);
        env.put("LOCPATH", locales.toString());
        Process child = builder.start();
        byte[] said;
        try (InputStream out = child.getInputStream()) {
            said = out.readAllBytes();
        }
        assertThat(child.waitFor(5, TimeUnit.MINUTES)).isTrue();
        String text = new String(said, StandardCharsets.UTF_8);
        assertThat(child.exitValue()).as("printing under %s:%n%s", setting, text).isZero();
        return text;
    }

    /**
     * This machine may have no Vietnamese or Arabic locale installed (Java would then fall back to en-US
     * and the test would prove nothing), so they are compiled here from the system's locale sources and
     * found through LOCPATH, as glibc allows.
     */
    private static Path compileLocales(Path into) throws Exception {
        Files.createDirectories(into);
        for (String setting : ORDER) {
            if (setting.equals("C")) {
                continue;
            }
            String name = setting.substring(0, setting.indexOf('.'));
            Process localedef;
            try {
                localedef = new ProcessBuilder("localedef", "-i", name, "-f", "UTF-8", into.resolve(setting).toString())
                        .redirectErrorStream(true).start();
            } catch (IOException missing) {
                throw new AssertionError("This test needs glibc's localedef (package libc-bin) to make the " + setting
                        + " locale: " + missing.getMessage(), missing);
            }
            String said = new String(localedef.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(localedef.waitFor(2, TimeUnit.MINUTES)).isTrue();
            assertThat(localedef.exitValue()).as("localedef %s: %s", setting, said).isZero();
        }
        return into;
    }

    /** One PDF, read back as what could differ between computers. */
    private record Printed(List<String> paper, List<String> text, List<byte[]> drawing, List<int[]> images, String metadata) {
        static Printed read(Path pdf) {
            List<String> paper = new ArrayList<>();
            List<String> text = new ArrayList<>();
            List<byte[]> drawing = new ArrayList<>();
            List<int[]> images = new ArrayList<>();
            try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
                PDFTextStripper stripper = new PDFTextStripper();
                PDFRenderer renderer = new PDFRenderer(doc);
                for (int i = 0; i < doc.getNumberOfPages(); i++) {
                    PDPage page = doc.getPage(i);
                    paper.add(Math.round(page.getMediaBox().getWidth()) + "x" + Math.round(page.getMediaBox().getHeight()));
                    stripper.setStartPage(i + 1);
                    stripper.setEndPage(i + 1);
                    text.add(stripper.getText(doc));
                    try (InputStream content = page.getContents()) {
                        drawing.add(content.readAllBytes());
                    }
                    BufferedImage image = renderer.renderImageWithDPI(i, DPI, ImageType.RGB);
                    images.add(image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth()));
                }
                var info = doc.getDocumentInformation();
                PDMetadata xmp = doc.getDocumentCatalog().getMetadata();
                String metadata = info.getTitle() + " | " + info.getAuthor() + " | " + info.getSubject() + " | "
                        + doc.getDocumentCatalog().getLanguage() + " | "
                        + (xmp == null ? "" : withoutDates(new String(xmp.toByteArray(), StandardCharsets.UTF_8)));
                return new Printed(paper, text, drawing, images, metadata);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** The file's own creation and change times, and its IDs, are the only things allowed to differ. */
        private static String withoutDates(String xmp) {
            return xmp.replaceAll("\\d{4}-\\d\\d-\\d\\dT[0-9:.]+(Z|[+-]\\d\\d:?\\d\\d)?", "DATE")
                    .replaceAll("uuid:[0-9a-fA-F-]+", "uuid:ID");
        }

        void assertSameAs(Printed other, String what) {
            assertThat(other.paper).as("%s: pages and paper", what).isEqualTo(paper);
            assertThat(other.metadata).as("%s: title, language and metadata", what).isEqualTo(metadata);
            for (int i = 0; i < text.size(); i++) {
                assertThat(other.text.get(i)).as("%s: text of page %d", what, i + 1).isEqualTo(text.get(i));
                assertThat(Arrays.equals(other.drawing.get(i), drawing.get(i))).as("%s: what page %d draws", what, i + 1).isTrue();
                assertThat(Arrays.equals(other.images.get(i), images.get(i))).as("%s: image of page %d at %s dpi", what, i + 1, DPI)
                        .isTrue();
            }
        }
    }
}
