package app.homeplan.intake.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.homeplan.i18n.Messages;
import app.homeplan.plan.Child;
import app.homeplan.plan.Concern;
import app.homeplan.plan.Family;
import app.homeplan.plan.Goal;
import app.homeplan.plan.Routine;
import app.homeplan.plan.Strategy;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import app.homeplan.intake.GoalQuality;

/** Step 4: starred concerns become goals in one click; the family ranks them; each goal is checked. */
class GoalsStepViewModelTest {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
    final Routine breakfast = Routine.of("breakfast", "Breakfast")
            .withConcerns(List.of(new Concern(null, "She does not feed herself")));
    final Routine bath = Routine.of("bath", "Bath time");
    final Routine bedtime = Routine.of("bedtime", "Bedtime").withConcerns(List.of(new Concern(null, "Bedtime takes two hours")));

    @BeforeAll
    static void english() {
        Messages.setLocale(Locale.ENGLISH);
    }

    private FamilyDraft draft() {
        return new FamilyDraft(Family.builder(new Child("Mia Nguyen", "Mia", null))
                .routines(List.of(breakfast, bath, bedtime)).meetingDate(TODAY).build());
    }

    @Test
    void aStarredConcernBecomesAGoalInOneClickThatAsksForTheFamilysWords() {
        FamilyDraft draft = draft();
        GoalsStepViewModel model = new GoalsStepViewModel(draft, () -> TODAY);
        assertThat(model.starred()).extracting(GoalsStepViewModel.StarredConcern::text)
                .containsExactly("She does not feed herself", "Bedtime takes two hours");
        assertThat(model.starred()).noneMatch(GoalsStepViewModel.StarredConcern::isGoal);

        GoalsStepViewModel.GoalRow row = model.makeGoal(model.starred().get(0));
        Goal goal = draft.get().goals().get(0);
        assertThat(goal.familyWords()).as("the concern is not the goal").isEmpty();
        assertThat(model.concernOf(row)).contains("She does not feed herself");
        assertThat(goal.routineIds()).containsExactly(breakfast.id());
        assertThat(goal.outcome()).isEqualTo("Mia will take part in breakfast by ");
        assertThat(goal.sourceConcernId()).isEqualTo(breakfast.concerns().get(0).id());
        assertThat(model.starred().get(0).isGoal()).isTrue();
        assertThat(model.selectedProperty().get()).isSameAs(row);
        // Twice is still one goal.
        assertThat(model.makeGoal(model.starred().get(0))).isSameAs(row);
        assertThat(draft.get().goals()).hasSize(1);
    }

    @Test
    void theTemplateFillsInTheChildAndChosenRoutinesInTheOrderOfTheDay() {
        FamilyDraft draft = draft();
        GoalsStepViewModel model = new GoalsStepViewModel(draft, () -> TODAY);
        GoalsStepViewModel.GoalRow row = model.addGoal();
        model.setRoutine(row, bedtime.id(), true);
        model.setRoutine(row, breakfast.id(), true);
        assertThat(draft.get().goals().get(0).routineIds()).containsExactly(breakfast.id(), bedtime.id());
        model.fillOutcome(row);
        assertThat(row.outcomeProperty().get()).isEqualTo("Mia will take part in breakfast and bedtime by ");
        row.outcomeProperty().set(row.outcomeProperty().get() + "feeding herself");
        model.setRoutine(row, bath.id(), true);
        model.fillOutcome(row); // new routines in the wording, what was written after it kept
        assertThat(draft.get().goals().get(0).outcome())
                .isEqualTo("Mia will take part in breakfast, bath time and bedtime by feeding herself");
        row.outcomeProperty().set("feeding herself with a spoon");
        model.fillOutcome(row);
        assertThat(row.outcomeProperty().get()).isEqualTo("Mia will take part in breakfast, bath time and bedtime by feeding herself with a spoon");
        row.outcomeProperty().set("");
        model.fillOutcome(row);
        assertThat(row.outcomeProperty().get()).isEqualTo("Mia will take part in breakfast, bath time and bedtime by ");
        model.setRoutine(row, breakfast.id(), false);
        assertThat(draft.get().goals().get(0).routineIds()).containsExactly(bath.id(), bedtime.id());
    }

    @Test
    void theFamilyRanksGoalsByKeyboardOrDrag() {
        FamilyDraft draft = draft();
        GoalsStepViewModel model = new GoalsStepViewModel(draft, () -> TODAY);
        GoalsStepViewModel.GoalRow a = model.addGoal();
        a.familyWordsProperty().set("A");
        GoalsStepViewModel.GoalRow b = model.addGoal();
        b.familyWordsProperty().set("B");
        GoalsStepViewModel.GoalRow c = model.addGoal();
        c.familyWordsProperty().set("C");
        model.move(c, -1);
        assertThat(draft.get().goals()).extracting(Goal::familyWords).containsExactly("A", "C", "B");
        model.moveTo(2, 0);
        assertThat(draft.get().goals()).extracting(Goal::familyWords).containsExactly("B", "A", "C");
        assertThat(model.selectedProperty().get()).isSameAs(b);
        model.move(b, -1); // already first
        assertThat(draft.get().goals()).extracting(Goal::familyWords).containsExactly("B", "A", "C");
    }

