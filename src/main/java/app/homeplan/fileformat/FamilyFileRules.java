package app.homeplan.fileformat;

import app.homeplan.fileformat.FamilyFileSchema.Violation;
import app.homeplan.i18n.Messages;
import app.homeplan.plan.FamilyLimits;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rules of a family file that the JSON Schema cannot say, each found with the JSON pointer of
 * the value that breaks it: text that is not text (control characters other than tab and line
 * breaks, halves of surrogate pairs, endless runs of accents), numbers far out of any range, ids
 * used twice anywhere in the family, references to parts that are not there, and the limits on the
 * whole family (all its texts, all its concerns). One pass over the tree, linear in its size. The
 * writer runs the same rules on what it is about to write, so Homeplan never writes a file it would
 * refuse to read.
 */
final class FamilyFileRules {
    /** Numbers in a family file are small; beyond this a value is far outside every range. */
    private static final BigDecimal FAR_OUT = BigDecimal.valueOf(1_000_000_000L);

    private final List<Violation> violations = new ArrayList<>();
    private long totalText;

    private FamilyFileRules() {
    }

    /** Every rule broken, in no particular order; empty when the file keeps them all. */
    static List<Violation> check(JsonNode root) {
        FamilyFileRules rules = new FamilyFileRules();
        rules.values(root, "");
        JsonNode family = root.path("family");
        if (rules.totalText > FamilyLimits.TOTAL_TEXT) {
            rules.add("/family", Messages.get("fileformat.rule.tooMuchText", rules.totalText, FamilyLimits.TOTAL_TEXT));
        }
        rules.parts(family);
        return rules.violations;
    }

    private void add(String pointer, String description) {
        violations.add(new Violation(pointer, description));
    }

    // --- every value ---------------------------------------------------------------------------

    private void values(JsonNode node, String pointer) {
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                values(field.getValue(), pointer + "/" + JsonLocations.escape(field.getKey()));
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                values(node.get(i), pointer + "/" + i);
            }
        } else if (node.isTextual()) {
            text(node.textValue(), pointer);
        } else if (node.isNumber()) {
            BigDecimal value = node.decimalValue();
            if (value.abs().compareTo(FAR_OUT) > 0) {
                add(pointer, Messages.get("fileformat.rule.farOut", field(pointer), FamilyFileSchema.show(node)));
            }
        }
    }

    private void text(String text, String pointer) {
        totalText += text.codePointCount(0, text.length());
        int junk = FamilyLimits.firstJunk(text);
        if (junk >= 0) {
            char c = text.charAt(junk);
            String code = String.format("U+%04X", (int) c);
            add(pointer, Character.isSurrogate(c)
                    ? Messages.get("fileformat.rule.surrogate", field(pointer), code)
                    : Messages.get("fileformat.rule.control", field(pointer), code));
            return;
        }
        if (FamilyLimits.longestMarkRun(text) > FamilyLimits.MARKS_IN_A_ROW) {
            add(pointer, Messages.get("fileformat.rule.marks", field(pointer), FamilyLimits.MARKS_IN_A_ROW));
        }
    }

    // --- ids and references --------------------------------------------------------------------

    /** Where each id was first seen, over all kinds of part: ids are unique within the whole family. */
    private final Map<String, String> idAt = new HashMap<>();
    private final Set<String> routineIds = new HashSet<>();
    private final Set<String> goalIds = new HashSet<>();
    private final Set<String> concernIds = new HashSet<>();

    private void parts(JsonNode family) {
        ids(family, "caregivers", null);
        ids(family, "clinicians", null);
        ids(family, "supports", null);
        ids(family, "routines", routineIds);
        int concerns = 0;
        JsonNode routines = family.path("routines");
        for (int i = 0; i < routines.size() && routines.isArray(); i++) {
            JsonNode list = routines.get(i).path("concerns");
            concerns += list.isArray() ? list.size() : 0;
            ids(routines.get(i), "concerns", "/family/routines/" + i, concernIds);
        }
        if (concerns > FamilyLimits.CONCERNS) {
            add("/family/routines", Messages.get("fileformat.rule.tooManyConcerns", concerns, FamilyLimits.CONCERNS));
        }
        ids(family, "goals", goalIds);
        ids(family, "strategies", null);
        ids(family, "reviews", null);

        each(family, "goals", (goal, at) -> {
            JsonNode routineList = goal.path("routineIds");
            for (int j = 0; j < routineList.size() && routineList.isArray(); j++) {
                refersTo(routineList.get(j), routineIds, at + "/routineIds/" + j, "fileformat.rule.noRoutine");
            }
            JsonNode concern = goal.path("sourceConcernId");
            if (concern.isTextual() && !concern.textValue().isEmpty()) {
                refersTo(concern, concernIds, at + "/sourceConcernId", "fileformat.rule.noConcern");
            }
        });
        each(family, "strategies", (strategy, at) -> {
            refersTo(strategy.path("goalId"), goalIds, at + "/goalId", "fileformat.rule.noGoal");
            refersTo(strategy.path("routineId"), routineIds, at + "/routineId", "fileformat.rule.noRoutine");
        });
        each(family, "reviews", (review, at) -> {
            Set<String> rated = new HashSet<>();
            JsonNode ratings = review.path("ratings");
            for (int j = 0; j < ratings.size() && ratings.isArray(); j++) {
                JsonNode goalId = ratings.get(j).path("goalId");
                String where = at + "/ratings/" + j + "/goalId";
                refersTo(goalId, goalIds, where, "fileformat.rule.noGoal");
                if (goalId.isTextual() && !rated.add(goalId.textValue())) {
                    add(where, Messages.get("fileformat.rule.ratedTwice", FamilyFileSchema.show(goalId)));
                }
            }
        });
    }

    private void ids(JsonNode family, String list, Set<String> collect) {
        ids(family, list, "/family", collect);
    }

    private void ids(JsonNode parent, String list, String parentPointer, Set<String> collect) {
        each(parent, list, parentPointer, (part, at) -> {
            JsonNode id = part.path("id");
            if (!id.isTextual()) {
                return;
            }
            String pointer = at + "/id";
            String before = idAt.putIfAbsent(id.textValue(), pointer);
            if (before != null) {
                add(pointer, Messages.get("fileformat.rule.duplicateId", FamilyFileSchema.show(id), before));
            } else if (collect != null) {
                collect.add(id.textValue());
            }
        });
    }

    private void refersTo(JsonNode id, Set<String> known, String pointer, String key) {
        if (id.isTextual() && !known.contains(id.textValue())) {
            add(pointer, Messages.get(key, field(pointer), FamilyFileSchema.show(id)));
        }
    }

    private interface PartVisitor {
        void visit(JsonNode part, String pointer);
    }

    private static void each(JsonNode family, String list, PartVisitor visitor) {
        each(family, list, "/family", visitor);
    }

    private static void each(JsonNode parent, String list, String parentPointer, PartVisitor visitor) {
        JsonNode parts = parent.path(list);
        if (!parts.isArray()) {
            return;
        }
        for (int i = 0; i < parts.size(); i++) {
            if (parts.get(i).isObject()) {
                visitor.visit(parts.get(i), parentPointer + "/" + list + "/" + i);
            }
        }
    }

    private static String field(String pointer) {
        return FamilyFileSchema.fieldName(pointer);
    }
}
