package app.homeplan.intake;

import app.homeplan.i18n.Messages;
import app.homeplan.library.RoutineLibrary;
import app.homeplan.plan.Routine;
import java.util.List;

/**
 * Participation-based outcome wording, routines first (McWilliam): "Mia will take part in breakfast
 * and car trips by ", for the family and clinician to finish together; and the family's own outcomes,
 * "We will ...", which are about the family rather than the child.
 */
public final class GoalWording {
    private GoalWording() {
    }

    /** The start of an outcome for a child in some routines, ending where the behaviour goes. */
    public static String outcomeStart(String childName, List<Routine> routines) {
        if (routines.isEmpty()) {
            return Messages.get("intake.goals.template.noRoutine", childName);
        }
        return Messages.get("intake.goals.template", childName, list(routines.stream().map(GoalWording::inSentence).toList()));
    }

    /**
     * An outcome with the wording for these routines at its start: an earlier template start is
     * replaced (the routines changed), anything written after it is kept, and words written
     * without a template get it in front.
     */
    public static String withStart(String outcome, String childName, List<Routine> routines) {
        String start = outcomeStart(childName, routines);
        String now = outcome == null ? "" : outcome.strip();
        if (now.isEmpty() || isUnfinished(now)) {
            return start;
        }
        // The wording of earlier versions ("Mia will join in at breakfast by ") is replaced too.
        for (String key : List.of("intake.goals.template", "intake.goals.template.former")) {
            String marker = "@@routines@@";
            String pattern = Messages.get(key, childName, marker);
            String before = pattern.substring(0, pattern.indexOf(marker));
            String after = pattern.substring(pattern.indexOf(marker) + marker.length());
            int end = now.startsWith(before) ? now.indexOf(after.strip(), before.length()) : -1;
            if (end >= 0) {
                String rest = now.substring(end + after.strip().length()).strip();
                return start + rest;
            }
        }
        return start + now;
    }

    /** The start of an outcome for the family itself: "We will ". */
    public static String familyOutcomeStart() {
        return Messages.get("intake.goals.template.family");
    }

    /** True when an outcome is about the family rather than the child ("We will find a childcare place ..."). */
    public static boolean isFamilyOutcome(String outcome) {
        String lower = outcome == null ? "" : outcome.strip().toLowerCase(Messages.locale());
        for (String start : Messages.get("intake.goals.template.family.starts").split("\\|")) {
            String word = start.strip().toLowerCase(Messages.locale());
            if (!word.isEmpty() && (lower.startsWith(word + " ") || lower.equals(word))) {
                return true;
            }
        }
        return false;
    }

    /** True when an outcome is blank or a template nobody has finished ("... by" with nothing after it). */
    public static boolean isUnfinished(String outcome) {
        String trimmed = (outcome == null ? "" : outcome).strip().replaceAll("(\\.\\.\\.|\u2026)$", "").strip();
        if (trimmed.isEmpty()) {
            return true;
        }
        for (String ending : Messages.get("intake.goals.template.endings").split("\\|")) {
            String word = ending.strip();
            if (!word.isEmpty() && trimmed.toLowerCase(Messages.locale()).endsWith(" " + word)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A routine's name as it reads inside a sentence: a built-in name has its own sentence form ("car
     * trips" for "Travel in the car"), names the family typed stay exactly as typed.
     */
    static String inSentence(Routine routine) {
        String name = routine.name().strip();
        boolean builtInName = RoutineLibrary.find(routine.libraryKey())
                .map(r -> r.displayName().equals(name)).orElse(false);
        if (!builtInName || name.isEmpty()) {
            return name;
        }
        return Messages.get("library.routine." + routine.libraryKey() + ".inSentence");
    }

    /** "a", "a and b", "a, b and c", in the user's language. */
    public static String list(List<String> items) {
        if (items.isEmpty()) {
            return "";
        }
        if (items.size() == 1) {
            return items.get(0);
        }
        String head = String.join(Messages.get("intake.list.separator"), items.subList(0, items.size() - 1));
        return Messages.get("intake.list.last", head, items.get(items.size() - 1));
    }
}
