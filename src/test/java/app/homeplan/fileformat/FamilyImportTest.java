package app.homeplan.fileformat;

import static org.assertj.core.api.Assertions.assertThat;

import app.homeplan.plan.Family;
import app.homeplan.store.Store;
import app.homeplan.testing.DatabaseSnapshot;
import app.homeplan.testing.Stores;
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
        store = Stores.open(dir.resolve("homeplan.db"));
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
        assertThat(loadedCopy.toBuilder().id(original.id()).uid(original.uid()).copyOf("").build()).isEqualTo(original);
        // The copy remembers whose copy it is, so the home list can tell the two apart.
        assertThat(loadedCopy.copyOf()).isEqualTo(original.uid());
        assertThat(store.families().listAll()).filteredOn(f -> f.id() == copy.id()).singleElement()
                .satisfies(f -> assertThat(f.importedCopy()).isTrue());
        assertThat(store.families().listAll()).filteredOn(f -> f.id() == original.id()).singleElement()
                .satisfies(f -> assertThat(f.importedCopy()).isFalse());
        // The copy's file differs from the original's in the family identity and the copy's mark only.
        String copyFile = new String(FamilyFile.toBytes(loadedCopy), StandardCharsets.UTF_8);
        assertThat(copyFile).contains("\"copyOf\": \"" + original.uid() + "\"");
        assertThat(FamilyFile.fromBytes(copyFile.getBytes(StandardCharsets.UTF_8), "copy.homeplan.json"))
                .as("the mark travels with the family file").isEqualTo(loadedCopy.toBuilder().id(0).build());
        assertThat(copyFile.replaceAll("\\s*\"copyOf\": \"[^\"]*\",?", "").replace(copy.uid(), original.uid()))
                .isEqualTo(new String(exported, StandardCharsets.UTF_8));
        assertThat(store.families().load(original.id()).orElseThrow()).isEqualTo(original);
        assertThat(original.isCopy()).isFalse();
    }
}
