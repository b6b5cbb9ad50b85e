package app.homeplan.store;

import app.homeplan.testing.Stores;
import app.homeplan.testing.TestPostgres;

/** The record of access on a real PostgreSQL server. */
class PostgresAccessLogTest extends AccessLogTest {
    @Override
    Store openNewStore() {
        return Stores.open(TestPostgres.newDatabase());
    }
}
