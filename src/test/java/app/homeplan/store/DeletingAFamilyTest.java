package app.homeplan.store;

import static org.assertj.core.api.Assertions.assertThat;

import app.homeplan.plan.Caregiver;
import app.homeplan.plan.Family;
import app.homeplan.testing.Stores;
import app.homeplan.testing.TestClock;
import app.homeplan.plan.SearchText;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Deleting a family removes it for real (docs/privacy.md, "Removing a family completely"): once
 * Homeplan is closed, the data file holds no trace of the family's text — not its rows, and not the
 * pieces of its names the search index is made of.
 */
class DeletingAFamilyTest {
    private static final List<String> WHOLE_TEXTS = List.of("Zebulon", "Quixote", "Wilhelmina", "Xylophone",
            "Kept only in notes");

    @TempDir
    Path dir;

    private final TestClock clock = new TestClock(java.time.LocalDateTime.of(2026, 11, 2, 9, 30));

    private Path db() {
        return dir.resolve("homeplan.db");
    }

    private static Family zebulon() {
        return Family.newFor("Zebulon Quixote").toBuilder()
                .caregivers(List.of(new Caregiver(null, "Wilhelmina Xylophone", "mother", "", false, "", true)))
                .otherAttendees("Kept only in notes")
                .build();
    }

    /** Other families before and after, so the deleted one's index entries sit among theirs. */
    private static void deleteAmongOthers(FamilyRepository families, boolean withZebulon) {
        for (int i = 0; i < 20; i++) {
            families.insert(Family.newFor("Other child " + i));
        }
        Family deleted = withZebulon ? families.insert(zebulon()) : null;
        for (int i = 0; i < 20; i++) {
            families.insert(Family.newFor("Later child " + i));
        }
        if (deleted != null) {
            assertThat(families.search("quixote", 10)).hasSize(1);
            assertThat(families.delete(deleted.id())).isTrue();
            assertThat(families.search("quixote", 10)).isEmpty();
        }
    }

    /** One family with one caregiver, written with the first release's columns; returns its id. */
    private static long insertAsFirstRelease(Connection c, String child, String caregiver, String notes) throws SQLException {
        long id;
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO family (uid, child_name, other_attendees, created_at,"
                + " updated_at, caregiver_names, search_text) VALUES (?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, java.util.UUID.randomUUID().toString());
            ps.setString(2, child);
            ps.setString(3, notes);
            ps.setString(4, "2026-11-02T09:00:00Z");
            ps.setString(5, "2026-11-02T09:00:00Z");
            ps.setString(6, caregiver);
            ps.setString(7, SearchText.fold(child + " " + caregiver));
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                id = keys.getLong(1);
            }
        }
        if (!caregiver.isEmpty()) {
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO caregiver (family_id, uid, position, name, relationship) VALUES (?, ?, 0, ?, 'mother')")) {
                ps.setLong(1, id);
                ps.setString(2, java.util.UUID.randomUUID().toString());
                ps.setString(3, caregiver);
                ps.executeUpdate();
            }
        }
        return id;
    }

    /**
     * The deleted family's texts, and the three-letter pieces of its names that the search index is
     * made of, found in the file, less the pieces a file made the same way without that family has
     * anyway (the example family's clinician is "sam.taylor", which has "ylo").
     */
    private List<String> tracesIn(Path file, List<String> migrations) throws Exception {
        Path baselineFolder = Files.createDirectories(dir.resolve("baseline-" + System.nanoTime()));
        Path baseline = baselineFolder.resolve("homeplan.db");
        try (Database db = Database.open(baseline, clock, migrations)) {
            if (migrations.size() < Database.bundledMigrations().size()) {
                for (int i = 0; i < 20; i++) {
                    insertAsFirstRelease(db.connection(), "Other child " + i, "", "");
                    insertAsFirstRelease(db.connection(), "Later child " + i, "", "");
                }
            } else {
                new FamilyRepository(db).insert(app.homeplan.library.ExampleFamily.create(java.time.LocalDate.of(2026, 11, 2)));
                deleteAmongOthers(new FamilyRepository(db), false);
            }
        }
        List<String> found = textFound(file, WHOLE_TEXTS);
        List<String> pieces = new ArrayList<>();
        for (String word : List.of("zebulon", "quixote", "wilhelmina", "xylophone")) {
            for (int i = 0; i + 3 <= word.length(); i++) {
                pieces.add(word.substring(i, i + 3));
            }
        }
        List<String> piecesFound = textFound(file, pieces);
        piecesFound.removeAll(textFound(baseline, pieces));
        found.addAll(piecesFound);
        return found;
    }

    private static List<String> textFound(Path file, List<String> texts) throws Exception {
        // Latin-1 keeps every byte as one char, so ASCII text is found wherever it is in the file.
        String bytes = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
        List<String> found = new ArrayList<>();
        for (String text : texts) {
            if (bytes.contains(text) || bytes.contains(text.toLowerCase(java.util.Locale.ROOT))) {
                found.add(text);
            }
        }
        return found;
    }

    @Test
    void afterClosingTheDataFileHoldsNoTraceOfADeletedFamily() throws Exception {
        try (Store store = Stores.open(db(), clock)) {
            deleteAmongOthers(store.families(), true);
        }
        assertThat(dir.resolve("homeplan.db-wal")).doesNotExist();
        assertThat(tracesIn(db(), Database.bundledMigrations())).isEmpty();
        try (Store store = Stores.open(db(), clock)) {
            assertThat(store.families().search("child", 100)).hasSize(40); // the index still works
        }
    }

    @Test
    void familiesDeletedBeforeThisUpdateLeaveNoTraceOnceTheFileIsUpdated() throws Exception {
        List<String> firstRelease = Database.bundledMigrations().subList(0, 1);
        try (Database v1 = Database.open(db(), clock, firstRelease)) {
            // Rows as the first release wrote them (its columns only: today's repository writes columns
            // that later migrations added), and deleted as it deleted them.
            Connection c = v1.connection();
            for (int i = 0; i < 20; i++) {
                insertAsFirstRelease(c, "Other child " + i, "", "");
            }
            long deleted = insertAsFirstRelease(c, "Zebulon Quixote", "Wilhelmina Xylophone", "Kept only in notes");
            for (int i = 0; i < 20; i++) {
                insertAsFirstRelease(c, "Later child " + i, "", "");
            }
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM family WHERE id = ?")) {
                ps.setLong(1, deleted);
                assertThat(ps.executeUpdate()).isEqualTo(1);
            }
        }
        // The first release's index kept pieces of the deleted names: this test can see them.
        assertThat(tracesIn(db(), firstRelease)).hasSizeGreaterThan(3).contains("zeb", "xot");

        try (Store store = Stores.open(db(), clock)) {
            assertThat(store.database().schemaVersion()).isEqualTo(Database.knownVersion());
            assertThat(store.families().search("child", 100)).hasSize(40);
            assertThat(store.families().search("quixote", 10)).isEmpty();
        }
        assertThat(tracesIn(db(), Database.bundledMigrations())).isEmpty();
    }
}
