package app.homeplan.bench;

import app.homeplan.intake.IntakeStep;
import app.homeplan.intake.ui.IntakeView;
import app.homeplan.plan.Family;
import app.homeplan.store.Store;
import app.homeplan.store.StoreThread;
import app.homeplan.testing.HardFamilies;
import app.homeplan.testing.Stores;
import app.homeplan.ui.AppContext;
import app.homeplan.ui.Dialogs;
import app.homeplan.ui.MainWindow;
import app.homeplan.ui.Navigator;
import app.homeplan.ui.WindowState;
import app.homeplan.ui.Theme;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.prefs.Preferences;
import javafx.application.Platform;
import javafx.event.Event;
import javafx.scene.Parent;
import javafx.scene.control.ListView;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;

/**
 * One keystroke in the goal editor (intake step 4), timed in a real JavaFX scene (headless Monocle,
 * software rendering): from the key reaching the focused text area until the pulse after it has run
 * (the CSS of what changed, the layout, the frame handed to the renderer), i.e. the frame is ready to draw. The real intake screen with its real autosaver on a
 * real SQLite file; plans of 11 goals (12 routines) and 40 goals (20 routines) from {@link HardFamilies}.
 * Typed into a goal in the middle of the ranking: its family's words (the ranking list shows them) and
 * its criterion, a letter every 40 ms as a quick typist would, spaces included. Beside the wall time, the
 * UI thread's processor time for the same work, which other people's builds barely change. A benchmark,
 * not a test: it prints numbers.
 *
 * <p>Run by {@code src/bench/app.sh typing}: {@code KeystrokeBenchmark [rounds, default 4]}.
 */
public final class KeystrokeBenchmark {
    private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();
    static final String TYPED = "and she puts her shoes on by herself before we leave for kinder ";

    private final StoreThread storeThread = new StoreThread();
    private Store store;
    private Stage stage;
    private MainWindow window;
    private AppContext context;

    public static void main(String[] args) throws Exception {
        int rounds = Math.max(2, args.length > 0 ? Integer.parseInt(args[0]) : 4);
        int code = 1;
        try {
            new KeystrokeBenchmark().run(rounds);
            code = 0;
        } catch (Exception e) {
            e.printStackTrace(); // System.exit below would hide it
        } finally {
            System.exit(code); // JavaFX's thread would keep the JVM alive
        }
    }

    void run(int rounds) throws Exception {
        Path dir = Files.createTempDirectory("homeplan-keystrokes");
        Preferences prefs = Preferences.userRoot().node("app/homeplan-bench-" + UUID.randomUUID());
        store = storeThread.submit(() -> Stores.open(dir.resolve("keystrokes.db"))).get();
        Platform.startup(() -> { });
        ScreenBenchmark.fx(() -> {
            Theme.apply(); // the theme the app shows
            stage = new Stage();
            window = new MainWindow(new WindowState(prefs));
            Dialogs dialogs = new Dialogs(stage);
            Navigator navigator = new Navigator() {
                @Override
                public void showFamilies() {
                }

                @Override
                public void openFamily(long familyId) {
                }
            };
            context = new AppContext(store, storeThread, dialogs, stage, window, navigator);
            stage.setScene(window.scene());
            stage.setWidth(1200);
            stage.setHeight(800);
            stage.show();
            return null;
        });
        LocalDate today = LocalDate.now();
        measure("11 goals, 12 routines", HardFamilies.elevenGoals(today), rounds);
        measure("40 goals, 20 routines", HardFamilies.stress(today), rounds);
        System.out.printf(Locale.ROOT, "peak RSS of this benchmark JVM (VmHWM, Monocle): %s%n", PeakMemory.vmHwm());
        try {
            prefs.removeNode();
        } catch (Exception ignored) {
            // A benchmark's preferences; nothing to keep.
        }
    }

