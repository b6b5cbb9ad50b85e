package app.homeplan.testing;

import app.homeplan.store.Store;
import java.nio.file.Path;

/**
 * Puts the hard families into a database file, to run the real app on them and look:
 * {@code java -cp <test class path> app.homeplan.testing.SeedHardFamilies /tmp/x.db}.
 */
public final class SeedHardFamilies {
    private SeedHardFamilies() {
    }

    public static void main(String[] args) {
        try (Store store = Stores.open(Path.of(args[0]))) {
            store.families().insert(HardFamily.standard());
            store.families().insert(HardFamily.builder().routines(20).goals(12).build());
        }
    }
}
