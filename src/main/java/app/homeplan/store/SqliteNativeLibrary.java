package app.homeplan.store;

import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.jar.JarEntry;
import java.util.zip.CRC32;
import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.LibraryLoaderUtil;

/**
 * SQLite's native library, kept in a folder of Homeplan's own so that a start loads it at once. Left to
 * itself, sqlite-jdbc unpacks the library from its jar into the temporary folder at every start, reading
 * and comparing its 1 MB against the copy already there (a third of the store thread's start-up work in a
 * profile, on a two-core machine while the window is being built). The kept copy's name carries the
 * checksum the jar records for it, so a new sqlite-jdbc gets a copy of its own.
 */
public final class SqliteNativeLibrary {
    static final String PATH_PROPERTY = "org.sqlite.lib.path";
    static final String NAME_PROPERTY = "org.sqlite.lib.name";

    private SqliteNativeLibrary() {
    }

    /**
     * Points sqlite-jdbc at the kept copy in {@code folder}, making it first if it is missing or not whole.
     * Call before the first SQLite connection of the process. Does nothing when the library's place is
     * already given (the installed app's runtime has it beside itself) or the copy cannot be made: then
     * sqlite-jdbc unpacks its own, as without this.
     */
    public static void useKeptCopy(Path folder) {
        if (System.getProperty(PATH_PROPERTY) != null) {
            return;
        }
        try {
            String name = LibraryLoaderUtil.getNativeLibName();
            URL url = SQLiteJDBCLoader.class.getResource(LibraryLoaderUtil.getNativeLibResourcePath() + "/" + name);
            URLConnection connection = url == null ? null : url.openConnection();
            if (!(connection instanceof JarURLConnection jar)) {
                return; // not in a jar: nothing to save
            }
            JarEntry entry = jar.getJarEntry();
            String keptName = "sqlitejdbc-" + Long.toHexString(entry.getCrc()) + "-" + name;
            Path kept = folder.resolve(keptName);
            if (!isWhole(kept, entry)) {
                Files.createDirectories(folder);
                Path part = Files.createTempFile(folder, keptName, ".part");
                try (InputStream in = jar.getInputStream()) {
                    Files.copy(in, part, StandardCopyOption.REPLACE_EXISTING);
                }
                Files.move(part, kept, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            }
            System.setProperty(NAME_PROPERTY, keptName);
            System.setProperty(PATH_PROPERTY, folder.toString());
        } catch (IOException | RuntimeException cannot) {
            // sqlite-jdbc unpacks its own copy, as it always did
        }
    }

    /**
     * The kept copy is the jar's library byte for byte: its size and checksum those the jar records (a
     * millisecond for 1 MB). A copy damaged on disk is made again rather than loaded, which could stop
     * every start.
     */
    static boolean isWhole(Path kept, JarEntry entry) throws IOException {
        if (!Files.isRegularFile(kept) || Files.size(kept) != entry.getSize()) {
            return false;
        }
        CRC32 crc = new CRC32();
        try (InputStream in = Files.newInputStream(kept)) {
            byte[] buffer = new byte[64 * 1024];
            for (int n; (n = in.read(buffer)) > 0; ) {
                crc.update(buffer, 0, n);
            }
        }
        return crc.getValue() == entry.getCrc();
    }
}
