package app.homeplan.store;

import app.homeplan.testing.TestPostgres;

/** Two clinicians editing one family, on a real PostgreSQL server. */
class PostgresSharedEditingTest extends SharedEditingTest {
    @Override
    Store openNewStore() {
        return Store.open(TestPostgres.newDatabase());
    }
}
