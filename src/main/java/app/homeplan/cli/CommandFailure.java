package app.homeplan.cli;

import app.homeplan.i18n.Messages;

/** A command could not do its job for a reason the user can fix (no such family, unwritable path). */
public final class CommandFailure extends RuntimeException {
    public CommandFailure(String messageKey, Object... args) {
        super(Messages.get(messageKey, args));
    }

    public CommandFailure(Throwable cause, String messageKey, Object... args) {
        super(Messages.get(messageKey, args), cause);
    }
}
