package app.homeplan.cli;

import app.homeplan.i18n.Messages;

/** The command line was not understood; the message says how to say it instead. */
public final class UsageException extends RuntimeException {
    public UsageException(String messageKey, Object... args) {
        super(Messages.get(messageKey, args));
    }
}
