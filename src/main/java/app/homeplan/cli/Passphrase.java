package app.homeplan.cli;

import app.homeplan.i18n.Messages;
import java.io.Console;
import java.util.Arrays;
import java.util.Map;

/**
 * Where the command line gets the passphrase of a locked family file: {@code HOMEPLAN_PASSPHRASE}
 * (for scripts), else asked on the terminal without echo (twice when locking, so a typing slip does
 * not lock a file for good). Never taken from an option: the command line is visible to other programs.
 */
final class Passphrase {
    static final String VARIABLE = "HOMEPLAN_PASSPHRASE";

    private Passphrase() {
    }

    /** The passphrase to lock a file with. */
    static char[] toLock(Map<String, String> environment, Console console) {
        String given = environment.get(VARIABLE);
        if (given != null && !given.isEmpty()) {
            return given.toCharArray();
        }
        if (console == null) {
            throw new CommandFailure("cli.passphrase.none");
        }
        char[] first = console.readPassword("%s", Messages.get("cli.passphrase.choose"));
        char[] again = console.readPassword("%s", Messages.get("cli.passphrase.again"));
        if (first == null || again == null || !Arrays.equals(first, again)) {
            throw new CommandFailure("cli.passphrase.different");
        }
        Arrays.fill(again, '\0');
        return first;
    }

    /** The passphrase to open a locked file with (asked only when the file is locked). */
    static char[] toOpen(Map<String, String> environment, Console console, String file) {
        String given = environment.get(VARIABLE);
        if (given != null && !given.isEmpty()) {
            return given.toCharArray();
        }
        if (console == null) {
            throw new CommandFailure("cli.passphrase.noneToOpen", file);
        }
        return console.readPassword("%s", Messages.get("cli.passphrase.ask", file));
    }
}
