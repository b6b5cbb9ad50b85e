package app.homeplan.fileformat.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.homeplan.i18n.UserMessages;
import app.homeplan.fileformat.FamilyFile;
import app.homeplan.fileformat.FamilyImport;
import app.homeplan.plan.Family;
import app.homeplan.store.Store;
import app.homeplan.store.StoreThread;
import app.homeplan.testing.DatabaseSnapshot;
import app.homeplan.testing.Stores;
import app.homeplan.testing.TestFamilies;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The home screen's export and import, without a toolkit: real store, store thread and files. */
class FamilyFileViewModelTest {
    private static final Executor DIRECT = Runnable::run;

    @TempDir
    Path dir;
    Store store;
    StoreThread storeThread;
    FamilyFileViewModel model;
    final List<FamilyImport.AlreadyThere> asked = new ArrayList<>();

    @BeforeEach
    void open() {
        store = Stores.open(dir.resolve("homeplan.db"));
        storeThread = new StoreThread();
        model = new FamilyFileViewModel(store.families(), storeThread, DIRECT, DIRECT);
    }

    @AfterEach
    void close() {
        storeThread.close();
        store.close();
    }

    private List<String> rows() throws Exception {
        return storeThread.submit(() -> DatabaseSnapshot.rows(store.database().connection())).get(5, TimeUnit.SECONDS);
    }

    private FamilyFileViewModel.CopyQuestion answer(boolean copy) {
        return there -> {
            asked.add(there);
            return copy;
        };
    }

    @Test
    void exportWritesTheStoredFamilysFile() throws Exception {
        Family mia = store.families().insert(TestFamilies.everyField());
        Path target = dir.resolve(FamilyFileViewModel.suggestedFileName(mia.child().name()));

        Path written = model.export(mia.id(), target).get(5, TimeUnit.SECONDS);

        assertThat(written).isEqualTo(target).hasBinaryContent(FamilyFile.toBytes(mia));
        assertThat(model.busyProperty().get()).isFalse();
    }

    @Test
    void exportingAFamilyThatWasDeletedMeanwhileSaysSo() {
        Family ada = store.families().insert(Family.newFor("Ada"));
        store.families().delete(ada.id());

        assertThatThrownBy(() -> model.export(ada.id(), dir.resolve("ada.homeplan.json")).get(5, TimeUnit.SECONDS))
                .isInstanceOf(ExecutionException.class)
                .satisfies(e -> assertThat(UserMessages.of(e)).contains("no longer in the data file"));
        assertThat(dir.resolve("ada.homeplan.json")).doesNotExist();
    }

    @Test
    void importStoresANewFamilyWithoutAsking() throws Exception {
        Path file = dir.resolve("mia.homeplan.json");
        FamilyFile.write(TestFamilies.everyField(), file);
        int before = store.families().count();

        Optional<Family> imported = model.importFile(file, answer(true)).get(5, TimeUnit.SECONDS);

        assertThat(imported).isPresent();
        assertThat(asked).isEmpty();
        assertThat(store.families().count()).isEqualTo(before + 1);
        assertThat(store.families().load(imported.get().id())).contains(imported.get());
    }

    @Test
    void importOfAFamilyAlreadyHereAsksAndSayingNoChangesNothing() throws Exception {
        Family mia = store.families().insert(TestFamilies.everyField());
        Path file = dir.resolve("mia.homeplan.json");
        FamilyFile.write(mia, file);
        List<String> before = rows();

        Optional<Family> imported = model.importFile(file, answer(false)).get(5, TimeUnit.SECONDS);

        assertThat(imported).isEmpty();
        assertThat(asked).containsExactly(new FamilyImport.AlreadyThere(mia.id(), mia.child().name()));
        assertThat(rows()).isEqualTo(before);
    }

    @Test
    void importOfAFamilyAlreadyHereAsACopyStoresASeparateFamily() throws Exception {
        Family mia = store.families().insert(TestFamilies.everyField());
        Path file = dir.resolve("mia.homeplan.json");
        FamilyFile.write(mia, file);

        Family copy = model.importFile(file, answer(true)).get(5, TimeUnit.SECONDS).orElseThrow();

        assertThat(asked).hasSize(1);
        assertThat(copy.id()).isNotEqualTo(mia.id());
        assertThat(copy.uid()).isNotEqualTo(mia.uid());
        assertThat(store.families().load(mia.id())).contains(mia);
    }

    @Test
    void aBadFileIsRefusedWithItsSentenceAndTheDatabaseIsUnchanged() throws Exception {
        Path file = dir.resolve("bad.homeplan.json");
        Files.writeString(file, new String(FamilyFile.toBytes(TestFamilies.everyField()), StandardCharsets.UTF_8)
                .replace("\"importance\": 9", "\"importance\": 11"));
        List<String> before = rows();

        assertThatThrownBy(() -> model.importFile(file, answer(true)).get(5, TimeUnit.SECONDS))
                .isInstanceOf(ExecutionException.class)
                .satisfies(e -> assertThat(UserMessages.of(e)).startsWith(
                        "The family file \u201cbad.homeplan.json\u201d cannot be used: there is a problem at line")
                        .endsWith("\u201cimportance\u201d must be from 1 to 10, not 11."));
        assertThat(rows()).isEqualTo(before);
        assertThat(asked).isEmpty();
        assertThat(model.busyProperty().get()).isFalse();
    }

    @Test
    void theSuggestedNameIsTheChildsNameMadeSafe() {
        assertThat(FamilyFileViewModel.suggestedFileName("Mia Nguyễn")).isEqualTo("Mia Nguyễn.homeplan.json");
        assertThat(FamilyFileViewModel.suggestedFileName("Mia/Sam")).isEqualTo("Mia Sam.homeplan.json");
        assertThat(FamilyFileViewModel.suggestedFileName("...")).isEqualTo("family.homeplan.json");
    }
}
