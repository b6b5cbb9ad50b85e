package app.homeplan.store;

import app.homeplan.util.PrivateFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteErrorCode;

/**
 * One open Homeplan database file: lock, pragmas, integrity check, backups and schema migrations.
 * Not thread-safe: all use goes through one thread ({@link StoreThread}).
 *
 * <p>Opening order matters:
 * <ol>
 *   <li>the {@link DatabaseLock} is taken, so two running Homeplans never write one file;</li>
 *   <li>a file (or folder) this user cannot write is opened read-only: families can be looked at,
 *       and every write is refused with a sentence ({@link #isReadOnly()});</li>
 *   <li>the schema version is read and checked before anything writes to the file, so a database
 *       made by a newer Homeplan is refused untouched;</li>
 *   <li>{@code quick_check}: a damaged file is refused and left as it is (restoring a backup moves it aside);</li>
 *   <li>a backup is taken before any schema migration, and on the first open of each day.</li>
 * </ol>
 *
 * <p>The window opens with {@link #openCheckingLater}: when the schema is already up to date, the
 * {@code quick_check} (it reads the whole file: about half a second at 10,000 families) and the
 * day's backup wait until {@link #finishChecks()}, which the window runs once its home screen is
 * drawn. Families can be read before that; nothing is written before it passes, because the first
 * write runs it first ({@link #inTransaction}) and a damaged file refuses every write.
 */
public final class Database implements AutoCloseable {
    private final Path file;
    private Connection connection;
    private final boolean createdNow;
    private final boolean readOnly;
    private final DatabaseLock lock;
    private final Backups backups;
    private final List<String> migrations;
    private StoreException backupProblem;
    /** The clinic's PostgreSQL database, or null for a data file. */
    private final PostgresServer server;
    /** The whole-file check (and what follows it) is still to run: {@link #finishChecks()}. */
    private boolean checksPending;
    /** Why the whole-file check failed; every later write is refused with it. */
    private StoreException checkFailure;

    private Database(Path file, Connection connection, boolean createdNow, boolean readOnly, DatabaseLock lock,
                     Backups backups, List<String> migrations) {
        this(file, connection, createdNow, readOnly, lock, backups, migrations, null);
    }

    private Database(Path file, Connection connection, boolean createdNow, boolean readOnly, DatabaseLock lock,
                     Backups backups, List<String> migrations, PostgresServer server) {
        this.server = server;
        this.migrations = migrations;
        this.file = file;
        this.connection = connection;
        this.createdNow = createdNow;
        this.readOnly = readOnly;
        this.lock = lock;
        this.backups = backups;
    }

    /** Opens (creating if needed) the database and brings its schema up to date. */
    public static Database open(Path file) {
        return open(file, Clock.systemDefaultZone());
    }

    /** As {@link #open(Path)}, with the clock that dates backups ("first open of the day"). */
    public static Database open(Path file, Clock clock) {
        return open(file, clock, bundledMigrations());
    }

    /**
     * Opens an existing data file for reading only, through the same path as a file this user cannot
     * write ({@link #isReadOnly()} is true and every write is refused), even when it could be written.
     * For tests where permissions cannot make a file read-only (root ignores them).
     */
    public static Database openReadOnly(Path file, Clock clock) {
        return open(file, clock, bundledMigrations(), true);
    }

    /**
     * Opens a data file that another Homeplan has open (and locked), for reading only: SQLite's
     * write-ahead log lets readers in beside the one writer, and each read sees the last committed
     * state. The lock is the writers'; this reader does not take it and never writes (no backup, no
     * update; a file that would need one is refused). For the command line's list and exports.
     */
    public static Database openBesideWriter(Path file, Clock clock) {
        return open(file, clock, bundledMigrations(), true, false);
    }

    /** With the migrations (SQL texts, version 1 first) to bring the file up to; tests add a future one. */
    static Database open(Path file, Clock clock, List<String> migrations) {
        return open(file, clock, migrations, false);
    }

    private static Database open(Path file, Clock clock, List<String> migrations, boolean onlyRead) {
        return open(file, clock, migrations, onlyRead, true);
    }

    private static Database open(Path file, Clock clock, List<String> migrations, boolean onlyRead, boolean takeLock) {
        return open(file, clock, migrations, onlyRead, takeLock, false);
    }

    /**
     * As {@link #open(Path, Clock)} (or {@link #openReadOnly} when {@code onlyRead}), but when the file's
     * schema is up to date its {@code quick_check} and the day's backup are left for {@link #finishChecks()}:
     * the window's first frame does not wait for them. A file that needs a schema update is checked in
     * full first, as before (it must be checked and backed up before it is changed).
     */
    public static Database openCheckingLater(Path file, Clock clock, boolean onlyRead) {
        return open(file, clock, bundledMigrations(), onlyRead, true, true);
    }