    @Test
    void ratingsTargetDateAndGasAreKept() {
        FamilyDraft draft = draft();
        GoalsStepViewModel model = new GoalsStepViewModel(draft, () -> TODAY);
        GoalsStepViewModel.GoalRow row = model.addGoal();
        row.familyWordsProperty().set("Eat with us");
        row.importanceProperty().set(9);
        row.performanceProperty().set(3);
        row.satisfactionProperty().set(2);
        row.gasMuchLessProperty().set("No spoon");
        row.gasExpectedProperty().set("Half the meal");
        row.gasBaselineProperty().set(-1);
        row.gasWeightProperty().set(6);
        model.targetIn(row, 6);
        Goal goal = draft.get().goals().get(0);
        assertThat(goal.copm()).isEqualTo(new app.homeplan.plan.CopmRating(9, 3, 2));
        assertThat(goal.gas().muchLess()).isEqualTo("No spoon");
        assertThat(goal.gas().expected()).isEqualTo("Half the meal");
        assertThat(goal.gas().baseline()).isEqualTo(-1);
        assertThat(goal.gas().weight()).isEqualTo(6);
        assertThat(goal.targetDate()).isEqualTo(TODAY.plusMonths(6));
    }

    @Test
    void theShortNameSuggestsTheFirstWholeWordsAndKeepsWhatTheClinicianTypes() {
        FamilyDraft draft = draft();
        GoalsStepViewModel model = new GoalsStepViewModel(draft, () -> TODAY);
        GoalsStepViewModel.GoalRow row = model.addGoal();
        row.familyWordsProperty().set("We want Mia to sit with us at breakfast and feed herself with her spoon, "
                + "without screaming, most mornings");

        // The suggestion is the first words, whole, and ends in "…" as words were left out.
        String suggestion = row.suggestedShortNameProperty().get();
        assertThat(suggestion).startsWith("We want Mia to sit with us at breakfast").endsWith("\u2026");
        assertThat(suggestion.length()).isLessThanOrEqualTo(Goal.SHORT_NAME_WIDTH);
        String[] words = suggestion.substring(0, suggestion.length() - 1).split(" ");
        assertThat(row.familyWordsProperty().get().split(" ")).startsWith(words);
        // Nothing is chosen for the family: the stored short name stays empty, the plan uses the suggestion.
        assertThat(draft.get().goals().get(0).shortName()).isEmpty();
        assertThat(draft.get().goals().get(0).briefName()).isEqualTo(suggestion);

        row.shortNameProperty().set("Breakfast with the spoon");
        assertThat(draft.get().goals().get(0).shortName()).isEqualTo("Breakfast with the spoon");
        assertThat(draft.get().goals().get(0).briefName()).isEqualTo("Breakfast with the spoon");
        assertThat(row.shortNameNoteProperty().get()).isEmpty();

        // Too long for the tracker: kept as typed, and the step says what will print (whole words).
        String tooLong = "Breakfast with the spoon and the bowl and the cup, sitting at the table with everyone";
        row.shortNameProperty().set(tooLong);
        assertThat(draft.get().goals().get(0).shortName()).isEqualTo(tooLong);
        assertThat(row.shortNameNoteProperty().get()).contains("\u201cBreakfast with the spoon and the bowl and the cup, sitting\u2026\u201d");
    }

    @Test
    void aFamilyOutcomeStartsWithWeWillAndNeedsNoRoutine() {
        GoalsStepViewModel model = new GoalsStepViewModel(draft(), () -> TODAY);
        GoalsStepViewModel.GoalRow row = model.addGoal();
        row.familyWordsProperty().set("A childcare place so I can work");
        model.fillFamilyOutcome(row);
        assertThat(row.outcomeProperty().get()).isEqualTo("We will ");
        row.outcomeProperty().set("We will find a childcare place by June");
        model.fillFamilyOutcome(row); // written words are kept
        assertThat(row.outcomeProperty().get()).isEqualTo("We will find a childcare place by June");
        row.criterionProperty().set("Two days a week, for 4 weeks");
        row.targetDateProperty().set(TODAY.plusMonths(6));
        assertThat(row.issuesProperty().get()).isEmpty();
    }

