package app.homeplan.store;

import app.homeplan.i18n.UserFacingException;

/**
 * Something went wrong with the database file. The message is a plain sentence saying what happened
 * and what to do; {@link #problem()} lets callers react (offer a backup, open read-only, ...).
 */
public class StoreException extends UserFacingException {

    /** What kind of trouble, so the UI and CLI can offer the right way out. */
    public enum Problem {
        CANNOT_OPEN, NOT_A_DATABASE, DAMAGED, NEWER_VERSION, READ_ONLY, IN_USE, DISK_FULL, NOT_FOUND, FAILED,
        /** The clinic's database server cannot be reached now (network, server down): try again later. */
        UNREACHABLE,
        /** The clinic's database server refused the login or its password. */
        LOGIN_REFUSED,
        /** Someone else saved a newer change to what this save would overwrite ({@code EditConflict}). */
        CONFLICT
    }

    private final Problem problem;

    public StoreException(Problem problem, String messageKey, Throwable cause, Object... args) {
        super(cause, messageKey, args);
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }
}
