package app.homeplan.store;

import app.homeplan.util.PrivateFiles;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteErrorCode;

/**
 * Puts a backup in the place of the data file without losing anything:
 * <ol>
 *   <li>the chosen backup is checked first (it opens, passes {@code quick_check}, is not from a newer Homeplan);</li>
 *   <li>the data file's lock is taken, so no Homeplan has it open;</li>
 *   <li>the families as they are now become a backup of their own ("before restore"), or, when the
 *       data file is damaged and cannot be copied, the file is renamed aside with the time, never
 *       overwritten;</li>
 *   <li>the backup is copied to a private temporary file beside the data file, flushed and checked,
 *       the old {@code -wal}/{@code -shm} files (already folded into that safety copy) are removed,
 *       and the copy is moved over the data file in one step.</li>
 * </ol>
 * A crash at any moment leaves either the old data file or the restored one, never a mix.
 */
public final class Restore {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd-HHmmss");

    private Restore() {
    }

    /**
     * What a restore did.
     *
     * @param contents      what the restored data file holds now
     * @param safetyBackup  the backup of the families as they were just before, when they could be copied
     * @param damagedKeptAt where the damaged data file was moved, when it could not be copied
     */
    public record Result(Path restoredFrom, BackupContents contents, Optional<Backup> safetyBackup,
                         Optional<Path> damagedKeptAt) {
    }

