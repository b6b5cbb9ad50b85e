package app.homeplan.families.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.homeplan.i18n.Messages;
import app.homeplan.plan.Family;
import app.homeplan.store.Store;
import app.homeplan.store.StoreThread;
import app.homeplan.testing.Stores;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The home screen's count with more families than the list holds (a real SQLite file): never "200 of 404
 * families match" when 400 match, and the line saying only the first 200 are listed shows just then.
 */
class FamilyListCountTest {
    @TempDir
    Path dir;
    private final StoreThread storeThread = new StoreThread();
    private Store store;
    private FamilyListViewModel model;

    @BeforeEach
    void manyFamilies() throws Exception {
        Messages.setLocale(Locale.ENGLISH);
        store = storeThread.submit(() -> Stores.open(dir.resolve("homeplan.db"))).get();
        List<Family> families = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            families.add(Family.newFor("Nguyễn Văn An " + i));
        }
        for (int i = 0; i < 3; i++) {
            families.add(Family.newFor("Leila Haddad " + i));
        }
        storeThread.submit(() -> store.families().insertAll(families)).get();
        model = new FamilyListViewModel(store.families(), storeThread, Runnable::run);
        model.refresh().get();
    }

    @AfterEach
    void close() throws Exception {
        storeThread.run(store::close).get();
        storeThread.close();
    }

    private void search(String text) throws Exception {
        model.queryProperty().set(text);
        model.refresh().get();
    }

    @Test
    void withNoSearchTheCountIsEveryFamilyAndTheListSaysItIsCut() {
        int total = model.totalFamiliesProperty().get(); // the example family too
        assertThat(total).isEqualTo(404);
        assertThat(model.families()).hasSize(FamilyListViewModel.LIMIT);
        assertThat(model.moreThanListedProperty().get()).as("the line under the search shows").isTrue();
        assertThat(model.countSentence()).isEqualTo("404 families");
    }

    @Test
    void aSearchMatchingMoreThanTheListHoldsSaysSoAndHowToNarrowIt() throws Exception {
        search("nguyen"); // 400 match, accents folded
        assertThat(model.families()).hasSize(FamilyListViewModel.LIMIT);
        assertThat(model.moreThanListedProperty().get()).isTrue();
        assertThat(model.countSentence()).isEqualTo("More than 200 of 404 families match");
    }

    @Test
    void aSearchMatchingFewerCountsThemExactly() throws Exception {
        search("haddad");
        assertThat(model.families()).hasSize(3);
        assertThat(model.countSentence()).isEqualTo("3 of 404 families match");
        assertThat(model.moreThanListedProperty().get()).isFalse();
        search("");
        search("nguyen van an 39"); // "39" and "390".."399"
        assertThat(model.countSentence()).isEqualTo("11 of 404 families match");
    }
}
