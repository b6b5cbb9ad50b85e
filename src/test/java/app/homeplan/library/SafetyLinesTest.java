package app.homeplan.library;

import static org.assertj.core.api.Assertions.assertThat;

import app.homeplan.i18n.Messages;
import app.homeplan.plan.Child;
import app.homeplan.plan.Family;
import app.homeplan.plan.Goal;
import app.homeplan.plan.Routine;
import app.homeplan.plan.Strategy;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Which fixed safety lines each routine of a plan gets (issue 19). */
class SafetyLinesTest {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

    @BeforeAll
    static void english() {
        Messages.setLocale(Locale.ENGLISH);
    }

    @Test
    void theExampleThreeYearOldGetsWaterMealsAndCarLinesButNoSafeSleepLine() {
        Family mia = ExampleFamily.create(TODAY);
        for (Routine r : mia.routines()) {
            var tags = SafetyLines.tags(mia, r, TODAY);
            switch (r.libraryKey()) {
                case "bath" -> assertThat(tags).containsExactly(SafetyTag.WATER);
                case "breakfast", "dinner" -> assertThat(tags).containsExactly(SafetyTag.MEALS);
                case "car" -> assertThat(tags).containsExactly(SafetyTag.CAR);
                default -> assertThat(tags).as(r.libraryKey()).isEmpty();
            }
        }
        Routine dinner = mia.routines().stream().filter(r -> r.libraryKey().equals("dinner")).findFirst().orElseThrow();
        assertThat(SafetyLines.lines(mia, dinner, TODAY)).containsExactly(
                "Mia eats and drinks sitting upright, with an adult there. If Mia coughs, chokes or has a wet or gurgly "
                        + "voice when eating or drinking, stop and tell your therapist or doctor.",
                Messages.get("library.safety.MEALS.under5", "Mia"));
    }

    @Test
    void aBabyOrAChildOfUnknownAgeGetsTheSafeSleepLineAtNapAndBedtime() {
        Routine nap = Routine.of("nap", "Nap or quiet time");
        Family baby = Family.builder(new Child("Leo", "", TODAY.minusMonths(11).minusDays(20))).meetingDate(TODAY)
                .routines(List.of(nap)).build();
        assertThat(SafetyLines.tags(baby, nap, TODAY)).containsExactly(SafetyTag.SLEEP);
        Family toddler = baby.toBuilder().child(new Child("Leo", "", TODAY.minusMonths(12))).build();
        assertThat(SafetyLines.tags(toddler, nap, TODAY)).isEmpty();
        Family unknown = baby.toBuilder().child(Child.named("Leo")).build();
        assertThat(SafetyLines.tags(unknown, nap, TODAY)).containsExactly(SafetyTag.SLEEP);
    }

    @Test
    void aRoutineTheFamilyNamedGetsLinesFromItsWordsAndFromTheStrategiesUsedInIt() {
        Routine swim = Routine.of("", "Swimming at the pool with Bà");
        Routine cards = Routine.of("", "Card games");
        Routine grandma = Routine.of("", "Visiting Grandma");
        Goal visit = new Goal(null, "Walk to Grandma's", "", List.of(grandma.id()), "", null, null, null, "");
        Strategy walk = new Strategy(null, visit.id(), grandma.id(), "Walk part of the way", "", "", "move.walk_part");
        Family f = Family.builder(new Child("Ana", "", TODAY.minusYears(4))).meetingDate(TODAY)
                .routines(List.of(swim, cards, grandma)).goals(List.of(visit)).strategies(List.of(walk)).build();
        assertThat(SafetyLines.tags(f, swim, TODAY)).containsExactly(SafetyTag.WATER);
        assertThat(SafetyLines.tags(f, cards, TODAY)).isEmpty();
        assertThat(SafetyLines.tags(f, grandma, TODAY)).containsExactly(SafetyTag.ROAD);
        assertThat(SafetyLines.lines(f, grandma, TODAY)).containsExactly(
                "Near roads and car parks: hold Ana's hand, or keep Ana in the pram or stroller.");
    }
}
