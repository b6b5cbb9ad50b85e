package app.homeplan.cli;

import java.util.List;

/**
 * Checks of option values and words as typed, each failing with one of the command line's sentences.
 * Options are parsed as text so that a wrong value is reported in the command's own order and words.
 */
public final class Options {
    private Options() {
    }

    /** The value of {@code option}, which must be given and not blank. */
    public static String required(String option, String value) {
        if (value == null || value.isBlank()) {
            throw new UsageException("cli.error.missingOption", option);
        }
        return value;
    }

    /** A whole number option such as {@code --family 3}. */
    public static long requiredNumber(String option, String value) {
        String given = required(option, value);
        try {
            return Long.parseLong(given.strip());
        } catch (NumberFormatException e) {
            throw new UsageException("cli.error.notANumber", option, given);
        }
    }

    /**
     * The one word a command takes (a file, a backup): {@code missingKey} when there is none, and the
     * second word named when there are more.
     */
    public static String oneWord(Command command, List<String> words, String missingKey) {
        if (words == null || words.isEmpty()) {
            throw new UsageException(missingKey);
        }
        if (words.size() > 1) {
            throw new UsageException("cli.error.unexpectedArgument", words.get(1), command.name());
        }
        return words.get(0);
    }
}
