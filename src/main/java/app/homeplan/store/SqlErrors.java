package app.homeplan.store;

import java.nio.file.Path;
import java.sql.SQLException;
import org.sqlite.SQLiteErrorCode;

/**
 * Turns SQLite's error codes, and PostgreSQL's SQLSTATEs, into {@link StoreException}s with sentences a
 * clinician understands.
 */
public final class SqlErrors {
    private SqlErrors() {
    }

    public static StoreException translate(SQLException e, Path file) {
        int primary = e.getErrorCode() & 0xff;
        String where = file == null ? "" : file.toString();
        if (primary == SQLiteErrorCode.SQLITE_BUSY.code || primary == SQLiteErrorCode.SQLITE_LOCKED.code) {
            return new StoreException(StoreException.Problem.IN_USE, "store.error.inUse", e, where);
        }
        if (primary == SQLiteErrorCode.SQLITE_READONLY.code) {
            return new StoreException(StoreException.Problem.READ_ONLY, "store.error.readOnly", e, where);
        }
        if (primary == SQLiteErrorCode.SQLITE_FULL.code) {
            return new StoreException(StoreException.Problem.DISK_FULL, "store.error.diskFull", e, where);
        }
        if (primary == SQLiteErrorCode.SQLITE_NOTADB.code) {
            return new StoreException(StoreException.Problem.NOT_A_DATABASE, "store.error.notADatabase", e, where);
        }
        if (primary == SQLiteErrorCode.SQLITE_CORRUPT.code) {
            return new StoreException(StoreException.Problem.DAMAGED, "store.error.damaged", e, where);
        }
        if (primary == SQLiteErrorCode.SQLITE_CANTOPEN.code || primary == SQLiteErrorCode.SQLITE_PERM.code
                || primary == SQLiteErrorCode.SQLITE_AUTH.code) {
            return new StoreException(StoreException.Problem.CANNOT_OPEN, "store.error.cannotOpen", e, where);
        }
        if (primary == SQLiteErrorCode.SQLITE_IOERR.code) {
            return new StoreException(StoreException.Problem.FAILED, "store.error.io", e, where);
        }
        return new StoreException(StoreException.Problem.FAILED, "store.error.failed", e, where);
    }

    /** A PostgreSQL error by its SQLSTATE class (the driver's own codes for a connection that failed or was lost). */
    public static StoreException translatePostgres(SQLException e, PostgresAddress address) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        String where = address.toString();
        // The driver's own refusal when the server asks for a password and none was given (no PGPASSWORD,
        // nothing in ~/.pgpass): the window then asks for it.
        if (state.equals("08004") && String.valueOf(e.getMessage()).contains("password")) {
            return new StoreException(StoreException.Problem.LOGIN_REFUSED, "store.error.pg.passwordNeeded", e, where);
        }
        if (state.startsWith("08") || state.equals("57P01") || state.equals("57P02") || state.equals("57P03")
                || state.isEmpty() && e.getCause() instanceof java.io.IOException) {
            return new StoreException(StoreException.Problem.UNREACHABLE, "store.error.pg.unreachable", e, where);
        }
        if (state.startsWith("28")) {
            return new StoreException(StoreException.Problem.LOGIN_REFUSED, "store.error.pg.login", e, where);
        }
        if (state.equals("3D000")) {
            return new StoreException(StoreException.Problem.CANNOT_OPEN, "store.error.pg.noDatabase", e, where);
        }
        if (state.equals("42501")) {
            return new StoreException(StoreException.Problem.READ_ONLY, "store.error.pg.notAllowed", e, where);
        }
        if (state.equals("53100")) {
            return new StoreException(StoreException.Problem.DISK_FULL, "store.error.pg.diskFull", e, where);
        }
        if (state.equals("40001") || state.equals("40P01") || state.equals("55P03")) {
            return new StoreException(StoreException.Problem.IN_USE, "store.error.pg.busy", e, where);
        }
        return new StoreException(StoreException.Problem.FAILED, "store.error.pg.failed", e, where);
    }
}
