package app.homeplan.store;

import app.homeplan.library.LibraryStrategy;
import app.homeplan.library.StrategyArea;
import app.homeplan.plan.Ids;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The strategies clinicians add to the library, kept in the database (table {@code own_strategy},
 * migration V2) so they are there for every family. Use on the store thread only.
 */
public final class OwnStrategies {
    private final Database db;

    OwnStrategies(Database db) {
        this.db = db;
    }

    /** The clinician's strategies, newest first. */
    public List<LibraryStrategy> list() {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT uid, area, routine_keys, title, text FROM own_strategy ORDER BY created_at DESC, rowid DESC");
                 ResultSet rs = ps.executeQuery()) {
                List<LibraryStrategy> out = new ArrayList<>();
                while (rs.next()) {
                    out.add(LibraryStrategy.own(rs.getString(1), StrategyArea.valueOf(rs.getString(2)),
                            routineKeys(rs.getString(3)), rs.getString(4), rs.getString(5)));
                }
                return out;
            }
        });
    }

    /** Stores a new strategy and returns it. */
    public LibraryStrategy add(StrategyArea area, Set<String> routineKeys, String title, String text) {
        LibraryStrategy strategy = LibraryStrategy.own(Ids.newId(), area, routineKeys, title, text);
        db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO own_strategy (uid, area, routine_keys, title, text, created_at) VALUES (?, ?, ?, ?, ?, ?)")) {
                ps.setString(1, strategy.customUid());
                ps.setString(2, area.name());
                ps.setString(3, String.join(",", strategy.routineKeys()));
                ps.setString(4, title);
                ps.setString(5, text);
                ps.setString(6, Instant.now().toString());
                return ps.executeUpdate();
            }
        });
        return strategy;
    }

    /** Removes one of the clinician's strategies; plans that used it keep their own copy of the words. */
    public boolean delete(LibraryStrategy strategy) {
        return db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM own_strategy WHERE uid = ?")) {
                ps.setString(1, strategy.customUid());
                return ps.executeUpdate() > 0;
            }
        });
    }

    private static Set<String> routineKeys(String joined) {
        if (joined == null || joined.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(joined.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }
}
