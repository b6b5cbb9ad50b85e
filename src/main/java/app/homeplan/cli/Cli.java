package app.homeplan.cli;

import app.homeplan.i18n.Messages;
import app.homeplan.i18n.UserFacingException;
import app.homeplan.plan.Family;
import app.homeplan.store.DataLocation;
import app.homeplan.store.PostgresAddress;
import app.homeplan.store.Store;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * Runs one headless command and turns every user error into one clear line on stderr and a non-zero
 * exit code. Stack traces are shown only with {@code HOMEPLAN_DEBUG=1}. picocli parses the command
 * line; the help, the usage lines and every error are Homeplan's own sentences from {@code cli.properties}.
 */
public final class Cli {
    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int USAGE = 2;

    private final List<Supplier<Command>> commands;
    private final PrintStream out;
    private final PrintStream err;
    private final Supplier<Family> firstFamily;

    /**
     * A command line offering these commands, in this order in {@code --help}. Each run makes its command
     * anew, so no option of one run is left over in the next.
     *
     * @param firstFamily what a database that a command creates starts with (the example family)
     */
    public Cli(PrintStream out, PrintStream err, List<Supplier<Command>> offered, Supplier<Family> firstFamily) {
        this.out = out;
        this.err = err;
        this.commands = List.copyOf(offered);
        this.firstFamily = firstFamily;
    }

    /** The options every command takes, before or after the command word. */
    @CommandLine.Command(name = "homeplan")
    static final class Everywhere {
        @CommandLine.Option(names = "--db", scope = CommandLine.ScopeType.INHERIT)
        String db;

        @CommandLine.Option(names = {"--help", "-h"}, usageHelp = true, scope = CommandLine.ScopeType.INHERIT)
        boolean help;

        @CommandLine.Option(names = "--version", versionHelp = true, scope = CommandLine.ScopeType.INHERIT)
        boolean version;
    }

    /**
     * True when these arguments ask for a headless command rather than the window: a word (a command,
     * known or not), {@code --help} or {@code --version}. Options the window takes are left to it.
     * A plain scan, not picocli: this runs before every window opens, and loading picocli costs about
     * 0.3 s of processor time that start-up cannot spare.
     */
    public static boolean isHeadless(String[] args) {
        return firstWord(args) >= 0;
    }

    /**
     * The command these arguments ask for ("export-pdf", known or not), or null when they name none (the
     * window, {@code --help}, {@code --version}). A plain scan, as {@link #isHeadless}.
     */
    public static String commandName(String[] args) {
        int at = firstWord(args);
        return at >= 0 && !args[at].startsWith("-") ? args[at] : null;
    }

