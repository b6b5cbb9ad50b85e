package app.homeplan.store;

import app.homeplan.plan.Family;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The opened store: the database plus its repositories. What a new database starts with is the
 * opener's choice ({@link #seedIfNew}): the composition roots give it the example family.
 */
public final class Store implements AutoCloseable {
    private final Database database;
    private final FamilyRepository families;
    private final OwnStrategies ownStrategies;
    private final Settings settings;
    private final AccessLog accessLog;

    private Store(Database database) {
        this.database = database;
        this.families = new FamilyRepository(database);
        this.ownStrategies = new OwnStrategies(database);
        this.settings = new Settings(database);
        this.accessLog = new AccessLog(database);
    }

    public static Store open(Path file) {
        return open(file, Clock.systemDefaultZone());
    }

    /** As {@link #open(Path)}, with the clock that dates automatic backups. */
    public static Store open(Path file, Clock clock) {
        Database database = Database.open(file, clock);
        return new Store(database);
    }

    /** Opens a clinic's shared PostgreSQL database (docs/clinic.md). */
    public static Store open(PostgresServer server) {
        Database database = Database.openPostgres(server);
        return new Store(database);
    }

    /**
     * Opens the store a {@code --db} value or {@code HOMEPLAN_DB} names: a PostgreSQL address
     * ({@code postgresql://...}) or a data file (by default the user's own).
     */
    public static Store open(String dbOption) {
        String location = DataLocation.given(dbOption);
        if (PostgresAddress.isPostgres(location)) {
            return open(PostgresServer.fromEnvironment(PostgresAddress.parse(location)));
        }
        return open(DataLocation.resolve(dbOption));
    }

    /** As {@link #open(String)}, for reading: beside another Homeplan on a data file (see {@link #openForReading(Path)}). */
    public static Store openForReading(String dbOption) {
        String location = DataLocation.given(dbOption);
        if (PostgresAddress.isPostgres(location)) {
            return open(PostgresServer.fromEnvironment(PostgresAddress.parse(location)));
        }
        return openForReading(DataLocation.resolve(dbOption));
    }

    /**
     * Opens a data file for the window (read-only when {@code readOnly}): as {@link #open(Path)}, except
     * that when its schema is up to date the whole-file check and the day's backup wait for
     * {@link #finishChecks()}, so the first frame does not wait for them. Reads work meanwhile; the
     * first write runs the check first, and a file that fails it is never written.
     */
    public static Store openCheckingLater(Path file, boolean readOnly) {
        return openCheckingLater(file, Clock.systemDefaultZone(), readOnly);
    }

    /** As {@link #openCheckingLater(Path, boolean)}, with the clock that dates the day's backup. */
    static Store openCheckingLater(Path file, Clock clock, boolean readOnly) {
        return new Store(Database.openCheckingLater(file, clock, readOnly));
    }

    /**
     * The whole-file check left by {@link #openCheckingLater}, then the day's backup; nothing when done.
     * Throws {@link StoreException} ({@code DAMAGED}) when the file fails it. On the store thread.
     */
    public void finishChecks() {
        database.finishChecks();
    }

    /**
     * Opens an existing data file for reading only, as if this user could not write it: families can
     * be looked at and printed, and every change is refused with a sentence. Tests use it where file
     * permissions cannot make the file read-only (root ignores them).
     */
    public static Store openReadOnly(Path file) {
        return new Store(Database.openReadOnly(file, Clock.systemDefaultZone()));
    }

    /**
     * Opens the store for reading (the command line's list and exports): as {@link #open(Path)} when no
     * other Homeplan has the file open, and beside it, read-only and without its lock, when one has
     * (SQLite's write-ahead log lets readers in beside the writer). Writing commands use
     * {@link #open(Path)}, which refuses a file in use with a sentence.
     */
    public static Store openForReading(Path file) {
        try {
            return open(file);
        } catch (StoreException e) {
            if (e.problem() != StoreException.Problem.IN_USE) {
                throw e;
            }
            return new Store(Database.openBesideWriter(file, Clock.systemDefaultZone()));
        }
    }

    /**
     * Gives a database that this open created (a new data file, a clinic database just set up) its
     * first family; an existing database, even an empty one, is left as it is. The window and the
     * command line give the example family (docs/ARCHITECTURE.md, "The composition root").
     */
    public Store seedIfNew(Supplier<Family> firstFamily) {
        if (database.createdNow() && families.count() == 0) {
            families.insert(firstFamily.get());
        }
        return this;
    }

    public Database database() {
        return database;
    }

    public FamilyRepository families() {
        return families;
    }

    /** The strategies clinicians added to the library, kept in this file for every family. */
    public OwnStrategies ownStrategies() {
        return ownStrategies;
    }

    /** The record of who opened, printed, exported, imported, reviewed or deleted which family. */
    public AccessLog accessLog() {
        return accessLog;
    }

    /** The clinic's settings kept in this data file. */
    public Settings settings() {
        return settings;
    }

    /** The data file; null for a clinic's PostgreSQL database (see {@link #location()}). */
    public Path file() {
        return database.file();
    }

    /** Where the families are, as people name it: the data file's path or the database's address. */
    public String location() {
        return database.location();
    }

    /** True for a clinic's shared PostgreSQL database. */
    public boolean isShared() {
        return database.dialect() == Dialect.POSTGRESQL;
    }

    /**
     * True when the data file (or its folder) cannot be changed by this user: families can be looked
     * at and printed, and every change is refused with a sentence. Screens check this to say so up
     * front and to disable editing.
     */
    public boolean isReadOnly() {
        return database.isReadOnly();
    }

    /** Why today's automatic backup could not be made, as a sentence; empty when all is well. */
    public Optional<String> backupProblem() {
        return database.backupProblem();
    }

    @Override
    public void close() {
        database.close();
    }
}
