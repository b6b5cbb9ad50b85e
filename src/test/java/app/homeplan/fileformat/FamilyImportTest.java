package app.homeplan.fileformat;

import static org.assertj.core.api.Assertions.assertThat;

import app.homeplan.plan.Family;
import app.homeplan.store.Store;
import app.homeplan.testing.DatabaseSnapshot;
import app.homeplan.testing.TestFamilies;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FamilyImportTest {
    @TempDir
    Path dir;
    Store store;

    @BeforeEach
    void open() {
        store = Store.open(dir.resolve("homeplan.db"));
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void importingCreatesANewFamilyWithTheIdentitiesFromTheFile() {
        Family fromFile = FamilyFile.fromBytes(FamilyFile.toBytes(TestFamilies.everyField()), "f.homeplan.json");
        int before = store.families().count();

        FamilyImport.Result result = FamilyImport.store(store.families(), fromFile, false);

        Family imported = ((FamilyImport.Imported) result).family();
        assertThat(store.families().count()).isEqualTo(before + 1);
        Family loaded = store.families().load(imported.id()).orElseThrow();
        assertThat(loaded.uid()).isEqualTo(fromFile.uid());
        assertThat(loaded.toBuilder().id(0).build()).isEqualTo(fromFile);
    }

    @Test
    void aFamilyThatIsAlreadyHereIsNeverOverwrittenButReported() {
        Family original = store.families().insert(TestFamilies.everyField());
        Family changedElsewhere = FamilyFile.fromBytes(FamilyFile.toBytes(original.toBuilder()
                .otherAttendees("someone else").build()), "f.homeplan.json");
        List<String> rowsBefore = DatabaseSnapshot.rows(store.database().connection());

        FamilyImport.Result result = FamilyImport.store(store.families(), changedElsewhere, false);

        assertThat(result).isEqualTo(new FamilyImport.AlreadyThere(original.id(), original.child().name()));
        assertThat(DatabaseSnapshot.rows(store.database().connection())).isEqualTo(rowsBefore);
    }

    @Test
    void aCopyGetsANewFamilyIdentityAndKeepsEverythingElse() {
        Family original = store.families().insert(TestFamilies.everyField());
        byte[] exported = FamilyFile.toBytes(original);

        Family copy = ((FamilyImport.Imported) FamilyImport.store(store.families(),
                FamilyFile.fromBytes(exported, "f.homeplan.json"), true)).family();

        assertThat(copy.id()).isNotEqualTo(original.id());
        assertThat(copy.uid()).isNotEqualTo(original.uid());
        Family loadedCopy = store.families().load(copy.id()).orElseThrow();
        assertThat(loadedCopy.toBuilder().id(original.id()).uid(original.uid()).build()).isEqualTo(original);
        // The copy's file differs from the original's in the family identity only.
        assertThat(new String(FamilyFile.toBytes(loadedCopy), StandardCharsets.UTF_8).replace(copy.uid(), original.uid()))
                .isEqualTo(new String(exported, StandardCharsets.UTF_8));
        assertThat(store.families().load(original.id()).orElseThrow()).isEqualTo(original);
    }
}
