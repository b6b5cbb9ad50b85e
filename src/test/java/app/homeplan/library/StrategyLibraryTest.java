package app.homeplan.library;

import static org.assertj.core.api.Assertions.assertThat;

import app.homeplan.i18n.Messages;
import app.homeplan.store.OwnStrategies;
import app.homeplan.store.Store;
import app.homeplan.testing.Stores;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StrategyLibraryTest {
    final StrategyLibrary library = StrategyLibrary.builtIn();

    @BeforeAll
    static void english() {
        Messages.setLocale(Locale.ENGLISH);
    }

    @Test
    void atLeastSixtyStrategiesCoverEveryAreaWithWordsAndKnownRoutines() {
        List<LibraryStrategy> all = library.all();
        assertThat(all).hasSizeGreaterThanOrEqualTo(60);
        assertThat(all.stream().map(LibraryStrategy::key).distinct()).hasSameSizeAs(all);
        assertThat(all.stream().map(LibraryStrategy::area).collect(Collectors.toSet()))
                .isEqualTo(EnumSet.allOf(StrategyArea.class));
        Set<String> routineKeys = RoutineLibrary.all().stream().map(LibraryRoutine::key).collect(Collectors.toSet());
        for (LibraryStrategy s : all) {
            assertThat(Messages.has("library.strategy." + s.key() + ".title")).as(s.key()).isTrue();
            assertThat(Messages.has("library.strategy." + s.key() + ".text")).as(s.key()).isTrue();
            assertThat(routineKeys).as(s.key()).containsAll(s.routineKeys());
            // The child's name is filled in and the text reads as a sentence.
            assertThat(s.text("Mia")).doesNotContain("{0}").endsWith(".");
        }
        for (StrategyArea area : StrategyArea.values()) {
            assertThat(all.stream().filter(s -> s.area() == area).count()).as(area.name()).isGreaterThanOrEqualTo(7);
        }
    }

    @Test
    void everyBuiltInRoutineHasSuggestionsMadeForIt() {
        for (LibraryRoutine routine : RoutineLibrary.all()) {
            assertThat(library.all().stream().filter(s -> s.routineKeys().contains(routine.key())).count())
                    .as(routine.key()).isGreaterThanOrEqualTo(2);
        }
    }

    @Test
    void theChildsNameIsFilledIn() {
        LibraryStrategy spoon = library.find("feed.own_spoon").orElseThrow();
        assertThat(spoon.title("Mia")).isEqualTo("Mia's own spoon");
        assertThat(spoon.text("Nguyễn")).contains("Give Nguyễn a spoon");
    }

    @Test
    void aGoalsWordsPointToItsAreas() {
        assertThat(StrategyArea.of("Mia will join in at breakfast by feeding herself with a spoon"))
                .contains(StrategyArea.FEEDING);
        assertThat(StrategyArea.of("Tell us what she wants without SCREAMING")).contains(StrategyArea.COMMUNICATION,
                StrategyArea.REGULATION);
        assertThat(StrategyArea.of("Bedtime that takes less than half an hour")).containsExactly(StrategyArea.SLEEP);
        assertThat(StrategyArea.of("")).isEmpty();
    }

    @Test
    void suggestionsFitTheRoutineAndPutTheGoalsAreaFirst() {
        List<LibraryStrategy> atBreakfast = library.suggest("breakfast", "feed herself with a spoon", "", false, "Mia");
        assertThat(atBreakfast).allMatch(s -> s.fits("breakfast"));
        assertThat(atBreakfast.get(0).area()).isEqualTo(StrategyArea.FEEDING);
        assertThat(atBreakfast.get(0).routineKeys()).contains("breakfast");
        int firstOther = indexOfFirst(atBreakfast, s -> s.area() != StrategyArea.FEEDING);
        assertThat(atBreakfast.subList(firstOther, atBreakfast.size())).noneMatch(s -> s.area() == StrategyArea.FEEDING);
        assertThat(atBreakfast).extracting(LibraryStrategy::key).doesNotContain("sleep.back_to_bed");

        assertThat(library.suggest("breakfast", "", "", true, "Mia")).hasSameSizeAs(library.all());
    }

    @Test
    void aTypedInRoutineGetsStrategiesForTheGoal() {
        List<LibraryStrategy> atGrandmas = library.suggest("", "go to sleep in her own bed", "", false, "Mia");
        assertThat(atGrandmas).isNotEmpty().anyMatch(s -> s.key().equals("sleep.back_to_bed"));
        assertThat(atGrandmas.get(0).area()).isEqualTo(StrategyArea.SLEEP);
    }

    @Test
    void searchIgnoresCaseAndAccentsAndSearchesTheWholeLibrary() {
        assertThat(library.suggest("bath", "", "BUBBLE", false, "Mia")).extracting(LibraryStrategy::key)
                .contains("comm.wait", "play.one_friend");
        assertThat(library.suggest("bath", "", "pyjamas teeth", false, "Mia")).extracting(LibraryStrategy::key)
                .containsExactly("sleep.same_steps");
        assertThat(library.suggest("bath", "", "zzzz", false, "Mia")).isEmpty();
    }

    @Test
    void theClinicianCanAddStrategiesThatStayInTheDatabase(@TempDir Path dir) {
        Path file = dir.resolve("homeplan.db");
        String text = "Sing “Bà ơi” while drying — 🎵 " + "x".repeat(10_000);
        try (Store store = Stores.open(file)) {
            OwnStrategies own = store.ownStrategies();
            own.add(StrategyArea.COMMUNICATION, Set.of("bath"), "Drying song", text);
            own.add(StrategyArea.SLEEP, Set.of(), "Night light", "Turn on the turtle night light.");
        }
        try (Store store = Stores.open(file)) {
            OwnStrategies own = store.ownStrategies();
            List<LibraryStrategy> mine = own.list();
            assertThat(mine).extracting(s -> s.title("Mia")).containsExactlyInAnyOrder("Drying song", "Night light");
            LibraryStrategy song = mine.stream().filter(s -> s.title("").equals("Drying song")).findFirst().orElseThrow();
            assertThat(song.text("Mia")).isEqualTo(text); // kept exactly, never formatted
            assertThat(song.custom()).isTrue();

            StrategyLibrary withOwn = library.withOwn(mine);
            assertThat(withOwn.all()).hasSize(library.all().size() + 2);
            assertThat(withOwn.suggest("bath", "", "", false, "Mia").get(0).key()).isEqualTo(song.key());
            assertThat(withOwn.suggest("car", "", "", false, "Mia")).extracting(LibraryStrategy::key)
                    .doesNotContain(song.key());

            assertThat(own.delete(song)).isTrue();
            assertThat(own.list()).extracting(s -> s.title("")).containsExactly("Night light");
        }
    }

    private static int indexOfFirst(List<LibraryStrategy> list, java.util.function.Predicate<LibraryStrategy> p) {
        for (int i = 0; i < list.size(); i++) {
            if (p.test(list.get(i))) {
                return i;
            }
        }
        return list.size();
    }
}
