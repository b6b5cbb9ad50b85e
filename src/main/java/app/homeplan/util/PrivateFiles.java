package app.homeplan.util;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
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
     * the stream. A folder is refused as the target (moving onto an empty one would replace it).
     */
    public static void writeAtomically(Path target, IoWriter writer) throws IOException {
        Path absolute = target.toAbsolutePath();
        if (Files.isDirectory(absolute)) {
            throw new FileSystemException(absolute.toString(), null, "is a folder");
        }
        Path temp = Files.createTempFile(absolute.getParent(), TEMP_PREFIX, TEMP_SUFFIX, fileAttributes());
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 64 * 1024);
                writer.write(out);
                out.flush();
                channel.force(true);
            }
            moveIntoPlace(temp, absolute);
        } catch (IOException | RuntimeException | Error e) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException cleanup) {
                e.addSuppressed(cleanup);
            }
            throw e;
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

    /** A file to be read is not a regular file: a device, a pipe, a socket or a folder. */
    public static final class NotARegularFileException extends FileSystemException {
        public NotARegularFileException(Path file) {
            super(file.toString(), null, "not a regular file");
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
