package app.homeplan.print;

import app.homeplan.i18n.Messages;

/**
 * The plan could not be printed for a reason the user can act on (the folder cannot be written, the
 * disk is full). The message is a sentence from {@code i18n/print.properties}.
 */
public final class PrintException extends RuntimeException {
    private final String key;
    private final transient Object[] args;

    public PrintException(Throwable cause, String key, Object... args) {
        super(Messages.get(key, args), cause);
        this.key = key;
        this.args = args.clone();
    }

    public String key() {
        return key;
    }

    public Object[] args() {
        return args.clone();
    }
}
