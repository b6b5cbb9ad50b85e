package app.homeplan.cli;

import app.homeplan.i18n.UserFacingException;

/** The command line was not understood; the message says how to say it instead. */
public final class UsageException extends UserFacingException {
    public UsageException(String messageKey, Object... args) {
        super(null, messageKey, args);
    }
}