    @Test
    void eachGoalIsCheckedAsItIsWrittenAndABlankGoalIsFound() {
        FamilyDraft draft = draft();
        GoalsStepViewModel model = new GoalsStepViewModel(draft, () -> TODAY);
        GoalsStepViewModel.GoalRow row = model.addGoal();
        assertThat(model.firstBlank()).containsSame(row);
        assertThat(row.issuesProperty().get()).singleElement().satisfies(i -> assertThat(i.blocks()).isTrue());
        row.familyWordsProperty().set("Sit with us at dinner");
        assertThat(model.firstBlank()).isEmpty();
        assertThat(row.issuesProperty().get()).extracting(GoalQuality.Issue::kind)
                .containsExactly(GoalQuality.Kind.NO_ROUTINE, GoalQuality.Kind.UNFINISHED_OUTCOME,
                        GoalQuality.Kind.NO_CRITERION, GoalQuality.Kind.NO_TARGET_DATE);
        model.setRoutine(row, breakfast.id(), true);
        row.outcomeProperty().set("Mia will take part in breakfast by sitting with us");
        row.criterionProperty().set("Sits for 10 minutes, 5 days a week, for 2 weeks");
        row.targetDateProperty().set(TODAY.plusMonths(3));
        assertThat(row.issuesProperty().get()).isEmpty();
        for (int i = 0; i < 10; i++) {
            model.addGoal().familyWordsProperty().set("Goal " + i);
        }
        assertThat(model.manyGoalsProperty().get()).contains("11 goals");
    }

    @Test
    void removingAGoalRemovesItsStrategies() {
        Goal goal = Goal.inFamilyWords("Feed herself").withRoutineIds(List.of(breakfast.id()));
        Goal other = Goal.inFamilyWords("Sleep").withRoutineIds(List.of(bedtime.id()));
        FamilyDraft draft = new FamilyDraft(Family.builder(Child.named("Mia")).routines(List.of(breakfast, bath, bedtime))
                .goals(List.of(goal, other))
                .strategies(List.of(new Strategy(null, goal.id(), breakfast.id(), "Spoon", "", "", ""),
                        new Strategy(null, other.id(), bedtime.id(), "Same steps", "", "", "")))
                .build());
        GoalsStepViewModel model = new GoalsStepViewModel(draft, () -> TODAY);
        assertThat(model.strategiesOf(model.goals().get(0))).isEqualTo(1);
        model.remove(model.goals().get(0));
        assertThat(draft.get().goals()).extracting(Goal::familyWords).containsExactly("Sleep");
        assertThat(draft.get().strategies()).extracting(Strategy::what).containsExactly("Same steps");
    }

    @Test
    void addingAgainWhileAGoalHasNoWordsGoesBackToThatGoalInsteadOfAnotherEmptyOne() {
        FamilyDraft draft = draft();
        GoalsStepViewModel model = new GoalsStepViewModel(draft, () -> TODAY);
        int before = model.goals().size();
        GoalsStepViewModel.GoalRow first = model.addGoal();
        GoalsStepViewModel.GoalRow again = model.addGoal(); // a second press, or a stray Space
        assertThat(again).isSameAs(first);
        assertThat(model.goals()).hasSize(before + 1);
        assertThat(draft.get().goals()).hasSize(before + 1);
        first.familyWordsProperty().set("Brush teeth without tears");
        assertThat(model.addGoal()).isNotSameAs(first);
        assertThat(model.goals()).hasSize(before + 2);
    }

    @Test
    void typingInOneGoalChangesOnlyThatGoalAndItsCheck() {
        FamilyDraft draft = draft();
        GoalsStepViewModel model = new GoalsStepViewModel(draft, () -> TODAY);
        GoalsStepViewModel.GoalRow first = model.makeGoal(model.starred().get(0));
        GoalsStepViewModel.GoalRow second = model.makeGoal(model.starred().get(1));
        Goal firstBefore = draft.get().goals().get(0);
        List<GoalQuality.Issue> firstIssues = first.issuesProperty().get();
        assertThat(second.issuesProperty().get()).extracting(GoalQuality.Issue::kind).contains(GoalQuality.Kind.NO_CRITERION);

        second.criterionProperty().set("Every night, for 2 weeks");

        // The typed goal is saved and checked again; the other is the very same goal, not checked again.
        assertThat(draft.get().goals().get(1).criterion()).isEqualTo("Every night, for 2 weeks");
        assertThat(second.issuesProperty().get()).extracting(GoalQuality.Issue::kind).doesNotContain(GoalQuality.Kind.NO_CRITERION);
        assertThat(draft.get().goals().get(0)).isSameAs(firstBefore);
        assertThat(first.issuesProperty().get()).isSameAs(firstIssues);
        assertThat(draft.get().goals()).extracting(Goal::id).containsExactly(first.id(), second.id());
    }
}