    static Database openCheckingLater(Path file, Clock clock, List<String> migrations) {
        return open(file, clock, migrations, false, true, true);
    }

    private static Database open(Path file, Clock clock, List<String> migrations, boolean onlyRead, boolean takeLock,
                                 boolean checkLater) {
        Path absolute = file.toAbsolutePath();
        if (Files.isDirectory(absolute)) {
            throw new StoreException(StoreException.Problem.CANNOT_OPEN, "store.error.isFolder", null, absolute);
        }
        if (onlyRead && !Files.exists(absolute)) {
            throw new StoreException(StoreException.Problem.CANNOT_OPEN, "store.error.cannotOpen", null, absolute);
        }
        boolean readOnly = onlyRead || Files.exists(absolute) && !writable(absolute);
        DatabaseLock lock = null;
        Connection connection = null;
        try {
            if (!readOnly) {
                createFolders(absolute);
            }
            DataFolderCheck.check(absolute, !readOnly);
            if (!takeLock) {
                lock = null;
            } else if (readOnly) {
                lock = DatabaseLock.acquireIfPossible(absolute).orElse(null);
            } else {
                lock = DatabaseLock.acquire(absolute);
            }
            boolean createdNow = !readOnly && createPrivately(absolute);
            connection = readOnly ? connectReadOnly(absolute, takeLock) : connect(absolute);
            Database db = new Database(absolute, connection, createdNow, readOnly, lock, new Backups(absolute, clock),
                    migrations);
            db.checkVersionIsKnown();
            int version = db.schemaVersion();
            // Later only for a file in use already (not new, up to date): it can be read as it is.
            db.checksPending = checkLater && version > 0 && version == migrations.size();
            if (!db.checksPending) {
                db.checkIntegrity();
            }
            db.read(c -> {
                // Before anything is written (a backup of a file not to be trusted would be offered later).
                SchemaCheck.checkSchema(c, absolute, db.schemaVersion(), migrations, SchemaCheck.Source.DATA_FILE);
                SchemaCheck.checkStoredValues(c, absolute, SchemaCheck.Source.DATA_FILE);
                return null;
            });
            db.applyPragmas();
            if (!readOnly) {
                // SQLite has made its -wal and -shm now: the same checks, in case one appeared meanwhile.
                DataFolderCheck.check(absolute, true);
            }
            if (!db.checksPending) {
                db.afterChecks();
            }
            return db;
        } catch (RuntimeException e) {
            if (connection != null) {
                closeQuietly(connection);
            }
            if (lock != null) {
                lock.close();
            }
            throw e;
        }
    }

