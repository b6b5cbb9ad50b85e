package app.homeplan.testing;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Starts a separate Java process with this test run's class path: for things one process cannot
 * show about itself (a crash, a second running Homeplan, network use from the very start).
 */
public final class ChildJvm {
    private ChildJvm() {
    }

    public static Path java() {
        return Path.of(System.getProperty("java.home"), "bin", "java");
    }

    /** A command line running {@code mainClass} with the test class path and a quick-starting JVM. */
    public static List<String> command(List<String> jvmOptions, Class<?> mainClass, String... args) {
        List<String> cmd = new ArrayList<>();
        cmd.add(java().toString());
        // C1 only and a small heap: these children live for a second or two; start-up is what counts.
        cmd.add("-XX:TieredStopAtLevel=1");
        cmd.add("-Xmx256m");
        cmd.add("-Dfile.encoding=UTF-8");
        cmd.add("-Duser.language=en");
        cmd.add("-Duser.country=AU");
        cmd.addAll(jvmOptions);
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(mainClass.getName());
        cmd.addAll(List.of(args));
        return cmd;
    }

    public static Process start(List<String> command) throws IOException {
        return new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.PIPE).start();
    }
}
