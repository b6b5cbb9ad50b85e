package app.homeplan.store;

import app.homeplan.i18n.Messages;
import app.homeplan.plan.Family;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Puts together what two people changed in one family at the same time (clinic mode: a save refused
 * because someone else saved a newer change). From the version both started from, this person's version
 * and the one the database holds now, field by field:
 * <ul>
 *   <li>what only this person changed is kept, without asking;</li>
 *   <li>what only the other person changed is taken, and shown (they may keep their own instead);</li>
 *   <li>what both changed, differently, is shown and waits for a choice: keep mine, take theirs or, for
 *       text, both (mine, then theirs).</li>
 * </ul>
 * Parts of a family (caregivers, routines, concerns, goals, strategies, reviews ...) are matched by their
 * id, so one added or removed on either side is a single difference. Nothing typed is dropped unless the
 * person chooses so. Works on the plan's records as they are declared: a new field of a record takes part
 * with no change here (it needs only its label, {@code clinic.conflict.field.<Record>.<field>}).
 */
public final class FamilyMerge {
    /** What to keep of one difference. */
    public enum Choice {
        MINE, THEIRS, BOTH
    }

    /**
     * One field, or one whole part added or removed, that the other person changed.
     *
     * @param id          stable within this merge (for choices)
     * @param partKey     the part it belongs to: {@code family}, or {@code table:uid} (goal:..., routine:...)
     * @param where       the field as the person knows it: "Goal 2 (Get dressed) › Outcome"
     * @param mine        this person's value as text ("(not there)" for a part they do not have)
     * @param theirs      the other person's value as text
     * @param bothChanged true when both changed it: no side is chosen until the person chooses
     * @param text        true when both can be kept (a text field)
     */
    public record Difference(String id, String partKey, String where, String mine, String theirs,
                             boolean bothChanged, boolean text) {
        /** The side taken unless the person chooses: the other person's, when only they changed it. */
        public Optional<Choice> preset() {
            return bothChanged ? Optional.empty() : Optional.of(Choice.THEIRS);
        }
    }

    /** Family fields that are not edited: taken from the database (the save stamps the time anyway). */
    private static final Set<String> THEIRS_ALWAYS = Set.of("id", "uid", "example", "createdAt", "updatedAt");
    /** The intake step this person is on stays theirs to keep: it is not a change anyone chooses between. */
    private static final String OWN_STEP = "wizardStep";
    /** Texts kept "both" one under the other; other text fields (names, times) get "mine / theirs". */
    private static final Set<String> LONG_TEXTS = Set.of("notes", "note", "strengths", "interests", "goingWell",
            "concerns", "hopes", "familyWords", "outcome", "criterion", "what", "attendees", "text", "otherAttendees",
            "muchLess", "somewhatLess", "expected", "somewhatMore", "muchMore");

    private final Family base;
    private final Family mine;
    private final Family theirs;
    private final List<Difference> differences = new ArrayList<>();

    private FamilyMerge(Family base, Family mine, Family theirs) {
        this.base = base;
        this.mine = mine;
        this.theirs = theirs;
    }

    /** Compares the three versions of one family. */
    public static FamilyMerge of(Family base, Family mine, Family theirs) {
        FamilyMerge merge = new FamilyMerge(base, mine, theirs);
        merge.merge(Map.of(), merge.differences);
        return merge;
    }

    /** What the other person changed, in the order the family is shown (its details, then part by part). */
    public List<Difference> differences() {
        return List.copyOf(differences);
    }

    /** True when every difference has a side, preset or chosen. */
    public boolean isDecided(Map<String, Choice> choices) {
        return differences.stream().allMatch(d -> choices.containsKey(d.id()) || d.preset().isPresent());
    }

    /**
     * The family to save: both people's changes, each difference as chosen (else as preset; an
     * undecided one keeps this person's, so nothing they typed is dropped by omission).
     */
    public Family result(Map<String, Choice> choices) {
        return (Family) merge(choices, null);
    }

    // --- the walk: once to find the differences, once to build the result ---------------------------

