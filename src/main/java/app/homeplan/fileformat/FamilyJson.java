package app.homeplan.fileformat;

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
import app.homeplan.plan.PracticeWeek;
import app.homeplan.plan.Rater;
import app.homeplan.plan.Review;
import app.homeplan.plan.Routine;
import app.homeplan.plan.Strategy;
import app.homeplan.plan.Support;
import app.homeplan.plan.SupportKind;
import app.homeplan.plan.SupportStrength;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Maps a family to the version-1 JSON tree and back, field by field, in the order the file shows
 * them (docs/family-file.md). Tree code rather than annotations keeps the domain records free of
 * Jackson. Reading expects a tree the schema has already accepted: shapes and ranges are checked
 * there, references between parts by {@link Family} itself.
 */
final class FamilyJson {
    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

    private FamilyJson() {
    }

    // --- writing -------------------------------------------------------------------------------

    /** The whole file: format, version, then the family. The store's number for the family is left out. */
    static ObjectNode toTree(Family f) {
        ObjectNode root = NODES.objectNode();
        root.put("format", FamilyFile.FORMAT);
        root.put("version", FamilyFile.VERSION);
        ObjectNode family = root.putObject("family");
        family.put("uid", f.uid());
        family.put("example", f.example());
        family.put("status", lower(f.status()));
        ObjectNode child = family.putObject("child");
        child.put("name", f.child().name());
        child.put("preferredName", f.child().preferredName());
        putDate(child, "dateOfBirth", f.child().dateOfBirth());
        array(family, "caregivers", f.caregivers(), (o, c) -> {
            o.put("id", c.id());
            o.put("name", c.name());
            o.put("relationship", c.relationship());
            o.put("preferredLanguage", c.preferredLanguage());
            o.put("interpreterNeeded", c.interpreterNeeded());
            o.put("contact", c.contact());
            o.put("attended", c.attended());
        });
        array(family, "clinicians", f.clinicians(), (o, c) -> {
            o.put("id", c.id());
            o.put("name", c.name());
            o.put("discipline", c.discipline());
            o.put("contact", c.contact());
        });
        family.put("otherAttendees", f.otherAttendees());
        putDate(family, "meetingDate", f.meetingDate());
        family.put("consentToStore", f.consentToStore());
        ObjectNode about = family.putObject("aboutUs");
        about.put("strengths", f.about().strengths());
        about.put("interests", f.about().interests());
        about.put("goingWell", f.about().goingWell());
        about.put("concerns", f.about().concerns());
        about.put("hopes", f.about().hopes());
        array(family, "supports", f.supports(), (o, s) -> {
            o.put("id", s.id());
            o.put("name", s.name());
            o.put("kind", lower(s.kind()));
            o.put("strength", lower(s.strength()));
            o.put("note", s.note());
        });
        array(family, "routines", f.routines(), (o, r) -> {
            o.put("id", r.id());
            o.put("libraryKey", r.libraryKey());
            o.put("name", r.name());
            o.put("usualTime", r.usualTime());
            o.put("notes", r.notes());
            o.put("satisfaction", r.satisfaction());
            array(o, "concerns", r.concerns(), (co, c) -> {
                co.put("id", c.id());
                co.put("text", c.text());
            });
        });
        java.util.Set<String> concernIds = new java.util.HashSet<>();
        f.routines().forEach(r -> r.concerns().forEach(c -> concernIds.add(c.id())));
        array(family, "goals", f.goals(), (o, g) -> {
            o.put("id", g.id());
            o.put("familyWords", g.familyWords());
            o.put("outcome", g.outcome());
            ArrayNode routineIds = o.putArray("routineIds");
            g.routineIds().forEach(routineIds::add);
            o.put("criterion", g.criterion());
            putDate(o, "targetDate", g.targetDate());
            ObjectNode copm = o.putObject("copm");
            copm.put("importance", g.copm().importance());
            copm.put("performance", g.copm().performance());
            copm.put("satisfaction", g.copm().satisfaction());
            ObjectNode gas = o.putObject("gas");
            gas.put("muchLess", g.gas().muchLess());
            gas.put("somewhatLess", g.gas().somewhatLess());
            gas.put("expected", g.gas().expected());
            gas.put("somewhatMore", g.gas().somewhatMore());
            gas.put("muchMore", g.gas().muchMore());
            gas.put("baseline", g.gas().baseline());
            gas.put("weight", g.gas().weight());
            // The concern a goal grew from may have been deleted since; the link then points nowhere and
            // is written empty, as the reader refuses a reference to a concern that is not there.
            o.put("sourceConcernId", concernIds.contains(g.sourceConcernId()) ? g.sourceConcernId() : "");
            if (g.createdOn() != null) {
                putDate(o, "createdOn", g.createdOn());
            }
            for (Goal.OptionalText text : Goal.OPTIONAL_TEXTS) {
                if (!text.of(g).isEmpty()) { // optional: a file without one is written as before
                    o.put(text.name(), text.of(g));
                }
            }
        });
        array(family, "strategies", f.strategies(), (o, s) -> {
            o.put("id", s.id());
            o.put("goalId", s.goalId());
            o.put("routineId", s.routineId());
            o.put("what", s.what());
            o.put("who", s.who());
            o.put("howOften", s.howOften());
            o.put("libraryKey", s.libraryKey());
        });
        array(family, "reviews", f.reviews(), (o, r) -> {
            o.put("id", r.id());
            putDate(o, "date", r.date());
            o.put("attendees", r.attendees());
            array(o, "ratings", r.ratings(), (ro, rating) -> {
                ro.put("goalId", rating.goalId());
                ro.put("performance", rating.performance());
                ro.put("satisfaction", rating.satisfaction());
                ro.put("gasAttainment", rating.gasAttainment());
                if (rating.status() != null) { // left out while not decided yet
                    ro.put("status", lower(rating.status()));
                }
                ro.put("notes", rating.notes());
                if (rating.ratedBy() != null) {
                    ro.put("ratedBy", lower(rating.ratedBy()));
                }
                if (rating.otherGasAttainment() != null) {
                    ro.put("otherGasAttainment", rating.otherGasAttainment());
                }
            });
            o.put("notes", r.notes());
            if (!r.practice().isEmpty()) {
                array(o, "practice", r.practice(), (po, p) -> {
                    po.put("goalId", p.goalId());
                    po.put("routineId", p.routineId());
                    po.put("week", p.week());
                    po.put("days", p.days());
                });
            }
        });
        putDate(family, "reviewDate", f.reviewDate());
        if (!f.planLanguage().isEmpty()) {
            family.put("planLanguage", f.planLanguage());
        }
        if (f.planBilingual()) {
            family.put("planBilingual", true); // written only when chosen: older files stay as they were
        }
        family.put("wizardStep", f.wizardStep());
        if (f.isCopy()) {
            family.put("copyOf", f.copyOf());
        }
        family.put("createdAt", f.createdAt().toString());
        family.put("updatedAt", f.updatedAt().toString());
        return root;
    }

