package app.homeplan.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The record of access to families (issue 17; US Part C, 34 CFR 303.406): who opened, printed,
 * exported, imported, reviewed or deleted which family, when, and for what purpose if one was given.
 * Entries are only ever added, in both kinds of database: the tables refuse changes (migration V8;
 * PostgreSQL V3, where the server also sets who and when, and clinicians' logins may only insert).
 * Use on the store thread.
 */
public final class AccessLog {
    /** What was done with a family. The names are what {@code access-log} prints. */
    public enum Action {
        OPEN, PRINT, EXPORT, IMPORT, REVIEW, DELETE;

        /** The action as printed and stored: lower case. */
        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }

        static Action ofCode(String code) {
            return valueOf(code.toUpperCase(Locale.ROOT));
        }
    }

    /** One entry; {@code purpose} is empty when none was given. */
    public record Entry(Instant at, String who, Action action, long familyId, Optional<String> purpose) {
        /** As {@code access-log} prints it: time, who, action, family id and purpose (or "-"), tab-separated. */
        public String line() {
            return at + "\t" + who + "\t" + action.code() + "\t" + familyId + "\t"
                    + purpose.map(AccessLog::oneLine).orElse("-");
        }
    }

    private final Database db;
    private final Clock clock;

    AccessLog(Database db) {
        this(db, Clock.systemUTC());
    }

    AccessLog(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /**
     * Who is working: the PostgreSQL login on a clinic's server (the server records it itself), else
     * this computer's user name.
     */
    public String who() {
        return db.server().map(PostgresServer::login).orElseGet(() -> System.getProperty("user.name", "?"));
    }

    /** Appends one entry. A blank purpose is stored as none. */
    public void record(Action action, long familyId, String purpose) {
        db.inTransaction(c -> {
            append(c, action, familyId, purpose);
            return null;
        });
    }

    /** Appends one entry inside a transaction already open (a delete and its entry are stored together). */
    void append(Connection c, Action action, long familyId, String purpose) throws SQLException {
        String given = purpose == null || purpose.isBlank() ? null : purpose.strip();
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO access_log (at, who, action, family_id, purpose) VALUES (?, ?, ?, ?, ?)")) {
            // On PostgreSQL a trigger replaces "at" and "who" with the server's clock and the login.
            ps.setString(1, Instant.now(clock).truncatedTo(ChronoUnit.MICROS).toString());
            ps.setString(2, who());
            ps.setString(3, action.code());
            ps.setLong(4, familyId);
            if (given == null) {
                ps.setNull(5, Types.VARCHAR);
            } else {
                ps.setString(5, given);
            }
            ps.executeUpdate();
        }
    }

    /**
     * Appends one entry when this store can be written. A data file opened beside a running Homeplan
     * (the command line's list and exports) or one this user cannot change is only read: the entry is
     * then not made (docs/clinic.md says so); a clinic's server always takes it.
     */
    public void recordIfWritable(Action action, long familyId, String purpose) {
        if (!db.isReadOnly()) {
            record(action, familyId, purpose);
        }
    }

    /** Appends one entry without a purpose. */
    public void record(Action action, long familyId) {
        record(action, familyId, null);
    }

    /** Every entry for one family, oldest first. */
    public List<Entry> forFamily(long familyId) {
        return entries(familyId);
    }

    /** Every entry, oldest first. */
    public List<Entry> all() {
        return entries(null);
    }

    private List<Entry> entries(Long familyId) {
        // Clinicians' logins cannot read the table on PostgreSQL: its reading function runs with the owner's rights.
        String sql = db.dialect() == Dialect.POSTGRESQL
                ? "SELECT at, who, action, family_id, purpose FROM access_log_entries(?)"
                : "SELECT at, who, action, family_id, purpose FROM access_log WHERE ? IS NULL OR family_id = ? ORDER BY id";
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                bindFamily(ps, 1, familyId);
                if (db.dialect() == Dialect.SQLITE) {
                    bindFamily(ps, 2, familyId);
                }
                List<Entry> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new Entry(Instant.parse(rs.getString(1)), rs.getString(2), Action.ofCode(rs.getString(3)),
                                rs.getLong(4), Optional.ofNullable(rs.getString(5))));
                    }
                }
                return out;
            }
        });
    }

    private static void bindFamily(PreparedStatement ps, int index, Long familyId) throws SQLException {
        if (familyId == null) {
            ps.setNull(index, Types.BIGINT);
        } else {
            ps.setLong(index, familyId);
        }
    }

    /** A purpose typed over several lines prints on one, so each entry stays one line. */
    private static String oneLine(String text) {
        return text.replaceAll("[\\t\\r\\n]+", " ");
    }
}
