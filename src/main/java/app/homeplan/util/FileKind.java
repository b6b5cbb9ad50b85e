package app.homeplan.util;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * What a name on disk is, looked at itself (a link is a link, not what it points to), so a refusal
 * can say what the user chose: "a folder", "a pipe", not "there is no file". Pipes, devices and
 * sockets are told apart where the system says (the file type bits of the Unix mode).
 */
public enum FileKind {
    MISSING, FILE, FOLDER, LINK, PIPE, DEVICE, SOCKET, SPECIAL;

    private static final int TYPE_BITS = 0170000;
    private static final int FIFO = 0010000;
    private static final int CHARACTER_DEVICE = 0020000;
    private static final int BLOCK_DEVICE = 0060000;
    private static final int SOCKET_BITS = 0140000;

    /** The kind of {@code path} itself, never following a link. */
    public static FileKind of(Path path) {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException e) {
            return MISSING;
        } catch (IOException e) {
            return MISSING;
        }
        if (attributes.isSymbolicLink()) {
            return LINK;
        }
        if (attributes.isRegularFile()) {
            return FILE;
        }
        if (attributes.isDirectory()) {
            return FOLDER;
        }
        return special(path);
    }

    private static FileKind special(Path path) {
        int mode;
        try {
            mode = (Integer) Files.getAttribute(path, "unix:mode", LinkOption.NOFOLLOW_LINKS);
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException noUnixView) {
            return SPECIAL;
        }
        return switch (mode & TYPE_BITS) {
            case FIFO -> PIPE;
            case CHARACTER_DEVICE, BLOCK_DEVICE -> DEVICE;
            case SOCKET_BITS -> SOCKET;
            default -> SPECIAL;
        };
    }

    /** The message key of this kind's name in a sentence ("a folder"), in common.properties. */
    public String messageKey() {
        return "common.fileKind." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
