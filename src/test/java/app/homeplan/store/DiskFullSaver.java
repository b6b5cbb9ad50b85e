package app.homeplan.store;

import app.homeplan.plan.Family;
import app.homeplan.testing.Stores;
import app.homeplan.testing.TestFamilies;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;

/**
 * Run by {@link RealDiskFullTest} on a tiny file system: autosaves a growing family until the disk is
 * full, reports what the user would be told, frees some space and saves the same change again.
 */
public final class DiskFullSaver {
    private DiskFullSaver() {
    }

    public static void main(String[] args) throws Exception {
        Path db = Path.of(args[0]);
        Path ballast = db.resolveSibling("ballast");
        try (Store store = Stores.open(db)) {
            Files.write(ballast, new byte[512 * 1024]); // space to free later, as a user would
            FamilyRepository repo = store.families();
            Family saved = repo.insert(Family.newFor("Mia"));
            Family attempt = saved;
            StoreException full = null;
            for (int i = 0; i < 2_000 && full == null; i++) {
                attempt = saved.toBuilder().otherAttendees(saved.otherAttendees() + TestFamilies.longText(4_000)).build();
                try {
                    saved = repo.saveChanges(saved, attempt);
                } catch (StoreException e) {
                    full = e;
                }
            }
            System.out.println("problem " + (full == null ? "none" : full.problem()));
            System.out.println("message " + (full == null ? "" : full.getMessage()));
            System.out.println("kept " + repo.load(saved.id()).orElseThrow().equals(saved));
            Files.delete(ballast);
            saved = repo.saveChanges(saved, attempt);
            System.out.println("resumed " + repo.load(saved.id()).orElseThrow().equals(saved));
        }
        try (Store store = Stores.open(db); Statement st = store.database().connection().createStatement();
             ResultSet rs = st.executeQuery("PRAGMA integrity_check")) {
            System.out.println("integrity " + rs.getString(1));
        }
    }
}
