package app.homeplan.ui;

import app.homeplan.clinic.ClinicAccounts;
import app.homeplan.plan.Family;
import app.homeplan.store.PostgresServer;
import app.homeplan.store.Store;
import app.homeplan.testing.AppHarness;
import app.homeplan.testing.Stores;
import app.homeplan.testing.TestPostgres;
import java.util.function.UnaryOperator;

/**
 * The same two clinicians on a real PostgreSQL: Anna's window signed in as the database's owner, Ben as a
 * clinician login of his own ("clinic add-clinician"), so the comparison names him as the clinic does.
 */
class PostgresConflictScreenTest extends ConflictScreenTest {
    private final PostgresServer server = TestPostgres.newDatabase();
    private final String ben = "ben_" + System.nanoTime();

    @Override
    AppHarness startAnna() throws Exception {
        try (Store owner = Stores.open(server)) {
            ClinicAccounts accounts = new ClinicAccounts(owner);
            accounts.init();
            accounts.add(ben, "Ben Okafor", "ben-secret".toCharArray());
        }
        AppHarness started = new AppHarness(dir.resolve("unused.db"))
                .shared(server.address().toString().replace("postgresql://", "postgresql://" + TestPostgres.OWNER + "@"));
        started.start();
        return started;
    }

    @Override
    void benSaves(long familyId, UnaryOperator<Family> change) {
        try (Store asBen = Stores.open(server.as(ben, "ben-secret".toCharArray()))) {
            Family seen = asBen.families().load(familyId).orElseThrow();
            asBen.families().saveChanges(seen, change.apply(seen));
        }
    }

    @Override
    String bensName() {
        return "Ben Okafor";
    }

    @Override
    Family stored(long familyId) {
        try (Store owner = Stores.open(server)) {
            return owner.families().load(familyId).orElseThrow();
        }
    }
}