    private interface Filler<T> {
        void fill(ObjectNode node, T value);
    }

    private static <T> void array(ObjectNode parent, String field, List<T> values, Filler<T> filler) {
        ArrayNode array = parent.putArray(field);
        for (T value : values) {
            filler.fill(array.addObject(), value);
        }
    }

    private static void putDate(ObjectNode node, String field, LocalDate date) {
        if (date == null) {
            node.putNull(field);
        } else {
            node.put(field, date.toString());
        }
    }

    private static String lower(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }

    // --- reading -------------------------------------------------------------------------------

    /**
     * The family in a version-1 tree the schema accepted. Fields left out take their empty value.
     * Throws {@link app.homeplan.plan.PlanValidationException} when parts do not fit together.
     */
    static Family fromTree(JsonNode root) {
        JsonNode f = root.path("family");
        JsonNode c = f.path("child");
        Family.Builder builder = Family.builder(new Child(text(c, "name"), text(c, "preferredName"), date(c, "dateOfBirth")))
                .uid(text(f, "uid"))
                .example(f.path("example").asBoolean(false))
                .status(enumValue(f, "status", PlanStatus.class, PlanStatus.DRAFT))
                .caregivers(list(f, "caregivers", o -> new Caregiver(text(o, "id"), text(o, "name"),
                        text(o, "relationship"), text(o, "preferredLanguage"), o.path("interpreterNeeded").asBoolean(false),
                        text(o, "contact"), o.path("attended").asBoolean(false))))
                .clinicians(list(f, "clinicians", o -> new Clinician(text(o, "id"), text(o, "name"),
                        text(o, "discipline"), text(o, "contact"))))
                .otherAttendees(text(f, "otherAttendees"))
                .meetingDate(date(f, "meetingDate"))
                .consentToStore(f.path("consentToStore").asBoolean(false))
                .about(aboutUs(f.path("aboutUs")))
                .supports(list(f, "supports", o -> new Support(text(o, "id"), text(o, "name"),
                        enumValue(o, "kind", SupportKind.class, SupportKind.INFORMAL),
                        enumValue(o, "strength", SupportStrength.class, SupportStrength.MODERATE), text(o, "note"))))
                .routines(list(f, "routines", o -> new Routine(text(o, "id"), text(o, "libraryKey"), text(o, "name"),
                        text(o, "usualTime"), text(o, "notes"), integer(o, "satisfaction"),
                        list(o, "concerns", co -> new Concern(text(co, "id"), text(co, "text"))))))
                .goals(list(f, "goals", FamilyJson::goal))
                .strategies(list(f, "strategies", o -> new Strategy(text(o, "id"), text(o, "goalId"), text(o, "routineId"),
                        text(o, "what"), text(o, "who"), text(o, "howOften"), text(o, "libraryKey"))))
                .reviews(list(f, "reviews", o -> new Review(text(o, "id"), date(o, "date"), text(o, "attendees"),
                        list(o, "ratings", r -> new GoalRating(text(r, "goalId"), integer(r, "performance"),
                                integer(r, "satisfaction"), integer(r, "gasAttainment"),
                                enumValue(r, "status", GoalStatus.class, null), text(r, "notes"),
                                enumValue(r, "ratedBy", Rater.class, null), integer(r, "otherGasAttainment"))),
                        text(o, "notes"),
                        list(o, "practice", p -> new PracticeWeek(text(p, "goalId"), text(p, "routineId"),
                                p.path("week").asInt(), p.path("days").asInt())))))
                .reviewDate(date(f, "reviewDate"))
                .planLanguage(text(f, "planLanguage"))
                .planBilingual(f.path("planBilingual").asBoolean(false))
                .wizardStep(f.path("wizardStep").asInt(0))
                .copyOf(text(f, "copyOf"));
        Instant created = instant(f, "createdAt");
        builder.createdAt(created);
        builder.updatedAt(f.has("updatedAt") ? instant(f, "updatedAt") : created);
        return builder.build();
    }

