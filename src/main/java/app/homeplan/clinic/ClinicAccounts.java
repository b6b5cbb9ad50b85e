package app.homeplan.clinic;

import app.homeplan.store.Database;
import app.homeplan.store.Dialect;
import app.homeplan.store.Store;
import app.homeplan.store.StoreException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The clinicians of a clinic's PostgreSQL database (docs/clinic.md): each is a PostgreSQL login, a
 * member of the database's clinicians role, which may read and change families and may only add to the
 * record of access (never change, remove or read its table directly; the app reads it through a function
 * that only reads). No clinician may change the schema. Run by the database's owner
 * ({@code clinic init}, {@code clinic add-clinician}, {@code clinic remove-clinician}).
 */
public final class ClinicAccounts {
    /** The tables of families and their parts, which clinicians read and change. */
    private static final String DATA_TABLES = "family, caregiver, clinician, support, routine, concern, goal,"
            + " goal_routine, strategy, review, review_rating, review_practice, setting, own_strategy";
    /** What a PostgreSQL login may be called here: plain names, so they need no quoting anywhere. */
    private static final Pattern LOGIN = Pattern.compile("[a-z_][a-z0-9_.-]{0,62}");

    private final Store store;

    public ClinicAccounts(Store store) {
        if (!store.isShared()) {
            throw new StoreException(StoreException.Problem.CANNOT_OPEN, "clinic.error.notShared", null, store.location());
        }
        this.store = store;
    }

    /** The role every clinician of this database belongs to: one per database, so two clinics on one server stay apart. */
    public String clinicianRole() {
        return db().read(c -> {
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT current_database()")) {
                rs.next();
                return rs.getString(1) + "_clinicians";
            }
        });
    }

    /**
     * Sets up the clinicians' role and its rights (the schema itself was made or updated when the store
     * was opened). Safe to run again after an update: the rights are granted afresh.
     */
    public void init() {
        String role = clinicianRole();
        db().inTransaction(c -> {
            try (Statement st = c.createStatement()) {
                if (!roleExists(c, role)) {
                    st.execute("CREATE ROLE " + quoted(role) + " NOLOGIN");
                }
                // Nobody but the owner makes tables, functions or anything else here.
                st.execute("REVOKE CREATE ON SCHEMA public FROM PUBLIC");
                st.execute("REVOKE ALL ON ALL TABLES IN SCHEMA public FROM " + quoted(role));
                st.execute("GRANT CONNECT ON DATABASE " + quoted(database(c)) + " TO " + quoted(role));
                st.execute("GRANT USAGE ON SCHEMA public TO " + quoted(role));
                st.execute("GRANT SELECT, INSERT, UPDATE, DELETE ON " + DATA_TABLES + " TO " + quoted(role));
                st.execute("GRANT SELECT ON homeplan_schema TO " + quoted(role));
                st.execute("GRANT INSERT ON access_log TO " + quoted(role));
                st.execute("GRANT EXECUTE ON FUNCTION access_log_entries(BIGINT) TO " + quoted(role));
                st.execute("GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO " + quoted(role));
            }
            return null;
        });
    }

    /**
     * Adds a clinician: a login in the clinicians' role, with their full name as its comment (shown as
     * "signed in as"), and a password when one is given (PostgreSQL keeps only its SCRAM hash). A login
     * that was removed is let in again.
     */
    public void add(String login, String fullName, char[] password) {
        checkLogin(login);
        String role = clinicianRole();
        db().inTransaction(c -> {
            try (Statement st = c.createStatement()) {
                String options = " LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE INHERIT NOREPLICATION";
                st.execute((roleExists(c, login) ? "ALTER ROLE " : "CREATE ROLE ") + quoted(login)
                        + options + (password == null ? "" : " PASSWORD " + literal(c, new String(password))));
                st.execute("GRANT " + quoted(role) + " TO " + quoted(login));
                st.execute("COMMENT ON ROLE " + quoted(login) + " IS " + literal(c, fullName.strip()));
            }
            return null;
        });
    }

    /**
     * Removes a clinician: the login may no longer sign in and loses the clinicians' rights. The role
     * itself stays, so the record of access still names who did what.
     */
    public void remove(String login) {
        checkLogin(login);
        String role = clinicianRole();
        db().inTransaction(c -> {
            if (!roleExists(c, login)) {
                throw new StoreException(StoreException.Problem.NOT_FOUND, "clinic.error.noSuchClinician", null, login);
            }
            try (Statement st = c.createStatement()) {
                st.execute("ALTER ROLE " + quoted(login) + " NOLOGIN");
                st.execute("REVOKE " + quoted(role) + " FROM " + quoted(login));
            }
            return null;
        });
    }

    /** The full name given for a login, when it has one. */
    public static Optional<String> fullName(Store store, String login) {
        if (!store.isShared()) {
            return Optional.empty();
        }
        return store.database().read(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT shobj_description(oid, 'pg_authid') FROM pg_roles WHERE rolname = ?")) {
                ps.setString(1, login);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.ofNullable(rs.getString(1)).filter(s -> !s.isBlank())
                            : Optional.<String>empty();
                }
            }
        });
    }

    private Database db() {
        if (store.database().dialect() != Dialect.POSTGRESQL) {
            throw new IllegalStateException("clinic accounts need PostgreSQL");
        }
        return store.database();
    }

    private static void checkLogin(String login) {
        if (login == null || !LOGIN.matcher(login).matches()) {
            throw new StoreException(StoreException.Problem.FAILED, "clinic.error.badLogin", null, String.valueOf(login));
        }
    }

    private static boolean roleExists(Connection c, String role) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM pg_roles WHERE rolname = ?")) {
            ps.setString(1, role);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    private static String database(Connection c) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT current_database()")) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static String quoted(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }

    /** A string literal made by the server itself (role commands take no parameters). */
    private static String literal(Connection c, String text) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT quote_literal(?)")) {
            ps.setString(1, text);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }
}