    private void measure(String label, Family plan, int rounds) throws Exception {
        Family stored = storeThread.submit(() -> store.families().insert(
                plan.toBuilder().wizardStep(IntakeStep.GOALS.ordinal()).build())).get();
        int middle = stored.goals().size() / 2;
        IntakeView view = ScreenBenchmark.fx(() -> {
            IntakeView v = IntakeView.create(context, stored);
            window.show(v);
            Parent root = window.scene().getRoot();
            root.applyCss();
            root.layout();
            @SuppressWarnings("unchecked")
            ListView<Object> list = (ListView<Object>) v.lookup("#goalList");
            list.getSelectionModel().select(middle);
            layout();
            return v;
        });
        List<Double> words = new ArrayList<>();
        List<Double> criterion = new ArrayList<>();
        List<Double> cpu = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
            boolean warmUp = round == 0;
            typeInto(view, "#familyWords", warmUp ? new ArrayList<>() : words, warmUp ? new ArrayList<>() : cpu);
            typeInto(view, "#criterion", warmUp ? new ArrayList<>() : criterion, warmUp ? new ArrayList<>() : cpu);
        }
        List<Double> all = new ArrayList<>(words);
        all.addAll(criterion);
        System.out.printf(Locale.ROOT, "%s, goal %d (%d nodes on screen):%n", label, middle + 1,
                ScreenBenchmark.fx(() -> ScreenBenchmark.count(view)));
        ScreenBenchmark.report("  keystroke to frame ready, both fields", all);
        ScreenBenchmark.report("  in the family's words (shown in the ranking)", words);
        ScreenBenchmark.report("  in the criterion", criterion);
        ScreenBenchmark.report("  processor time of the UI thread per keystroke (steadier when others load the machine)", cpu);
        ScreenBenchmark.fx(() -> view.flush()).get();
    }

    /** Types {@link #TYPED} into a field of the selected goal, one key at a time, timing each. */
    private void typeInto(IntakeView view, String fieldId, List<Double> times, List<Double> cpuTimes) throws Exception {
        TextInputControl field = ScreenBenchmark.fx(() -> {
            TextInputControl f = (TextInputControl) view.lookup(fieldId);
            f.requestFocus();
            f.end();
            return f;
        });
        for (char c : TYPED.toCharArray()) {
            double[] ms = ScreenBenchmark.fx(() -> {
                long start = System.nanoTime();
                long cpuStart = THREADS.getCurrentThreadCpuTime();
                String key = String.valueOf(c);
                KeyCode code = c == ' ' ? KeyCode.SPACE : KeyCode.getKeyCode(key.toUpperCase(Locale.ROOT));
                Event.fireEvent(field, new KeyEvent(KeyEvent.KEY_PRESSED, "", "", code, false, false, false, false));
                Event.fireEvent(field, new KeyEvent(KeyEvent.KEY_TYPED, key, "", KeyCode.UNDEFINED, false, false, false, false));
                Event.fireEvent(field, new KeyEvent(KeyEvent.KEY_RELEASED, "", "", code, false, false, false, false));
                layout();
                return new double[] {(System.nanoTime() - start) / 1e6, (THREADS.getCurrentThreadCpuTime() - cpuStart) / 1e6};
            });
            times.add(ms[0]);
            cpuTimes.add(ms[1]);
            Thread.sleep(40); // a quick typist: the next key comes after the frame is drawn
        }
        ScreenBenchmark.fx(() -> {
            if (!field.getText().endsWith(TYPED)) {
                throw new IllegalStateException("the keys did not reach " + fieldId + ": " + field.getText());
            }
            return null;
        });
    }

    /**
     * A pulse, now and on this thread, as the toolkit's timer would run it: the CSS of the nodes that
     * changed, the layout of those that asked for it, and the frame handed to the renderer. (Before, this
     * called the root's applyCss() and layout(): applyCss() restyles every node of the scene, some 800
     * here, which a real pulse never does, and that was a third of each keystroke's measured time.)
     */
    private void layout() {
        com.sun.javafx.tk.Toolkit.getToolkit().firePulse();
    }
}
