package app.homeplan.cli;

import java.io.PrintStream;
import java.util.Set;

/** One headless command, e.g. {@code list}. */
public interface Command {
    /** The word typed after {@code homeplan.jar}. */
    String name();

    /** Options that take a value, besides {@code --db}. */
    default Set<String> valueOptions() {
        return Set.of();
    }

    /** Options without a value, besides {@code --help}. */
    default Set<String> flags() {
        return Set.of();
    }

    /** Runs the command; returns the exit code. User errors are thrown as exceptions with a sentence. */
    int run(CommandContext context, Arguments args);

    /** Whatever a command needs from outside: where to print and where the database is. */
    interface CommandContext {
        PrintStream out();

        PrintStream err();

        /** Opens the store chosen by {@code --db} / {@code HOMEPLAN_DB} / the default; caller closes it. */
        app.homeplan.store.Store openStore(Arguments args);

        /**
         * Opens the same store for reading only; works while the app (or another command) has it open.
         * For commands that never write to the database.
         */
        app.homeplan.store.Store openStoreForReading(Arguments args);
    }
}
