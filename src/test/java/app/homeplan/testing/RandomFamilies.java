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
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Random but valid families for property tests: any number of parts, references that fit, ratings in
 * range or unset, and text from every corner of Unicode (emoji with joiners and skin tones, Arabic and
 * Hebrew, combining marks, Chinese, control characters, quotes and backslashes) now and then 100 KB long.
 */
public final class RandomFamilies {
    private static final String[] PIECES = {
        "Mia", "breakfast", " ", "  ", "\n", "\r\n", "\t", "Nguyễn Thị Ánh", "Bữa sáng", "مريم بنت أحمد", "שָׁלוֹם",
        "小明用勺子", "👩‍👧‍👦", "🧸", "👍🏽", "🇻🇳", "e\u0301", "a\u0308\u0323", "\u200f", "\u202e", "\u200d", "\"", "\\", "/", "'",
        "<b>", "&amp;", "{\"format\": 1}", "\u0000", "\u0001", "\u007f", "\u2028", "\u2029", "\ufeff", "\ufffd", "𝄞", "ǅ",
        "ß", "İ", "ﬃ", "0", "-1", "null", "true", "%s", "{0}", "''", "\u00a0",
    };
    private static final GoalStatus[] GOAL_STATUSES = GoalStatus.values();

    private final Random random;

    public RandomFamilies(Random random) {
        this.random = random;
    }

    /** Text of any kind; empty about a fifth of the time, and now and then very long. */
    public String text() {
        int kind = random.nextInt(20);
        if (kind < 4) {
            return "";
        }
        if (kind == 4) {
            return longText();
        }
        StringBuilder sb = new StringBuilder();
        int parts = 1 + random.nextInt(8);
        for (int i = 0; i < parts; i++) {
            if (random.nextBoolean()) {
                sb.append(PIECES[random.nextInt(PIECES.length)]);
            } else {
                sb.appendCodePoint(anyCodePoint());
            }
        }
        return sb.toString();
    }

    private String longText() {
        // Up to about 30,000 characters: long, yet dozens of them stay within FamilyLimits.TOTAL_TEXT.
        int length = 1000 + random.nextInt(30_000);
        StringBuilder sb = new StringBuilder(length + 16);
        while (sb.length() < length) {
            sb.append(PIECES[random.nextInt(PIECES.length)]);
        }
        return sb.toString();
    }

    /** Any Unicode scalar value (never a lone surrogate), weighted towards the ones people type. */
    private int anyCodePoint() {
        int cp;
        do {
            cp = switch (random.nextInt(4)) {
                case 0 -> 0x20 + random.nextInt(0x5f);
                case 1 -> random.nextInt(0x3000);
                case 2 -> random.nextInt(0x10000);
                default -> random.nextInt(0x110000);
            };
        } while (cp >= 0xD800 && cp <= 0xDFFF);
        return cp;
    }

    /** Text for a name-like field: as {@link #text()}, within {@link app.homeplan.plan.FamilyLimits#NAME}. */
    public String shortText() {
        String text = text();
        int limit = app.homeplan.plan.FamilyLimits.NAME;
        return text.codePointCount(0, text.length()) <= limit ? text : text.substring(0, text.offsetByCodePoints(0, limit));
    }

    private String name() {
        String text = shortText();
        return app.homeplan.plan.FamilyLimits.withoutInvisibleJunk(text).isBlank() ? "Child " + text + random.nextInt(1000) : text;
    }

    private Integer maybe(int min, int max) {
        return random.nextInt(4) == 0 ? null : min + random.nextInt(max - min + 1);
    }

    private LocalDate date() {
        return random.nextInt(4) == 0 ? null : LocalDate.ofEpochDay(-20_000 + random.nextInt(70_000));
    }

    private Instant instant() {
        long seconds = 946_684_800L + (long) (random.nextDouble() * 3_000_000_000L);
        int nanos = switch (random.nextInt(4)) {
            case 0 -> 0;
            case 1 -> random.nextInt(1000) * 1_000_000;
            case 2 -> random.nextInt(1_000_000) * 1000;
            default -> random.nextInt(1_000_000_000);
        };
        return Instant.ofEpochSecond(seconds, nanos);
    }

