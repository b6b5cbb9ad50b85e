package app.homeplan.store;

import java.nio.file.Path;
import java.sql.SQLException;
import org.sqlite.SQLiteErrorCode;

/** Turns SQLite's error codes into {@link StoreException}s with sentences a clinician understands. */
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
}
