package app.homeplan.startup.ui;

import app.homeplan.families.ui.FamilyListView;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;
import java.lang.management.ManagementFactory;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TableRow;

/**
 * Measures start-up for {@code --print-startup-time}: the first frame of the window (the opening
 * screen) and the first frame of the home screen with its family rows laid out, both counted from
 * the JVM's start. Each is taken at the end of the layout pass of the pulse that draws the frame.
 *
 * <p>Prints, once the home screen is up:
 * <pre>
 * first-frame-ms 612        JVM start to the window's first frame
 * startup-ms 873            JVM start to the home screen with its rows
 * startup-cpu-ms 1210       processor time the process used until then (all threads; less
 *                           sensitive than wall time to other work on a busy machine)
 * startup-ui-cpu-ms 640     of which the JavaFX thread's (styling, layout, the screens' code:
 *                           what a lighter first frame saves, without the compiler threads' share)
 * home-shown-epoch-ms 17... the same moment as wall-clock time, so a script can count from launch
 * startup-threads-cpu-ms JavaFX Applicat=640 C2 CompilerThre=900 ...
 *                           processor time by thread name (Linux: /proc; digits dropped, so the
 *                           compiler's or the collector's threads add up), the most first
 * </pre>
 * The JVM's start time is read only after the home screen is up, so asking for it costs the
 * measured start-up nothing.
 */
public final class StartupTiming {
    private final Scene scene;
    private final Supplier<Node> currentScreen;
    private final PrintStream out;
    private final CompletableFuture<Void> homeShown = new CompletableFuture<>();
    private final Runnable listener = this::afterLayout;
    private long firstFrameAt = -1;

    private StartupTiming(Scene scene, Supplier<Node> currentScreen, PrintStream out) {
        this.scene = scene;
        this.currentScreen = currentScreen;
        this.out = out;
    }

    /** Starts watching the scene's pulses; call before the stage is shown. {@code out} null: print nothing. */
    public static StartupTiming watch(Scene scene, Supplier<Node> currentScreen, PrintStream out) {
        StartupTiming timing = new StartupTiming(scene, currentScreen, out);
        scene.addPostLayoutPulseListener(timing.listener);
        return timing;
    }

    /** Completes when the home screen's rows have been laid out (and the figures printed). */
    public CompletableFuture<Void> homeShown() {
        return homeShown;
    }

    private void afterLayout() {
        long now = System.currentTimeMillis();
        if (firstFrameAt < 0) {
            firstFrameAt = now;
        }
        if (!showsFamilies(currentScreen.get())) {
            return;
        }
        scene.removePostLayoutPulseListener(listener);
        if (out != null) {
            long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
            out.println("first-frame-ms " + (firstFrameAt - jvmStart));
            out.println("startup-ms " + (now - jvmStart));
            ProcessHandle.current().info().totalCpuDuration()
                    .ifPresent(cpu -> out.println("startup-cpu-ms " + cpu.toMillis()));
            out.println("startup-ui-cpu-ms " + ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() / 1_000_000);
            out.println("home-shown-epoch-ms " + now);
            out.println("startup-threads-cpu-ms " + threadsCpu());
            out.flush();
        }
        homeShown.complete(null);
    }

    /** Processor time of this process's threads by name, from Linux's /proc ("" elsewhere). */
    static String threadsCpu() {
        Map<String, Long> byName = new HashMap<>();
        try (DirectoryStream<Path> tasks = Files.newDirectoryStream(Path.of("/proc/self/task"))) {
            for (Path task : tasks) {
                String stat = Files.readString(task.resolve("stat"));
                // pid (comm) state ...: utime and stime are the 12th and 13th fields after the name's ")"
                String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')')).replaceAll("[#\\d]+$", "").strip();
                String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
                byName.merge(name, ticks * 10, Long::sum); // 100 ticks a second
            }
        } catch (IOException | RuntimeException notLinux) {
            return "";
        }
        return byName.entrySet().stream().filter(e -> e.getValue() > 0)
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(" "));
    }

    /**
     * True when the screen is the family list and it shows its answer: a laid-out row with a family,
     * or the empty list's message once the families are counted (not "Opening your families").
     */
    static boolean showsFamilies(Node screen) {
        if (!(screen instanceof FamilyListView list) || list.model().totalFamiliesProperty().get() < 0) {
            return false;
        }
        if (list.table().getItems().isEmpty()) {
            return true;
        }
        for (Node node : list.table().lookupAll(".table-row-cell")) {
            if (node instanceof TableRow<?> row && !row.isEmpty() && row.isVisible() && row.getHeight() > 0) {
                return true;
            }
        }
        return false;
    }
}
