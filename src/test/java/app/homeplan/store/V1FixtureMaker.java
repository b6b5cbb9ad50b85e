package app.homeplan.store;

import app.homeplan.testing.Stores;
import app.homeplan.testing.TestFamilies;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;

/**
 * Makes {@code src/test/resources/store/v1-fixture.db}: a data file as the first release of the
 * schema (version 1) writes it, holding the example family and {@link TestFamilies#everyField()}.
 * {@code V1FixtureTest} opens a copy with today's code and checks every value survives the update.
 *
 * <p>The committed file was made by running this class against main at 0d91875 (schema version 1,
 * with the trigram search index), so it is exactly what a first-release Homeplan leaves on disk. Do
 * not remake it with a later version: its point is to stay old.
 *
 * <pre>java -cp target/classes:target/test-classes:&lt;dependencies&gt; app.homeplan.store.V1FixtureMaker OUT.db</pre>
 */
public final class V1FixtureMaker {
    private V1FixtureMaker() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[0]).toAbsolutePath();
        Path work = Files.createTempDirectory("v1-fixture");
        try (Store store = Stores.open(work.resolve("homeplan.db"))) {
            store.families().insert(TestFamilies.everyField());
            // One self-contained file (no -wal), compacted, as the fixture.
            Files.deleteIfExists(out);
            try (PreparedStatement ps = store.database().connection().prepareStatement("VACUUM INTO ?")) {
                ps.setString(1, out.toString());
                ps.execute();
            }
            System.out.println("schema version " + store.database().schemaVersion() + ", "
                    + store.families().count() + " families -> " + out);
        }
    }
}
