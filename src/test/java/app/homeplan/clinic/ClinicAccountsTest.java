package app.homeplan.clinic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.homeplan.plan.Family;
import app.homeplan.store.AccessLog.Action;
import app.homeplan.store.AccessLog.Entry;
import app.homeplan.store.PostgresServer;
import app.homeplan.store.Store;
import app.homeplan.store.StoreException;
import app.homeplan.testing.Stores;
import app.homeplan.testing.TestPostgres;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Clinicians' logins on a real PostgreSQL server: what they may do (families, adding to the record of
 * access) and what they may not (change or read the record's table, change the schema), and that the
 * server, not the app, says who made each entry.
 */
class ClinicAccountsTest {
    private final PostgresServer owner = TestPostgres.newDatabase();

    @Test
    void aClinicianWorksWithFamiliesAndMayOnlyAddToTheRecordOfAccess() {
        String anna = "anna_" + System.nanoTime();
        long familyId;
        try (Store asOwner = Stores.open(owner)) {
            ClinicAccounts accounts = new ClinicAccounts(asOwner);
            accounts.init();
            accounts.add(anna, "Anna Nguyễn", "secret-1".toCharArray());
            assertThat(ClinicAccounts.fullName(asOwner, anna)).contains("Anna Nguyễn");
            familyId = asOwner.families().insert(Family.newFor("Mia")).id();
        }
        try (Store asAnna = Stores.open(owner.as(anna, "secret-1".toCharArray()))) {
            Family mia = asAnna.families().load(familyId).orElseThrow();
            asAnna.families().saveChanges(mia, mia.toBuilder().otherAttendees("Grandmother").build());
            asAnna.accessLog().record(Action.OPEN, familyId, "Home visit");
            assertThat(asAnna.accessLog().forFamily(familyId)).singleElement()
                    .satisfies(e -> assertThat(e.who()).isEqualTo(anna));

            for (String forbidden : List.of("UPDATE access_log SET purpose = 'x'", "DELETE FROM access_log",
                    "SELECT count(*) FROM access_log", "CREATE TABLE mine (x int)", "DROP TABLE family",
                    "ALTER TABLE family ADD COLUMN x int")) {
                assertThatThrownBy(() -> asAnna.database().inTransaction(c -> {
                    try (Statement st = c.createStatement()) {
                        return st.execute(forbidden);
                    }
                })).as(forbidden).isInstanceOf(StoreException.class)
                        .satisfies(e -> assertThat(((StoreException) e).problem()).isEqualTo(StoreException.Problem.READ_ONLY));
            }
            // An entry in someone else's name is written in the login's own.
            asAnna.database().inTransaction(c -> {
                try (Statement st = c.createStatement()) {
                    return st.executeUpdate("INSERT INTO access_log (at, who, action, family_id)"
                            + " VALUES ('2000-01-01T00:00:00Z', 'postgres', 'print', " + familyId + ")");
                }
            });
            List<Entry> entries = asAnna.accessLog().forFamily(familyId);
            assertThat(entries).extracting(Entry::who).containsOnly(anna);
            assertThat(entries.get(1).at().toString()).doesNotStartWith("2000");
        }
    }

    @Test
    void aRemovedClinicianCanNoLongerSignIn() {
        String ben = "ben_" + System.nanoTime();
        try (Store asOwner = Stores.open(owner)) {
            ClinicAccounts accounts = new ClinicAccounts(asOwner);
            accounts.init();
            accounts.add(ben, "Ben Carter", "pw".toCharArray());
            Stores.open(owner.as(ben, "pw".toCharArray())).close();
            accounts.remove(ben);
        }
        assertThatThrownBy(() -> Stores.open(owner.as(ben, "pw".toCharArray())))
                .isInstanceOf(StoreException.class)
                .satisfies(e -> assertThat(((StoreException) e).problem()).isEqualTo(StoreException.Problem.LOGIN_REFUSED))
                .hasMessageContaining("did not accept your sign-in");
    }

    @Test
    void aClinicianCannotSetUpOrUpdateTheSchemaAndIsToldWhoCan() {
        String cleo = "cleo_" + System.nanoTime();
        PostgresServer empty = TestPostgres.newEmptyDatabase();
        try (Store asOwner = Stores.open(owner)) {
            new ClinicAccounts(asOwner).init();
            new ClinicAccounts(asOwner).add(cleo, "Cleo", "pw".toCharArray());
        }
        // A database no one has set up: Cleo may connect but not make the tables.
        TestPostgres.superuserSql(empty.address().database(), "REVOKE CREATE ON SCHEMA public FROM PUBLIC");
        assertThatThrownBy(() -> Stores.open(empty.as(cleo, "pw".toCharArray())))
                .hasMessageContaining("only its owner may do that").hasMessageContaining("clinic init");
    }
}
