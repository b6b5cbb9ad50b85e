package app.homeplan.startup;

import com.sun.management.HotSpotDiagnosticMXBean;
import com.sun.management.VMOption;
import java.lang.management.ManagementFactory;
import java.time.Duration;

/**
 * Keeps the window's memory near what it really holds when it runs on the JVM's defaults ({@code java -jar}
 * on a computer with much memory: G1 with a maximum heap of a quarter of it). Started with work to do and
 * little to keep, G1 grows the heap after each young collection that took more than about 1 % of the time
 * (its threshold shrinks with the heap's share of that maximum), and every growth puts the next regions in
 * fresh memory: 197 MB of the heap was resident with 114 MB in use once the home screen and its warm-ups were
 * done (docs/benchmarks.md, session 7). So, with settings a running program may change (the "manageable"
 * ones), G1 starts a concurrent collection when 0.3 s pass without any collection, and at its end gives
 * back what is free beyond 20 % (instead of 70 %) of the heap: in the first minute, when the home screen,
 * the PDF warm-up and the wizard's warm-up come one after another with pauses between them. After that,
 * once a minute when idle, so a window left open returns what it no longer needs.
 *
 * <p>Changes nothing with another collector (the packaged app's Serial GC sizes its heap itself), nor a
 * setting given on the command line.
 */
public final class HeapTrim {
    /**
     * While the window starts and warms up: a collection after 0.3 idle seconds, so the heap is given back
     * between two bursts of the warm-ups (after one idle second: 291-305 MB with a family open, against
     * 267-276 MB; costs about 15 % of a core while the window sits idle in that first minute).
     */
    static final long STARTING_INTERVAL_MS = 300;
    /** How long the starting interval lasts: past the warm-ups (about 25 s on a loaded computer). */
    static final Duration STARTING = Duration.ofMinutes(1);
    /** Afterwards: a window left alone gives memory back once a minute. */
    static final long IDLE_INTERVAL_MS = 60_000;
    static final String INTERVAL = "G1PeriodicGCInterval";
    static final String MIN_FREE = "MinHeapFreeRatio";
    static final String MAX_FREE = "MaxHeapFreeRatio";

    private HeapTrim() {
    }

    /** Starts a low-priority daemon thread that applies the settings, then relaxes them after {@link #STARTING}. */
    public static void startInBackground() {
        Thread thread = new Thread(HeapTrim::run, "homeplan-heap-trim");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
    }

    private static void run() {
        try {
            HotSpotDiagnosticMXBean vm = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
            if (!starting(vm)) {
                return;
            }
            Thread.sleep(STARTING.toMillis());
            idle(vm);
        } catch (InterruptedException stopped) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException | LinkageError notThisJvm) {
            // A runtime without these settings (or without jdk.management): the JVM's own sizing stays.
        }
    }

    /** Applies the starting settings under G1; false (nothing changed) under any other collector. */
    static boolean starting(HotSpotDiagnosticMXBean vm) {
        if (!"true".equals(vm.getVMOption("UseG1GC").getValue())) {
            return false;
        }
        // Min first: the JVM refuses a maximum under the minimum in force.
        setIfDefault(vm, MIN_FREE, "5");
        setIfDefault(vm, MAX_FREE, "20");
        setIfDefault(vm, INTERVAL, Long.toString(STARTING_INTERVAL_MS));
        return true;
    }

    /** After the start: the interval relaxed, if it is still the one {@link #starting} set. */
    static void idle(HotSpotDiagnosticMXBean vm) {
        VMOption interval = vm.getVMOption(INTERVAL);
        if (interval.getOrigin() == VMOption.Origin.MANAGEMENT
                && interval.getValue().equals(Long.toString(STARTING_INTERVAL_MS))) {
            vm.setVMOption(INTERVAL, Long.toString(IDLE_INTERVAL_MS));
        }
    }

    private static void setIfDefault(HotSpotDiagnosticMXBean vm, String name, String value) {
        VMOption.Origin origin = vm.getVMOption(name).getOrigin();
        if (origin == VMOption.Origin.DEFAULT || origin == VMOption.Origin.ERGONOMIC) {
            vm.setVMOption(name, value);
        }
    }
}
