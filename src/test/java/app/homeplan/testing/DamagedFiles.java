package app.homeplan.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

/** Real SQLite files damaged the way a disk or a copy can damage them, for the data-safety tests. */
public final class DamagedFiles {
    private DamagedFiles() {
    }

    /**
     * Gives one table's root page a page type SQLite does not know: {@code quick_check} reports it, while
     * the file still opens and every other table reads as before. The file must be closed.
     */
    public static void breakPageOf(Path db, String table) throws Exception {
        int root;
        int pageSize;
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement()) {
            try (ResultSet rs = st.executeQuery("SELECT rootpage FROM sqlite_master WHERE type = 'table' AND name = '"
                    + table + "'")) {
                assertThat(rs.next()).as(table + " exists").isTrue();
                root = rs.getInt(1);
            }
            try (ResultSet rs = st.executeQuery("PRAGMA page_size")) {
                rs.next();
                pageSize = rs.getInt(1);
            }
        }
        byte[] bytes = Files.readAllBytes(db);
        bytes[(root - 1) * pageSize] = 0x7F;
        Files.write(db, bytes);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("PRAGMA quick_check")) {
            rs.next();
            assertThat(rs.getString(1)).as("quick_check sees the damage").isNotEqualTo("ok");
        }
    }
}
