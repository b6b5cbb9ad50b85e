package app.homeplan.bench;

import app.homeplan.families.ui.FamilyListView;
import app.homeplan.families.ui.FamilyListViewModel;
import app.homeplan.intake.ui.IntakeView;
import app.homeplan.intake.ui.StepWarmUp;
import app.homeplan.plan.Family;
import app.homeplan.plan.FamilySummary;
import app.homeplan.store.Store;
import app.homeplan.store.StoreThread;
import app.homeplan.testing.Stores;
import app.homeplan.ui.AppContext;
import app.homeplan.ui.Dialogs;
import app.homeplan.ui.MainWindow;
import app.homeplan.ui.Navigator;
import app.homeplan.ui.WindowState;
import app.homeplan.ui.Theme;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.scene.Parent;
import javafx.stage.Stage;

/**
 * The home screen's search and the opening of a family, timed in a real JavaFX scene (headless Monocle,
 * software rendering) on a database of many families. A benchmark, not a test: it prints numbers.
 *
 * <ul>
 * <li>Search, per keystroke, UI included: from setting the search text (what the search field does on
 *     each key) until the table holds the new rows and the scene's CSS and layout are done, i.e. the
 *     frame is ready to draw (drawing happens at the next pulse, at most 16.7 ms later at 60 Hz). Words
 *     are typed letter by letter (Latin with and without accents, Vietnamese, Arabic, Chinese,
 *     apostrophes, a word that matches nothing), then cleared, as a user would.</li>
 * <li>Opening a family: from the FX thread asking for it, through loading it on the store thread, to
 *     the intake screen built and laid out; the first opening in this JVM, then the median of others.</li>
 * </ul>
 *
 * Run by src/bench/app.sh: {@code ScreenBenchmark DB [rounds of typing, default 6]}.
 */
public final class ScreenBenchmark {
    static final List<String> WORDS = List.of("nguyen", "sarah", "mia tran", "al-sayed", "o'brien", "zzq", "li",
            "nguyễn", "小明", "ليلى", "tuan", "müller", "te aho", "fa'asavalu", "chloe k");

    /** -Dbench.detail=true prints every keystroke: the store's answer and the UI's part. */
    static final boolean DETAIL = Boolean.getBoolean("bench.detail");

    /** -Dbench.bySteps=true also opens families at each step in turn (12 each) and reports each step kind. */
    static final boolean BY_STEP = Boolean.getBoolean("bench.bySteps");

    /** -Dbench.warmUp=false leaves out the app's step warm-up (StepWarmUp), for before/after pairs in one build. */
    static final boolean WARM_UP = !"false".equals(System.getProperty("bench.warmUp"));

    private final StoreThread storeThread = new StoreThread();
    private Store store;
    private Stage stage;
    private MainWindow window;
    private FamilyListView home;
    private AppContext context;

    public static void main(String[] args) throws Exception {
        Path db = Path.of(args[0]);
        int rounds = Math.max(2, args.length > 1 ? Integer.parseInt(args[1]) : 6);
        int code = 1;
        try {
            new ScreenBenchmark().run(db, rounds);
            code = 0;
        } finally {
            System.exit(code); // JavaFX's thread would keep the JVM alive
        }
    }

    void run(Path db, int rounds) throws Exception {
        Preferences prefs = Preferences.userRoot().node("app/homeplan-bench-" + UUID.randomUUID());
        store = storeThread.submit(() -> Stores.open(db)).get();
        storeThreadId = storeThread.submit(() -> Thread.currentThread().getId()).get();
        Platform.startup(() -> { });
        fx(() -> {
            Theme.apply(); // the theme the app shows
            stage = new Stage();
            window = new MainWindow(new WindowState(prefs));
            Dialogs dialogs = new Dialogs(stage);
            Navigator navigator = new Navigator() {
                @Override
                public void showFamilies() {
                    window.show(home);
                }

                @Override
                public void openFamily(long familyId) {
                }
            };
            context = new AppContext(store, storeThread, dialogs, stage, window, navigator);
            FamilyListViewModel model = new FamilyListViewModel(store.families(), storeThread, Platform::runLater);
            home = new FamilyListView(model, navigator, dialogs, LocalDate::now);
            window.show(home);
            stage.setScene(window.scene());
            stage.setWidth(1200);
            stage.setHeight(800);
            stage.show();
            return null;
        });
        int total = storeThread.submit(() -> store.families().count()).get();
        waitForAnswer("");
        System.out.printf(Locale.ROOT, "database: %,d families, %s%n", total, db);
        if (WARM_UP) {
            // As the app does once the home screen is drawn; waited for here, as a person reading the home
            // screen for a few seconds would, so the keystrokes below are timed without it.
            long start = System.nanoTime();
            long cpuStart = fx(this::cpu);
            fx(() -> StepWarmUp.start(context, () -> window.current() == home)).get(120, TimeUnit.SECONDS);
            System.out.printf(Locale.ROOT, "steps warmed up unseen (StepWarmUp): %.0f ms after the home screen, processor %.0f ms%n",
                    (System.nanoTime() - start) / 1e6, (fx(this::cpu) - cpuStart) / 1e6);
        } else {
            System.out.println("steps not warmed up (-Dbench.warmUp=false)");
        }
        if (DETAIL) {
            System.out.printf(Locale.ROOT, "  home screen: %d nodes%n", fx(() -> count(home)));
        }

        List<Double> keystrokes = new ArrayList<>();
        List<Double> keystrokeCpu = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
            for (String word : WORDS) {
                for (int end = 1; end <= word.length(); end++) {
                    double[] ms = type(word.substring(0, end));
                    if (round > 0) {
                        keystrokes.add(ms[0]);
                        keystrokeCpu.add(ms[1]);
                    }
                }
                double[] cleared = type("");
                if (round > 0) {
                    keystrokes.add(cleared[0]);
                    keystrokeCpu.add(cleared[1]);
                }
            }
        }
        report("search per keystroke, UI included (" + (rounds - 1) + " rounds after one warm-up)", keystrokes);
        report("  processor time per keystroke, UI thread + store thread (steadier when others load the machine)", keystrokeCpu);