    private Object merge(Map<String, Choice> choices, List<Difference> found) {
        return new Walk(choices, found).record(base, mine, theirs, "family", List.of(), "");
    }

    private final class Walk {
        private final Map<String, Choice> choices;
        private final List<Difference> found;

        Walk(Map<String, Choice> choices, List<Difference> found) {
            this.choices = choices;
            this.found = found;
        }

        /** A record both changed: field by field. */
        Object record(Object b, Object m, Object t, String partKey, List<String> where, String id) {
            Class<?> type = t.getClass();
            RecordComponent[] components = type.getRecordComponents();
            Object[] values = new Object[components.length];
            for (int i = 0; i < components.length; i++) {
                RecordComponent rc = components[i];
                String name = rc.getName();
                Object bv = b == null ? null : get(rc, b);
                Object mv = get(rc, m);
                Object tv = get(rc, t);
                if (type == Family.class && THEIRS_ALWAYS.contains(name)) {
                    values[i] = tv;
                } else if (type == Family.class && OWN_STEP.equals(name)) {
                    values[i] = mv;
                } else if (name.equals("id") && i == 0) {
                    values[i] = tv;
                } else {
                    values[i] = value(bv, mv, tv, type, name, partKey, where, id + "/" + name);
                }
            }
            return construct(type, values);
        }

        private Object value(Object b, Object m, Object t, Class<?> owner, String name, String partKey,
                             List<String> where, String id) {
            if (Objects.equals(m, t)) {
                return m;
            }
            if (Objects.equals(m, b)) {
                // Only they changed it. A list of parts is matched part by part so each shows on its own.
                if (t instanceof List<?> tl && isPartList(tl, m)) {
                    return parts((List<?>) b, (List<?>) m, tl, where, id);
                }
                if (t != null && t.getClass().isRecord() && b != null) {
                    return record(b, m, t, partKey, append(where, label(owner, name)), id);
                }
                return leaf(b, m, t, owner, name, partKey, where, id, false);
            }
            if (Objects.equals(t, b)) {
                return m; // only this person changed it: kept, nothing to ask
            }
            if (t instanceof List<?> tl && isPartList(tl, m)) {
                return parts((List<?>) b, (List<?>) m, tl, where, id);
            }
            if (t != null && m != null && b != null && t.getClass().isRecord()) {
                return record(b, m, t, partKey, append(where, label(owner, name)), id);
            }
            return leaf(b, m, t, owner, name, partKey, where, id, true);
        }

        private Object leaf(Object b, Object m, Object t, Class<?> owner, String name, String partKey,
                            List<String> where, String id, boolean both) {
            boolean text = (m == null || m instanceof String) && (t == null || t instanceof String);
            note(new Difference(id, partKey, where(append(where, label(owner, name))), describe(m, name, mine),
                    describe(t, name, theirs), both, text));
            return switch (choice(id, both)) {
                case MINE -> m;
                case THEIRS -> t;
                case BOTH -> joined((String) m, (String) t, name);
            };
        }

