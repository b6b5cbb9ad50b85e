package app.homeplan.store;

import app.homeplan.util.PrivateFiles;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Makes sure only one Homeplan at a time changes a data file: an operating-system lock on
 * {@code <database>.lock}, held for as long as the database is open. The system drops the lock when
 * the process ends, even by a crash or {@code kill -9}, so a lock is never left behind; the empty
 * lock file itself stays (deleting it would let two programs lock two different files).
 */
public final class DatabaseLock implements AutoCloseable {
    /**
     * Lock files this process holds. Checked before opening a second channel on one: on POSIX
     * systems closing any handle on a file drops every lock the process has on it, so a second
     * attempt from this process must not even open the file.
     */
    private static final Set<Path> HELD = ConcurrentHashMap.newKeySet();

    private final Path lockFile;
    private final FileChannel channel;
    private final FileLock lock;

    private DatabaseLock(Path lockFile, FileChannel channel, FileLock lock) {
        this.lockFile = lockFile;
        this.channel = channel;
        this.lock = lock;
    }

    public static Path lockFile(Path database) {
        Path absolute = database.toAbsolutePath();
        return absolute.resolveSibling(absolute.getFileName() + ".lock");
    }

    /**
     * Takes the lock for a database file or says clearly why not: another Homeplan has it open
     * ({@link StoreException.Problem#IN_USE}), or the lock file cannot be made.
     */
    public static DatabaseLock acquire(Path database) {
        Path lockFile = lockFile(database).normalize();
        if (!HELD.add(lockFile)) {
            throw new StoreException(StoreException.Problem.IN_USE, "store.error.locked", null, database.toAbsolutePath());
        }
        FileChannel channel = null;
        try {
            channel = open(lockFile);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                throw new StoreException(StoreException.Problem.IN_USE, "store.error.locked", null,
                        database.toAbsolutePath());
            }
            return new DatabaseLock(lockFile, channel, lock);
        } catch (OverlappingFileLockException e) {
            // Only reachable through a path spelled differently (a link); still this same program.
            throw failed(channel, lockFile, new StoreException(StoreException.Problem.IN_USE, "store.error.locked", e,
                    database.toAbsolutePath()));
        } catch (IOException e) {
            throw failed(channel, lockFile, new StoreException(StoreException.Problem.CANNOT_OPEN,
                    "store.error.cannotLock", e, database.toAbsolutePath()));
        } catch (StoreException e) {
            throw failed(channel, lockFile, e);
        }
    }

    /**
     * For read-only use: the lock when it can be taken, nothing when the folder cannot hold a lock
     * file (a read-only folder, where no one can write anyway). Another Homeplan holding it is still
     * refused, so a reader never sees a file half-way through a restore.
     */
    public static Optional<DatabaseLock> acquireIfPossible(Path database) {
        Path lockFile = lockFile(database);
        if (!Files.exists(lockFile) && !Files.isWritable(lockFile.getParent())) {
            return Optional.empty();
        }
        try {
            return Optional.of(acquire(database));
        } catch (StoreException e) {
            if (e.problem() == StoreException.Problem.IN_USE) {
                throw e;
            }
            return Optional.empty();
        }
    }

    private static FileChannel open(Path lockFile) throws IOException {
        try {
            return PrivateFiles.createForWriting(lockFile);
        } catch (FileAlreadyExistsException exists) {
            return FileChannel.open(lockFile, StandardOpenOption.WRITE, java.nio.file.LinkOption.NOFOLLOW_LINKS);
        }
    }

    private static StoreException failed(FileChannel channel, Path lockFile, StoreException e) {
        if (channel != null) {
            closeQuietly(channel);
        }
        HELD.remove(lockFile);
        return e;
    }

    @Override
    public synchronized void close() {
        if (!channel.isOpen()) {
            return;
        }
        try {
            lock.release();
        } catch (IOException | RuntimeException ignored) {
            // Closing the channel below releases it as well.
        }
        closeQuietly(channel);
        HELD.remove(lockFile);
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException ignored) {
            // Nothing left to do; the system releases the lock when the process ends.
        }
    }
}
