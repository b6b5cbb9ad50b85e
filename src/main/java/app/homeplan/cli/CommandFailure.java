package app.homeplan.cli;

import app.homeplan.i18n.UserFacingException;

/** A command could not do its job for a reason the user can fix (no such family, unwritable path). */
public final class CommandFailure extends UserFacingException {
    public CommandFailure(String messageKey, Object... args) {
        super(null, messageKey, args);
    }

    public CommandFailure(Throwable cause, String messageKey, Object... args) {
        super(cause, messageKey, args);
    }
}