        /** Parts matched by id: kept, added or removed on either side, each changed one field by field. */
        private List<Object> parts(List<?> b, List<?> m, List<?> t, List<String> where, String id) {
            Map<String, Object> bs = byId(b);
            Map<String, Object> ms = byId(m);
            Map<String, Object> ts = byId(t);
            // Their order, unless only this person reordered what both have (goal priorities, say).
            List<String> order = new ArrayList<>(ts.keySet());
            List<String> common = ms.keySet().stream().filter(k -> bs.containsKey(k) && ts.containsKey(k)).toList();
            List<String> baseCommon = bs.keySet().stream().filter(common::contains).toList();
            List<String> theirCommon = ts.keySet().stream().filter(common::contains).toList();
            if (!common.equals(baseCommon) && theirCommon.equals(baseCommon)) {
                order = new ArrayList<>(ms.keySet());
                ts.keySet().stream().filter(k -> !ms.containsKey(k)).forEach(order::add);
            } else {
                ms.keySet().stream().filter(k -> !ts.containsKey(k)).forEach(order::add);
            }
            Set<String> all = new LinkedHashSet<>(order);
            List<Object> result = new ArrayList<>();
            for (String uid : all) {
                Object bv = bs.get(uid);
                Object mv = ms.get(uid);
                Object tv = ts.get(uid);
                Object any = tv != null ? tv : mv;
                String partKey = table(any) + ":" + uid;
                int position = (tv != null ? new ArrayList<>(ts.keySet()) : new ArrayList<>(ms.keySet())).indexOf(uid) + 1;
                // Named as this person knows it: their own version's words, else the other's.
                List<String> partWhere = append(where, Messages.get("clinic.conflict.part." + table(any), position,
                        summary(mv != null ? mv : tv)));
                String partId = id + "/" + uid;
                Object kept;
                if (mv != null && tv != null) {
                    kept = Objects.equals(mv, tv) ? mv
                            : Objects.equals(mv, bv) || Objects.equals(tv, bv) || bv == null
                            ? value(bv, mv, tv, any.getClass(), "", partKey, partWhere, partId)
                            : record(bv, mv, tv, partKey, partWhere, partId);
                } else if (Objects.equals(mv == null ? tv : mv, bv)) {
                    kept = null; // removed by one side, untouched by the other: removed (shown when they removed it)
                    if (tv == null) {
                        kept = whole(bv, mv, null, partKey, partWhere, partId, false);
                    }
                } else if (bv == null) {
                    // Added by one side only: this person's is kept silently, theirs is shown.
                    kept = mv != null ? mv : whole(null, null, tv, partKey, partWhere, partId, false);
                } else {
                    // Removed by one side, changed by the other.
                    kept = whole(bv, mv, tv, partKey, partWhere, partId, true);
                }
                if (kept != null) {
                    result.add(kept);
                }
            }
            return result;
        }

        /** A whole part one side has and the other not. */
        private Object whole(Object b, Object m, Object t, String partKey, List<String> where, String id, boolean both) {
            note(new Difference(id, partKey, where(where), describe(m, "", mine), describe(t, "", theirs), both, false));
            return choice(id, both) == Choice.THEIRS ? t : m;
        }

        private Choice choice(String id, boolean both) {
            Choice chosen = choices.get(id);
            return chosen != null ? chosen : both ? Choice.MINE : Choice.THEIRS;
        }

        private void note(Difference difference) {
            if (found != null) {
                found.add(difference);
            }
        }
    }

    // --- helpers ----------------------------------------------------------------------------------

