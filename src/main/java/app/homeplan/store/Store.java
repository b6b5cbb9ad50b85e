package app.homeplan.store;

import app.homeplan.library.ExampleFamily;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;

/** The opened store: the database plus its repositories. A new database gets the example family. */
public final class Store implements AutoCloseable {
    private final Database database;
    private final FamilyRepository families;
    private final Settings settings;

    private Store(Database database) {
        this.database = database;
        this.families = new FamilyRepository(database);
        this.settings = new Settings(database);
    }

    public static Store open(Path file) {
        return open(file, Clock.systemDefaultZone());
    }

    /** As {@link #open(Path)}, with the clock that dates automatic backups. */
    public static Store open(Path file, Clock clock) {
        Database database = Database.open(file, clock);
        Store store = new Store(database);
        if (database.createdNow() && store.families.count() == 0) {
            store.families.insert(ExampleFamily.create());
        }
        return store;
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

    public Database database() {
        return database;
    }

    public FamilyRepository families() {
        return families;
    }

    /** The clinic's settings kept in this data file. */
    public Settings settings() {
        return settings;
    }

    public Path file() {
        return database.file();
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
