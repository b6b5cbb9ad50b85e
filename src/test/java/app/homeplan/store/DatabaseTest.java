package app.homeplan.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.homeplan.testing.Stores;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseTest {
    @TempDir
    Path dir;

    @Test
    void aNewFileInMissingFoldersIsCreatedMigratedAndPrivate() throws Exception {
        Path file = dir.resolve("a/b/homeplan.db");
        try (Database db = Database.open(file)) {
            assertThat(db.createdNow()).isTrue();
            assertThat(db.schemaVersion()).isEqualTo(Database.knownVersion()).isPositive();
        }
        Set<PosixFilePermission> perms = Files.getPosixFilePermissions(file);
        assertThat(PosixFilePermissions.toString(perms)).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent()))).isEqualTo("rwx------");
    }

    @Test
    void reopeningKeepsTheSchemaAndData() {
        Path file = dir.resolve("homeplan.db");
        try (Store store = Stores.open(file)) {
            store.families().insert(app.homeplan.plan.Family.newFor("Ada"));
        }
        try (Store store = Stores.open(file)) {
            assertThat(store.database().createdNow()).isFalse();
            assertThat(store.families().count()).isEqualTo(2); // example + Ada, no second example
        }
    }

    @Test
    void pragmasAreSetForSafety() throws Exception {
        try (Database db = Database.open(dir.resolve("homeplan.db"));
             Statement st = db.connection().createStatement()) {
            assertThat(st.executeQuery("PRAGMA journal_mode").getString(1)).isEqualTo("wal");
            assertThat(st.executeQuery("PRAGMA foreign_keys").getInt(1)).isEqualTo(1);
            assertThat(st.executeQuery("PRAGMA secure_delete").getInt(1)).isEqualTo(1);
            assertThat(st.executeQuery("PRAGMA busy_timeout").getInt(1)).isPositive();
        }
    }

    @Test
    void aDatabaseFromANewerHomeplanIsRefusedAndNotTouched() throws Exception {
        Path file = dir.resolve("newer.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement st = c.createStatement()) {
            st.execute("CREATE TABLE future (x)");
            st.execute("PRAGMA user_version = 99");
        }
        byte[] before = Files.readAllBytes(file);
        assertThatThrownBy(() -> Database.open(file))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("newer version of Homeplan")
                .extracting(e -> ((StoreException) e).problem()).isEqualTo(StoreException.Problem.NEWER_VERSION);
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(Files.exists(dir.resolve("newer.db-wal"))).isFalse();
    }

    @Test
    void aFileThatIsNotADatabaseIsRefusedWithASentence() throws Exception {
        Path file = dir.resolve("notes.db");
        Files.writeString(file, "These are my shopping notes, not a database at all. ".repeat(100));
        assertThatThrownBy(() -> Database.open(file))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("is not a Homeplan data file");
    }

    @Test
    void aFolderIsNotADataFile() {
        assertThatThrownBy(() -> Database.open(dir)).hasMessageContaining("is a folder");
    }

    @Test
    void defaultLocationFollowsTheOperatingSystem() {
        Path home = Path.of("/home/sam");
        assertThat(DataLocation.resolve(null, Map.of(), "Linux", home))
                .isEqualTo(Path.of("/home/sam/.local/share/homeplan/homeplan.db"));
        assertThat(DataLocation.resolve(null, Map.of("XDG_DATA_HOME", "/data"), "Linux", home))
                .isEqualTo(Path.of("/data/homeplan/homeplan.db"));
        assertThat(DataLocation.resolve(null, Map.of(), "Mac OS X", home))
                .isEqualTo(Path.of("/home/sam/Library/Application Support/Homeplan/homeplan.db"));
        assertThat(DataLocation.resolve(null, Map.of("LOCALAPPDATA", "/c/Users/sam/AppData/Local"), "Windows 11", home))
                .isEqualTo(Path.of("/c/Users/sam/AppData/Local/Homeplan/homeplan.db"));
        assertThat(DataLocation.resolve(null, Map.of("HOMEPLAN_DB", "/tmp/x.db"), "Linux", home))
                .isEqualTo(Path.of("/tmp/x.db"));
        assertThat(DataLocation.resolve("/tmp/y.db", Map.of("HOMEPLAN_DB", "/tmp/x.db"), "Linux", home))
                .isEqualTo(Path.of("/tmp/y.db"));
    }
}
