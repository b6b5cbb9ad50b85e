package app.homeplan.bench;

import java.lang.management.ManagementFactory;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;

/**
 * The floor for start-up: a bare JavaFX window (BorderPane + empty TableView) that prints the time
 * from JVM start to its first frame the way Homeplan's {@code --print-startup-time} does, then quits.
 * {@code src/bench/startup.sh} runs it from a jar beside Homeplan's, with the same JVM and options.
 */
public final class BareWindow {
    private BareWindow() {
    }

    /** Kept apart from the Application subclass, as Homeplan's Main is, so it launches from the class path. */
    public static void main(String[] args) {
        Application.launch(Window.class, args);
    }

    /** The window: one table, nothing else. */
    public static final class Window extends Application {
        @Override
        public void start(Stage stage) {
            TableView<String> table = new TableView<>();
            table.getColumns().add(new TableColumn<String, String>("Child"));
            Scene scene = new Scene(new BorderPane(table), 1200, 800);
            Runnable[] once = new Runnable[1];
            once[0] = () -> {
                long now = System.currentTimeMillis();
                scene.removePostLayoutPulseListener(once[0]);
                long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
                System.out.println("first-frame-ms " + (now - jvmStart));
                System.out.println("startup-ms " + (now - jvmStart));
                ProcessHandle.current().info().totalCpuDuration()
                        .ifPresent(cpu -> System.out.println("startup-cpu-ms " + cpu.toMillis()));
                System.out.println("startup-ui-cpu-ms "
                        + ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() / 1_000_000);
                System.out.println("home-shown-epoch-ms " + now);
                System.out.flush();
                Platform.runLater(Platform::exit);
            };
            scene.addPostLayoutPulseListener(once[0]);
            stage.setScene(scene);
            stage.setTitle("Bare window");
            stage.show();
        }
    }
}