    private static AboutUs aboutUs(JsonNode o) {
        return new AboutUs(text(o, "strengths"), text(o, "interests"), text(o, "goingWell"), text(o, "concerns"),
                text(o, "hopes"));
    }

    private static Goal goal(JsonNode o) {
        JsonNode copm = o.path("copm");
        JsonNode gas = o.path("gas");
        List<String> routineIds = new ArrayList<>();
        o.path("routineIds").forEach(id -> routineIds.add(id.asText()));
        Goal.Builder goal = Goal.builder().id(text(o, "id")).familyWords(text(o, "familyWords")).outcome(text(o, "outcome"))
                .routineIds(routineIds).criterion(text(o, "criterion")).targetDate(date(o, "targetDate"))
                .copm(new CopmRating(integer(copm, "importance"), integer(copm, "performance"),
                        integer(copm, "satisfaction")))
                .gas(new GasScale(text(gas, "muchLess"), text(gas, "somewhatLess"), text(gas, "expected"),
                        text(gas, "somewhatMore"), text(gas, "muchMore"), integer(gas, "baseline"),
                        integer(gas, "weight")))
                .sourceConcernId(text(o, "sourceConcernId")).createdOn(date(o, "createdOn"));
        for (Goal.OptionalText text : Goal.OPTIONAL_TEXTS) {
            text.set().apply(goal, text(o, text.name()));
        }
        return goal.build();
    }

    private static <T> List<T> list(JsonNode parent, String field, Function<JsonNode, T> reader) {
        List<T> values = new ArrayList<>();
        parent.path(field).forEach(node -> values.add(reader.apply(node)));
        return values;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isTextual() ? value.textValue() : "";
    }

    private static Integer integer(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isNumber() ? Integer.valueOf(value.intValue()) : null;
    }

    private static LocalDate date(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isTextual() ? LocalDate.parse(value.textValue()) : null;
    }

    /** A moment the file gave, or null (the family then takes "now"). */
    private static Instant instant(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isTextual() ? Instant.parse(value.textValue()) : null;
    }

    private static <E extends Enum<E>> E enumValue(JsonNode node, String field, Class<E> type, E absent) {
        JsonNode value = node.path(field);
        return value.isTextual() ? Enum.valueOf(type, value.textValue().toUpperCase(Locale.ROOT)) : absent;
    }
}
