package app.homeplan.store;

import static org.assertj.core.api.Assertions.assertThat;

import app.homeplan.plan.Family;
import app.homeplan.plan.FamilySummary;
import app.homeplan.testing.Stores;
import app.homeplan.testing.TestFamilies;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A data file written by the first release of the schema ({@code store/v1-fixture.db}, see
 * {@link V1FixtureMaker}) opens with today's Homeplan, is updated to today's schema, and keeps every
 * value; the file as it was is kept as a backup first.
 */
class V1FixtureTest {
    @TempDir
    Path dir;

    @Test
    void aDataFileFromTheFirstReleaseOpensUpdatesAndKeepsEveryValue() throws Exception {
        Path db = dir.resolve("homeplan.db");
        try (InputStream in = Objects.requireNonNull(getClass().getResourceAsStream("/store/v1-fixture.db"))) {
            Files.copy(in, db);
        }
        int fixtureVersion;
        Map<String, List<List<Object>>> before;
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db)) {
            fixtureVersion = userVersion(c);
            before = snapshot(c, null);
        }
        assertThat(fixtureVersion).isEqualTo(1);
        assertThat(before.get("family")).hasSize(1 + 2); // the column names, then the two families

        try (Store store = Stores.open(db)) {
            assertThat(store.database().schemaVersion()).isEqualTo(Database.knownVersion());
            // Every row and column the first release wrote is still there, value for value.
            assertThat(snapshot(store.database().connection(), before)).isEqualTo(before);

            // ... and reads back as the families they were.
            List<FamilySummary> all = store.families().listAll();
            assertThat(all).hasSize(2);
            FamilySummary miaRow = all.stream().filter(f -> !f.example()).findFirst().orElseThrow();
            Family mia = store.families().load(miaRow.id()).orElseThrow();
            // Schema 5 dates the goals the first release wrote: the plan's creation date (2 November 2026).
            // The first release had no short names: schema 7 leaves them empty (the plan uses the first words).
            Family expected = TestFamilies.everyField();
            expected = expected.toBuilder().goals(expected.goals().stream()
                    .map(g -> g.toBuilder().createdOn(java.time.LocalDate.of(2026, 11, 2)).shortName("").build())
                    .toList()).build();
            assertThat(mia).usingRecursiveComparison()
                    .ignoringFieldsMatchingRegexes("(.*\\.)?(id|uid|goalId|routineId|routineIds|sourceConcernId)")
                    .isEqualTo(expected);
            assertThat(mia.about().hopes()).hasSize(100_000);
            Family example = store.families().load(all.stream().filter(FamilySummary::example).findFirst()
                    .orElseThrow().id()).orElseThrow();
            assertThat(example.goals()).isNotEmpty();
            assertThat(store.families().search("nguyen", 10)).hasSize(2);

            // Still writable after the update.
            store.families().saveChanges(mia, mia.toBuilder().otherAttendees("After the update").build());
        }

        // The file as the first release left it was backed up before anything was changed.
        List<Backup> backups = Backups.of(db).list();
        Backup asItWas = backups.stream()
                .filter(b -> Backups.inspect(b.file()).schemaVersion() == fixtureVersion)
                .findFirst().orElseThrow();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + asItWas.file())) {
            assertThat(snapshot(c, before)).isEqualTo(before);
        }
        if (Database.knownVersion() > fixtureVersion) {
            assertThat(asItWas.kind()).isEqualTo(BackupKind.BEFORE_UPDATE);
        }
    }

    private static int userVersion(Connection c) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("PRAGMA user_version")) {
            return rs.getInt(1);
        }
    }

    /**
     * Every row of every table (search index internals left out), in rowid order. With {@code like}
     * given, the same tables and columns as that snapshot, so columns added later are ignored.
     */
    private static Map<String, List<List<Object>>> snapshot(Connection c, Map<String, List<List<Object>>> like)
            throws SQLException {
        Map<String, List<String>> columns = new LinkedHashMap<>();
        try (Statement st = c.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = st.executeQuery("""
                    SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'
                    AND name NOT LIKE 'family_search%' ORDER BY name""")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            for (String table : tables) {
                List<String> names = new ArrayList<>();
                try (ResultSet rs = st.executeQuery("PRAGMA table_info(" + table + ")")) {
                    while (rs.next()) {
                        names.add(rs.getString("name"));
                    }
                }
                columns.put(table, names);
            }
        }
        Map<String, List<List<Object>>> rows = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> t : columns.entrySet()) {
            if (like != null && !like.containsKey(t.getKey())) {
                continue;
            }
            List<String> wanted = like == null ? t.getValue() : firstRowColumns(like, t.getKey(), t.getValue());
            List<List<Object>> tableRows = new ArrayList<>();
            tableRows.add(new ArrayList<>(wanted)); // the header, so columns are compared by name
            try (Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT " + String.join(", ", wanted) + " FROM " + t.getKey()
                         + " ORDER BY rowid")) {
                while (rs.next()) {
                    List<Object> row = new ArrayList<>();
                    for (int i = 1; i <= wanted.size(); i++) {
                        row.add(comparable(rs.getObject(i)));
                    }
                    tableRows.add(row);
                }
            }
            rows.put(t.getKey(), tableRows);
        }
        return rows;
    }

    /** The value itself, or for long texts their length and SHA-256, so a failure stays readable. */
    private static Object comparable(Object value) throws SQLException {
        if (value instanceof byte[] bytes) {
            return "blob " + HexFormat.of().formatHex(bytes);
        }
        if (value instanceof String text && text.length() > 200) {
            try {
                byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
                        .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
                return text.substring(0, 40) + "... (" + text.length() + " chars, sha256 "
                        + HexFormat.of().formatHex(digest) + ")";
            } catch (java.security.NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
        return value;
    }

    @SuppressWarnings("unchecked")
    private static List<String> firstRowColumns(Map<String, List<List<Object>>> like, String table, List<String> fallback) {
        List<List<Object>> rows = like.get(table);
        return rows.isEmpty() ? fallback : (List<String>) (List<?>) rows.get(0);
    }
}
