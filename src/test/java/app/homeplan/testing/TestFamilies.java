package app.homeplan.testing;

import app.homeplan.plan.AboutUs;
import app.homeplan.plan.Caregiver;
import app.homeplan.plan.Child;
import app.homeplan.plan.Clinician;
import app.homeplan.plan.Concern;
import app.homeplan.plan.CopmRating;
import app.homeplan.plan.Family;
import app.homeplan.plan.GasScale;
import app.homeplan.plan.Goal;
import app.homeplan.plan.GoalRating;
import app.homeplan.plan.GoalStatus;
import app.homeplan.plan.PlanStatus;
import app.homeplan.plan.Review;
import app.homeplan.plan.Routine;
import app.homeplan.plan.Strategy;
import app.homeplan.plan.Support;
import app.homeplan.plan.SupportKind;
import app.homeplan.plan.SupportStrength;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Families for tests: every field filled, with hard text where it hurts. */
public final class TestFamilies {
    /** Vietnamese, Arabic (RTL), Chinese, emoji with joiners, combining marks, quotes and markup. */
    public static final String HARD_TEXT = "Nguyễn Thị Ánh \u2014 مريم بنت أحمد \u2014 小明 \u2014 👩‍👧‍👦🧸 \u2014 e\u0301 \u2014 'quotes' \"and\" <b>tags</b> & 100%";

    private TestFamilies() {
    }

    public static String longText(int length) {
        StringBuilder sb = new StringBuilder(length);
        String unit = "Bữa sáng 🥣 بالملعقة 用勺子 ";
        while (sb.length() < length) {
            sb.append(unit);
        }
        // Never end inside the emoji's surrogate pair: a lone surrogate is not text (the store and the
        // family file refuse it), and the fixture is meant to be valid text of exactly this length.
        if (length > 0 && Character.isHighSurrogate(sb.charAt(length - 1))) {
            sb.setCharAt(length - 1, ' ');
        }
        return sb.substring(0, length);
    }

    /** A family with every field set to a non-default value. */
    public static Family everyField() {
        Routine breakfast = new Routine(null, "breakfast", "Breakfast " + HARD_TEXT, "7:00", longText(100_000), 2,
                List.of(new Concern(null, "Does not feed herself " + HARD_TEXT), new Concern(null, "Screams")));
        Routine custom = new Routine(null, "", "Visiting Bà Ngoại", "Sunday 10:00", "Loves the garden", 5, List.of());
        Goal goal = Goal.builder().familyWords("Ăn cùng cả nhà " + HARD_TEXT)
                .outcome("Mia will join in at breakfast by feeding herself")
                .routineIds(List.of(breakfast.id(), custom.id()))
                .criterion("Half her meal with the spoon on 5 of 7 days").targetDate(LocalDate.of(2027, 5, 1))
                .copm(new CopmRating(9, 3, 2))
                .gas(new GasScale("none", "holds spoon", "half meal", "most of meal", "whole meal", -1, 6))
                .sourceConcernId(breakfast.concerns().get(0).id()).shortName("Ăn cùng cả nhà 🥄 مع العائلة").build();
        Goal second = Goal.builder().outcome("Outcome only").routineIds(List.of(custom.id())).build();
        Strategy strategy = new Strategy(null, goal.id(), breakfast.id(), "Thick-handled spoon " + HARD_TEXT,
                "Mẹ (Lan)", "Every meal", "feeding.spoon");
        Strategy other = new Strategy(null, goal.id(), custom.id(), longText(5_000), "Grandmother", "Sundays", "");
        Review review = new Review(null, LocalDate.of(2027, 2, 1), "Lan, David, Sam", List.of(
                new GoalRating(goal.id(), 7, 8, 1, GoalStatus.CONTINUING, "Much better " + HARD_TEXT),
                new GoalRating(second.id(), null, null, null, GoalStatus.STOPPED, "")), "Review notes");
        return Family.builder(new Child("Mia " + HARD_TEXT, "Mimi", LocalDate.of(2022, 3, 14)))
                .status(PlanStatus.ACTIVE)
                .caregivers(List.of(
                        new Caregiver(null, "Lan Nguyễn", "Mother", "Tiếng Việt", true, "lan@example.org\n0400 000 001", true),
                        new Caregiver(null, "فاطمة", "Grandmother", "العربية", false, "", false)))
                .clinicians(List.of(new Clinician(null, "Sam Taylor", "OT", "sam@example.org")))
                .otherAttendees("Bà Hoa")
                .meetingDate(LocalDate.of(2026, 11, 2))
                .consentToStore(true)
                .about(new AboutUs("Curious " + HARD_TEXT, "Bubbles", "Sleeps well", "Meals", longText(100_000)))
                .supports(List.of(new Support(null, "Grandmother", SupportKind.INFORMAL, SupportStrength.STRONG, "Mondays"),
                        new Support(null, "Childcare", SupportKind.FORMAL, SupportStrength.STRESSFUL, "")))
                .routines(List.of(breakfast, custom))
                .goals(List.of(goal, second))
                .strategies(List.of(strategy, other))
                .reviews(List.of(review))
                .reviewDate(LocalDate.of(2027, 2, 14))
                .wizardStep(3)
                .createdAt(Instant.parse("2026-11-02T09:30:00Z"))
                .updatedAt(Instant.parse("2026-11-02T10:45:00Z"))
                .build();
    }
}
