package app.homeplan.store;

import app.homeplan.library.ExampleFamily;
import java.nio.file.Path;

/** The opened store: the database plus its repositories. A new database gets the example family. */
public final class Store implements AutoCloseable {
    private final Database database;
    private final FamilyRepository families;

    private Store(Database database) {
        this.database = database;
        this.families = new FamilyRepository(database);
    }

    public static Store open(Path file) {
        Database database = Database.open(file);
        Store store = new Store(database);
        if (database.createdNow() && store.families.count() == 0) {
            store.families.insert(ExampleFamily.create());
        }
        return store;
    }

    public Database database() {
        return database;
    }

    public FamilyRepository families() {
        return families;
    }

    public Path file() {
        return database.file();
    }

    @Override
    public void close() {
        database.close();
    }
}
