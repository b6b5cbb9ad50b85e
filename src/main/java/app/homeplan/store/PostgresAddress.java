package app.homeplan.store;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A clinic's shared PostgreSQL database, as given to {@code --db} or {@code HOMEPLAN_DB}:
 * {@code postgresql://[USER@]HOST[:PORT]/DBNAME[?sslmode=...]} (docs/clinic.md). The user comes from the
 * address or {@code PGUSER}; the password is never part of it and never stored by Homeplan: it comes
 * from {@code PGPASSWORD}, the user's {@code ~/.pgpass} (read by the driver) or the app's prompt.
 */
public record PostgresAddress(String host, int port, String database, Optional<String> user,
                              Map<String, String> parameters) {
    public static final String SCHEME = "postgresql://";
    public static final int DEFAULT_PORT = 5432;
    /** Connection parameters passed on to the driver; anything else in the address is refused. */
    private static final Set<String> KNOWN_PARAMETERS = Set.of("sslmode", "sslrootcert", "sslcert", "sslkey",
            "connecttimeout", "application_name");

    public PostgresAddress {
        parameters = Map.copyOf(parameters);
    }

    /** True when a {@code --db} value names a PostgreSQL database rather than a data file. */
    public static boolean isPostgres(String location) {
        return location != null && location.strip().toLowerCase(Locale.ROOT).startsWith(SCHEME);
    }

    /** Reads an address; a mistake in it is a {@link StoreException} with a sentence saying what is wrong. */
    public static PostgresAddress parse(String location) {
        String text = location.strip();
        URI uri;
        try {
            uri = new URI(text);
        } catch (URISyntaxException e) {
            throw bad(text);
        }
        if (uri.getHost() == null || uri.getPath() == null || uri.getPath().length() < 2
                || uri.getPath().indexOf('/', 1) >= 0) {
            throw bad(text);
        }
        String userInfo = uri.getRawUserInfo();
        if (userInfo != null && userInfo.contains(":")) {
            // A password in the address would end up in shell history and settings: refused, not stored.
            throw new StoreException(StoreException.Problem.CANNOT_OPEN, "store.error.pg.passwordInAddress", null);
        }
        Map<String, String> parameters = new LinkedHashMap<>();
        String query = uri.getRawQuery();
        if (query != null && !query.isEmpty()) {
            for (String pair : query.split("&")) {
                int eq = pair.indexOf('=');
                String name = decode(eq < 0 ? pair : pair.substring(0, eq)).toLowerCase(Locale.ROOT);
                String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
                if (!KNOWN_PARAMETERS.contains(name)) {
                    throw new StoreException(StoreException.Problem.CANNOT_OPEN, "store.error.pg.unknownParameter",
                            null, name);
                }
                parameters.put(name, value);
            }
        }
        return new PostgresAddress(uri.getHost(), uri.getPort() < 0 ? DEFAULT_PORT : uri.getPort(),
                decode(uri.getRawPath().substring(1)),
                Optional.ofNullable(userInfo).map(PostgresAddress::decode).filter(u -> !u.isBlank()),
                parameters);
    }

    private static StoreException bad(String text) {
        return new StoreException(StoreException.Problem.CANNOT_OPEN, "store.error.pg.badAddress", null, text);
    }

    private static String decode(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }

    /** The driver's URL: host, port, database and the connection parameters (never a user or password). */
    public String jdbcUrl() {
        StringBuilder url = new StringBuilder("jdbc:postgresql://").append(hostForUrl()).append(':').append(port)
                .append('/').append(java.net.URLEncoder.encode(database, StandardCharsets.UTF_8));
        char sep = '?';
        for (Map.Entry<String, String> p : parameters.entrySet()) {
            String name = p.getKey().equals("connecttimeout") ? "connectTimeout"
                    : p.getKey().equals("application_name") ? "ApplicationName" : p.getKey();
            url.append(sep).append(name).append('=').append(java.net.URLEncoder.encode(p.getValue(), StandardCharsets.UTF_8));
            sep = '&';
        }
        return url.toString();
    }

    private String hostForUrl() {
        return host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
    }

    /** The login to connect as: the address's user, else {@code PGUSER}, else this computer's user name. */
    public String login(Map<String, String> env) {
        return user.or(() -> Optional.ofNullable(env.get("PGUSER")).filter(u -> !u.isBlank()))
                .orElse(System.getProperty("user.name", "postgres"));
    }

    /** How the database is named to people: the address without any secret, e.g. {@code postgresql://db.clinic/homeplan}. */
    @Override
    public String toString() {
        return SCHEME + hostForUrl() + (port == DEFAULT_PORT ? "" : ":" + port) + "/" + database;
    }
}
