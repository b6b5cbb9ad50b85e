package app.homeplan.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import java.util.Properties;

/**
 * How to reach a clinic's PostgreSQL database: its address, the login, and the password when one was
 * given ({@code PGPASSWORD} or the app's prompt). The password lives in memory only, to connect again
 * after the network drops; it is never written anywhere. Without one the driver reads the user's
 * {@code ~/.pgpass} (or {@code PGPASSFILE}), as psql does.
 */
public final class PostgresServer {
    /** Seconds to wait for the server before saying it cannot be reached. */
    private static final int CONNECT_TIMEOUT_SECONDS = 5;

    private final PostgresAddress address;
    private final String login;
    private final char[] password;

    private PostgresServer(PostgresAddress address, String login, char[] password) {
        this.address = address;
        this.login = login;
        this.password = password;
    }

    /** The server at this address, signed in as the address's user or {@code PGUSER}, with {@code PGPASSWORD} if set. */
    public static PostgresServer fromEnvironment(PostgresAddress address) {
        return fromEnvironment(address, System.getenv());
    }

    static PostgresServer fromEnvironment(PostgresAddress address, Map<String, String> env) {
        String fromEnv = env.get("PGPASSWORD");
        return new PostgresServer(address, address.login(env), fromEnv == null ? null : fromEnv.toCharArray());
    }

    /** The same server with a password typed into the app. */
    public PostgresServer withPassword(char[] typed) {
        return new PostgresServer(address, login, typed.clone());
    }

    /** The same server and password (if any) with another login, as typed on the connection screen. */
    public PostgresServer withLogin(String otherLogin) {
        return new PostgresServer(address, otherLogin, password);
    }

    /** The same server signed in as another login (tests, and the owner's {@code clinic} commands). */
    public PostgresServer as(String otherLogin, char[] otherPassword) {
        return new PostgresServer(address, otherLogin, otherPassword == null ? null : otherPassword.clone());
    }

    public PostgresAddress address() {
        return address;
    }

    /** Who is signed in: the PostgreSQL login (a clinician's role). */
    public String login() {
        return login;
    }

    public boolean hasPassword() {
        return password != null;
    }

    Connection connect() {
        Properties props = new Properties();
        props.setProperty("user", login);
        if (password != null) {
            props.setProperty("password", new String(password));
        }
        if (!address.parameters().containsKey("connecttimeout")) {
            props.setProperty("connectTimeout", String.valueOf(CONNECT_TIMEOUT_SECONDS));
        }
        props.setProperty("ApplicationName", "Homeplan");
        try {
            return DriverManager.getConnection(address.jdbcUrl(), props);
        } catch (SQLException e) {
            throw SqlErrors.translatePostgres(e, address);
        }
    }

    @Override
    public String toString() {
        return login + " @ " + address;
    }
}