    /**
     * Connects to a clinic's PostgreSQL database (docs/clinic.md) and brings its schema up to date when
     * this login may (the owner, as {@code clinic init} does); a clinician's login finds it up to date or
     * is told to ask the owner. There is no lock, no file and no automatic backup: the server keeps many
     * clinicians apart, and its backups are {@code pg_dump}'s.
     */
    public static Database openPostgres(PostgresServer server) {
        Connection connection = server.connect();
        Database db = new Database(null, connection, false, false, null, null, postgresMigrations(), server);
        try {
            int before = db.schemaVersion();
            if (before > db.migrations.size()) {
                throw new StoreException(StoreException.Problem.NEWER_VERSION, "store.error.pg.newerVersion", null,
                        server.address());
            }
            if (before < db.migrations.size()) {
                db.migratePostgres();
            }
            return before == 0 ? db.markCreatedNow() : db;
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
    }

    private Database markCreatedNow() {
        return new Database(null, connection, true, false, null, null, migrations, server);
    }

    /** Which kind of database this is. */
    public Dialect dialect() {
        return server == null ? Dialect.SQLITE : Dialect.POSTGRESQL;
    }

    /** The clinic's database server, when this is one. */
    public Optional<PostgresServer> server() {
        return Optional.ofNullable(server);
    }

    /** Where the data is, as people name it: the file's path, or the PostgreSQL address without secrets. */
    public String location() {
        return server == null ? file.toString() : server.address().toString();
    }

    /** The schema version this release knows; databases newer than this are refused. */
    public static int knownVersion() {
        return migrationNames().size();
    }

    public Path file() {
        return file;
    }

    public Connection connection() {
        if (server != null) {
            reconnectIfLost();
        }
        return connection;
    }

    /** True when this open created the file (so it gets the example family). */
    public boolean createdNow() {
        return createdNow;
    }

    /**
     * True when this user cannot change the file or its folder: families can be read, and every
     * write is refused with {@link StoreException.Problem#READ_ONLY} and a sentence. Screens use this
     * to say so up front and to disable editing.
     */
    public boolean isReadOnly() {
        return readOnly;
    }

    /** This database's backups. */
    public Backups backups() {
        return backups;
    }

    /**
     * Why today's automatic backup could not be made (the disk is full, the folder cannot be
     * written), as a sentence for a banner; empty when it was made or was not due.
     */
    public Optional<String> backupProblem() {
        return Optional.ofNullable(backupProblem).map(StoreException::getMessage);
    }

    public int schemaVersion() {
        return read(c -> {
            try (Statement st = c.createStatement()) {
                if (server != null) {
                    try (ResultSet rs = st.executeQuery("SELECT to_regclass('homeplan_schema') IS NOT NULL")) {
                        if (!rs.next() || !rs.getBoolean(1)) {
                            return 0; // a new, empty database
                        }
                    }
                }
                String sql = server == null ? "PRAGMA user_version" : "SELECT coalesce(max(version), 0) FROM homeplan_schema";
                try (ResultSet rs = st.executeQuery(sql)) {
                    return rs.next() ? rs.getInt(1) : 0;
                }
            }
        });
    }

    /**
     * Runs work in one transaction: all of it is stored, or none of it. Refused on a read-only file.
     *
     * <p>The transaction is begun and ended with plain SQL rather than JDBC's auto-commit switch: on
     * some errors (a full disk, SQLITE_FULL) SQLite has already rolled the transaction back itself,
     * and the driver's switch would then fail on "no transaction is active", hide the real error and
     * leave the connection stuck, so that no later save could work once space was freed.
     */
    public <T> T inTransaction(SqlWork<T> work) {
        if (readOnly) {
            throw new StoreException(StoreException.Problem.READ_ONLY, "store.error.openReadOnly", null, file);
        }
        finishChecks(); // the first write waits for the whole-file check; a damaged file gets none

        if (server != null) {
            return inServerTransaction(work);
        }
        try {
            execute("BEGIN IMMEDIATE");
        } catch (SQLException e) {
            throw SqlErrors.translate(e, file);
        }
        try {
            T result = work.run(connection);
            execute("COMMIT");
            return result;
        } catch (SQLException e) {
            rollbackQuietly();
            throw SqlErrors.translate(e, file);
        } catch (RuntimeException | Error e) {
            rollbackQuietly();
            throw e;
        }
    }

    private void execute(String sql) throws SQLException {
        try (Statement st = connection.createStatement()) {
            st.execute(sql);
        }
    }

    /** Runs a read outside any explicit transaction. */
    public <T> T read(SqlWork<T> work) {
        try {
            return work.run(connection());
        } catch (SQLException e) {
            throw translate(e);
        } catch (IllegalArgumentException | java.time.DateTimeException unreadable) {
            // A stored value Homeplan cannot turn back into a plan (a status or date it never writes):
            // the data was changed outside Homeplan. Damage, with the way out, never a crash.
            throw new StoreException(StoreException.Problem.DAMAGED, "store.error.damaged", unreadable,
                    file != null ? file : String.valueOf(server));
        }
    }

    /** A database error as a sentence for this kind of database; a lost server connection is let go, to be made again. */
    private StoreException translate(SQLException e) {
        if (server == null) {
            return SqlErrors.translate(e, file);
        }
        StoreException translated = SqlErrors.translatePostgres(e, server.address());
        if (translated.problem() == StoreException.Problem.UNREACHABLE) {
            closeQuietly(connection);
            connection = null;
        }
        return translated;
    }

    /**
     * A transaction on the server: JDBC's auto-commit switch is right here (PostgreSQL never ends a
     * transaction behind the driver's back, unlike SQLite on a full disk).
     */
    private <T> T inServerTransaction(SqlWork<T> work) {
        Connection c = connection();
        try {
            c.setAutoCommit(false);
        } catch (SQLException e) {
            throw translate(e);
        }
        try {
            T result = work.run(c);
            c.commit();
            c.setAutoCommit(true);
            return result;
        } catch (SQLException e) {
            rollbackServerQuietly(c);
            throw translate(e);
        } catch (RuntimeException | Error e) {
            rollbackServerQuietly(c);
            throw e;
        }
    }

    private static void rollbackServerQuietly(Connection c) {
        try {
            c.rollback();
            c.setAutoCommit(true);
        } catch (SQLException ignored) {
            // The connection is gone or broken; the original failure is what the user needs to hear about.
        }
    }

    /** After the server was unreachable, the next use connects again (and says so again if it still cannot). */
    private void reconnectIfLost() {
        if (connection == null) {
            connection = server.connect();
        }
    }

    @Override
    public void close() {
        if (connection != null) {
            closeQuietly(connection);
        }
        if (lock != null) {
            lock.close();
        }
    }

    /** A piece of JDBC work. */
    @FunctionalInterface
    public interface SqlWork<T> {
        T run(Connection connection) throws SQLException;
    }

    // --- opening ---------------------------------------------------------------------------------

    /**
     * Whether this user may change the data file: the file itself and its folder (SQLite writes its
     * {@code -wal} and {@code -shm} files there, and Homeplan its lock and backups).
     */
    private static boolean writable(Path file) {
        Path folder = file.getParent();
        return Files.isWritable(file) && (folder == null || Files.isWritable(folder));
    }

    /** Creates missing folders readable by the user only (POSIX 0700). */
    private static void createFolders(Path file) {
        Path parent = file.getParent();
        if (parent == null) {
            return;
        }
        try {
            PrivateFiles.createFolders(parent);
        } catch (IOException e) {
            throw new StoreException(StoreException.Problem.CANNOT_OPEN, "store.error.cannotCreate", e, file);
        }
    }

    /** Creates the file itself readable by the user only (POSIX 0600); false when it was there. */
    private static boolean createPrivately(Path file) {
        if (Files.exists(file)) {
            return false;
        }
        try {
            PrivateFiles.createFile(file);
            return true;
        } catch (IOException e) {
            throw new StoreException(StoreException.Problem.CANNOT_OPEN, "store.error.cannotCreate", e, file);
        }
    }

    private static Connection connect(Path file) {
        SQLiteConfig config = ConnectionSettings.base();
        config.setBusyTimeout(5000);
        try {
            return ConnectionSettings.connect("jdbc:sqlite:" + file, config);
        } catch (SQLException e) {
            throw SqlErrors.translate(e, file);
        }
    }

    /**
     * Opens a file this user cannot change. In a folder that cannot be written SQLite cannot make
     * the {@code -shm} file a WAL database needs; then the file is opened as {@code immutable}, which
     * reads it as it is on disk (fine: nobody can be writing it there).
     */
    private static Connection connectReadOnly(Path file, boolean mayBeImmutable) {
        SQLiteConfig config = ConnectionSettings.base();
        config.setReadOnly(true);
        config.setBusyTimeout(5000);
        try {
            Connection c = ConnectionSettings.connect("jdbc:sqlite:" + file, config);
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT count(*) FROM sqlite_master")) {
                rs.next();
                return c;
            } catch (SQLException e) {
                closeQuietly(c);
                // CANTOPEN, or READONLY_DIRECTORY (depends on why the folder cannot be written)
                int primary = e.getErrorCode() & 0xff;
                // Beside a running writer the file is changing: never read it as immutable (stale pages).
                if (!mayBeImmutable
                        || primary != SQLiteErrorCode.SQLITE_CANTOPEN.code && primary != SQLiteErrorCode.SQLITE_READONLY.code) {
                    throw e;
                }
            }
            return ConnectionSettings.connect("jdbc:sqlite:" + file.toUri() + "?immutable=1", config);
        } catch (SQLException e) {
            throw SqlErrors.translate(e, file);
        }
    }

