package app.homeplan.store;

import app.homeplan.util.PrivateFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.util.List;
import java.util.Set;

/**
 * Checks the data file's folder and files before SQLite is let near them, so that a data file kept in a
 * shared place cannot leak: another account that pre-created {@code homeplan.db-wal} or {@code -shm}
 * (SQLite would write the family into them) or that may swap files in the folder. What belongs to this
 * user and is readable by others is tightened to owner-only; what belongs to another account, a link
 * or special file in a side file's place, or a folder others may change, is refused with a sentence
 * saying what to do. Where the system has no POSIX permissions (Windows) the user's profile folder
 * protects the data and nothing is checked here.
 */
final class DataFolderCheck {
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private DataFolderCheck() {
    }

    /** The files SQLite and Homeplan keep beside the data file while it is open. */
    static List<Path> sideFiles(Path db) {
        return List.of(db.resolveSibling(db.getFileName() + "-wal"), db.resolveSibling(db.getFileName() + "-shm"),
                DatabaseLock.lockFile(db));
    }

    /**
     * Before opening: the folder, the data file and its side files. {@code forWriting}: the file will be
     * written, so its folder must not be shared and this user must own it; loose modes are tightened.
     * Reading (a file this user cannot write, or beside a running Homeplan) changes nothing, and only
     * refuses side files that belong to neither this user nor the data file's owner.
     */
    static void check(Path db, boolean forWriting) {
        if (!PrivateFiles.hasPosixPermissions()) {
            return;
        }
        try {
            UserPrincipal me = currentUser(db);
            Path folder = db.getParent();
            if (forWriting && folder != null && Files.isDirectory(folder) && PrivateFiles.isShared(folder.toRealPath())) {
                throw new StoreException(StoreException.Problem.CANNOT_OPEN, "store.error.sharedFolder", null, db,
                        folder.toRealPath());
            }
            PosixFileAttributes data = attributes(db);
            UserPrincipal dataOwner = data == null ? me : data.owner();
            if (data != null && forWriting && me != null && !dataOwner.equals(me)) {
                throw new StoreException(StoreException.Problem.CANNOT_OPEN, "store.error.othersDataFile", null, db,
                        dataOwner.getName());
            }
            if (forWriting) {
                tighten(db, data);
            }
            for (Path side : sideFiles(db)) {
                PosixFileAttributes attributes = attributes(side);
                if (attributes == null) {
                    continue;
                }
                if (!attributes.isRegularFile()) {
                    throw new StoreException(StoreException.Problem.CANNOT_OPEN, "store.error.sideNotRegular", null,
                            side, db);
                }
                UserPrincipal owner = attributes.owner();
                boolean foreign = me != null && (!owner.equals(me) && !owner.equals(dataOwner) || forWriting && !owner.equals(me));
                if (foreign) {
                    throw new StoreException(StoreException.Problem.CANNOT_OPEN, "store.error.othersSideFile", null,
                            side, owner.getName(), db);
                }
                if (forWriting) {
                    tighten(side, attributes);
                }
            }
        } catch (IOException e) {
            throw new StoreException(StoreException.Problem.CANNOT_OPEN, "store.error.cannotOpen", e, db);
        }
    }

    /** Owner-only, if it was not: the data was never meant for other accounts. */
    private static void tighten(Path file, PosixFileAttributes attributes) throws IOException {
        if (attributes != null && attributes.isRegularFile() && !attributes.permissions().equals(OWNER_ONLY)) {
            Files.setPosixFilePermissions(file, OWNER_ONLY);
        }
    }

    /** The file's own attributes (a link is not followed); null when there is no such file. */
    private static PosixFileAttributes attributes(Path file) throws IOException {
        try {
            return Files.readAttributes(file, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException absent) {
            return null;
        }
    }

    /** This user; null when the system cannot name it (a container without an account entry): owners are then not compared. */
    private static UserPrincipal currentUser(Path near) {
        try {
            return near.getFileSystem().getUserPrincipalLookupService()
                    .lookupPrincipalByName(System.getProperty("user.name"));
        } catch (IOException | UnsupportedOperationException unknown) {
            return null;
        }
    }
}
