package app.homeplan.store;

import app.homeplan.testing.Stores;
import app.homeplan.testing.TestPostgres;
import java.sql.ResultSet;
import java.sql.Statement;

/** Every test of the repository's contract again, on a real PostgreSQL server (a new database each). */
class PostgresFamilyRepositoryTest extends FamilyRepositoryTest {
    private PostgresServer server;

    @Override
    Store openNewStore() {
        server = TestPostgres.newDatabase();
        return Stores.open(server);
    }

    @Override
    Store reopen() {
        return Stores.open(server);
    }

    /** No trigram table on the server: instead, every family's search text is the folded names of its row. */
    @Override
    String searchIndexIntegrity() throws Exception {
        try (Statement st = store.database().connection().createStatement();
             ResultSet rs = st.executeQuery("SELECT count(*) FROM family WHERE search_text = ''")) {
            rs.next();
            return rs.getInt(1) == 0 ? "ok" : "families without search text: " + rs.getInt(1);
        }
    }
}
