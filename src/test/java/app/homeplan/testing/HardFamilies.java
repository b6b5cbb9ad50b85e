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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Families that test the printed plan where it is hardest, as a clinic would really fill them in: an
 * Arabic-speaking family (right to left, numbers in the criteria, an interpreter at the meeting), a
 * family with 12 routines and 11 goals (a long child's name, a long contact), and a stress family of
 * 20 routines and 40 goals. Built from the public record constructors and withers only.
 */
public final class HardFamilies {
    private static final String[] OFTEN = {"Every day", "Every weekday", "Every meal", "At the weekend",
            "Twice a week", "Every night", "Mondays, Wednesdays and Fridays", "Every time"};

    private HardFamilies() {
    }

    /** An Arabic-speaking family: names, goals and strategies in Arabic, an interpreter by phone. */
    public static Family rightToLeft(LocalDate today) {
        LocalDate meeting = today.minusDays(30);
        Routine breakfast = new Routine(null, "breakfast", "الفطور", "7:30", "يأكل مع أخته", 2,
                List.of(new Concern(null, "لا يجلس على الكرسي أكثر من 2 دقيقة")));
        Routine bath = new Routine(null, "bath", "وقت الاستحمام", "18:00", "يحب الماء", 4, List.of());
        Routine bedtime = new Routine(null, "bedtime", "وقت النوم", "19:30", "", 1,
                List.of(new Concern(null, "يستيقظ 3 مرات في الليل")));
        List<Routine> routines = List.of(breakfast, bath, bedtime);
        Goal sitting = Goal.inFamilyWords("يجلس مع العائلة طوال وجبة الفطور")
                .withOutcome("Yusuf will sit with the family for the whole of breakfast")
                .withRoutineIds(List.of(breakfast.id()))
                .withCriterion("يجلس 10 دقائق على الأقل في 5 من 7 أيام")
                .withTargetDate(meeting.plusMonths(6))
                .withCopm(new CopmRating(9, 3, 2))
                .withGas(new GasScale("أقل من 2 دقيقة", "2-5 دقائق", "10 دقائق", "15 دقيقة", "الوجبة كلها", -1, 3));
        Goal sleeping = Goal.inFamilyWords("ينام في سريره طوال الليل")
                .withOutcome("Yusuf will sleep in his own bed through the night")
                .withRoutineIds(List.of(bath.id(), bedtime.id()))
                .withCriterion("ينام في سريره 4 ليالٍ من 7")
                .withCopm(new CopmRating(10, 2, 1));
        List<Strategy> strategies = List.of(
                new Strategy(null, sitting.id(), breakfast.id(), "استخدم مؤقتًا مرئيًا لمدة 5 دقائق ثم زد الوقت",
                        "الأم (مريم)", "Every day", ""),
                new Strategy(null, sleeping.id(), bath.id(), "حمّام دافئ وهادئ قبل النوم", "الأب", "Every night", ""),
                new Strategy(null, sleeping.id(), bedtime.id(), "قصة واحدة ثم إطفاء الضوء", "مريم", "Every night", ""));
        Review review = new Review(null, today.minusDays(2), "مريم، أحمد، المعالجة", List.of(
                new GoalRating(sitting.id(), 5, 6, 0, GoalStatus.CONTINUING, "يجلس الآن 8 دقائق"),
                new GoalRating(sleeping.id(), 3, 3, null, GoalStatus.CONTINUING, "")), "تقدم جيد");
        return Family.builder(new Child("يوسف أحمد الخطيب", "يوسف", today.minusYears(4).minusMonths(2)))
                .status(PlanStatus.ACTIVE)
                .caregivers(List.of(
                        new Caregiver(null, "مريم", "الأم", "العربية", true, "0400 111 222", true),
                        new Caregiver(null, "أحمد", "الأب", "العربية", true, "", false)))
                .clinicians(List.of(new Clinician(null, "Dr Layla Haddad", "Occupational therapist", "layla.haddad@example.org")))
                .otherAttendees("Arabic interpreter (phone)")
                .meetingDate(meeting)
                .consentToStore(true)
                .about(new AboutUs("يحب المساعدة", "السيارات والماء", "يلعب مع أخته", "النوم والأكل", "أن ينام جيدًا"))
                .routines(routines)
                .goals(List.of(sitting, sleeping))
                .strategies(strategies)
                .reviews(List.of(review))
                .reviewDate(today.plusDays(60))
                .build();
    }

    /**
     * Twelve routines and eleven goals, the first in two routines (12 goal-routine rows on a tracker
     * week), a child's name of about 150 characters and a team contact with a long unbroken address.
     */
    public static Family elevenGoals(LocalDate today) {
        String name = "Maximilian Alexander Bartholomew Christopher Fitzgerald-Montgomery Worthington-Smythe "
                + "de la Cruz Hernández Nguyễn O'Sullivan-Papadopoulos";
        return planWith(new Child(name, "", today.minusYears(5).minusMonths(1)), 12, 11, today, false, false);
    }

    /**
     * Twenty routines and forty goals, each in two routines (80 tracker rows a week), one goal of about
     * 5,000 characters with a skin-toned and a family (ZWJ) emoji: far more than any real plan.
     */
    public static Family stress(LocalDate today) {
        return planWith(new Child("Charlotte Evans", "Charlie", today.minusYears(6)), 20, 40, today, true, true);
    }

    private static Family planWith(Child child, int routineCount, int goalCount, LocalDate today, boolean longTexts,
                                   boolean twoRoutinesEach) {
        LocalDate meeting = today.minusDays(45);
        String[] routineNames = {"Waking up", "Breakfast", "Getting dressed", "Brushing teeth", "In the car",
                "At the shops", "Playing at home", "Lunch", "Quiet time", "At the park", "Afternoon snack",
                "Dinner", "Bath time", "Bedtime story", "Bedtime", "Visiting Grandma", "Swimming lessons",
                "Church on Sunday", "Packing up toys", "Walking the dog"};
        List<Routine> routines = new ArrayList<>();
        for (int r = 0; r < routineCount; r++) {
            routines.add(new Routine(null, "", routineNames[r % routineNames.length], (6 + r % 14) + ":00",
                    "Usually " + (r % 2 == 0 ? "calm" : "rushed") + ", " + (r + 2) + " of us there", 1 + r % 5,
                    List.of(new Concern(null, "Hard to get started at " + routineNames[r % routineNames.length].toLowerCase()))));
        }
        String[] goalWords = {
            "Charlie will eat breakfast at the table with the family, using a spoon for most of the meal",
            "Ask for help with words or signs instead of screaming when something is hard",
            "Put on her own shoes and jacket before we leave the house in the morning",
            "Fall asleep in her own bed without one of us lying beside her",
            "Take turns with her brother during a short board game",
            "Brush her teeth for one minute with a little help",
            "Stay next to the trolley at the shops",
            "Sit in her car seat without fighting the straps",
        };
        List<Goal> goals = new ArrayList<>();
        List<Strategy> strategies = new ArrayList<>();
        for (int g = 1; g <= goalCount; g++) {
            String words = goalWords[(g - 1) % goalWords.length] + (g > goalWords.length ? " (part " + g + ")" : "");
            if (longTexts && g == 8) {
                words = "Play with other children at the park 👍🏽 👨‍👩‍👧 " + "and share the slide, the swings and the sandpit ".repeat(100);
            }
            Routine first = routines.get((g - 1) % routineCount);
            Routine second = routines.get((g * 5) % routineCount);
            Goal goal = Goal.inFamilyWords(words)
                    .withOutcome("The child will " + words.toLowerCase().substring(0, Math.min(60, words.length())))
                    .withRoutineIds(twoRoutinesEach || g == 1 ? List.of(first.id(), second.id()) : List.of(first.id()))
                    .withCriterion("On " + (3 + g % 5) + " of 7 days for two weeks")
                    .withTargetDate(meeting.plusMonths(6))
                    .withCopm(new CopmRating(5 + g % 6, 1 + g % 5, 1 + g % 4))
                    .withGas(g % 3 == 0 ? GasScale.NONE
                            : new GasScale("Not at all", "With a lot of help", "With a little help on most days",
                                    "On her own on most days", "On her own every day", -1, 1 + g % 4));
            goals.add(goal);
            for (String routineId : goal.routineIds()) {
                String what = longTexts && g % 9 == 0
                        ? "Show her a picture card of the next step, wait, then help only as much as needed. ".repeat(12)
                        : "Show a picture of the next step and wait five seconds before helping";
                strategies.add(new Strategy(null, goal.id(), routineId, what, g % 2 == 0 ? "Mum (Sarah)" : g % 3 == 0 ? "Sarah" : "Dad",
                        OFTEN[g % OFTEN.length], ""));
            }
        }
        List<GoalRating> ratings = goals.stream()
                .map(g -> new GoalRating(g.id(), 4, 5, g.gas().isEmpty() ? null : 0, GoalStatus.CONTINUING, "Steady"))
                .toList();
        return Family.builder(child)
                .status(PlanStatus.ACTIVE)
                .caregivers(List.of(
                        new Caregiver(null, "Sarah", "Mum", "English", false, "0400 123 456", true),
                        new Caregiver(null, "Tom", "Dad", "English", false, "", true)))
                .clinicians(List.of(
                        new Clinician(null, "Priya Raman", "Occupational therapist",
                                "priya.raman.occupational.therapy.early.intervention@childrens-services.example.org"),
                        new Clinician(null, "Ben Okafor", "Speech pathologist", "0400 987 654")))
                .otherAttendees("Grandma Jean; Sarah's sister")
                .meetingDate(meeting)
                .consentToStore(true)
                .about(new AboutUs("Determined and funny", "Dinosaurs, swings, water play", "Mornings with Grandma",
                        "Meals and bedtime take a long time", "That she can join in at school next year"))
                .routines(routines)
                .goals(goals)
                .strategies(strategies)
                .reviews(List.of(new Review(null, today.minusDays(3), "Sarah, Tom, Priya", ratings, "All goals continue")))
                .reviewDate(today.plusDays(40))
                .build();
    }
}
