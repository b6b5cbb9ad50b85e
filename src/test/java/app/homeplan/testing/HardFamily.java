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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The family that breaks screens: long names, many routines and goals, Arabic with numbers in it,
 * Vietnamese with its stacked marks, emoji. Screens are laid out and looked at with it.
 * {@code HardFamily.builder().routines(20).goals(12).build()} makes a bigger one.
 */
public final class HardFamily {
    /** Routine names: library routines with the family's long names, typed routines, three scripts. */
    private static final String[][] ROUTINES = {
            {"waking_up", "Thức dậy và chào buổi sáng với bà ngoại", "6:30"},
            {"breakfast", "Breakfast at the big table with everyone 🥣", "7:00"},
            {"dressing", "ارتداء الملابس قبل الساعة 7:30 صباحاً", "7:30"},
            {"car", "The car ride to Grandma Nguyễn's house across town", "8:15"},
            {"drop_off", "Drop-off at kindergarten (Room 3, Ms Trần)", "8:30"},
            {"", "Ở chợ với mẹ vào sáng thứ Bảy 🛒", "Saturday 9:00"},
            {"outdoor_play", "اللعب في الحديقة مع 3 أطفال", "10:30"},
            {"lunch", "Lunch 🍜 phở with Bà", "12:00"},
            {"nap", "Quiet time / nap on the long sofa in the lounge room", "13:00"},
            {"", "Speech-therapy homework with the interpreter (Thứ Tư)", "Wednesday 15:30"},
            {"bath", "Bath time 🛁 with bubbles and the blue cup", "18:45"},
            {"bedtime", "وقت النوم: قصة واحدة ثم 2 أغنية", "19:15"},
    };
    private static final String[] GOALS = {
            "ăn sáng cùng cả nhà mà không cần bế",
            "يريد أن يرتدي حذاءه وحده قبل الساعة 8",
            "Sit at the table for the whole of dinner without running off to the window",
            "Say \"more\" or sign it at snack time 🍪",
            "Chơi với em gái 10 phút",
            "Walk from the car to the kindergarten gate holding a hand",
            "يغسل يديه بعد 2 وجبات",
            "Let Grandma Nguyễn brush his teeth at night without crying (3 of 5 nights)",
            "Tự cởi áo khoác khi vào nhà 🧥",
            "Wait for his turn on the slide at the park with two other children",
            "Go to sleep in his own bed 🛏️ by 8 pm",
            "Tell Mum what he did at kindergarten using 2-word phrases",
    };

    private int routines = 12;
    private int goals = 11;

    private HardFamily() {
    }

    public static HardFamily builder() {
        return new HardFamily();
    }

    /** The standard hard family: 12 routines, 11 goals. */
    public static Family standard() {
        return builder().build();
    }

    /** How many routines (up to 24; after the 12 named ones they repeat with a number). */
    public HardFamily routines(int count) {
        this.routines = count;
        return this;
    }

    /** How many goals (up to 24). */
    public HardFamily goals(int count) {
        this.goals = count;
        return this;
    }

    public Family build() {
        List<Routine> day = new ArrayList<>();
        for (int i = 0; i < routines; i++) {
            String[] r = ROUTINES[i % ROUTINES.length];
            String name = i < ROUTINES.length ? r[1] : r[1] + " (" + (i / ROUTINES.length + 1) + ")";
            List<Concern> concerns = i % 3 == 0
                    ? List.of(new Concern(null, "won't sit at the table"), new Concern(null, "Khóc khi phải dừng chơi 😢"))
                    : List.of();
            day.add(new Routine(null, r[0], name, r[2], i == 1 ? TestFamilies.longText(2_000) : "Notes " + i,
                    1 + i % 5, concerns));
        }
        List<Goal> goalList = new ArrayList<>();
        List<Strategy> strategies = new ArrayList<>();
        for (int g = 0; g < goals; g++) {
            String words = GOALS[g % GOALS.length] + (g < GOALS.length ? "" : " (" + (g / GOALS.length + 1) + ")");
            Routine a = day.get(g % day.size());
            Routine b = day.get((g * 5 + 3) % day.size());
            Goal goal = Goal.inFamilyWords(words)
                    .withOutcome("Minh-Khôi will take part in " + a.name() + " by doing it with less help")
                    .withRoutineIds(List.of(a.id(), b.id()))
                    .withCriterion("On 4 of 5 days for two weeks / في 4 من 5 أيام")
                    .withTargetDate(LocalDate.of(2027, 6, 1).plusWeeks(g))
                    .withCopm(g % 2 == 0 ? new CopmRating(10, 1 + g % 9, 2) : CopmRating.NONE)
                    .withGas(g < 2 ? new GasScale("Needs full help every time", "Needs some help", "Does it with a reminder",
                            "Does it without a reminder", "Does it and helps his sister 👧", -1, 5) : GasScale.NONE);
            goalList.add(goal);
            strategies.add(new Strategy(null, goal.id(), a.id(),
                    "Show the picture card 🖼️ then wait 5 seconds / انتظر 5 ثوانٍ", "Bà ngoại (Grandmother)", "Every day", ""));
            strategies.add(new Strategy(null, goal.id(), b.id(), "Praise every try with a high-five ✋", "Mum (Lan)",
                    "Each time", ""));
        }
        return Family.builder(new Child("Nguyễn Minh-Khôi Alexander-Christopher", "Khôi 🦖", LocalDate.of(2022, 2, 3)))
                .status(PlanStatus.DRAFT)
                .caregivers(List.of(
                        new Caregiver(null, "Lan Nguyễn-Whitfield", "Mother", "Tiếng Việt", true, "lan@example.org", true),
                        new Caregiver(null, "Bà Hoa Trần Thị", "Grandmother", "Tiếng Việt", true, "", false),
                        new Caregiver(null, "فاطمة الزهراء عبد الله", "Interpreter", "العربية", false, "0400 123 456", false)))
                .clinicians(List.of(new Clinician(null, "Dr Alexandra Papadopoulou-Fitzgerald", "Occupational therapist",
                        "alexandra@example.org")))
                .otherAttendees("Ông Tư (grandfather) 👴")
                .meetingDate(LocalDate.of(2026, 11, 2))
                .consentToStore(true)
                .about(new AboutUs("Loves dinosaurs 🦖 and trains; cười rất nhiều", "Bubbles, the blue cup, فقاعات",
                        "Sleeps through most nights", "Crowds, loud hand dryers", TestFamilies.longText(3_000)))
                .supports(List.of(new Support(null, "Bà Hoa (grandmother, every weekday)", SupportKind.INFORMAL,
                        SupportStrength.STRONG, "Mondays to Fridays 8-3"),
                        new Support(null, "Kindergarten Room 3", SupportKind.FORMAL, SupportStrength.STRESSFUL, "")))
                .routines(day)
                .goals(goalList)
                .strategies(strategies)
                .reviews(List.of(new Review(null, LocalDate.of(2027, 2, 1), "Lan, Bà Hoa, فاطمة (interpreter), Dr Alexandra",
                        goalList.stream().limit(4).map(g -> new GoalRating(g.id(), 6, 7, g.gas().isEmpty() ? null : 0,
                                GoalStatus.CONTINUING, "Much better at 🥣 breakfast; أفضل بكثير")).toList(),
                        "Review notes " + TestFamilies.longText(500))))
                .reviewDate(LocalDate.of(2027, 5, 3))
                .build();
    }
}