    /** Restores {@code backupFile} over {@code database}. The database must not be open in this program. */
    public static Result restore(Path database, Path backupFile, Clock clock) {
        Path db = database.toAbsolutePath();
        Path from = backupFile.toAbsolutePath();
        if (from.equals(db)) {
            throw new StoreException(StoreException.Problem.FAILED, "safety.restore.sameFile", null, from);
        }
        try {
            Backups.verify(from);
        } catch (StoreException e) {
            if (e.problem() == StoreException.Problem.NOT_FOUND || "safety.backup.notAFile".equals(e.key())) {
                throw e;
            }
            throw new StoreException(StoreException.Problem.DAMAGED, "safety.backup.damaged", e, from);
        }
        Backups.checkTrusted(from);
        BackupContents contents = Backups.inspect(from);
        if (contents.schemaVersion() > Database.knownVersion()) {
            throw new StoreException(StoreException.Problem.NEWER_VERSION, "safety.restore.newer", null, from);
        }
        if (Files.exists(db) && !Files.isWritable(db)) {
            // The folder may allow replacing it, but a file this user may not change is not theirs to swap.
            throw new StoreException(StoreException.Problem.READ_ONLY, "store.error.readOnly", null, db);
        }
        try {
            PrivateFiles.createFolders(db.getParent());
        } catch (IOException e) {
            throw new StoreException(StoreException.Problem.CANNOT_OPEN, "store.error.cannotCreate", e, db);
        }
        Path temp = db.resolveSibling(db.getFileName() + ".restoring");
        try (DatabaseLock lock = DatabaseLock.acquire(db)) {
            // The copy is made and checked first: if that fails, nothing else has been touched.
            copyPrivately(from, temp, db);
            Optional<Backup> safety = Optional.empty();
            Optional<Path> damaged = Optional.empty();
            if (Files.exists(db) && size(db) > 0) {
                try {
                    safety = Optional.of(backUpCurrent(db, clock));
                } catch (StoreException e) {
                    if (e.problem() != StoreException.Problem.DAMAGED
                            && e.problem() != StoreException.Problem.NOT_A_DATABASE) {
                        throw e; // disk full, unreadable...: nothing has been changed
                    }
                    damaged = Optional.of(moveAside(db, clock));
                }
            }
            try {
                swapIn(temp, db);
            } catch (StoreException e) {
                damaged.ifPresent(aside -> moveBackQuietly(aside, db));
                throw e;
            }
            return new Result(from, contents, safety, damaged);
        } finally {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException ignored) {
                // A leftover ".restoring" file is harmless and replaced next time.
            }
        }
    }

    /** A "before restore" backup of the data file as it is; DAMAGED when it cannot be read whole. */
    private static Backup backUpCurrent(Path db, Clock clock) {
        SQLiteConfig config = ConnectionSettings.base();
        config.setBusyTimeout(5000);
        try (Connection c = ConnectionSettings.connect("jdbc:sqlite:" + db, config)) {
            String check;
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("PRAGMA quick_check")) {
                check = rs.next() ? rs.getString(1) : "";
            }
            if (!"ok".equalsIgnoreCase(check)) {
                throw new StoreException(StoreException.Problem.DAMAGED, "store.error.damaged", null, db);
            }
            Backup made = new Backups(db, clock).create(c, BackupKind.BEFORE_RESTORE);
            // Closing this last connection folds the -wal file into the data file and removes it.
            return made;
        } catch (SQLException e) {
            int code = e.getErrorCode() & 0xff;
            if (code == SQLiteErrorCode.SQLITE_CORRUPT.code || code == SQLiteErrorCode.SQLITE_NOTADB.code) {
                throw new StoreException(StoreException.Problem.DAMAGED, "store.error.damaged", e, db);
            }
            throw SqlErrors.translate(e, db);
        }
    }

    /** Renames a damaged data file (and its -wal/-shm/-journal, which may hold recent changes) aside, with the time. */
    private static Path moveAside(Path db, Clock clock) {
        String stamp = STAMP.format(LocalDateTime.now(clock));
        String stem = Backups.stem(db);
        Path aside = db.resolveSibling(stem + "-damaged-" + stamp + ".db");
        for (int n = 2; Files.exists(aside); n++) {
            aside = db.resolveSibling(stem + "-damaged-" + stamp + "-" + n + ".db");
        }
        try {
            for (String side : new String[] {"-wal", "-shm", "-journal"}) {
                Path sideFile = db.resolveSibling(db.getFileName() + side);
                if (Files.exists(sideFile)) {
                    Files.move(sideFile, aside.resolveSibling(aside.getFileName() + side));
                }
            }
            Files.move(db, aside);
            PrivateFiles.syncFolder(db.getParent());
            return aside;
        } catch (IOException e) {
            throw new StoreException(StoreException.Problem.FAILED, "safety.restore.cannotMoveAside", e, db);
        }
    }

    /** Copies the backup to a private file beside the data file, flushed to disk and checked. */
    private static void copyPrivately(Path backup, Path temp, Path db) {
        try {
            Files.deleteIfExists(temp);
            if (Files.getFileStore(db.getParent()).getUsableSpace() < Files.size(backup)) {
                throw new StoreException(StoreException.Problem.DISK_FULL, "safety.restore.diskFull", null, db);
            }
            try (FileChannel out = PrivateFiles.createForWriting(temp); InputStream in = Files.newInputStream(backup)) {
                OutputStream stream = Channels.newOutputStream(out);
                in.transferTo(stream);
                stream.flush();
                out.force(true);
            }
        } catch (IOException e) {
            String reason = e.getMessage() == null ? "" : e.getMessage();
            if (reason.contains("No space")) {
                throw new StoreException(StoreException.Problem.DISK_FULL, "safety.restore.diskFull", e, db);
            }
            throw new StoreException(StoreException.Problem.FAILED, "safety.restore.failed", e, db);
        }
        Backups.verify(temp);
    }

    /** Removes the old data file's journal files (already folded into the safety backup) and moves the copy in. */
    private static void swapIn(Path temp, Path db) {
        try {
            // Stale journal files of the old data file would be replayed into the restored one.
            for (String side : new String[] {"-wal", "-shm", "-journal"}) {
                Files.deleteIfExists(db.resolveSibling(db.getFileName() + side));
            }
            PrivateFiles.moveAtomically(temp, db);
        } catch (IOException e) {
            throw new StoreException(StoreException.Problem.FAILED, "safety.restore.failed", e, db);
        }
    }

    private static void moveBackQuietly(Path aside, Path db) {
        try {
            Files.move(aside, db);
        } catch (IOException ignored) {
            // It stays where it is, under its dated name; nothing is lost.
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 1; // unknown: treat it as holding data
        }
    }
}
