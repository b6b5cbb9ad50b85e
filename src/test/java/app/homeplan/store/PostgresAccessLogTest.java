package app.homeplan.store;

import app.homeplan.testing.TestPostgres;

/** The record of access on a real PostgreSQL server. */
class PostgresAccessLogTest extends AccessLogTest {
    @Override
    Store openNewStore() {
        return Store.open(TestPostgres.newDatabase());
    }
}
