package app.homeplan.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.homeplan.testing.TestFamilies;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlanValidationTest {

    @Test
    void routineSatisfactionOutsideOneToFiveIsRefusedWithASentence() {
        assertThatThrownBy(() -> Routine.of("bath", "Bath").withSatisfaction(6))
                .isInstanceOf(PlanValidationException.class)
                .hasMessage("Satisfaction with the routine must be between 1 and 5, not 6.");
        assertThat(Routine.of("bath", "Bath").withSatisfaction(5).satisfaction()).isEqualTo(5);
    }

    @Test
    void copmRatingsAreOneToTen() {
        assertThatThrownBy(() -> new CopmRating(0, 5, 5)).hasMessageContaining("Importance must be between 1 and 10");
        assertThatThrownBy(() -> new CopmRating(5, 11, 5)).hasMessageContaining("Performance");
        assertThat(new CopmRating(10, 1, null).satisfaction()).isNull();
    }

    @Test
    void gasLevelsAreMinusTwoToPlusTwo() {
        assertThatThrownBy(() -> new GasScale("", "", "", "", "", 3, null)).hasMessageContaining("between -2 and 2");
        assertThatThrownBy(() -> new GoalRating("g", null, null, -3, GoalStatus.CONTINUING, ""))
                .hasMessageContaining("GAS attainment");
        assertThat(new GasScale("a", "b", "c", "d", "e", -1, 3).description(2)).isEqualTo("e");
    }

    @Test
    void childNeedsAName() {
        assertThatThrownBy(() -> Child.named("  ")).hasMessage("The child's name is needed.");
    }

    @Test
    void aGoalCannotPointAtARoutineThatIsNotThere() {
        Goal goal = Goal.inFamilyWords("Eat together").withRoutineIds(List.of("missing"));
        assertThatThrownBy(() -> Family.builder(Child.named("Mia")).goals(List.of(goal)).build())
                .hasMessageContaining("Eat together").hasMessageContaining("not in the family's day");
    }

    @Test
    void aStrategyCannotPointAtAGoalThatIsNotThere() {
        Routine bath = Routine.of("bath", "Bath");
        Strategy s = new Strategy(null, "no-goal", bath.id(), "Sing", "Dad", "Daily", "");
        assertThatThrownBy(() -> Family.builder(Child.named("Mia")).routines(List.of(bath)).strategies(List.of(s)).build())
                .isInstanceOf(PlanValidationException.class);
    }

    @Test
    void ageIsShownFromDateOfBirth() {
        Child mia = new Child("Mia", "", LocalDate.of(2022, 3, 14));
        assertThat(mia.ageOn(LocalDate.of(2026, 11, 27)).getYears()).isEqualTo(4);
        assertThat(mia.ageOn(LocalDate.of(2026, 11, 27)).getMonths()).isEqualTo(8);
        assertThat(mia.ageOn(LocalDate.of(2020, 1, 1))).isNull();
    }

    @Test
    void everyFieldFamilyIsValidAndGoalsAreFoundByRoutine() {
        Family f = TestFamilies.everyField();
        Routine custom = f.routines().get(1);
        assertThat(f.goalsIn(custom.id())).hasSize(2);
        assertThat(f.strategiesFor(f.goals().get(0).id(), custom.id())).hasSize(1);
    }

    @Test
    void reviewDueIsSoonWithinTwoWeeksAndOverdueAfter() {
        LocalDate today = LocalDate.of(2026, 11, 27);
        assertThat(ReviewDue.of(null, today)).isEqualTo(ReviewDue.NONE);
        assertThat(ReviewDue.of(today.minusDays(1), today)).isEqualTo(ReviewDue.OVERDUE);
        assertThat(ReviewDue.of(today, today)).isEqualTo(ReviewDue.SOON);
        assertThat(ReviewDue.of(today.plusDays(14), today)).isEqualTo(ReviewDue.SOON);
        assertThat(ReviewDue.of(today.plusDays(15), today)).isEqualTo(ReviewDue.LATER);
    }
}
