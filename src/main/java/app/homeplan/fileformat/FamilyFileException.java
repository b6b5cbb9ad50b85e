package app.homeplan.fileformat;

import app.homeplan.i18n.UserFacingException;

/**
 * A family file could not be read or written. The message is a whole sentence for the user saying
 * which file, where in it and what is wrong, and what to do; {@link #problem()} lets callers react.
 */
public final class FamilyFileException extends UserFacingException {

    /** What kind of trouble, so the app and the command line can offer the right way out. */
    public enum Problem {
        /** The file cannot be read at all (missing, a folder, no permission). */
        CANNOT_READ,
        /** Bigger than {@link FamilyFile#MAX_BYTES}. */
        TOO_BIG,
        /** Empty, not JSON, cut short, nested too deep, or not a Homeplan family file. */
        NOT_A_FAMILY_FILE,
        /** Made by a newer Homeplan. */
        NEWER_VERSION,
        /** A family file whose content breaks the format's rules (types, ranges, references). */
        INVALID,
        /** The family in the file is already in the database (same family identity). */
        ALREADY_THERE,
        /** The file could not be written. */
        CANNOT_WRITE,
        /** A locked (encrypted) family file and no passphrase was given. */
        NEEDS_PASSPHRASE,
        /** A locked family file that the passphrase does not open: wrong, or the file was changed. */
        WRONG_PASSPHRASE
    }

    private final Problem problem;

    FamilyFileException(Problem problem, Throwable cause, String messageKey, Object... args) {
        super(cause, messageKey, args);
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }
}
