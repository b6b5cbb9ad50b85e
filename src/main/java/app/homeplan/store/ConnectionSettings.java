package app.homeplan.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
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

    /**
     * Opens a connection to a Homeplan file with {@code config}, then stops SQLite trusting what the
     * file's schema asks for ({@code trusted_schema = OFF}): functions with side effects and virtual
     * tables not marked safe may no longer be used from its triggers and views, so a crafted file
     * cannot run them even before {@link SchemaCheck} has had its say.
     */
    static Connection connect(String url, SQLiteConfig config) throws SQLException {
        Connection c = DriverManager.getConnection(url, config.toProperties());
        try (Statement st = c.createStatement()) {
            st.execute("PRAGMA trusted_schema = OFF");
        } catch (SQLException e) {
            c.close();
            throw e;
        }
        return c;
    }
}
