package app.homeplan.print;

import static org.assertj.core.api.Assertions.assertThat;

import app.homeplan.library.ExampleFamily;
import app.homeplan.plan.Family;
import app.homeplan.testing.HardFamilies;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;

/**
 * The fonts are parsed once per run and shared by the documents printed after each other
 * ({@link PlanFonts.ForOneDocument}). Exports running at the same time (the window's export beside a
 * progress summary, the clinic server's requests) must still each come out as if printed alone: the
 * same text, and every page drawn with the same glyphs, in English, Arabic with Hebrew, and Chinese.
 */
class ExportsAtTheSameTimeTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
    private static final PrintOptions ENGLISH = PrintOptions.defaults(Locale.forLanguageTag("en-AU"), TODAY)
            .withPaper(Paper.A4);

    private record Print(String what, Family family, PrintOptions options) {
        byte[] pdf() {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            HomePlanPdf.write(family, options, out);
            return out.toByteArray();
        }
    }

    @Test
    void plansPrintedAtTheSameTimeReadAndLookAsWhenPrintedAlone() throws Exception {
        List<Print> prints = List.of(
                new Print("English family copy", ExampleFamily.create(TODAY), ENGLISH),
                new Print("Arabic family with Hebrew names", HardFamilies.rightToLeft(TODAY), ENGLISH),
                new Print("Chinese plan", ExampleFamily.create(TODAY), ENGLISH.withLanguage("zh-Hans")),
                new Print("English clinician copy", ExampleFamily.create(TODAY), ENGLISH.withCopy(PlanCopy.CLINICIAN)));
        List<Looks> alone = new ArrayList<>();
        for (Print print : prints) {
            alone.add(Looks.of(print.pdf()));
        }

        int rounds = 2;
        ExecutorService threads = Executors.newFixedThreadPool(prints.size() * rounds);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<byte[]>> together = new ArrayList<>();
            for (int round = 0; round < rounds; round++) {
                for (Print print : prints) {
                    together.add(threads.submit(() -> {
                        start.await();
                        return print.pdf();
                    }));
                }
            }
            start.countDown();
            for (int i = 0; i < together.size(); i++) {
                Print print = prints.get(i % prints.size());
                Looks looks = Looks.of(together.get(i).get(5, TimeUnit.MINUTES));
                Looks expected = alone.get(i % prints.size());
                assertThat(looks.pages).as(print.what() + ": the text of every page").isEqualTo(expected.pages);
                for (int page = 0; page < expected.images.size(); page++) {
                    assertThat(samePixels(looks.images.get(page), expected.images.get(page)))
                            .as(print.what() + ", page " + (page + 1) + " drawn as when printed alone").isTrue();
                }
            }
        } finally {
            threads.shutdownNow();
        }
    }

    /** A PDF as a reader sees it: the text of each page, and the first pages drawn at a low resolution. */
    private record Looks(List<String> pages, List<BufferedImage> images) {
        static Looks of(byte[] pdf) {
            PdfDocument read = new PdfDocument(pdf);
            List<BufferedImage> images = new ArrayList<>();
            try (PDDocument doc = Loader.loadPDF(pdf)) {
                PDFRenderer renderer = new PDFRenderer(doc);
                for (int page = 0; page < Math.min(2, doc.getNumberOfPages()); page++) {
                    images.add(renderer.renderImageWithDPI(page, 40));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return new Looks(read.pages, images);
        }
    }

    private static boolean samePixels(BufferedImage a, BufferedImage b) {
        if (a.getWidth() != b.getWidth() || a.getHeight() != b.getHeight()) {
            return false;
        }
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                if (a.getRGB(x, y) != b.getRGB(x, y)) {
                    return false;
                }
            }
        }
        return true;
    }
}
