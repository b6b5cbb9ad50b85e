package app.homeplan.store;

import app.homeplan.testing.Stores;
import app.homeplan.testing.TestPostgres;

/** Two clinicians editing one family, on a real PostgreSQL server. */
class PostgresSharedEditingTest extends SharedEditingTest {
    @Override
    Store openNewStore() {
        return Stores.open(TestPostgres.newDatabase());
    }
}
