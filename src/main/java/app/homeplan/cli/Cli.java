package app.homeplan.cli;

import app.homeplan.i18n.Messages;
import app.homeplan.plan.PlanValidationException;
import app.homeplan.store.DataLocation;
import app.homeplan.store.Store;
import app.homeplan.store.StoreException;
import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Runs one headless command and turns every user error into one clear line on stderr and a non-zero
 * exit code. Stack traces are shown only with {@code HOMEPLAN_DEBUG=1}.
 */
public final class Cli {
    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int USAGE = 2;

    private final Map<String, Command> commands = new LinkedHashMap<>();
    private final PrintStream out;
    private final PrintStream err;

    public Cli(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
        for (Command c : Commands.all()) {
            commands.put(c.name(), c);
        }
    }

    /** True when these arguments ask for a headless command rather than the window. */
    public static boolean isHeadless(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--db")) {
                i++; // its value is a path, not a command
                continue;
            }
            if (!arg.startsWith("-")) {
                return true;
            }
            if (arg.equals("--help") || arg.equals("-h") || arg.equals("--version")) {
                return true;
            }
        }
        return false;
    }

    public int run(List<String> args) {
        try {
            String commandName = args.stream().filter(a -> !a.startsWith("-")).findFirst().orElse(null);
            // "--db PATH" may come before the command word; skip its value when looking for the word.
            int dbIndex = args.indexOf("--db");
            if (commandName != null && dbIndex >= 0 && dbIndex + 1 < args.size()
                    && args.get(dbIndex + 1).equals(commandName)) {
                commandName = args.subList(dbIndex + 2, args.size()).stream()
                        .filter(a -> !a.startsWith("-")).findFirst().orElse(null);
            }
            if (commandName == null) {
                Arguments global = Arguments.parse(args, Set.of(), Set.of());
                if (global.flag("version")) {
                    out.println(Messages.get("cli.version", Version.current()));
                    return OK;
                }
                out.print(help());
                return OK;
            }
            Command command = commands.get(commandName);
            if (command == null) {
                throw new UsageException("cli.error.unknownCommand", commandName);
            }
            List<String> rest = new java.util.ArrayList<>(args);
            rest.remove(commandName);
            Arguments parsed = Arguments.parse(rest, command.valueOptions(), command.flags());
            if (parsed.flag("help")) {
                out.print(Messages.get("cli.usage." + command.name()) + System.lineSeparator());
                return OK;
            }
            if (parsed.flag("version")) {
                out.println(Messages.get("cli.version", Version.current()));
                return OK;
            }
            return command.run(context(), parsed);
        } catch (UsageException e) {
            return fail(USAGE, e.getMessage(), e);
        } catch (CommandFailure | StoreException | PlanValidationException e) {
            return fail(FAILED, e.getMessage(), e);
        } catch (RuntimeException | Error e) {
            return fail(FAILED, Messages.get("cli.error.unexpected", String.valueOf(e.getMessage())), e);
        }
    }

    private int fail(int code, String message, Throwable cause) {
        err.println(Messages.get("cli.error.prefix", message.replace('\n', ' ')));
        if ("1".equals(System.getenv("HOMEPLAN_DEBUG"))) {
            cause.printStackTrace(err);
        }
        err.flush();
        return code;
    }

    private String help() {
        StringBuilder text = new StringBuilder(Messages.get("cli.help.header")).append(System.lineSeparator());
        for (Command c : commands.values()) {
            text.append("  ").append(Messages.get("cli.usage." + c.name())).append(System.lineSeparator());
        }
        text.append(Messages.get("cli.help.footer")).append(System.lineSeparator());
        return text.toString();
    }

    private Command.CommandContext context() {
        return new Command.CommandContext() {
            @Override
            public PrintStream out() {
                return out;
            }

            @Override
            public PrintStream err() {
                return err;
            }

            @Override
            public Store openStore(Arguments args) {
                return Store.open(DataLocation.resolve(args.option("db").orElse(null)));
            }

            @Override
            public Store openStoreForReading(Arguments args) {
                return Store.openForReading(DataLocation.resolve(args.option("db").orElse(null)));
            }
        };
    }
}
