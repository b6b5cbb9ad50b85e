package app.homeplan.library;

import app.homeplan.i18n.Messages;
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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The example family every new database starts with: a complete, realistic plan (8 routines, 4 goals
 * with strategies, ratings and one review) so a new user can explore before the first real intake.
 * Dates are relative to the day it is created, so its review is never long overdue.
 */
public final class ExampleFamily {
    private ExampleFamily() {
    }

    public static Family create() {
        return create(LocalDate.now());
    }

    public static Family create(LocalDate today) {
        LocalDate meeting = today.minusDays(91);
        Routine waking = routine("waking_up", "waking");
        Routine breakfast = routine("breakfast", "breakfast", "concern1", "concern2");
        Routine dressing = routine("dressing", "dressing", "concern1");
        Routine car = routine("car", "car");
        Routine play = routine("play_home", "play", "concern1");
        Routine dinner = routine("dinner", "dinner", "concern1");
        Routine bath = routine("bath", "bath");
        Routine bedtime = routine("bedtime", "bedtime", "concern1");
        List<Routine> routines = List.of(waking, breakfast, dressing, car, play, dinner, bath, bedtime)
                .stream().map(r -> r.withSatisfaction(satisfaction(r.libraryKey()))).toList();

        Goal feeding = goal(1, meeting, breakfast.concerns().get(0).id(), new CopmRating(9, 3, 2),
                gas(1, -1, 3), breakfast, dinner);
        Goal asking = goal(2, meeting, play.concerns().get(0).id(), new CopmRating(10, 2, 2),
                gas(2, -1, 2), breakfast, play, bath);
        Goal dressingGoal = goal(3, meeting, dressing.concerns().get(0).id(), new CopmRating(7, 3, 3),
                GasScale.NONE, dressing);
        Goal sleeping = goal(4, meeting, bedtime.concerns().get(0).id(), new CopmRating(8, 2, 1),
                GasScale.NONE, bath, bedtime);

        List<Strategy> strategies = new ArrayList<>();
        strategies.add(strategy(feeding, breakfast, "g1.breakfast1", "mum", "everyMeal"));
        strategies.add(strategy(feeding, breakfast, "g1.breakfast2", "mum", "everyDay"));
        strategies.add(strategy(feeding, dinner, "g1.dinner1", "everyone", "everyDay"));
        strategies.add(strategy(asking, breakfast, "g2.breakfast1", "everyone", "everyMeal"));
        strategies.add(strategy(asking, play, "g2.play1", "dad", "everyDay"));
        strategies.add(strategy(asking, bath, "g2.bath1", "dad", "everyNight"));
        strategies.add(strategy(dressingGoal, dressing, "g3.dressing1", "mum", "weekdays"));
        strategies.add(strategy(dressingGoal, dressing, "g3.dressing2", "dad", "everyDay"));
        strategies.add(strategy(sleeping, bath, "g4.bath1", "dad", "everyNight"));
        strategies.add(strategy(sleeping, bedtime, "g4.bedtime1", "mum", "everyNight"));
        strategies.add(strategy(sleeping, bedtime, "g4.bedtime2", "everyone", "everyNight"));

        Review review = new Review(null, today.minusDays(7), text("review.attendees"), List.of(
                new GoalRating(feeding.id(), 7, 8, 1, GoalStatus.CONTINUING, text("review.g1")),
                new GoalRating(asking.id(), 5, 6, 0, GoalStatus.CONTINUING, text("review.g2")),
                new GoalRating(dressingGoal.id(), 4, 4, null, GoalStatus.REVISED, text("review.g3")),
                new GoalRating(sleeping.id(), 6, 7, null, GoalStatus.CONTINUING, text("review.g4"))),
                text("review.notes"));

        return Family.builder(new Child(text("child.name"), text("child.preferred"), today.minusYears(3).minusMonths(7)))
                .example(true)
                .status(PlanStatus.ACTIVE)
                .caregivers(List.of(
                        new Caregiver(null, text("caregiver1.name"), text("caregiver1.relationship"),
                                text("caregiver1.language"), true, text("caregiver1.contact"), true),
                        new Caregiver(null, text("caregiver2.name"), text("caregiver2.relationship"),
                                text("caregiver2.language"), false, text("caregiver2.contact"), true)))
                .clinicians(List.of(
                        new Clinician(null, text("clinician1.name"), text("clinician1.discipline"), text("clinician1.contact")),
                        new Clinician(null, text("clinician2.name"), text("clinician2.discipline"), text("clinician2.contact"))))
                .otherAttendees(text("attendees"))
                .meetingDate(meeting)
                .consentToStore(true)
                .about(new AboutUs(text("about.strengths"), text("about.interests"), text("about.goingWell"),
                        text("about.concerns"), text("about.hopes")))
                .supports(List.of(
                        new Support(null, text("support1.name"), SupportKind.INFORMAL, SupportStrength.STRONG, text("support1.note")),
                        new Support(null, text("support2.name"), SupportKind.FORMAL, SupportStrength.STRONG, text("support2.note")),
                        new Support(null, text("support3.name"), SupportKind.FORMAL, SupportStrength.MODERATE, text("support3.note")),
                        new Support(null, text("support4.name"), SupportKind.FORMAL, SupportStrength.WEAK, text("support4.note"))))
                .routines(routines)
                .goals(List.of(feeding, asking, dressingGoal, sleeping))
                .strategies(strategies)
                .reviews(List.of(review))
                .reviewDate(today.plusDays(84))
                .wizardStep(5)
                .build();
    }

    private static String text(String key) {
        return Messages.get("example." + key);
    }

    private static Routine routine(String libraryKey, String exampleKey, String... concernKeys) {
        List<Concern> concerns = new ArrayList<>();
        for (String c : concernKeys) {
            concerns.add(new Concern(null, text("routine." + exampleKey + "." + c)));
        }
        return new Routine(null, libraryKey, Messages.get("library.routine." + libraryKey),
                text("routine." + exampleKey + ".time"), text("routine." + exampleKey + ".notes"), null, concerns);
    }

    private static Integer satisfaction(String libraryKey) {
        return switch (libraryKey) {
            case "breakfast", "dinner", "bedtime", "dressing" -> 2;
            case "play_home" -> 3;
            default -> 4;
        };
    }

    private static GasScale gas(int goal, int baseline, int weight) {
        String p = "goal" + goal + ".gas.";
        return new GasScale(text(p + "m2"), text(p + "m1"), text(p + "0"), text(p + "p1"), text(p + "p2"), baseline, weight);
    }

    private static Goal goal(int n, LocalDate meeting, String concernId, CopmRating copm, GasScale gas,
                             Routine... routines) {
        return Goal.builder().familyWords(text("goal" + n + ".words")).outcome(text("goal" + n + ".outcome"))
                .routineIds(List.of(routines).stream().map(Routine::id).toList())
                .criterion(text("goal" + n + ".criterion")).targetDate(meeting.plusMonths(6)).copm(copm).gas(gas)
                .sourceConcernId(concernId).createdOn(meeting).build();
    }

    private static Strategy strategy(Goal goal, Routine routine, String key, String who, String often) {
        return new Strategy(null, goal.id(), routine.id(), text("strategy." + key), text("who." + who),
                text("often." + often), "");
    }
}
