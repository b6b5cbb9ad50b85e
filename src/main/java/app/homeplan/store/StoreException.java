package app.homeplan.store;

import app.homeplan.i18n.Messages;

/**
 * Something went wrong with the database file. The message is a plain sentence saying what happened
 * and what to do; {@link #problem()} lets callers react (offer a backup, open read-only, ...).
 */
public class StoreException extends RuntimeException {

    /** What kind of trouble, so the UI and CLI can offer the right way out. */
    public enum Problem {
        CANNOT_OPEN, NOT_A_DATABASE, DAMAGED, NEWER_VERSION, READ_ONLY, IN_USE, DISK_FULL, NOT_FOUND, FAILED
    }

    private final Problem problem;

    public StoreException(Problem problem, String messageKey, Throwable cause, Object... args) {
        super(Messages.get(messageKey, args), cause);
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }
}
