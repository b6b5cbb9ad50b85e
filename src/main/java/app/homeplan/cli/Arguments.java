package app.homeplan.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A parsed command line: the command word, its positional arguments, {@code --name value} (or
 * {@code --name=value}, or {@code -o value}) options and {@code --flag}s, in any order.
 */
public final class Arguments {
    /** Options every command accepts. */
    public static final Set<String> GLOBAL_VALUE_OPTIONS = Set.of("db");
    public static final Set<String> GLOBAL_FLAGS = Set.of("help", "version");

    private final List<String> positional = new ArrayList<>();
    private final Map<String, String> options = new HashMap<>();
    private final Set<String> flags = new HashSet<>();

    private Arguments() {
    }

    /**
     * Parses {@code args}. {@code valueOptions} and {@code flagNames} are what the command accepts
     * besides the global ones; anything else is a usage error naming the option.
     */
    public static Arguments parse(List<String> args, Set<String> valueOptions, Set<String> flagNames) {
        Arguments parsed = new Arguments();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--")) {
                parsed.positional.addAll(args.subList(i + 1, args.size()));
                break;
            }
            if (arg.startsWith("-") && arg.length() > 1) {
                String name = arg.startsWith("--") ? arg.substring(2) : shortName(arg.substring(1));
                String value = null;
                int eq = name.indexOf('=');
                if (eq >= 0) {
                    value = name.substring(eq + 1);
                    name = name.substring(0, eq);
                }
                if (GLOBAL_VALUE_OPTIONS.contains(name) || valueOptions.contains(name)) {
                    if (value == null) {
                        if (i + 1 >= args.size()) {
                            throw new UsageException("cli.error.missingValue", "--" + name);
                        }
                        value = args.get(++i);
                    }
                    parsed.options.put(name, value);
                } else if ((GLOBAL_FLAGS.contains(name) || flagNames.contains(name)) && value == null) {
                    parsed.flags.add(name);
                } else {
                    throw new UsageException("cli.error.unknownOption", arg);
                }
            } else {
                parsed.positional.add(arg);
            }
        }
        return parsed;
    }

    private static String shortName(String name) {
        return switch (name) {
            case "o" -> "output";
            case "h" -> "help";
            default -> name;
        };
    }

    public List<String> positional() {
        return List.copyOf(positional);
    }

    public Optional<String> option(String name) {
        return Optional.ofNullable(options.get(name));
    }

    public String required(String name) {
        String value = options.get(name);
        if (value == null || value.isBlank()) {
            throw new UsageException("cli.error.missingOption", "--" + name);
        }
        return value;
    }

    public boolean flag(String name) {
        return flags.contains(name);
    }

    /** A whole number option such as {@code --family 3}. */
    public long requiredNumber(String name) {
        String value = required(name);
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw new UsageException("cli.error.notANumber", "--" + name, value);
        }
    }
}
