package app.homeplan.store;

import static org.assertj.core.api.Assertions.assertThat;

import app.homeplan.i18n.Messages;
import app.homeplan.plan.AboutUs;
import app.homeplan.plan.Caregiver;
import app.homeplan.plan.Family;
import app.homeplan.plan.Goal;
import app.homeplan.plan.Routine;
import app.homeplan.store.FamilyMerge.Choice;
import app.homeplan.store.FamilyMerge.Difference;
import app.homeplan.testing.TestFamilies;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two people changed one family at once: what each changed is put together field by field; only what
 * both changed waits for a choice, and nothing this person typed is dropped unless they choose so.
 */
class FamilyMergeTest {
    final Family base = TestFamilies.everyField().toBuilder().id(7).build();

    @BeforeAll
    static void english() {
        Messages.setLocale(Locale.ENGLISH);
    }

    static Family withGoal(Family f, int index, Goal goal) {
        List<Goal> goals = new ArrayList<>(f.goals());
        goals.set(index, goal);
        return f.toBuilder().goals(goals).build();
    }

    @Test
    void differentFieldsOfOneGoalAreBothKeptAndTheirsIsShown() {
        Goal goal = base.goals().get(0);
        Family mine = withGoal(base, 0, goal.toBuilder().criterion("My criterion").build());
        Family theirs = withGoal(base, 0, goal.withOutcome("Their outcome"));

        FamilyMerge merge = FamilyMerge.of(base, mine, theirs);

        assertThat(merge.differences()).singleElement().satisfies(d -> {
            assertThat(d.where()).startsWith("Goal 1 (").endsWith(" › Outcome");
            assertThat(d.partKey()).isEqualTo("goal:" + goal.id());
            assertThat(d.mine()).isEqualTo(goal.outcome());
            assertThat(d.theirs()).isEqualTo("Their outcome");
            assertThat(d.bothChanged()).isFalse();
            assertThat(d.preset()).contains(Choice.THEIRS);
        });
        assertThat(merge.isDecided(Map.of())).isTrue();
        Goal merged = merge.result(Map.of()).goals().get(0);
        assertThat(merged.criterion()).isEqualTo("My criterion");
        assertThat(merged.outcome()).isEqualTo("Their outcome");
    }

    @Test
    void aGasLevelIsNamedAsTheReviewNamesIt() {
        Goal goal = base.goals().get(0);
        app.homeplan.plan.GasScale gas = goal.gas();
        Family theirs = withGoal(base, 0, goal.withGas(new app.homeplan.plan.GasScale(gas.muchLess(),
                gas.somewhatLess(), "Eats half the bowl", gas.somewhatMore(), "Eats it all", gas.baseline(),
                gas.weight())));

        FamilyMerge merge = FamilyMerge.of(base, base, theirs);

        assertThat(merge.differences()).extracting(Difference::where).hasSize(2)
                .anySatisfy(where -> assertThat(where).endsWith(" › GAS scale › " + Messages.get("review.gas.level.2") + " (0)"))
                .anySatisfy(where -> assertThat(where).endsWith(" › GAS scale › Much more than expected (+2)"));
    }

    @Test
    void theSameFieldChangedByBothWaitsForAChoiceOfMineTheirsOrBoth() {
        Goal goal = base.goals().get(0);
        Family mine = withGoal(base, 0, goal.withOutcome("Mia will feed herself at breakfast"));
        Family theirs = withGoal(base, 0, goal.withOutcome("Mia will use a spoon for half her breakfast"));

        FamilyMerge merge = FamilyMerge.of(base, mine, theirs);
        Difference outcome = merge.differences().get(0);

        assertThat(merge.differences()).hasSize(1);
        assertThat(outcome.bothChanged()).isTrue();
        assertThat(outcome.text()).isTrue();
        assertThat(outcome.preset()).isEmpty();
        assertThat(merge.isDecided(Map.of())).isFalse();
        // Undecided, nothing of mine is dropped.
        assertThat(merge.result(Map.of()).goals().get(0).outcome()).isEqualTo("Mia will feed herself at breakfast");
        assertThat(merge.result(Map.of(outcome.id(), Choice.THEIRS)).goals().get(0).outcome())
                .isEqualTo("Mia will use a spoon for half her breakfast");
        assertThat(merge.result(Map.of(outcome.id(), Choice.BOTH)).goals().get(0).outcome())
                .isEqualTo("Mia will feed herself at breakfast\nMia will use a spoon for half her breakfast");
        assertThat(merge.isDecided(Map.of(outcome.id(), Choice.MINE))).isTrue();
    }

