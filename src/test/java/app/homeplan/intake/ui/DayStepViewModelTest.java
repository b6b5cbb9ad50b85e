package app.homeplan.intake.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.homeplan.i18n.Messages;
import app.homeplan.library.RoutineLibrary;
import app.homeplan.plan.Family;
import app.homeplan.plan.Goal;
import app.homeplan.plan.Routine;
import app.homeplan.plan.Strategy;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Step 3: routines in the order of the family's day, starred concerns, and safe removal. */
class DayStepViewModelTest {

    @BeforeAll
    static void english() {
        Messages.setLocale(Locale.ENGLISH);
    }

    private static DayStepViewModel.RoutineRow add(DayStepViewModel model, String key) {
        return model.add(RoutineLibrary.find(key).orElseThrow());
    }

    private static List<String> names(FamilyDraft draft) {
        return draft.get().routines().stream().map(Routine::name).toList();
    }

    @Test
    void builtInRoutinesGoWhereTheyUsuallyFallInTheDay() {
        FamilyDraft draft = new FamilyDraft(Family.newFor("Mia"));
        DayStepViewModel model = new DayStepViewModel(draft);
        add(model, "bedtime");
        add(model, "waking_up");
        add(model, "breakfast");
        add(model, "bath");
        assertThat(names(draft)).containsExactly("Waking up", "Breakfast", "Bath time", "Bedtime");
        assertThat(model.selectedProperty().get().nameProperty().get()).isEqualTo("Bath time");
        assertThat(draft.get().routines().get(0).libraryKey()).isEqualTo("waking_up");
        assertThat(model.inDay(RoutineLibrary.find("bath").orElseThrow())).isTrue();
        assertThat(model.inDay(RoutineLibrary.find("car").orElseThrow())).isFalse();
    }

    @Test
    void typedRoutinesGoAtTheEndAndANameIsNeeded() {
        FamilyDraft draft = new FamilyDraft(Family.newFor("Mia"));
        DayStepViewModel model = new DayStepViewModel(draft);
        add(model, "breakfast");
        model.newRoutineNameProperty().set("   ");
        assertThat(model.addTyped()).isEmpty();
        assertThat(model.problemProperty().get()).contains("Type the name");
        model.newRoutineNameProperty().set("Thăm bà ngoại 👵");
        assertThat(model.addTyped()).isPresent();
        assertThat(model.problemProperty().get()).isEmpty();
        assertThat(model.newRoutineNameProperty().get()).isEmpty();
        assertThat(names(draft)).containsExactly("Breakfast", "Thăm bà ngoại 👵");
        assertThat(draft.get().routines().get(1).isCustom()).isTrue();
        // A built-in routine added later still finds its place around typed ones.
        add(model, "waking_up");
        assertThat(names(draft)).containsExactly("Waking up", "Breakfast", "Thăm bà ngoại 👵");
    }

    @Test
    void aTypedRoutineFindsItsPlaceByItsTimeOnceTheTimeIsEntered() {
        FamilyDraft draft = new FamilyDraft(Family.newFor("Mia"));
        DayStepViewModel model = new DayStepViewModel(draft);
        add(model, "waking_up");  // 6:30 as usual
        add(model, "breakfast");
        add(model, "bedtime");
        model.newRoutineNameProperty().set("Swimming");
        DayStepViewModel.RoutineRow swimming = model.addTyped().orElseThrow();
        assertThat(names(draft)).containsExactly("Waking up", "Breakfast", "Bedtime", "Swimming");
        swimming.usualTimeProperty().set("4:30 pm");
        model.placeByTime(swimming);
        assertThat(names(draft)).containsExactly("Waking up", "Breakfast", "Swimming", "Bedtime");
        swimming.usualTimeProperty().set("5.45am");
        model.placeByTime(swimming);
        assertThat(names(draft)).containsExactly("Swimming", "Waking up", "Breakfast", "Bedtime");
        swimming.usualTimeProperty().set("after school"); // not a clock time: stays where it is
        model.placeByTime(swimming);
        assertThat(names(draft)).containsExactly("Swimming", "Waking up", "Breakfast", "Bedtime");
        assertThat(DayStepViewModel.minutesOf("19:00")).hasValue(19 * 60);
        assertThat(DayStepViewModel.minutesOf("12 am")).hasValue(0);
        assertThat(DayStepViewModel.minutesOf("7")).hasValue(7 * 60);
        assertThat(DayStepViewModel.minutesOf("25:00")).isEmpty();
    }

