package app.homeplan.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A data file (opened, or a backup about to be restored) is trusted only when its schema is the one
 * Homeplan's own migrations make for its version: no table, index, trigger or view more or less. A
 * crafted file could otherwise carry a trigger that deletes another family's goals on the next save,
 * or one that recurses for ever. Triggers, views and virtual tables must match word for word (they are
 * code that runs); tables must have the same columns (SQLite may word a renamed table's text a little
 * differently from one release to the next). Stored values must be ones Homeplan knows: a status it
 * has never written means the file was changed outside Homeplan.
 */
final class SchemaCheck {
    /** The expected schema of each version, made once from the bundled migrations in a database in memory. */
    private static final Map<Integer, Map<String, String>> EXPECTED = new ConcurrentHashMap<>();

    /** Columns holding a Homeplan enum by name, and the names it may hold. */
    private record EnumColumn(String table, String column, Class<? extends Enum<?>> type) {
        List<String> names() {
            return Stream.of(type.getEnumConstants()).map(Enum::name).toList();
        }
    }

    private static final List<EnumColumn> ENUM_COLUMNS = List.of(
            new EnumColumn("family", "status", app.homeplan.plan.PlanStatus.class),
            new EnumColumn("support", "kind", app.homeplan.plan.SupportKind.class),
            new EnumColumn("support", "strength", app.homeplan.plan.SupportStrength.class),
            new EnumColumn("review_rating", "status", app.homeplan.plan.GoalStatus.class),
            new EnumColumn("review_rating", "rated_by", app.homeplan.plan.Rater.class),
            new EnumColumn("own_strategy", "area", app.homeplan.library.StrategyArea.class));

    private SchemaCheck() {
    }

    /** DAMAGED, naming the first thing that differs, unless the schema is what {@code migrations} make for {@code version}. */
    static void checkSchema(Connection c, Path file, int version, List<String> migrations, Source source)
            throws SQLException {
        if (version == 0) {
            return; // a new, empty file
        }
        Map<String, String> expected = EXPECTED.computeIfAbsent(version, v -> expected(migrations.subList(0, v)));
        Map<String, String> actual = describe(c);
        for (Map.Entry<String, String> entry : actual.entrySet()) {
            if (!Objects.equals(expected.get(entry.getKey()), entry.getValue())) {
                throw notHomeplans(file, entry.getKey(), source);
            }
        }
        for (String name : expected.keySet()) {
            if (!actual.containsKey(name)) {
                throw notHomeplans(file, name, source);
            }
        }
    }

    /** DAMAGED when a column of a Homeplan enum holds a name Homeplan does not know. */
    static void checkStoredValues(Connection c, Path file, Source source) throws SQLException {
        for (EnumColumn e : ENUM_COLUMNS) {
            if (!hasColumn(c, e.table(), e.column())) {
                continue; // an earlier schema (before it is brought up to date)
            }
            List<String> names = e.names();
            String sql = "SELECT " + e.column() + " FROM " + e.table() + " WHERE " + e.column() + " IS NOT NULL AND "
                    + e.column() + " NOT IN (" + names.stream().map(n -> "?").collect(Collectors.joining(",")) + ") LIMIT 1";
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                for (int i = 0; i < names.size(); i++) {
                    ps.setString(i + 1, names.get(i));
                }
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        throw unknownValue(file, rs.getString(1), e.table() + "." + e.column(), source);
                    }
                }
            }
        }
    }

    /** A value read from the file that Homeplan cannot understand, as damage (never a crash). */
    private static StoreException unknownValue(Path file, String value, String where, Source source) {
        String shown = value.length() > 40 ? value.substring(0, 40) + "…" : value;
        return new StoreException(StoreException.Problem.DAMAGED, source.prefix + "unknownValue", null, file, shown, where);
    }

    private static StoreException notHomeplans(Path file, String key, Source source) {
        String[] typeAndName = key.split(" ", 2);
        return new StoreException(StoreException.Problem.DAMAGED, source.prefix + "notHomeplansSchema", null, file,
                typeAndName[0], typeAndName[1]);
    }

    /** Whose file it is, for the sentence: the data file being opened, or a backup about to be restored. */
    enum Source {
        DATA_FILE("store.error."), BACKUP("safety.backup.");

        private final String prefix;

        Source(String prefix) {
            this.prefix = prefix;
        }
    }

    private static Map<String, String> expected(List<String> migrations) {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite::memory:");
             Statement st = c.createStatement()) {
            for (String sql : migrations) {
                st.executeUpdate(sql);
            }
            return describe(c);
        } catch (SQLException e) {
            throw new IllegalStateException("The bundled migrations do not run", e);
        }
    }

    /**
     * "type name" of every schema object, mapped to what must match: the words of triggers, views and
     * virtual tables, the column names of tables, the table of an index. SQLite's statistics tables
     * (made by ANALYZE) are not Homeplan's but are harmless data.
     */
    private static Map<String, String> describe(Connection c) throws SQLException {
        Map<String, String> objects = new TreeMap<>();
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT type, name, tbl_name, sql FROM sqlite_master")) {
            while (rs.next()) {
                String type = rs.getString(1);
                String name = rs.getString(2);
                String sql = rs.getString(4) == null ? "" : rs.getString(4).strip().replaceAll("\\s+", " ");
                if ("table".equals(type) && name.matches("sqlite_stat[1-4]")) {
                    continue;
                }
                String shape = switch (type) {
                    case "table" -> sql.startsWith("CREATE VIRTUAL") ? sql : "columns " + columns(c, name);
                    case "index" -> "on " + rs.getString(3) + (sql.isEmpty() ? "" : " " + sql);
                    default -> sql;
                };
                objects.put(type + " " + name, shape);
            }
        }
        return objects;
    }

    private static boolean hasColumn(Connection c, String table, String column) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM pragma_table_info(?) WHERE name = ?")) {
            ps.setString(1, table);
            ps.setString(2, column);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    private static String columns(Connection c, String table) throws SQLException {
        StringBuilder out = new StringBuilder();
        try (PreparedStatement ps = c.prepareStatement("SELECT name, type, \"notnull\", dflt_value, pk FROM pragma_table_xinfo(?)")) {
            ps.setString(1, table);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.append(rs.getString(1)).append(' ').append(rs.getString(2)).append(' ').append(rs.getInt(3))
                            .append(' ').append(rs.getString(4)).append(' ').append(rs.getInt(5)).append(';');
                }
            }
        }
        return out.toString();
    }
}