    @Test
    void changesToOtherPartsAndPartsAddedOnEitherSideAreAllKept() {
        // Mine: new hopes and a new caregiver; theirs: a new routine and the second goal's outcome.
        Family mine = base.toBuilder()
                .about(new AboutUs("Curious", "Bubbles", "Sleeps well", "Meals", "My hopes " + TestFamilies.HARD_TEXT))
                .caregivers(append(base.caregivers(), new Caregiver(null, "David", "Father", "English", false, "", true)))
                .build();
        Routine bath = new Routine(null, "bath", "Bath time", "18:30", "", 3, List.of());
        Family theirs = withGoal(base, 1, base.goals().get(1).withOutcome("Their second outcome"))
                .toBuilder().routines(append(base.routines(), bath)).build();

        FamilyMerge merge = FamilyMerge.of(base, mine, theirs);
        Family merged = merge.result(Map.of());

        assertThat(merged.about().hopes()).isEqualTo("My hopes " + TestFamilies.HARD_TEXT);
        assertThat(merged.about().strengths()).isEqualTo("Curious"); // mine, changed only by me
        assertThat(merged.caregivers()).extracting(Caregiver::name).containsExactly("Lan Nguyễn", "فاطمة", "David");
        assertThat(merged.routines()).extracting(Routine::name).endsWith("Bath time");
        assertThat(merged.goals().get(1).outcome()).isEqualTo("Their second outcome");
        // Shown: only what they changed (the routine they added, the outcome), never what I changed alone.
        assertThat(merge.differences()).extracting(Difference::where)
                .containsExactly("Routine 3 (Bath time)", "Goal 2 (Outcome only) › Outcome");
        // The person may leave their added routine out.
        Difference added = merge.differences().get(0);
        assertThat(added.mine()).isEqualTo("(not there)");
        assertThat(added.theirs()).contains("Bath time").contains("18:30");
        assertThat(merge.result(Map.of(added.id(), Choice.MINE)).routines()).extracting(Routine::name)
                .doesNotContain("Bath time");
    }

    @Test
    void aPartOneRemovedAndTheOtherChangedIsAskedAbout() {
        Caregiver gran = base.caregivers().get(1);
        Family mine = base.toBuilder().caregivers(List.of(base.caregivers().get(0))).build();
        Family theirs = base.toBuilder().caregivers(List.of(base.caregivers().get(0),
                new Caregiver(gran.id(), gran.name(), gran.relationship(), gran.preferredLanguage(), true,
                        "0400 111 222", true))).build();

        FamilyMerge merge = FamilyMerge.of(base, mine, theirs);
        Difference d = merge.differences().get(0);

        assertThat(merge.differences()).hasSize(1);
        assertThat(d.where()).isEqualTo("Caregiver 2 (فاطمة)");
        assertThat(d.bothChanged()).isTrue();
        assertThat(d.mine()).isEqualTo("(not there)");
        assertThat(d.theirs()).contains("0400 111 222");
        assertThat(merge.result(Map.of(d.id(), Choice.MINE)).caregivers()).hasSize(1);
        assertThat(merge.result(Map.of(d.id(), Choice.THEIRS)).caregivers().get(1).contact()).isEqualTo("0400 111 222");
    }

    @Test
    void myNewGoalOrderIsKeptWhenTheyChangedOnlyText() {
        Family mine = base.toBuilder().goals(List.of(base.goals().get(1), base.goals().get(0))).build();
        Family theirs = withGoal(base, 0, base.goals().get(0).toBuilder().criterion("Their criterion").build());

        Family merged = FamilyMerge.of(base, mine, theirs).result(Map.of());

        assertThat(merged.goals()).extracting(Goal::id).containsExactly(base.goals().get(1).id(), base.goals().get(0).id());
        assertThat(merged.goals().get(1).criterion()).isEqualTo("Their criterion");
    }

    @Test
    void theIntakeStepIsMineAndNothingToAskWhenBothMadeTheSameChange() {
        Family mine = base.toBuilder().wizardStep(5).otherAttendees("Interpreter").build();
        Family theirs = base.toBuilder().wizardStep(1).otherAttendees("Interpreter").build();

        FamilyMerge merge = FamilyMerge.of(base, mine, theirs);

        assertThat(merge.differences()).isEmpty();
        assertThat(merge.result(Map.of()).wizardStep()).isEqualTo(5);
        assertThat(merge.result(Map.of()).otherAttendees()).isEqualTo("Interpreter");
    }

    private static <T> List<T> append(List<T> list, T item) {
        List<T> longer = new ArrayList<>(list);
        longer.add(item);
        return longer;
    }
}
