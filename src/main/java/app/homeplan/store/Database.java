package app.homeplan.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.sqlite.SQLiteConfig;

/**
 * One open Homeplan database file: pragmas, integrity check and schema migrations. Not thread-safe:
 * all use goes through one thread ({@link StoreThread}).
 *
 * <p>Opening order matters: the schema version is read and checked before anything writes to the
 * file, so a database made by a newer Homeplan is refused untouched.
 */
public final class Database implements AutoCloseable {
    private static final String MIGRATIONS = "/db/migration/";

    private final Path file;
    private final Connection connection;
    private final boolean createdNow;

    private Database(Path file, Connection connection, boolean createdNow) {
        this.file = file;
        this.connection = connection;
        this.createdNow = createdNow;
    }

    /** Opens (creating if needed) the database and brings its schema up to date. */
    public static Database open(Path file) {
        Path absolute = file.toAbsolutePath();
        boolean createdNow = createPrivately(absolute);
        Connection connection = connect(absolute);
        try {
            Database db = new Database(absolute, connection, createdNow);
            db.checkVersionIsKnown();
            db.checkIntegrity();
            db.applyPragmas();
            db.migrate();
            return db;
        } catch (RuntimeException e) {
            closeQuietly(connection);
            throw e;
        }
    }

    /** The schema version this release knows; databases newer than this are refused. */
    public static int knownVersion() {
        return migrationNames().size();
    }

    public Path file() {
        return file;
    }

    public Connection connection() {
        return connection;
    }

    /** True when this open created the file (so it gets the example family). */
    public boolean createdNow() {
        return createdNow;
    }

    public int schemaVersion() {
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery("PRAGMA user_version")) {
            return rs.next() ? rs.getInt(1) : 0;
        } catch (SQLException e) {
            throw SqlErrors.translate(e, file);
        }
    }

    /** Runs work in one transaction: all of it is stored, or none of it. */
    public <T> T inTransaction(SqlWork<T> work) {
        try {
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                rollbackQuietly();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw SqlErrors.translate(e, file);
        }
    }

    /** Runs a read outside any explicit transaction. */
    public <T> T read(SqlWork<T> work) {
        try {
            return work.run(connection);
        } catch (SQLException e) {
            throw SqlErrors.translate(e, file);
        }
    }

    @Override
    public void close() {
        closeQuietly(connection);
    }

    /** A piece of JDBC work. */
    @FunctionalInterface
    public interface SqlWork<T> {
        T run(Connection connection) throws SQLException;
    }

    // --- opening ---------------------------------------------------------------------------------

    /** Creates missing folders and the file itself readable by the user only (POSIX 0700 / 0600). */
    private static boolean createPrivately(Path file) {
        if (Files.isDirectory(file)) {
            throw new StoreException(StoreException.Problem.CANNOT_OPEN, "store.error.isFolder", null, file);
        }
        if (Files.exists(file)) {
            return false;
        }
        boolean posix = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
        try {
            Path parent = file.getParent();
            if (parent != null && !Files.isDirectory(parent)) {
                if (posix) {
                    Files.createDirectories(parent,
                            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
                } else {
                    Files.createDirectories(parent);
                }
            }
            if (posix) {
                Files.createFile(file,
                        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } else {
                Files.createFile(file);
            }
            return true;
        } catch (IOException e) {
            throw new StoreException(StoreException.Problem.CANNOT_OPEN, "store.error.cannotCreate", e, file);
        }
    }

    private static Connection connect(Path file) {
        SQLiteConfig config = new SQLiteConfig();
        config.setBusyTimeout(5000);
        try {
            return DriverManager.getConnection("jdbc:sqlite:" + file, config.toProperties());
        } catch (SQLException e) {
            throw SqlErrors.translate(e, file);
        }
    }

    private void checkVersionIsKnown() {
        int version = schemaVersion();
        if (version > knownVersion()) {
            throw new StoreException(StoreException.Problem.NEWER_VERSION, "store.error.newerVersion", null, file);
        }
    }

    private void checkIntegrity() {
        String result = read(c -> {
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("PRAGMA quick_check")) {
                return rs.next() ? rs.getString(1) : "";
            }
        });
        if (!"ok".equalsIgnoreCase(result)) {
            throw new StoreException(StoreException.Problem.DAMAGED, "store.error.damaged", null, file);
        }
    }

    private void applyPragmas() {
        read(c -> {
            try (Statement st = c.createStatement()) {
                st.execute("PRAGMA foreign_keys = ON");
                st.execute("PRAGMA journal_mode = WAL");
                // FULL: a commit survives a power cut; measured at well under a millisecond per autosave.
                st.execute("PRAGMA synchronous = FULL");
                // Deleted families are overwritten on disk, not just unlinked.
                st.execute("PRAGMA secure_delete = ON");
            }
            return null;
        });
    }

    private void migrate() {
        List<String> names = migrationNames();
        for (int version = schemaVersion() + 1; version <= names.size(); version++) {
            String sql = resource(MIGRATIONS + names.get(version - 1));
            int target = version;
            inTransaction(c -> {
                try (Statement st = c.createStatement()) {
                    // sqlite-jdbc runs every statement of the script (triggers with BEGIN ... END included).
                    st.executeUpdate(sql);
                    st.execute("PRAGMA user_version = " + target);
                }
                return null;
            });
        }
    }

    /** Migration files in order, listed in {@code index.txt} (a jar cannot list a folder). */
    static List<String> migrationNames() {
        List<String> names = new ArrayList<>();
        for (String line : resource(MIGRATIONS + "index.txt").split("\n")) {
            String name = line.strip();
            if (!name.isEmpty() && !name.startsWith("#")) {
                names.add(name);
            }
        }
        return names;
    }

    private static String resource(String path) {
        try (InputStream in = Objects.requireNonNull(Database.class.getResourceAsStream(path), path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + path, e);
        }
    }

    private void rollbackQuietly() {
        try {
            connection.rollback();
        } catch (SQLException ignored) {
            // The original failure is what the user needs to hear about.
        }
    }

    private static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // Closing is best effort; SQLite recovers the WAL on the next open.
        }
    }
}
