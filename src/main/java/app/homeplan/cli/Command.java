package app.homeplan.cli;

import app.homeplan.store.Store;
import java.io.PrintStream;
import java.nio.file.Path;

/**
 * One headless command, e.g. {@code list}. A command is one class: annotate it with picocli's
 * {@code @CommandLine.Command(name = "...")}, declare its options as {@code @CommandLine.Option} fields
 * (kept as the text typed, checked in {@link #run} with {@link Options} so every error is one of our
 * sentences) and its words as a {@code @CommandLine.Parameters} list, then list an instance in
 * {@code app.homeplan.Commands} and give it a {@code cli.usage.<name>} line in {@code i18n/cli.properties}.
 * {@code --db}, {@code --help} and {@code --version} are there for every command without declaring them.
 */
public interface Command {
    /** The word typed after {@code homeplan.jar}: the name in the class's {@code @Command}. */
    default String name() {
        return getClass().getAnnotation(picocli.CommandLine.Command.class).name();
    }

    /** Runs the command; returns the exit code. User errors are thrown as exceptions with a sentence. */
    int run(CommandContext context);

    /** Whatever a command needs from outside: where to print and where the database is. */
    interface CommandContext {
        PrintStream out();

        PrintStream err();

        /**
         * The data file chosen by {@code --db} / {@code HOMEPLAN_DB} / the default; for a clinic's
         * PostgreSQL database ({@link #isShared()}) a sentence that the command works on data files.
         */
        Path database();

        /** True when {@code --db} / {@code HOMEPLAN_DB} names a clinic's PostgreSQL database, not a data file. */
        boolean isShared();

        /** Opens the store chosen by {@code --db} / {@code HOMEPLAN_DB} / the default; caller closes it. */
        Store openStore();

        /**
         * Opens the same store for reading only; works while the app (or another command) has it open.
         * For commands that never write to the database.
         */
        Store openStoreForReading();
    }
}
