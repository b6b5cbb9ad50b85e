package app.homeplan.bench;

import app.homeplan.plan.Family;
import app.homeplan.print.HomePlanPdf;
import app.homeplan.print.PrintOptions;
import app.homeplan.testing.HardFamilies;
import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Export time and memory of the biggest plan Homeplan is asked to print well: the stress family of
 * {@link HardFamilies#stress} (20 routines, 40 goals each in two routines, 80 strategies, a goal of
 * about 5,000 characters), family copy, 4 tracker weeks, A4. Prints the first export in this fresh
 * JVM, the median and spread of warm exports, and the process's peak resident memory (which includes
 * the JVM itself, so run it in a JVM of its own). A benchmark, not a test: it asserts nothing. Run
 * with {@code src/bench/bigplan.sh}, which runs it with the JVM's defaults and with the packaged app's options.
 *
 * <p>Arguments: {@code [warm-up runs (default 10)] [measured runs (default 10)]}.
 */
public final class BigPlanBenchmark {
    private BigPlanBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int warmUps = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        LocalDate today = LocalDate.now();
        Family family = HardFamilies.stress(today);
        PrintOptions options = PrintOptions.defaults(Locale.forLanguageTag("en-AU"), today);

        long start = System.nanoTime();
        byte[] first = export(family, options);
        double firstMs = (System.nanoTime() - start) / 1e6;
        int pages;
        try (PDDocument doc = Loader.loadPDF(first)) {
            pages = doc.getNumberOfPages();
        }
        System.out.printf(Locale.ROOT, "plan: %d routines, %d goals, %d strategies; family copy, 4 tracker weeks, A4: %d pages, %d bytes%n",
                family.routines().size(), family.goals().size(), family.strategies().size(), pages, first.length);
        System.out.printf(Locale.ROOT, "first export in a fresh JVM: %.0f ms%n", firstMs);

        for (int i = 0; i < warmUps; i++) {
            export(family, options);
        }
        // Processor time of this thread beside wall time: on a shared, busy machine the wall time is
        // mostly waiting for a core, the processor time is what the export itself costs.
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double[] ms = new double[runs];
        double[] cpuMs = new double[runs];
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            long cpu = threads.getCurrentThreadCpuTime();
            export(family, options);
            cpuMs[i] = (threads.getCurrentThreadCpuTime() - cpu) / 1e6;
            ms[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(ms);
        Arrays.sort(cpuMs);
        System.out.printf(Locale.ROOT, "warm export (%d runs after %d warm-ups): wall median %.0f ms (min %.0f, max %.0f); "
                        + "processor time of the exporting thread median %.0f ms (min %.0f, max %.0f)%n",
                runs, warmUps, ms[runs / 2], ms[0], ms[runs - 1], cpuMs[runs / 2], cpuMs[0], cpuMs[runs - 1]);
        long heapPeak = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        System.out.printf(Locale.ROOT, "peak resident memory of the process (VmHWM): %s; heap pools' peak use: %d MB; max heap: %d MB%n",
                PeakMemory.vmHwm(), heapPeak >> 20, Runtime.getRuntime().maxMemory() >> 20);
    }

    private static byte[] export(Family family, PrintOptions options) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1024 * 1024);
        HomePlanPdf.write(family, options, out);
        return out.toByteArray();
    }
}
