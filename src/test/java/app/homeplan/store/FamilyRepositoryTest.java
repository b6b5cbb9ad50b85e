package app.homeplan.store;

import static org.assertj.core.api.Assertions.assertThat;

import app.homeplan.library.ExampleFamily;
import app.homeplan.plan.Concern;
import app.homeplan.plan.CopmRating;
import app.homeplan.plan.Family;
import app.homeplan.plan.FamilySummary;
import app.homeplan.plan.Goal;
import app.homeplan.plan.PlanStatus;
import app.homeplan.plan.Routine;
import app.homeplan.testing.Stores;
import app.homeplan.testing.TestFamilies;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The repository's contract, on a real SQLite file here; {@link PostgresFamilyRepositoryTest} runs every
 * test again on a real PostgreSQL server.
 */
class FamilyRepositoryTest {
    @TempDir
    Path dir;
    Store store;
    FamilyRepository repo;

    @BeforeEach
    void open() {
        store = openNewStore();
        repo = store.families();
    }

    /** A new, empty store (with the example family a new database gets). */
    Store openNewStore() {
        return Stores.open(dir.resolve("homeplan.db"));
    }

    /** The same store opened again, as the next start of the app would. */
    Store reopen() {
        return Stores.open(dir.resolve("homeplan.db"));
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void everyFieldSurvivesStoreAndLoadExactly() {
        Family original = TestFamilies.everyField();
        Family stored = repo.insert(original);
        assertThat(stored.id()).isPositive();

        store.close();
        store = reopen();
        Family loaded = store.families().load(stored.id()).orElseThrow();

        assertThat(loaded).isEqualTo(stored);
        assertThat(loaded.about().hopes()).hasSize(100_000);
        assertThat(loaded.child().name()).contains("Nguyễn Thị Ánh", "مريم", "小明", "👩‍👧‍👦");
    }

    @Test
    void theExampleFamilyComesWithANewDatabaseAndIsComplete() {
        List<FamilySummary> all = repo.listAll();
        assertThat(all).hasSize(1);
        assertThat(all.get(0).example()).isTrue();
        Family example = repo.load(all.get(0).id()).orElseThrow();
        assertThat(example.routines()).hasSizeGreaterThanOrEqualTo(6);
        assertThat(example.goals()).hasSizeGreaterThanOrEqualTo(4);
        for (Goal goal : example.goals()) {
            assertThat(example.strategies()).anyMatch(s -> s.goalId().equals(goal.id()));
            assertThat(goal.copm().isEmpty()).isFalse();
        }
        assertThat(example.reviews()).hasSize(1);
        assertThat(example.status()).isEqualTo(PlanStatus.ACTIVE);
    }

    @Test
    void theStoreSeedsNothingItselfAndTheFirstFamilyGoesOnlyIntoADatabaseTheOpenCreated() {
        Path other = dir.resolve("other.db");
        try (Store bare = Store.open(other)) {
            assertThat(bare.families().listAll()).as("the store knows no family of its own").isEmpty();
        }
        try (Store again = Store.open(other).seedIfNew(TestFamilies::everyField)) {
            assertThat(again.families().listAll()).as("an existing database, even an empty one, is left").isEmpty();
        }
        Path fresh = dir.resolve("fresh.db");
        try (Store seeded = Store.open(fresh).seedIfNew(TestFamilies::everyField)) {
            List<FamilySummary> all = seeded.families().listAll();
            assertThat(all).hasSize(1);
            assertThat(seeded.families().load(all.get(0).id()).orElseThrow().child().name())
                    .isEqualTo(TestFamilies.everyField().child().name());
        }
    }

    @Test
    void theExampleFamilyCanBeDeletedAndDoesNotComeBack() {
        long id = repo.listAll().get(0).id();
        assertThat(repo.delete(id)).isTrue();
        store.close();
        store = reopen();
        assertThat(store.families().listAll()).isEmpty();
    }

    @Test
    void savingOneChangedFieldKeepsEverythingElse() {
        Family saved = repo.insert(TestFamilies.everyField());
        Routine first = saved.routines().get(0);
        List<Routine> routines = new ArrayList<>(saved.routines());
        routines.set(0, first.withNotes("Shorter notes"));
        Family changed = saved.toBuilder().routines(routines).build();

        Family after = repo.saveChanges(saved, changed);

        Family loaded = repo.load(saved.id()).orElseThrow();
        assertThat(loaded).isEqualTo(after);
        assertThat(loaded.routines().get(0).notes()).isEqualTo("Shorter notes");
        assertThat(loaded.goals()).isEqualTo(saved.goals());
        assertThat(loaded.updatedAt()).isAfterOrEqualTo(saved.updatedAt());
    }

    @Test
    void reorderingRemovingAndAddingPartsIsStored() {
        Family saved = repo.insert(TestFamilies.everyField());
        Routine breakfast = saved.routines().get(0);
        Routine custom = saved.routines().get(1);
        Routine bath = Routine.of("bath", "Bath").withConcerns(List.of(new Concern(null, "Hates hair wash")));
        // Goals swapped (the family re-ranked), second goal moved to bath, a concern removed, bath added.
        Goal first = saved.goals().get(0);
        Goal second = saved.goals().get(1).withRoutineIds(List.of(bath.id())).withCopm(new CopmRating(5, 5, 5));
        Family changed = saved.toBuilder()
                .routines(List.of(bath, custom, breakfast.withConcerns(breakfast.concerns().subList(0, 1))))
                .goals(List.of(second, first))
                .build();

        repo.saveChanges(saved, changed);

        Family loaded = repo.load(saved.id()).orElseThrow();
        assertThat(loaded.routines()).extracting(Routine::name).containsExactly("Bath", custom.name(), breakfast.name());
        assertThat(loaded.routines().get(2).concerns()).hasSize(1);
        assertThat(loaded.goals()).extracting(Goal::id).containsExactly(second.id(), first.id());
        assertThat(loaded.goals().get(0).routineIds()).containsExactly(bath.id());
        assertThat(loaded).isEqualTo(changed.toBuilder().updatedAt(loaded.updatedAt()).build());
    }

    @Test
    void removingARoutineRemovesItsStrategiesInTheStoreToo() {
        Family saved = repo.insert(TestFamilies.everyField());
        Routine custom = saved.routines().get(1);
        Family changed = saved.toBuilder()
                .routines(List.of(saved.routines().get(0)))
                .goals(saved.goals().stream().map(g -> g.withRoutineIds(
                        g.routineIds().stream().filter(id -> !id.equals(custom.id())).toList())).toList())
                .strategies(saved.strategies().stream().filter(s -> !s.routineId().equals(custom.id())).toList())
                .build();
        repo.saveChanges(saved, changed);
        assertThat(repo.load(saved.id()).orElseThrow().strategies()).hasSize(1);
    }

    @Test
    void deletingAFamilyLeavesNoRowOfIt() throws Exception {
        Family saved = repo.insert(TestFamilies.everyField());
        assertThat(rowsOf(saved.id())).isPositive();
        assertThat(repo.delete(saved.id())).isTrue();
        assertThat(rowsOf(saved.id())).isZero();
        assertThat(repo.load(saved.id())).isEmpty();
        assertThat(repo.delete(saved.id())).isFalse();
    }

    @Test
    void searchFindsChildOrCaregiverIgnoringCaseAndAccents() {
        Family saved = repo.insert(TestFamilies.everyField());
        repo.insert(Family.newFor("Oliver Smith"));
        assertThat(ids(repo.search("nguyen", 50))).contains(saved.id()); // caregiver "Lan Nguyễn"
        assertThat(ids(repo.search("MIA", 50))).contains(saved.id());
        assertThat(ids(repo.search("小明", 50))).containsExactly(saved.id());
        assertThat(ids(repo.search("فاطمة", 50))).containsExactly(saved.id());
        assertThat(repo.search("oliv", 50)).extracting(FamilySummary::childName).containsExactly("Oliver Smith");
        assertThat(ids(repo.search("%", 50))).containsExactly(saved.id()); // "100%" in the name, not a wildcard
        assertThat(repo.search("_", 50)).isEmpty();
        assertThat(repo.search("", 50)).hasSize(3);
    }

    @Test
    void searchFollowsRenamesAndDeletes() {
        Family ada = repo.insert(Family.newFor("Ada Lovelace"));
        assertThat(ids(repo.search("lovelace", 10))).containsExactly(ada.id());
        Family renamed = repo.saveChanges(ada, ada.toBuilder().child(ada.child().withName("Ada Byron")).build());
        assertThat(repo.search("lovelace", 10)).isEmpty();
        assertThat(ids(repo.search("byron", 10))).containsExactly(ada.id());
        assertThat(ids(repo.search("a b", 10))).containsExactly(ada.id()); // short query: the other path
        assertThat(repo.search("nyb", 10)).isEmpty(); // trigram candidates are checked, not guessed
        repo.delete(renamed.id());
        assertThat(repo.search("byron", 10)).isEmpty();
    }

    @Test
    void searchFollowsCaregiverChangesAndSurvivesSavesThatLeaveNamesAlone() throws Exception {
        Family mia = repo.insert(TestFamilies.everyField());
        // A save that changes no name leaves the search columns alone (the index is not rewritten) ...
        Family edited = repo.saveChanges(mia, mia.toBuilder().otherAttendees("Speech pathologist").build());
        assertThat(ids(repo.search("nguyen", 10))).contains(mia.id());
        assertThat(searchIndexIntegrity()).isEqualTo("ok");
        // ... and one that renames a caregiver updates both the list's caregiver column and the index.
        List<app.homeplan.plan.Caregiver> carers = new ArrayList<>(edited.caregivers());
        app.homeplan.plan.Caregiver lan = carers.get(0);
        carers.set(0, new app.homeplan.plan.Caregiver(lan.id(), "Lan Trần", lan.relationship(), lan.preferredLanguage(),
                lan.interpreterNeeded(), lan.contact(), lan.attended()));
        repo.saveChanges(edited, edited.toBuilder().caregivers(carers).build());
        assertThat(ids(repo.search("tran", 10))).containsExactly(mia.id());
        assertThat(ids(repo.search("lan nguyen", 10))).doesNotContain(mia.id()); // still the example family's
        assertThat(repo.search("Mimi", 10).get(0).caregiverNames()).isEqualTo("Lan Trần, فاطمة");
        assertThat(searchIndexIntegrity()).isEqualTo("ok");
    }

    @Test
    void insertAllStoresManyFamiliesInOneTransactionOrNone() throws Exception {
        List<Family> families = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            families.add(Family.newFor("Child " + i));
        }
        assertThat(repo.insertAll(families)).isEqualTo(50);
        assertThat(repo.count()).isEqualTo(51);
        assertThat(ids(repo.search("child 42", 10))).hasSize(1);

        // A family whose uid is already stored fails the whole batch: the families before it are not kept.
        Family duplicate = repo.search("child 7", 10).isEmpty() ? null
                : repo.load(repo.search("child 7", 10).get(0).id()).orElseThrow();
        List<Family> batch = List.of(Family.newFor("Kept? 1"), Family.newFor("Kept? 2"), duplicate);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> repo.insertAll(batch)).isInstanceOf(StoreException.class);
        assertThat(repo.count()).isEqualTo(51);
        assertThat(repo.search("kept", 10)).isEmpty();
    }

    /** FTS5's own check that the trigram index matches the family table. */
    String searchIndexIntegrity() throws Exception {
        try (Statement st = store.database().connection().createStatement()) {
            st.execute("INSERT INTO family_search(family_search, rank) VALUES ('integrity-check', 1)");
        }
        return "ok"; // the statement throws when the index and the table disagree
    }

    @Test
    void listShowsStatusReviewDateAndCaregiverNames() {
        Family saved = repo.insert(TestFamilies.everyField());
        FamilySummary row = repo.search("Mimi", 10).get(0);
        assertThat(row.id()).isEqualTo(saved.id());
        assertThat(row.status()).isEqualTo(PlanStatus.ACTIVE);
        assertThat(row.reviewDate()).isEqualTo(saved.reviewDate());
        assertThat(row.caregiverNames()).isEqualTo("Lan Nguyễn, فاطمة");
    }

    private static List<Long> ids(List<FamilySummary> rows) {
        return rows.stream().map(FamilySummary::id).toList();
    }

    private int rowsOf(long familyId) throws Exception {
        int total = 0;
        try (Statement st = store.database().connection().createStatement()) {
            for (String table : List.of("family WHERE id", "caregiver WHERE family_id", "clinician WHERE family_id",
                    "support WHERE family_id", "routine WHERE family_id", "concern WHERE family_id",
                    "goal WHERE family_id", "goal_routine WHERE family_id", "strategy WHERE family_id",
                    "review WHERE family_id", "review_rating WHERE family_id")) {
                try (ResultSet rs = st.executeQuery("SELECT count(*) FROM " + table + " = " + familyId)) {
                    rs.next();
                    total += rs.getInt(1);
                }
            }
        }
        return total;
    }
}
