package app.homeplan.print;

import app.homeplan.i18n.UserFacingException;

/**
 * The plan could not be printed for a reason the user can act on (the folder cannot be written, the
 * disk is full). The message is a sentence from {@code i18n/print.properties}.
 */
public final class PrintException extends UserFacingException {
    public PrintException(Throwable cause, String key, Object... args) {
        super(cause, key, args);
    }
}
