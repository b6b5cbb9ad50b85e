package app.homeplan.store;

import static org.assertj.core.api.Assertions.assertThat;

import app.homeplan.library.ExampleFamily;
import app.homeplan.testing.ChildJvm;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.LibraryLoaderUtil;

/**
 * The window's start loads SQLite's native library from a copy kept in Homeplan's data folder, instead of
 * sqlite-jdbc unpacking and comparing it again at every start; the families are read and written as before.
 */
class SqliteNativeLibraryTest {
    @TempDir
    Path dir;

    @Test
    void aStartLoadsTheKeptCopyAndTheFamiliesAreStoredAsBefore() throws Exception {
        Path kept = dir.resolve("native");
        Path db = dir.resolve("families.db");
        for (int start = 1; start <= 2; start++) {
            Process child = ChildJvm.start(ChildJvm.command(List.of(), Probe.class, kept.toString(), db.toString()));
            String out = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            String err = new String(child.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(child.exitValue()).as(err).isZero();
            Path copy = onlyCopy(kept);
            // the library the process mapped is the kept copy, not one unpacked into the temporary folder
            assertThat(out).contains("loaded " + copy.toRealPath()).contains("families " + start);
            assertThat(Files.readAllBytes(copy)).isEqualTo(jarsLibrary());
        }
    }

    @Test
    void theKeptCopyIsMadeOnceAndMadeAgainWhenItIsNotWhole() throws Exception {
        Path kept = dir.resolve("native");
        String path = System.getProperty(SqliteNativeLibrary.PATH_PROPERTY);
        String name = System.getProperty(SqliteNativeLibrary.NAME_PROPERTY);
        try {
            SqliteNativeLibrary.useKeptCopy(kept);
            Path copy = onlyCopy(kept);
            assertThat(System.getProperty(SqliteNativeLibrary.PATH_PROPERTY)).isEqualTo(kept.toString());
            assertThat(System.getProperty(SqliteNativeLibrary.NAME_PROPERTY)).isEqualTo(copy.getFileName().toString());
            FileTime made = FileTime.fromMillis(1_000_000);
            Files.setLastModifiedTime(copy, made);

            System.clearProperty(SqliteNativeLibrary.PATH_PROPERTY);
            SqliteNativeLibrary.useKeptCopy(kept);
            assertThat(Files.getLastModifiedTime(copy)).as("not written again").isEqualTo(made);

            byte[] whole = jarsLibrary();
            Files.write(copy, java.util.Arrays.copyOf(whole, whole.length / 2)); // cut short (a full disk, a crash)
            System.clearProperty(SqliteNativeLibrary.PATH_PROPERTY);
            SqliteNativeLibrary.useKeptCopy(kept);
            assertThat(Files.readAllBytes(onlyCopy(kept))).isEqualTo(whole);

            byte[] damaged = whole.clone();
            damaged[damaged.length / 2] ^= 0x5A; // same size, one byte changed on disk
            Files.write(copy, damaged);
            System.clearProperty(SqliteNativeLibrary.PATH_PROPERTY);
            SqliteNativeLibrary.useKeptCopy(kept);
            assertThat(Files.readAllBytes(onlyCopy(kept))).as("made again, not loaded damaged").isEqualTo(whole);

            Path elsewhere = dir.resolve("given");
            SqliteNativeLibrary.useKeptCopy(elsewhere); // already given (as the installed app's runtime does)
            assertThat(elsewhere).doesNotExist();
        } finally {
            restore(SqliteNativeLibrary.PATH_PROPERTY, path);
            restore(SqliteNativeLibrary.NAME_PROPERTY, name);
        }
    }

    private static void restore(String key, String value) {
        if (value == null) {
            System.clearProperty(key);
        } else {
            System.setProperty(key, value);
        }
    }

    private static Path onlyCopy(Path kept) throws IOException {
        try (Stream<Path> files = Files.list(kept)) {
            List<Path> all = files.toList();
            assertThat(all).as("one kept copy, no pieces left").hasSize(1);
            return all.get(0);
        }
    }

    private static byte[] jarsLibrary() throws IOException {
        try (InputStream in = SQLiteJDBCLoader.class.getResourceAsStream(
                LibraryLoaderUtil.getNativeLibResourcePath() + "/" + LibraryLoaderUtil.getNativeLibName())) {
            return in.readAllBytes();
        }
    }

    /** A start as the window's: the kept copy first, then the data file; prints what it loaded. */
    public static final class Probe {
        public static void main(String[] args) throws Exception {
            SqliteNativeLibrary.useKeptCopy(Path.of(args[0]));
            try (Store store = Store.open(Path.of(args[1]))) {
                store.families().insert(ExampleFamily.create());
                System.out.println("families " + store.families().listAll().size());
            }
            for (String line : Files.readAllLines(Path.of("/proc/self/maps"))) {
                if (line.contains("sqlitejdbc")) {
                    System.out.println("loaded " + line.substring(line.indexOf('/')));
                    break;
                }
            }
        }
    }
}
