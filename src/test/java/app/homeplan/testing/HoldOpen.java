package app.homeplan.testing;

import app.homeplan.store.Store;
import java.nio.file.Path;

/**
 * A second running Homeplan, for tests: opens the data file given as the argument, says "open" and
 * keeps it open until its standard input closes (or it is killed).
 */
public final class HoldOpen {
    private HoldOpen() {
    }

    public static void main(String[] args) throws Exception {
        try (Store store = Stores.open(Path.of(args[0]))) {
            System.out.println("open " + store.families().count());
            System.out.flush();
            while (System.in.read() >= 0) {
                // wait for the test to let go
            }
        }
    }
}