        List<Long> ids = storeThread.submit(() -> store.families().search("", 200).stream().map(FamilySummary::id)
                .toList()).get();
        double[] first = open(ids.get(0));
        List<Double> opens = new ArrayList<>();
        List<Double> openCpu = new ArrayList<>();
        List<Double> wholeStep = new ArrayList<>();
        List<Double> wholeStepCpu = new ArrayList<>();
        for (int i = 1; i < Math.min(ids.size(), 41); i++) {
            double[] ms = open(ids.get(i));
            opens.add(ms[0]);
            openCpu.add(ms[1]);
            wholeStep.add(ms[2]);
            wholeStepCpu.add(ms[3]);
        }
        System.out.printf(Locale.ROOT, "open a family (load + intake screen built and laid out): first in this JVM %.1f ms (processor %.1f ms)%n",
                first[0], first[1]);
        report("open a family, later ones", opens);
        report("  processor time per opening, UI thread + store thread", openCpu);
        report("  the whole step, with the parts below its first screen (next frame)", wholeStep);
        report("  processor time to the whole step", wholeStepCpu);
        if (BY_STEP) {
            // Each step kind on its own (the 40 openings above are mostly at step 6, where generated families are).
            for (int step = 0; step < 6; step++) {
                List<Double> wall = new ArrayList<>();
                List<Double> processor = new ArrayList<>();
                for (int i = 0; i < 12; i++) {
                    double[] ms = open(ids.get(41 + (step * 12 + i) % (ids.size() - 41)), step);
                    wall.add(ms[0]);
                    processor.add(ms[1]);
                }
                report("  opened at step " + (step + 1) + ", wall", wall);
                report("  opened at step " + (step + 1) + ", processor", processor);
            }
        }
        System.out.printf(Locale.ROOT, "peak RSS of this benchmark JVM (VmHWM, Monocle): %s%n", PeakMemory.vmHwm());
        try {
            prefs.removeNode();
        } catch (Exception ignored) {
            // A benchmark's preferences; nothing to keep.
        }
    }

    /**
     * Sets the search text as the search field would, and times until the answer is laid out: wall
     * time, and the processor time of the UI thread and the store thread over the same span.
     */
    double[] type(String text) throws Exception {
        CompletableFuture<double[]> laidOut = new CompletableFuture<>();
        fx(() -> {
            FamilyListViewModel model = home.model();
            long start = System.nanoTime();
            long cpuStart = cpu();
            model.queryProperty().set(text);
            if (!model.loadingProperty().get()) {
                laidOut.complete(new double[] {layout(start), (cpu() - cpuStart) / 1e6});
                return null;
            }
            ChangeListener<Boolean> listener = new ChangeListener<>() {
                @Override
                public void changed(javafx.beans.value.ObservableValue<? extends Boolean> o, Boolean was, Boolean now) {
                    if (!now) {
                        model.loadingProperty().removeListener(this);
                        long answered = System.nanoTime();
                        double total = layout(start);
                        if (DETAIL) {
                            System.out.printf(Locale.ROOT, "  %-12s %3d rows  answer %6.2f ms  ui %6.2f ms%n", "'" + text + "'",
                                    model.families().size(), (answered - start) / 1e6, total - (answered - start) / 1e6);
                        }
                        laidOut.complete(new double[] {total, (cpu() - cpuStart) / 1e6});
                    }
                }
            };
            model.loadingProperty().addListener(listener);
            return null;
        });
        double[] ms = laidOut.get(10, TimeUnit.SECONDS);
        Thread.sleep(40); // a quick typist: the next key comes after the frame is drawn
        return ms;
    }

    /** Loads a family and shows it in the intake screen, timed until it is laid out (wall, processor). */
    double[] open(long id) throws Exception {
        return open(id, -1);
    }

    /** The same, the family opened at a given step (0-5; -1: where it was left). */
    double[] open(long id, int atStep) throws Exception {
        CompletableFuture<double[]> shown = new CompletableFuture<>();
        fx(() -> {
            long start = System.nanoTime();
            long cpuStart = cpu();
            storeThread.submit(() -> store.families().load(id)).whenComplete((family, failure) -> Platform.runLater(() -> {
                if (failure != null) {
                    shown.completeExceptionally(failure);
                    return;
                }
                Family f = atStep < 0 ? family.orElseThrow() : family.orElseThrow().toBuilder().wizardStep(atStep).build();
                long loaded = System.nanoTime();
                IntakeView view = IntakeView.create(context, f);
                window.show(view);
                long built = System.nanoTime();
                if (DETAIL) {
                    view.applyCss(); // all of it is new: the pulse below styles the same nodes
                }
                long styled = System.nanoTime();
                double ms = layout(start);
                if (DETAIL) {
                    System.out.printf(Locale.ROOT, "  open %d (step %d): %.1f ms (load %.1f, build %.1f, css %.1f, layout %.1f;"
                            + " processor %.1f), %d nodes%n", id, f.wizardStep(), ms, (loaded - start) / 1e6, (built - loaded) / 1e6,
                            (styled - built) / 1e6, ms - (styled - start) / 1e6, (cpu() - cpuStart) / 1e6, count(view));
                    if (view.currentStep() instanceof Parent step) {
                        System.out.printf(Locale.ROOT, "    step's parts (nodes): %s%n", step.getChildrenUnmodifiable().stream()
                                .map(part -> part.getClass().getSimpleName() + " " + count(part)).toList());
                    }
                }
                shown.complete(new double[] {ms, (cpu() - cpuStart) / 1e6, start, cpuStart});
            }));
            return null;
        });
        double[] ms = shown.get(10, TimeUnit.SECONDS);
        // The parts of the step below its first screen come in the frame after it (StepPane.addBelow).
        double[] whole = fx(() -> new double[] {layout((long) ms[2]), (cpu() - (long) ms[3]) / 1e6});
        fx(() -> {
            window.show(home);
            return null;
        });
        Thread.sleep(100);
        return new double[] {ms[0], ms[1], whole[0], whole[1]};
    }

    /**
     * A pulse, now and on this thread, as the toolkit's timer would run it (the CSS of the nodes that
     * changed, the layout of those that asked for it, the frame handed to the renderer); returns
     * milliseconds since {@code start}. Until session 6 this called the root's applyCss() and layout():
     * applyCss() restyles every node of the screen, which a real pulse never does (KeystrokeBenchmark
     * stopped doing it in session 4), so earlier search figures include restyling the whole home screen.
     */
    private double layout(long start) {
        com.sun.javafx.tk.Toolkit.getToolkit().firePulse();
        return (System.nanoTime() - start) / 1e6;
    }

    private long storeThreadId;

    /** Processor time so far of this (the UI) thread and the store thread, in nanoseconds. */
    private long cpu() {
        return THREADS.getCurrentThreadCpuTime() + Math.max(0, THREADS.getThreadCpuTime(storeThreadId));
    }

    private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();

    static int count(javafx.scene.Node node) {
        int n = 1;
        if (node instanceof Parent parent) {
            for (javafx.scene.Node child : parent.getChildrenUnmodifiable()) {
                n += count(child);
            }
        }
        return n;
    }

    private void waitForAnswer(String text) throws Exception {
        type(text);
    }

    static void report(String what, List<Double> ms) {
        List<Double> sorted = ms.stream().sorted().toList();
        System.out.printf(Locale.ROOT, "%s: median %.2f ms, p99 %.2f ms, max %.2f ms (%d samples)%n", what,
                percentile(sorted, 50), percentile(sorted, 99), sorted.get(sorted.size() - 1), sorted.size());
    }

    static double percentile(List<Double> sorted, double p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }

    static <T> T fx(Callable<T> work) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.call());
            } catch (Throwable e) {
                result.completeExceptionally(e);
            }
        });
        return result.get(180, TimeUnit.SECONDS); // generous: the machine may be shared with builds
    }
}
