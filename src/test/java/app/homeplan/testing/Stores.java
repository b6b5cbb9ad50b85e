package app.homeplan.testing;

import app.homeplan.library.ExampleFamily;
import app.homeplan.store.PostgresServer;
import app.homeplan.store.Store;
import java.nio.file.Path;
import java.time.Clock;

/**
 * Opens stores as the app's roots do ({@code Commands}, {@code HomeplanApp}): a database that the open
 * creates starts with the example family, an existing one is left as it is. The store itself seeds
 * nothing, so tests open through here to meet the same database a user would.
 */
public final class Stores {
    private Stores() {
    }

    public static Store open(Path file) {
        return Store.open(file).seedIfNew(ExampleFamily::create);
    }

    public static Store open(Path file, Clock clock) {
        return Store.open(file, clock).seedIfNew(ExampleFamily::create);
    }

    public static Store open(PostgresServer server) {
        return Store.open(server).seedIfNew(ExampleFamily::create);
    }

    public static Store open(String dbOption) {
        return Store.open(dbOption).seedIfNew(ExampleFamily::create);
    }

    public static Store openForReading(Path file) {
        return Store.openForReading(file).seedIfNew(ExampleFamily::create);
    }

    public static Store openForReading(String dbOption) {
        return Store.openForReading(dbOption).seedIfNew(ExampleFamily::create);
    }
}