    private static Object get(RecordComponent rc, Object record) {
        try {
            return rc.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + rc, e);
        }
    }

    private static Object construct(Class<?> type, Object[] values) {
        Class<?>[] types = java.util.Arrays.stream(type.getRecordComponents()).map(RecordComponent::getType)
                .toArray(Class<?>[]::new);
        try {
            Constructor<?> canonical = type.getDeclaredConstructor(types);
            return canonical.newInstance(values);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException invalid) {
                throw invalid; // the record's own check (a PlanValidationException): a sentence
            }
            throw new IllegalStateException(e);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot build " + type, e);
        }
    }

    /** A list of the family's parts: records whose first field is their id. */
    private static boolean isPartList(List<?> list, Object other) {
        List<?> any = !list.isEmpty() ? list : other instanceof List<?> o ? o : List.of();
        if (any.isEmpty() || !any.get(0).getClass().isRecord()) {
            return false;
        }
        RecordComponent[] rc = any.get(0).getClass().getRecordComponents();
        return rc.length > 0 && rc[0].getName().equals("id") && rc[0].getType() == String.class;
    }

    private static Map<String, Object> byId(List<?> list) {
        Map<String, Object> map = new LinkedHashMap<>();
        if (list != null) {
            for (Object item : list) {
                map.put((String) get(item.getClass().getRecordComponents()[0], item), item);
            }
        }
        return map;
    }

    /** The part's table, as the store names it: the record's name in lower case (goal, routine ...). */
    private static String table(Object part) {
        return part.getClass().getSimpleName().toLowerCase(java.util.Locale.ROOT);
    }

    /** A part in a few words: its first text that is not empty (a goal's words, a routine's name). */
    private static String summary(Object part) {
        if (part instanceof app.homeplan.plan.Goal goal) {
            return goal.headline();
        }
        for (RecordComponent rc : part.getClass().getRecordComponents()) {
            if (!rc.getName().equals("id") && !rc.getName().equals("libraryKey") && get(rc, part) instanceof String s
                    && !s.isBlank()) {
                return s.length() > 40 ? s.substring(0, 39) + "…" : s;
            }
        }
        return "";
    }

    /** A GAS scale's levels, -2 to +2, as {@link app.homeplan.plan.GasScale} names them. */
    private static final List<String> GAS_LEVELS = List.of("muchLess", "somewhatLess", "expected", "somewhatMore",
            "muchMore");

    private static String label(Class<?> owner, String field) {
        if (owner == app.homeplan.plan.GasScale.class && GAS_LEVELS.contains(field)) {
            // The level's name as everywhere else (review.gas.level.*), with its number.
            int level = GAS_LEVELS.indexOf(field);
            return Messages.get("clinic.conflict.field.GasScale.level", Messages.get("review.gas.level." + level),
                    (level > 2 ? "+" : "") + (level - 2));
        }
        return field.isEmpty() ? "" : Messages.get("clinic.conflict.field." + owner.getSimpleName() + "." + field);
    }

    private static List<String> append(List<String> where, String label) {
        if (label.isEmpty()) {
            return where;
        }
        List<String> longer = new ArrayList<>(where);
        longer.add(label);
        return longer;
    }

    private static String where(List<String> where) {
        return String.join(" › ", where);
    }

    private static String joined(String m, String t, String field) {
        String mineText = m == null ? "" : m;
        String theirText = t == null ? "" : t;
        if (mineText.isBlank() || theirText.isBlank()) {
            return mineText.isBlank() ? theirText : mineText;
        }
        return mineText + (LONG_TEXTS.contains(field) ? "\n" : " / ") + theirText;
    }

    /** A value as the person reads it: names for ids, words for choices, the date as dates are shown. */
    static String describe(Object value, String field, Family in) {
        if (value == null) {
            return Messages.get("clinic.conflict.none");
        }
        if (value instanceof String s) {
            if (field.equals("routineId")) {
                return in.routine(s).map(r -> r.name()).orElse(s);
            }
            if (field.equals("goalId")) {
                return in.goal(s).map(g -> g.headline()).orElse(s);
            }
            return s.isEmpty() ? Messages.get("clinic.conflict.empty") : s;
        }
        if (value instanceof Boolean b) {
            return Messages.get(b ? "clinic.conflict.yes" : "clinic.conflict.no");
        }
        if (value instanceof LocalDate d) {
            return d.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM));
        }
        if (value instanceof Enum<?> e) {
            try {
                return Messages.get((String) e.getClass().getMethod("messageKey").invoke(e));
            } catch (ReflectiveOperationException noKey) {
                return e.name();
            }
        }
        if (value instanceof List<?> list) {
            if (field.equals("routineIds")) {
                return list.isEmpty() ? Messages.get("clinic.conflict.empty") : list.stream()
                        .map(id -> in.routine((String) id).map(r -> r.name()).orElse((String) id))
                        .collect(Collectors.joining(", "));
            }
            return list.isEmpty() ? Messages.get("clinic.conflict.empty")
                    : list.stream().map(x -> describe(x, "", in)).collect(Collectors.joining("; "));
        }
        if (value.getClass().isRecord()) {
            List<String> parts = new ArrayList<>();
            for (RecordComponent rc : value.getClass().getRecordComponents()) {
                Object v = get(rc, value);
                if (rc.getName().equals("id") || v == null || (v instanceof String s && s.isBlank())
                        || (v instanceof List<?> l && l.isEmpty())) {
                    continue;
                }
                parts.add(describe(v, rc.getName(), in));
            }
            return parts.isEmpty() ? Messages.get("clinic.conflict.empty") : String.join(" · ", parts);
        }
        return value.toString();
    }
}