    private void checkVersionIsKnown() {
        int version = schemaVersion();
        if (version > migrations.size()) {
            throw new StoreException(StoreException.Problem.NEWER_VERSION, "store.error.newerVersion", null, file);
        }
    }

    /**
     * Runs the whole-file check left by {@link #openCheckingLater}, then takes the day's backup; does
     * nothing when it has run (or was never left). Throws {@link StoreException.Problem#DAMAGED} when
     * the file fails it, and so does every write after that: nothing is ever written to such a file.
     */
    public void finishChecks() {
        if (checkFailure != null) {
            throw checkFailure;
        }
        if (!checksPending) {
            return;
        }
        try {
            checkIntegrity();
        } catch (StoreException e) {
            checkFailure = e;
            throw e;
        }
        checksPending = false;
        afterChecks();
    }

    /** Whether {@link #finishChecks()} is still to run. */
    public boolean checksPending() {
        return checksPending;
    }

    /** What follows the checks: a read-only file must need no update; a writable one is backed up and brought up to date. */
    private void afterChecks() {
        if (readOnly) {
            checkNeedsNoUpdate();
        } else {
            applyWriteAheadLog();
            backUpBeforeChanges();
            migrate();
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
                if (readOnly) {
                    return null; // the rest would write to the file
                }
                // FULL: a commit survives a power cut; measured at well under a millisecond per autosave.
                st.execute("PRAGMA synchronous = FULL");
                // Deleted families are overwritten on disk, not just unlinked.
                st.execute("PRAGMA secure_delete = ON");
            }
            return null;
        });
    }

    /** Write-ahead logging, set in the file itself: a write, so only once the file has passed its checks. */
    private void applyWriteAheadLog() {
        read(c -> {
            try (Statement st = c.createStatement()) {
                st.execute("PRAGMA journal_mode = WAL");
            }
            return null;
        });
    }

    /** A read-only file cannot be updated, and this Homeplan cannot read an older schema without updating it. */
    private void checkNeedsNoUpdate() {
        if (schemaVersion() < migrations.size()) {
            throw new StoreException(StoreException.Problem.READ_ONLY, "store.error.readOnlyNeedsUpdate", null, file);
        }
    }

    /**
     * Before a schema migration a backup is required (no backup, no update: the file is left as it
     * is). Otherwise the first open of a day takes one; if that fails the file still opens and
     * {@link #backupProblem()} says why.
     */
    private void backUpBeforeChanges() {
        int version = schemaVersion();
        if (version == 0) {
            return; // a new, empty file: nothing to keep yet
        }
        if (version < migrations.size()) {
            try {
                backups.create(connection, BackupKind.BEFORE_UPDATE);
            } catch (StoreException e) {
                throw new StoreException(e.problem(), "store.error.noBackupNoUpdate", e, file, e.getMessage());
            }
            return;
        }
        try {
            backups.createDailyIfDue(connection);
        } catch (StoreException e) {
            backupProblem = e;
        }
    }

    private void migrate() {
        for (int version = schemaVersion() + 1; version <= migrations.size(); version++) {
            String sql = migrations.get(version - 1);
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

    /**
     * Brings a PostgreSQL schema up to date in one transaction (PostgreSQL's DDL is transactional: all of
     * it or none), holding an advisory lock so two owners running {@code clinic init} at once take turns.
     * A clinician's login has no right to change the schema: told to ask the owner instead.
     */
    private void migratePostgres() {
        try {
            inTransaction(c -> {
                try (Statement st = c.createStatement()) {
                    st.execute("SELECT pg_advisory_xact_lock(" + SCHEMA_LOCK + ")");
                    st.execute("CREATE TABLE IF NOT EXISTS homeplan_schema (version INTEGER PRIMARY KEY,"
                            + " applied_at TIMESTAMPTZ NOT NULL DEFAULT now())");
                    int current;
                    try (ResultSet rs = st.executeQuery("SELECT coalesce(max(version), 0) FROM homeplan_schema")) {
                        rs.next();
                        current = rs.getInt(1);
                    }
                    for (int version = current + 1; version <= migrations.size(); version++) {
                        st.execute(migrations.get(version - 1));
                        st.execute("INSERT INTO homeplan_schema (version) VALUES (" + version + ")");
                    }
                }
                return null;
            });
        } catch (StoreException e) {
            if (e.problem() == StoreException.Problem.READ_ONLY) {
                throw new StoreException(StoreException.Problem.CANNOT_OPEN, "store.error.pg.needsInit", e,
                        server.address());
            }
            throw e;
        }
    }

    /** The advisory lock number schema updates take on PostgreSQL ("Homeplan" in ASCII, shortened). */
    private static final long SCHEMA_LOCK = 0x486f6d65706c616eL;

    /** The SQL of every bundled PostgreSQL migration, version 1 first. */
    static List<String> postgresMigrations() {
        return Migrations.postgres().stream().map(Migrations::sql).toList();
    }

    /** The schema version this release knows on PostgreSQL. */
    public static int knownPostgresVersion() {
        return Migrations.postgres().size();
    }

    /** The SQL of every bundled migration, version 1 first. */
    static List<String> bundledMigrations() {
        return migrationNames().stream().map(name -> Migrations.sql(Migrations.FOLDER + name)).toList();
    }

    /** SQLite's migration files in order, found by their names ({@link Migrations}). */
    static List<String> migrationNames() {
        return Migrations.sqliteNames();
    }

    private void rollbackQuietly() {
        try {
            execute("ROLLBACK");
        } catch (SQLException ignored) {
            // Already rolled back by SQLite; the original failure is what the user needs to hear about.
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
