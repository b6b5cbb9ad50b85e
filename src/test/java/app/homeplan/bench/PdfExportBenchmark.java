package app.homeplan.bench;

import app.homeplan.library.ExampleFamily;
import app.homeplan.plan.Family;
import app.homeplan.print.HomePlanPdf;
import app.homeplan.print.PrintOptions;
import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;

/**
 * Export time of the example family's home plan (family copy, 4 tracker weeks, A4): the first export
 * in this fresh JVM, then the median and spread of warm exports after the JIT has settled. A
 * benchmark, not a test: it prints numbers and asserts nothing. Run with {@code src/bench/pdf.sh}.
 *
 * <p>Arguments: {@code [warm-up runs (default 40)] [measured runs (default 30)] [after-warm-up]}. With
 * {@code after-warm-up} it first does what the app does in the background once the home screen is shown
 * ({@link HomePlanPdf#warmUp()}), then times the first export of another family, as a user's first
 * export in a running app.
 */
public final class PdfExportBenchmark {
    private PdfExportBenchmark() {
    }

    public static void main(String[] args) {
        int warmUps = args.length > 0 ? Integer.parseInt(args[0]) : 40;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        Family family = ExampleFamily.create(LocalDate.now());
        PrintOptions options = PrintOptions.defaults(Locale.forLanguageTag("en-AU"), LocalDate.now());
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();

        if (args.length > 2 && args[2].equals("after-warm-up")) {
            long warm = System.nanoTime();
            HomePlanPdf.warmUp();
            double warmMs = (System.nanoTime() - warm) / 1e6;
            Family another = new GeneratedFamilies(1, 7, LocalDate.now()).iterator().next();
            long t = System.nanoTime();
            byte[] pdf = export(another, options);
            System.out.printf(Locale.ROOT, "first export in a running app, after the background warm-up (%.0f ms): %.0f ms, %d bytes%n",
                    warmMs, (System.nanoTime() - t) / 1e6, pdf.length);
        }
        long start = System.nanoTime();
        byte[] first = export(family, options);
        double firstMs = (System.nanoTime() - start) / 1e6;
        System.out.printf(Locale.ROOT, "first export in a fresh JVM: %.0f ms (JVM start to first PDF: %d ms), %d bytes%n",
                firstMs, System.currentTimeMillis() - jvmStart, first.length);

        for (int i = 0; i < warmUps; i++) {
            export(family, options);
        }
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            export(family, options);
            ms[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(ms);
        System.out.printf(Locale.ROOT, "warm export (%d runs after %d warm-ups): median %.1f ms, min %.1f ms, p90 %.1f ms, max %.1f ms%n",
                runs, warmUps, ms[runs / 2], ms[0], ms[(int) Math.min(runs - 1, Math.round(runs * 0.9))], ms[runs - 1]);
    }

    private static byte[] export(Family family, PrintOptions options) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
        HomePlanPdf.write(family, options, out);
        return out.toByteArray();
    }
}
