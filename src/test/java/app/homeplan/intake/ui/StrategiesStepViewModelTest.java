package app.homeplan.intake.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.homeplan.i18n.Messages;
import app.homeplan.library.LibraryStrategy;
import app.homeplan.library.StrategyArea;
import app.homeplan.plan.AboutUs;
import app.homeplan.plan.Caregiver;
import app.homeplan.plan.Child;
import app.homeplan.plan.Family;
import app.homeplan.plan.Goal;
import app.homeplan.plan.Routine;
import app.homeplan.plan.Strategy;
import app.homeplan.store.Store;
import app.homeplan.store.StoreThread;
import app.homeplan.testing.Stores;
import app.homeplan.testing.UiThread;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Step 5: strategies per goal and routine, from the library (with the child's name) or written fresh. */
class StrategiesStepViewModelTest {
    @TempDir
    Path dir;
    final StoreThread storeThread = new StoreThread();
    final UiThread ui = new UiThread();
    Store store;
    final Routine breakfast = Routine.of("breakfast", "Breakfast");
    final Routine bath = Routine.of("bath", "Bath time");
    final Routine grandma = Routine.of("", "Visiting Grandma");
    final Goal feeding = Goal.builder().familyWords("Feed herself with a spoon").routineIds(List.of(breakfast.id()))
            .build();
    final Goal asking = Goal.builder().familyWords("Tell us what she wants")
            .routineIds(List.of(breakfast.id(), bath.id(), grandma.id())).build();
    FamilyDraft draft;

    @BeforeAll
    static void english() {
        Messages.setLocale(Locale.ENGLISH);
    }

    @BeforeEach
    void open() throws Exception {
        store = storeThread.submit(() -> Stores.open(dir.resolve("homeplan.db"))).get();
        Family family = Family.builder(new Child("Mia Nguyen", "Mia", null))
                .caregivers(List.of(new Caregiver(null, "Lan", "Mum", "", false, "", true)))
                .about(new AboutUs("Curious", "Bubbles and the Bluey song", "", "", ""))
                .routines(List.of(breakfast, bath, grandma))
                .goals(List.of(feeding, asking))
                .strategies(List.of(new Strategy(null, asking.id(), bath.id(), "Bath toys in a clear box", "Dad", "", "")))
                .build();
        draft = new FamilyDraft(family);
    }

    @AfterEach
    void close() throws Exception {
        storeThread.run(store::close).get();
        storeThread.close();
        ui.close();
    }

    private StrategiesStepViewModel model() {
        return ui.call(() -> new StrategiesStepViewModel(draft, storeThread, store.ownStrategies(), ui));
    }

    @Test
    void eachGoalInEachOfItsRoutinesInRankAndDayOrderStartingWhereNothingIsWritten() {
        StrategiesStepViewModel model = model();
        assertThat(model.slots()).extracting(s -> s.rank() + " " + s.routine().name())
                .containsExactly("1 Breakfast", "2 Breakfast", "2 Bath time", "2 Visiting Grandma");
        assertThat(model.slots()).extracting(s -> s.countProperty().get()).containsExactly(0, 0, 1, 0);
        assertThat(model.selectedProperty().get()).isSameAs(model.slots().get(0));
        assertThat(model.interests()).isEqualTo("Bubbles and the Bluey song");
        assertThat(model.whoChoices()).containsExactly("Mum (Lan)", "Everyone at home");
    }

    @Test
    void aLibraryStrategyComesWithTheChildsNameAndIsStoredForItsGoalAndRoutine() {
        StrategiesStepViewModel model = model();
        ui.run(() -> {
            assertThat(model.suggestions()).isNotEmpty();
            assertThat(model.suggestions().get(0).area()).isEqualTo(StrategyArea.FEEDING);
            LibraryStrategy spoon = model.suggestions().stream().filter(s -> s.key().equals("feed.own_spoon"))
                    .findFirst().orElseThrow();
            StrategiesStepViewModel.StrategyRow row = model.use(spoon);
            row.whoProperty().set("Mum (Lan)");
            row.howOftenProperty().set("Every meal");
            assertThat(model.inUse(spoon)).isTrue();
        });
        Strategy stored = draft.get().strategiesFor(feeding.id(), breakfast.id()).get(0);
        assertThat(stored.what()).startsWith("Give Mia a spoon");
        assertThat(stored.who()).isEqualTo("Mum (Lan)");
        assertThat(stored.howOften()).isEqualTo("Every meal");
        assertThat(stored.libraryKey()).isEqualTo("feed.own_spoon");
        assertThat(ui.call(() -> model.slots().get(0).countProperty().get())).isEqualTo(1);
    }

    @Test
    void theLibrarySearchStartsAfreshForEachGoalButNotForAnotherRoutineOfTheSameGoal() {
        StrategiesStepViewModel model = model();
        ui.run(() -> {
            model.queryProperty().set("spoon"); // goal 1 at breakfast
            model.selectedProperty().set(model.slots().get(1)); // goal 2 at breakfast
            assertThat(model.queryProperty().get()).isEmpty();
            assertThat(model.suggestions()).isNotEmpty();
            model.queryProperty().set("bath toys");
            model.selectedProperty().set(model.slots().get(2)); // goal 2 at bath: the same goal
            assertThat(model.queryProperty().get()).isEqualTo("bath toys");
        });
    }

    @Test
    void writingFreshKeepsOtherStrategiesInPlace() {
        StrategiesStepViewModel model = model();
        ui.run(() -> {
            model.selectedProperty().set(model.slots().get(2)); // goal 2 at bath: already one
            assertThat(model.strategies()).extracting(r -> r.whatProperty().get()).containsExactly("Bath toys in a clear box");
            StrategiesStepViewModel.StrategyRow mine = model.addOwn();
            mine.whatProperty().set("Sing “Bà ơi” and wait 🎵");
            model.selectedProperty().set(model.slots().get(3)); // the typed-in routine
            model.addOwn().whatProperty().set("Ask Grandma to offer two choices");
        });
        assertThat(draft.get().strategies()).extracting(Strategy::what)
                .containsExactly("Bath toys in a clear box", "Sing “Bà ơi” and wait 🎵", "Ask Grandma to offer two choices");
        ui.run(() -> {
            model.selectedProperty().set(model.slots().get(2));
            model.remove(model.strategies().get(0));
        });
        assertThat(draft.get().strategies()).extracting(Strategy::what)
                .containsExactly("Sing “Bà ơi” and wait 🎵", "Ask Grandma to offer two choices");
    }

    @Test
    void searchAndWholeLibraryWidenTheSuggestions() {
        StrategiesStepViewModel model = model();
        ui.run(() -> {
            int suited = model.suggestions().size();
            model.everythingProperty().set(true);
            assertThat(model.suggestions().size()).isGreaterThan(suited);
            model.queryProperty().set("goodbye");
            assertThat(model.suggestions()).extracting(LibraryStrategy::key).contains("reg.goodbye_ritual");
        });
    }

    @Test
    void theCliniciansOwnStrategyIsStoredAndSuggestedForThatRoutine() throws Exception {
        StrategiesStepViewModel model = model();
        LibraryStrategy added = ui.call(() -> model.addToLibrary("Porridge song", "Sing while stirring", StrategyArea.FEEDING, true))
                .get(10, TimeUnit.SECONDS);
        ui.await(() -> model.suggestions().stream().anyMatch(s -> s.key().equals(added.key())), Duration.ofSeconds(10));
        assertThat(storeThread.submit(() -> store.ownStrategies().list()).get())
                .extracting(s -> s.title("")).containsExactly("Porridge song");
        // A fresh step (another family, another day) has it too; at bath it is not suggested.
        StrategiesStepViewModel again = model();
        ui.call(() -> again.loadOwnStrategies()).get(10, TimeUnit.SECONDS);
        ui.run(() -> {
            assertThat(again.suggestions().get(0).key()).isEqualTo(added.key());
            again.selectedProperty().set(again.slots().get(2));
            assertThat(again.suggestions()).extracting(LibraryStrategy::key).doesNotContain(added.key());
        });
        ui.call(() -> again.deleteFromLibrary(added)).get(10, TimeUnit.SECONDS);
        assertThat(storeThread.submit(() -> store.ownStrategies().list()).get()).isEmpty();
    }
}
