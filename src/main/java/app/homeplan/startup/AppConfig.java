package app.homeplan.startup;

import app.homeplan.plan.Family;
import app.homeplan.store.DataLocation;
import app.homeplan.store.PostgresAddress;
import app.homeplan.store.Store;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import java.util.prefs.Preferences;

/**
 * How this run of the window was asked to start: which database, where preferences live, whether
 * to print start-up timing, whether to open the data file for reading only even when it could be
 * written (tests where file permissions cannot make it read-only, such as root in a container), and
 * whether to quit once started (for start-up benchmarks and the class-data training run made when
 * packaging).
 */
public record AppConfig(Path database, Preferences preferences, boolean printStartupTime, boolean readOnly,
                        boolean quitAfterStartup, String sharedDatabase) {

    /**
     * @param sharedDatabase a clinic's PostgreSQL address ({@code postgresql://...}, docs/clinic.md) given
     *                       by {@code --db} or {@code HOMEPLAN_DB}; null for a data file
     */
    public AppConfig(Path database, Preferences preferences, boolean printStartupTime, boolean readOnly,
                     boolean quitAfterStartup) {
        this(database, preferences, printStartupTime, readOnly, quitAfterStartup, null);
    }

    /**
     * Opens the store this run was asked for: the clinic's database, or the data file (read-only when
     * asked). A database this creates starts with {@code firstFamily}. A data file's whole-file check
     * and the day's backup are left for {@link Store#finishChecks()}, which the window runs once its
     * home screen is drawn (nothing is written before that check passes).
     */
    public Store openStore(Supplier<Family> firstFamily) {
        if (sharedDatabase != null) {
            return Store.open(sharedDatabase).seedIfNew(firstFamily);
        }
        Store store = Store.openCheckingLater(database, readOnly);
        return readOnly ? store : store.seedIfNew(firstFamily);
    }

    public AppConfig(Path database, Preferences preferences, boolean printStartupTime) {
        this(database, preferences, printStartupTime, false, false);
    }

    public AppConfig(Path database, Preferences preferences, boolean printStartupTime, boolean readOnly) {
        this(database, preferences, printStartupTime, readOnly, false);
    }

    /**
     * The window's three options, read by a plain scan rather than picocli (which the command line uses):
     * this runs before every window opens, where loading picocli would cost about 0.3 s of processor time.
     * Anything else on the window's command line is left alone.
     */
    public static AppConfig fromArgs(List<String> args) {
        String db = null;
        boolean printStartup = false;
        boolean quit = false;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--db") && i + 1 < args.size()) {
                db = args.get(++i);
            } else if (arg.startsWith("--db=")) {
                db = arg.substring("--db=".length());
            } else if (arg.equals("--print-startup-time")) {
                printStartup = true;
            } else if (arg.equals("--quit-after-startup")) {
                quit = true;
            }
        }
        String given = DataLocation.given(db);
        String shared = PostgresAddress.isPostgres(given) ? given : null;
        return new AppConfig(shared == null ? DataLocation.resolve(db) : DataLocation.resolve(""),
                Preferences.userRoot().node("app/homeplan"), printStartup, false, quit, shared);
    }
}
