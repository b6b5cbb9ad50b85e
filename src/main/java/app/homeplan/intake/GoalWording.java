package app.homeplan.intake;

import app.homeplan.i18n.Messages;
import app.homeplan.library.RoutineLibrary;
import app.homeplan.plan.Routine;
import java.util.List;

/**
 * Participation-based outcome wording, routines first (McWilliam): "Mia will join in at breakfast
 * and dinner by ", for the family and clinician to finish together.
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
        String marker = "@@routines@@";
        String pattern = Messages.get("intake.goals.template", childName, marker);
        String before = pattern.substring(0, pattern.indexOf(marker));
        String after = pattern.substring(pattern.indexOf(marker) + marker.length());
        int end = now.startsWith(before) ? now.indexOf(after.strip(), before.length()) : -1;
        if (end >= 0) {
            String rest = now.substring(end + after.strip().length()).strip();
            return start + rest;
        }
        return start + now;
    }

    /** True when an outcome is a template nobody has finished ("... by" with nothing after it). */
    public static boolean isUnfinished(String outcome) {
        String trimmed = outcome.strip().replaceAll("(\\.\\.\\.|\u2026)$", "").strip();
        if (trimmed.isEmpty()) {
            return false;
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
     * A routine's name as it reads inside a sentence: built-in names become lower case ("bath time"),
     * names the family typed stay exactly as typed.
     */
    static String inSentence(Routine routine) {
        String name = routine.name().strip();
        boolean builtInName = RoutineLibrary.find(routine.libraryKey())
                .map(r -> r.displayName().equals(name)).orElse(false);
        if (!builtInName || name.isEmpty()) {
            return name;
        }
        return name.substring(0, 1).toLowerCase(Messages.locale()) + name.substring(1);
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