    /** Where the first word or {@code --help}/{@code --version} is, {@code --db}'s value skipped; -1 when none is. */
    private static int firstWord(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--db")) {
                i++; // its value is a path, not a command
                continue;
            }
            if (!arg.startsWith("-") || arg.equals("--help") || arg.equals("-h") || arg.equals("--version")) {
                return i;
            }
        }
        return -1;
    }

    public int run(List<String> args) {
        try {
            Everywhere everywhere = new Everywhere();
            ParseResult parsed = parse(parser(everywhere, commands), args);
            ParseResult sub = parsed.subcommand();
            if (sub == null) {
                if (parsed.isVersionHelpRequested()) {
                    out.println(Messages.get("cli.version", Version.current()));
                } else {
                    out.print(help());
                }
                return OK;
            }
            Command command = (Command) sub.commandSpec().userObject();
            if (parsed.isUsageHelpRequested() || sub.isUsageHelpRequested()) {
                out.print(Messages.get("cli.usage." + command.name()) + System.lineSeparator());
                return OK;
            }
            if (parsed.isVersionHelpRequested() || sub.isVersionHelpRequested()) {
                out.println(Messages.get("cli.version", Version.current()));
                return OK;
            }
            return command.run(context(everywhere.db));
        } catch (UsageException e) {
            return fail(USAGE, e.getMessage(), e);
        } catch (UserFacingException e) {
            return fail(FAILED, e.getMessage(), e);
        } catch (RuntimeException | Error e) {
            return fail(FAILED, Messages.get("cli.error.unexpected", String.valueOf(e.getMessage())), e);
        }
    }

    /**
     * picocli set to read a command line as Homeplan always has: a value is whatever follows its option
     * (even if it looks like an option or a command), the last of a repeated option counts, and no
     * {@code @file} expansion or clustering of short options. (picocli applies these settings to the
     * subcommands already added, so they are added first.)
     */
    private static CommandLine parser(Everywhere root, List<Supplier<Command>> commands) {
        CommandLine line = new CommandLine(root);
        for (Supplier<Command> offered : commands) {
            Command c = offered.get();
            line.addSubcommand(c.name(), c);
        }
        return line
                .setOverwrittenOptionsAllowed(true)
                .setAllowOptionsAsOptionParameters(true)
                .setAllowSubcommandsAsOptionParameters(true)
                .setExpandAtFiles(false)
                .setPosixClusteredShortOptionsAllowed(false)
                .setUnmatchedArgumentsAllowed(true); // reported by refuseUnmatched, in Homeplan's order
    }

    private static ParseResult parse(CommandLine line, List<String> args) {
        try {
            return refuseUnmatched(line.parseArgs(args.toArray(String[]::new)));
        } catch (CommandLine.MissingParameterException e) {
            throw new UsageException("cli.error.missingValue", optionName(e.getMissing()));
        } catch (ParameterException e) {
            // A flag given a value ("--as-copy=yes") is an option this command does not have.
            throw new UsageException("cli.error.unknownOption", typed(args, e.getArgSpec()));
        }
    }

    /**
     * What was not understood, as Homeplan has always said it: an unknown command word first, then an
     * unknown option (before or after the command word), then a word the command does not take.
     */
    private static ParseResult refuseUnmatched(ParseResult parsed) {
        ParseResult sub = parsed.subcommand();
        parsed.unmatched().stream().filter(arg -> !isOptionLike(arg)).findFirst().ifPresent(word -> {
            throw new UsageException("cli.error.unknownCommand", word);
        });
        List<String> unmatched = new ArrayList<>(parsed.unmatched());
        if (sub != null) {
            unmatched.addAll(sub.unmatched());
        }
        unmatched.stream().filter(Cli::isOptionLike).findFirst().ifPresent(option -> {
            throw new UsageException("cli.error.unknownOption", option);
        });
        if (!unmatched.isEmpty()) {
            Command command = (Command) sub.commandSpec().userObject();
            throw new UsageException("cli.error.unexpectedArgument", unmatched.get(0), command.name());
        }
        return parsed;
    }

    /** The argument as typed that gave this option, such as {@code --as-copy=yes}. */
    private static String typed(List<String> args, ArgSpec spec) {
        if (spec instanceof OptionSpec option) {
            for (String arg : args) {
                for (String name : option.names()) {
                    if (arg.startsWith(name + "=")) {
                        return arg;
                    }
                }
            }
            return option.longestName();
        }
        return String.valueOf(spec);
    }

    private static boolean isOptionLike(String arg) {
        return arg.startsWith("-") && arg.length() > 1;
    }

    private static String optionName(List<ArgSpec> missing) {
        return missing.stream().filter(OptionSpec.class::isInstance).map(a -> ((OptionSpec) a).longestName())
                .findFirst().orElse("");
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
        for (Supplier<Command> c : commands) {
            text.append("  ").append(Messages.get("cli.usage." + c.get().name())).append(System.lineSeparator());
        }
        text.append(Messages.get("cli.help.footer")).append(System.lineSeparator());
        return text.toString();
    }

    private Command.CommandContext context(String db) {
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
            public Path database() {
                if (isShared()) {
                    throw new CommandFailure("clinic.cli.notAFile", PostgresAddress.parse(DataLocation.given(db)));
                }
                return DataLocation.resolve(db);
            }

            @Override
            public boolean isShared() {
                return PostgresAddress.isPostgres(DataLocation.given(db));
            }

            @Override
            public Store openStore() {
                return Store.open(db).seedIfNew(firstFamily);
            }

            @Override
            public Store openStoreForReading() {
                return Store.openForReading(db).seedIfNew(firstFamily);
            }
        };
    }
}
