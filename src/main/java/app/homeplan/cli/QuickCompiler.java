package app.homeplan.cli;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import javax.management.ObjectName;

/**
 * A command of a few seconds (export-pdf, import, list...) run by {@code java -jar} with the JVM's defaults
 * spends more processor time in the optimising compiler (C2) than its code gets back before it exits: the
 * example plan's export-pdf took 3.8-4.1 s of processor time with it and 2.6-2.9 s without (docs/benchmarks.md,
 * "session 7"). A jar cannot carry JVM options, so the command asks the running JVM itself, through its
 * diagnostic command {@code Compiler.directives_add} (what {@code jcmd} uses), to leave every method to the
 * quick compiler (C1). Only for this process; the window and the clinic server, which run for hours, keep
 * C2, and so does a JVM whose compilers were chosen on its command line (the installed app runs C1 only).
 * Anything that fails here leaves the JVM's defaults: the command runs the same, only slower.
 */
public final class QuickCompiler {
    /** Commands that run for long: C2 pays back there. */
    private static final Set<String> LONG_RUNNING = Set.of("clinic");

    private static final String NO_C2 = "[{match: \"*.*\", c2: {Exclude: true}}]";

    private QuickCompiler() {
    }

    /** For a short headless command, asks the JVM (on a thread of its own, beside the command) to compile with C1 only. */
    public static void forShortCommand(String[] args) {
        String command = Cli.commandName(args);
        if (command == null || LONG_RUNNING.contains(command)) {
            return;
        }
        Thread thread = new Thread(QuickCompiler::useC1Only, "homeplan-quick-compiler");
        thread.setDaemon(true);
        thread.start();
    }

    private static void useC1Only() {
        try {
            List<String> jvmOptions = ManagementFactory.getRuntimeMXBean().getInputArguments();
            if (jvmOptions.stream().anyMatch(o -> o.contains("TieredStopAtLevel") || o.contains("TieredCompilation")
                    || o.contains("CompilerDirectives") || o.startsWith("-Xint") || o.startsWith("-Xcomp"))) {
                return; // chosen by whoever started the JVM
            }
            // The diagnostic command reads its directives from a file.
            Path directives = Files.createTempFile("homeplan-compiler", ".json");
            try {
                Files.writeString(directives, NO_C2);
                ManagementFactory.getPlatformMBeanServer().invoke(
                        new ObjectName("com.sun.management:type=DiagnosticCommand"), "compilerDirectivesAdd",
                        new Object[] {new String[] {directives.toString()}}, new String[] {String[].class.getName()});
            } finally {
                Files.deleteIfExists(directives);
            }
        } catch (Exception | LinkageError e) {
            // The JVM's defaults stay.
        }
    }
}
