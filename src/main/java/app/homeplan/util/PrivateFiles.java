package app.homeplan.util;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.ByteBuffer;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Set;

/**
 * The one way Homeplan writes files that hold a family's health data: the database, its lock and
 * backups, family files and home plan PDFs. Files are created readable by this user only (POSIX 0600,
 * folders 0700) from the first byte, so there is never a moment when another account could read them;
 * where the file system has no POSIX permissions the user's profile folder protects them.
 */
public final class PrivateFiles {
    private static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");

    /** Hidden, and recognisably ours if a power cut ever leaves one behind. */
    private static final String TEMP_PREFIX = ".homeplan-";
    private static final String TEMP_SUFFIX = ".part";
    /** The sticky bit: in such a folder only a file's owner may rename or delete it. */
    private static final int STICKY = 01000;
    private static final SecureRandom RANDOM = new SecureRandom();

    private PrivateFiles() {
    }

    /** True when files made here are owner-only (POSIX); elsewhere the user's profile folder protects them. */
    public static boolean hasPosixPermissions() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }

    /** Creates a folder and any missing parents; the ones created now are private. */
    public static void createFolders(Path folder) throws IOException {
        if (Files.isDirectory(folder)) {
            return;
        }
        if (hasPosixPermissions()) {
            Files.createDirectories(folder, PosixFilePermissions.asFileAttribute(FOLDER));
        } else {
            Files.createDirectories(folder);
        }
    }

    /** Creates a new, empty, private file; fails if it exists. */
    public static void createFile(Path file) throws IOException {
        Files.createFile(file, fileAttributes());
    }

    /** Opens a new private file for writing; fails if it exists. */
    public static FileChannel createForWriting(Path file) throws IOException {
        return FileChannel.open(file, Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE), fileAttributes());
    }

    /** Writes {@code content} to {@code target} privately, whole or not at all (see {@link #writeAtomically}). */
    public static void write(Path target, byte[] content) throws IOException {
        writeAtomically(target, out -> out.write(content));
    }

    /**
     * Writes a file completely or not at all, replacing it if it exists: into a private temporary file
     * beside it, flushed to disk, then moved over the target in one step where the file system allows
     * (a plain replace where it cannot, e.g. some network shares). A crash or a failed write leaves
     * either the old file or the new one, and the temporary file is removed. The writer must not close
     * the stream.
     *
     * <p>Nobody else can take the file over on its way: the folder must not be one that other accounts
     * may change without the sticky bit ({@link SharedFolderException}); the target must be a regular
     * file or absent (a folder, link, pipe or device is refused: {@link NotARegularFileException}); the
     * temporary file is made new (never opened by name twice) and written through that one handle; before
     * the rename its name must still hold exactly the bytes written, in the same file (file key), and
     * after the rename the target must be that file ({@link TakenOverException} otherwise).
     */
    public static void writeAtomically(Path target, IoWriter writer) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        checkTarget(absolute);
        checkFolderIsNotShared(folder, absolute);
        MessageDigest digest = sha256();
        Path temp = null;
        try {
            long written;
            Object key;
            try (Created created = createTemp(folder)) {
                temp = created.path;
                key = created.key;
                OutputStream out = new BufferedOutputStream(
                        new DigestOutputStream(Channels.newOutputStream(created.channel), digest), 64 * 1024);
                writer.write(out);
                out.flush();
                created.channel.force(true);
                written = created.channel.size();
            }
            checkStillOurs(temp, absolute, key, written, digest.digest());
            moveIntoPlace(temp, absolute);
            temp = null;
            checkTargetIsOurs(absolute, key);
        } catch (IOException | RuntimeException | Error e) {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException cleanup) {
                    e.addSuppressed(cleanup);
                }
            }
            throw e;
        }
    }

    /**
     * Refuses a folder that accounts other than its owner may change (group- or world-writable) unless
     * it has the sticky bit, which stops them renaming or deleting files they do not own (as in /tmp). In
     * such a folder another account can rename its own file over any file as it appears. A group-writable
     * folder whose group is its owner's own group (one account per group, as Debian and Ubuntu make them)
     * is not shared. Where the system has no POSIX permissions (Windows) the folder is not checked.
     */
    public static void checkFolderIsNotShared(Path folder, Path forFile) throws IOException {
        if (folder == null || !hasPosixPermissions()) {
            return;
        }
        Path real = folder.toRealPath();
        if (isShared(real)) {
            throw new SharedFolderException(forFile, real);
        }
    }

    /**
     * True when accounts other than the folder's owner may rename or delete files in it: it is group-
     * or world-writable without the sticky bit (a group-writable folder of the owner's own one-person
     * group is not shared). False where the system has no POSIX permissions.
     */
    public static boolean isShared(Path folder) throws IOException {
        if (!hasPosixPermissions()) {
            return false;
        }
        int mode = unixMode(folder);
        if (mode < 0 || (mode & STICKY) != 0) {
            return false;
        }
        boolean worldWritable = (mode & 0002) != 0;
        boolean groupWritable = (mode & 0020) != 0;
        return worldWritable || groupWritable && !ownGroup(folder);
    }

    /** A target that exists must be a regular file itself, not a link to one (nor a folder, pipe or device). */
    private static void checkTarget(Path target) throws IOException {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(target, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException absent) {
            return;
        }
        if (attributes.isDirectory()) {
            throw new FileSystemException(target.toString(), null, "is a folder");
        }
        if (!attributes.isRegularFile()) {
            throw new NotARegularFileException(target);
        }
    }

    /** The new temporary file, open for writing, and its file key (null where the system has none). */
    private record Created(Path path, FileChannel channel, Object key) implements AutoCloseable {
        @Override
        public void close() throws IOException {
            channel.close();
        }
    }

    private static Created createTemp(Path folder) throws IOException {
        for (int attempt = 0; ; attempt++) {
            Path temp = folder.resolve(TEMP_PREFIX + Long.toUnsignedString(RANDOM.nextLong(), 36) + TEMP_SUFFIX);
            FileChannel channel;
            try {
                // CREATE_NEW never opens what is already there (not even a link): this handle is a new file.
                channel = FileChannel.open(temp, Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE),
                        fileAttributes());
            } catch (FileAlreadyExistsException taken) {
                if (attempt < 10) {
                    continue;
                }
                throw taken;
            }
            try {
                BasicFileAttributes attributes = Files.readAttributes(temp, BasicFileAttributes.class,
                        LinkOption.NOFOLLOW_LINKS);
                if (!attributes.isRegularFile() || attributes.size() != 0 || channel.size() != 0) {
                    throw new TakenOverException(temp);
                }
                return new Created(temp, channel, attributes.fileKey());
            } catch (IOException | RuntimeException e) {
                channel.close();
                Files.deleteIfExists(temp);
                throw e;
            }
        }
    }

    /**
     * Before the rename: the temporary name still holds the file made (same file key) with exactly the
     * bytes written through its handle. Another account cannot read the private file, so it cannot put
     * the same bytes under that name.
     */
    private static void checkStillOurs(Path temp, Path target, Object key, long size, byte[] sha) throws IOException {
        try (FileChannel reread = FileChannel.open(temp, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS)) {
            BasicFileAttributes attributes = Files.readAttributes(temp, BasicFileAttributes.class,
                    LinkOption.NOFOLLOW_LINKS);
            if (!attributes.isRegularFile() || key != null && !key.equals(attributes.fileKey())
                    || reread.size() != size) {
                throw new TakenOverException(target);
            }
            MessageDigest digest = sha256();
            ByteBuffer buffer = ByteBuffer.allocate(64 * 1024);
            while (reread.read(buffer) > 0) {
                buffer.flip();
                digest.update(buffer);
                buffer.clear();
            }
            if (!MessageDigest.isEqual(sha, digest.digest())) {
                throw new TakenOverException(target);
            }
        } catch (TakenOverException e) {
            throw e;
        } catch (FileSystemException goneOrALink) {
            // No such file, or a link put in its place (refused by NOFOLLOW_LINKS).
            throw new TakenOverException(target);
        }
    }

    /** After the rename: the target is the file made. If not, what is there is nobody's export: removed. */
    private static void checkTargetIsOurs(Path target, Object key) throws IOException {
        if (key == null) {
            return;
        }
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(target, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException gone) {
            throw new TakenOverException(target);
        }
        if (!key.equals(attributes.fileKey())) {
            Files.deleteIfExists(target);
            throw new TakenOverException(target);
        }
    }

    private static int unixMode(Path path) throws IOException {
        try {
            return (Integer) Files.getAttribute(path, "unix:mode");
        } catch (UnsupportedOperationException | IllegalArgumentException noUnixView) {
            return -1;
        }
    }

    private static boolean ownGroup(Path folder) throws IOException {
        PosixFileAttributes attributes = Files.readAttributes(folder, PosixFileAttributes.class);
        return attributes.owner().getName().equals(attributes.group().getName());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    /** Replaces {@code target} with {@code source} in one step and makes the change durable. */
    public static void moveAtomically(Path source, Path target) throws IOException {
        Files.move(source, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        syncFolder(target.toAbsolutePath().getParent());
    }

    /** Flushes a folder's entries (a rename) to disk where the system allows it (not on Windows). */
    public static void syncFolder(Path folder) {
        if (folder == null) {
            return;
        }
        try (FileChannel dir = FileChannel.open(folder, StandardOpenOption.READ)) {
            dir.force(true);
        } catch (IOException | UnsupportedOperationException notSupported) {
            // Windows cannot open a folder this way; NTFS makes renames durable on its own.
        }
    }

    /** Flushes a file's contents to disk. */
    public static void syncFile(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
    }

    /**
     * An export may go anywhere the user picks; where an atomic rename is not offered a plain replace is
     * the best there is. (The store's own files use {@link #moveAtomically} and never fall back.)
     */
    private static void moveIntoPlace(Path temp, Path target) throws IOException {
        try {
            moveAtomically(temp, target);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            syncFolder(target.getParent());
        }
    }

    private static FileAttribute<?>[] fileAttributes() {
        return hasPosixPermissions()
                ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(FILE)}
                : new FileAttribute<?>[0];
    }

    /** A file to be read or replaced is not a regular file: a device, a pipe, a socket, a link or a folder. */
    public static final class NotARegularFileException extends FileSystemException {
        public NotARegularFileException(Path file) {
            super(file.toString(), null, "not a regular file");
        }
    }

    /**
     * The folder a file was to be written in may be changed by other accounts (group- or world-writable
     * without the sticky bit), so one of them could swap the file while it is written. {@link #folder()}
     * is the folder as it really is (links followed).
     */
    public static final class SharedFolderException extends FileSystemException {
        private final Path folder;

        public SharedFolderException(Path file, Path folder) {
            super(file.toString(), folder.toString(), "the folder may be changed by other accounts");
            this.folder = folder;
        }

        public Path folder() {
            return folder;
        }
    }

    /** The file being written was replaced or changed under its name by someone else; nothing was saved. */
    public static final class TakenOverException extends FileSystemException {
        public TakenOverException(Path file) {
            super(file.toString(), null, "replaced by someone else while it was written");
        }
    }

    /** A file to be read is bigger than the caller allows; {@link #size()} is what was seen. */
    public static final class TooBigException extends FileSystemException {
        private final long size;

        public TooBigException(Path file, long size) {
            super(file.toString(), null, "too big");
            this.size = size;
        }

        public long size() {
            return size;
        }
    }

    /**
     * Reads a whole file that the user chose (a family file, a backup), refusing at once anything but
     * a regular file (following a link to see what it is: a link to {@code /dev/zero} is a device) and
     * never reading more than {@code limit} plus one byte, whatever the file claims its size is.
     * A pipe is refused before it is opened, so it cannot hang the read.
     */
    public static byte[] readRegularFile(Path file, long limit) throws IOException {
        java.nio.file.attribute.BasicFileAttributes attributes =
                Files.readAttributes(file, java.nio.file.attribute.BasicFileAttributes.class);
        if (!attributes.isRegularFile()) {
            throw new NotARegularFileException(file);
        }
        if (attributes.size() > limit) {
            throw new TooBigException(file, attributes.size());
        }
        try (java.io.InputStream in = Files.newInputStream(file)) {
            byte[] content = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
            if (content.length > limit) {
                throw new TooBigException(file, Math.max(content.length, attributes.size()));
            }
            return content;
        }
    }

    /** Writes the contents of a file. */
    @FunctionalInterface
    public interface IoWriter {
        void write(OutputStream out) throws IOException;
    }
}
