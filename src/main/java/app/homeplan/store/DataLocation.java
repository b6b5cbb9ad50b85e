package app.homeplan.store;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where the database lives: {@code --db PATH}, else {@code HOMEPLAN_DB}, else the user's data folder
 * for this operating system (PRODUCT.md "Data").
 */
public final class DataLocation {
    public static final String ENV_DB = "HOMEPLAN_DB";
    public static final String FILE_NAME = "homeplan.db";

    private DataLocation() {
    }

    /**
     * The location given by {@code --db} or else {@code HOMEPLAN_DB}, as written; null when neither is
     * given. A {@code postgresql://} address is a clinic's shared database ({@link PostgresAddress}).
     */
    public static String given(String dbOption) {
        return given(dbOption, System.getenv());
    }

    static String given(String dbOption, Map<String, String> env) {
        if (dbOption != null && !dbOption.isBlank()) {
            return dbOption;
        }
        String fromEnv = env.get(ENV_DB);
        return fromEnv == null || fromEnv.isBlank() ? null : fromEnv;
    }

    public static Path resolve(String dbOption) {
        return resolve(dbOption, System.getenv(), System.getProperty("os.name", ""),
                Path.of(System.getProperty("user.home", ".")));
    }

    static Path resolve(String dbOption, Map<String, String> env, String osName, Path home) {
        if (dbOption != null && !dbOption.isBlank()) {
            return Path.of(dbOption).toAbsolutePath();
        }
        String fromEnv = env.get(ENV_DB);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return Path.of(fromEnv).toAbsolutePath();
        }
        return dataFolder(env, osName, home).resolve(FILE_NAME);
    }

    /** The per-user data folder for Homeplan on this computer. */
    public static Path dataFolder() {
        return dataFolder(System.getenv(), System.getProperty("os.name", ""), Path.of(System.getProperty("user.home", ".")));
    }

    /** The per-user data folder for Homeplan on this operating system. */
    public static Path dataFolder(Map<String, String> env, String osName, Path home) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String local = env.get("LOCALAPPDATA");
            Path base = local == null || local.isBlank() ? home.resolve("AppData").resolve("Local") : Path.of(local);
            return base.resolve("Homeplan");
        }
        if (os.contains("mac") || os.contains("darwin")) {
            return home.resolve("Library").resolve("Application Support").resolve("Homeplan");
        }
        String xdg = env.get("XDG_DATA_HOME");
        Path base = xdg == null || xdg.isBlank() ? home.resolve(".local").resolve("share") : Path.of(xdg);
        return base.resolve("homeplan");
    }
}