    @Test
    void aTypedNameOfABuiltInRoutineAddsThatRoutineInItsPlaceAndOnlyOnce() {
        FamilyDraft draft = new FamilyDraft(Family.newFor("Mia"));
        DayStepViewModel model = new DayStepViewModel(draft);
        add(model, "waking_up");
        add(model, "bedtime");
        model.newRoutineNameProperty().set("  dinner ");
        DayStepViewModel.RoutineRow dinner = model.addTyped().orElseThrow();
        assertThat(dinner.libraryKey()).isEqualTo("dinner"); // the library's routine, with its prompts
        assertThat(names(draft)).containsExactly("Waking up", "Dinner", "Bedtime"); // in its usual place
        assertThat(model.newRoutineNameProperty().get()).isEmpty();
        model.newRoutineNameProperty().set("Dinner"); // typed again: the same routine, not a second one
        assertThat(model.addTyped()).contains(dinner);
        assertThat(names(draft)).containsExactly("Waking up", "Dinner", "Bedtime");
        assertThat(model.selectedProperty().get()).isSameAs(dinner);
        model.newRoutineNameProperty().set("Dinner at Grandma's"); // not a built-in name: the family's own
        assertThat(model.addTyped().orElseThrow().libraryKey()).isEmpty();
        assertThat(names(draft)).containsExactly("Waking up", "Dinner", "Bedtime", "Dinner at Grandma's");
    }

    @Test
    void theFamilyPutsTheirDayInOrderByKeyboardOrDrag() {
        FamilyDraft draft = new FamilyDraft(Family.newFor("Mia"));
        DayStepViewModel model = new DayStepViewModel(draft);
        DayStepViewModel.RoutineRow waking = add(model, "waking_up");
        add(model, "breakfast");
        add(model, "dressing");
        assertThat(names(draft)).containsExactly("Waking up", "Getting dressed", "Breakfast");
        model.move(waking, 1); // Alt+Down
        assertThat(names(draft)).containsExactly("Getting dressed", "Waking up", "Breakfast");
        model.move(waking, -5); // clamped at the top
        assertThat(names(draft)).containsExactly("Waking up", "Getting dressed", "Breakfast");
        model.moveTo(2, 1); // dragged breakfast onto "Getting dressed"
        assertThat(names(draft)).containsExactly("Waking up", "Breakfast", "Getting dressed");
        assertThat(model.selectedProperty().get().nameProperty().get()).isEqualTo("Breakfast");
        model.moveTo(0, 99);
        assertThat(names(draft)).containsExactly("Breakfast", "Getting dressed", "Waking up");
    }

    @Test
    void detailsSatisfactionAndStarredConcernsAreKept() {
        FamilyDraft draft = new FamilyDraft(Family.newFor("Mia"));
        DayStepViewModel model = new DayStepViewModel(draft);
        DayStepViewModel.RoutineRow breakfast = add(model, "breakfast");
        breakfast.usualTimeProperty().set("7:00");
        breakfast.notesProperty().set("Sits in the high chair; we feed her.");
        breakfast.satisfactionProperty().set(2);
        model.newConcernProperty().set("");
        assertThat(model.starConcern()).isEmpty();
        assertThat(model.problemProperty().get()).contains("Write the concern");
        model.newConcernProperty().set("She does not feed herself");
        DayStepViewModel.ConcernRow concern = model.starConcern().orElseThrow();
        model.newConcernProperty().set("Screams for more");
        model.starConcern();
        concern.textProperty().set("She does not feed herself yet");

        Routine stored = draft.get().routines().get(0);
        assertThat(stored.usualTime()).isEqualTo("7:00");
        assertThat(stored.satisfaction()).isEqualTo(2);
        assertThat(stored.concerns()).extracting(c -> c.text())
                .containsExactly("She does not feed herself yet", "Screams for more");
        model.removeConcern(breakfast, concern);
        assertThat(draft.get().routines().get(0).concerns()).hasSize(1);
        breakfast.satisfactionProperty().set(null);
        assertThat(draft.get().routines().get(0).satisfaction()).isNull();
    }

    @Test
    void removingARoutineTakesItOutOfGoalsAndRemovesItsStrategies() {
        Routine breakfast = Routine.of("breakfast", "Breakfast");
        Routine bath = Routine.of("bath", "Bath time");
        Goal goal = Goal.inFamilyWords("Feed herself").withRoutineIds(List.of(breakfast.id(), bath.id()));
        Family family = Family.builder(app.homeplan.plan.Child.named("Mia"))
                .routines(List.of(breakfast, bath)).goals(List.of(goal))
                .strategies(List.of(new Strategy(null, goal.id(), bath.id(), "Spoon in the bath", "", "", ""),
                        new Strategy(null, goal.id(), breakfast.id(), "Own spoon", "", "", "")))
                .build();
        FamilyDraft draft = new FamilyDraft(family);
        DayStepViewModel model = new DayStepViewModel(draft);
        DayStepViewModel.RoutineRow bathRow = model.routines().get(1);
        assertThat(model.removalImpact(bathRow)).isEqualTo(new DayStepViewModel.Impact(1, 1));
        model.remove(bathRow);
        Family after = draft.get();
        assertThat(after.routines()).extracting(Routine::name).containsExactly("Breakfast");
        assertThat(after.goals().get(0).routineIds()).containsExactly(breakfast.id());
        assertThat(after.strategies()).extracting(Strategy::what).containsExactly("Own spoon");
        assertThat(model.selectedProperty().get().nameProperty().get()).isEqualTo("Breakfast");
    }
}