    private <T> List<T> some(int max, Supplier<T> make) {
        int n = random.nextInt(max + 1);
        List<T> values = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            values.add(make.get());
        }
        return values;
    }

    private static String id() {
        return UUID.randomUUID().toString();
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    public Family family() {
        List<Routine> routines = some(6, () -> new Routine(id(), random.nextBoolean() ? "" : shortText(), shortText(), shortText(), text(),
                maybe(Routine.MIN_SATISFACTION, Routine.MAX_SATISFACTION), some(3, () -> new Concern(id(), text()))));
        List<String> routineIds = routines.stream().map(Routine::id).toList();
        List<String> concernIds = routines.stream().flatMap(r -> r.concerns().stream()).map(Concern::id).toList();
        List<Goal> goals = routines.isEmpty() ? List.of() : some(5, () -> {
            List<String> shuffled = new ArrayList<>(routineIds);
            Collections.shuffle(shuffled, random);
            GasScale gas = random.nextInt(3) == 0 ? GasScale.NONE : new GasScale(text(), text(), text(), text(), text(),
                    maybe(GasScale.MIN_LEVEL, GasScale.MAX_LEVEL), maybe(0, GasScale.MAX_WEIGHT));
            return Goal.builder().id(id()).familyWords(text()).outcome(text())
                    .routineIds(shuffled.subList(0, random.nextInt(shuffled.size() + 1))).criterion(text())
                    .targetDate(date()).copm(new CopmRating(maybe(1, 10), maybe(1, 10), maybe(1, 10))).gas(gas)
                    .sourceConcernId(concernIds.isEmpty() || random.nextBoolean() ? "" : pick(concernIds)).build();
        });
        List<Strategy> strategies = goals.isEmpty() ? List.of() : some(6, () -> new Strategy(id(), pick(goals).id(),
                pick(routineIds), text(), shortText(), shortText(), random.nextBoolean() ? "" : shortText()));
        List<Review> reviews = goals.isEmpty() ? List.of() : some(3, () -> {
            List<Goal> rated = new ArrayList<>(goals);
            Collections.shuffle(rated, random);
            List<GoalRating> ratings = rated.subList(0, random.nextInt(rated.size() + 1)).stream()
                    .map(g -> new GoalRating(g.id(), maybe(1, 10), maybe(1, 10), maybe(-2, 2),
                            GOAL_STATUSES[random.nextInt(GOAL_STATUSES.length)], text()))
                    .toList();
            return new Review(id(), LocalDate.ofEpochDay(random.nextInt(40_000)), text(), ratings, text());
        });
        Instant created = instant();
        return Family.builder(new Child(name(), shortText(), date()))
                .uid(id())
                .example(random.nextInt(10) == 0)
                .status(PlanStatus.values()[random.nextInt(PlanStatus.values().length)])
                .caregivers(some(4, () -> new Caregiver(id(), shortText(), shortText(), shortText(), random.nextBoolean(), shortText(),
                        random.nextBoolean())))
                .clinicians(some(3, () -> new Clinician(id(), shortText(), shortText(), shortText())))
                .otherAttendees(text())
                .meetingDate(date())
                .consentToStore(random.nextBoolean())
                .about(new AboutUs(text(), text(), text(), text(), text()))
                .supports(some(4, () -> new Support(id(), shortText(), SupportKind.values()[random.nextInt(2)],
                        SupportStrength.values()[random.nextInt(4)], text())))
                .routines(routines)
                .goals(goals)
                .strategies(strategies)
                .reviews(reviews)
                .reviewDate(date())
                .wizardStep(random.nextInt(6))
                .createdAt(created)
                .updatedAt(random.nextBoolean() ? created : created.plusNanos(random.nextInt(1_000_000_000)))
                .build();
    }
}
