package app.homeplan.store;

import org.sqlite.SQLiteConfig;

/**
 * Where every connection to a Homeplan file starts from: the database, its backups and a restore
 * share it (here rather than in {@link Database}, so backups do not depend on the database that
 * makes them).
 */
final class ConnectionSettings {
    private ConnectionSettings() {
    }

    /**
     * Settings every connection to a Homeplan file starts from. Temporary tables, sorts and statement
     * journals stay in memory: by default SQLite spills them into the system's temporary folder
     * (e.g. {@code /var/tmp/etilqs_…} while a family with long texts is stored), which would put family
     * data outside the private data folder.
     */
    static SQLiteConfig base() {
        SQLiteConfig config = new SQLiteConfig();
        config.setTempStore(SQLiteConfig.TempStore.MEMORY);
        return config;
    }
}
