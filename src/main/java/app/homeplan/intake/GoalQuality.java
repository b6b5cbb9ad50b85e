package app.homeplan.intake;

import app.homeplan.i18n.Messages;
import app.homeplan.plan.Family;
import app.homeplan.plan.Goal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The goal-quality check (DOMAIN.md): a good goal has the family's words, at least one routine, a
 * criterion, a target date and no unexplained clinical jargon. Each problem comes with a plain
 * sentence that says what is missing and why it matters. Only a goal with no words at all blocks.
 */
public final class GoalQuality {
    /** Families usually choose and rank about 6-10 outcomes. */
    public static final int MANY_GOALS = 10;

    public enum Kind { NO_TEXT, NO_FAMILY_WORDS, NO_ROUTINE, UNFINISHED_OUTCOME, NO_CRITERION, NO_TARGET_DATE, JARGON }

    /** One problem with a goal, in words for the clinician and family. */
    public record Issue(Kind kind, String message) {
        public boolean blocks() {
            return kind == Kind.NO_TEXT;
        }
    }

    /** A clinical term, the words that find it, and plain words to use instead. */
    record Jargon(Pattern pattern, String term, String plain) {
    }

    private static volatile List<Jargon> jargon;
    private static volatile Locale jargonLocale;

    private GoalQuality() {
    }

    public static boolean isBlank(Goal goal) {
        return goal.familyWords().isBlank() && goal.outcome().isBlank() && goal.criterion().isBlank();
    }

    /** Every problem with a goal, most important first. */
    public static List<Issue> check(Goal goal, String childName) {
        List<Issue> issues = new ArrayList<>();
        if (isBlank(goal)) {
            issues.add(new Issue(Kind.NO_TEXT, Messages.get("intake.quality.noText")));
            return issues;
        }
        if (goal.familyWords().isBlank()) {
            issues.add(new Issue(Kind.NO_FAMILY_WORDS, Messages.get("intake.quality.noFamilyWords")));
        }
        if (goal.routineIds().isEmpty()) {
            issues.add(new Issue(Kind.NO_ROUTINE, Messages.get("intake.quality.noRoutine", childName)));
        }
        if (GoalWording.isUnfinished(goal.outcome())) {
            issues.add(new Issue(Kind.UNFINISHED_OUTCOME, Messages.get("intake.quality.unfinished", childName)));
        }
        if (goal.criterion().isBlank()) {
            issues.add(new Issue(Kind.NO_CRITERION, Messages.get("intake.quality.noCriterion")));
        }
        if (goal.targetDate() == null) {
            issues.add(new Issue(Kind.NO_TARGET_DATE, Messages.get("intake.quality.noTargetDate")));
        }
        String words = goal.familyWords() + "\n" + goal.outcome() + "\n" + goal.criterion();
        List<int[]> found = new ArrayList<>(); // "receptive/expressive language" is one term, not two
        for (Jargon j : jargon()) {
            java.util.regex.Matcher m = j.pattern().matcher(words);
            while (m.find()) {
                int start = m.start();
                int end = m.end();
                if (found.stream().noneMatch(r -> start < r[1] && end > r[0])) {
                    found.add(new int[] {start, end});
                    issues.add(new Issue(Kind.JARGON, Messages.get("intake.quality.jargon", m.group(), j.plain())));
                    break;
                }
            }
        }
        return issues;
    }

    /** All goals of a family, for the step list and the review: problems per goal, in rank order. */
    public static boolean anyIssues(Family family) {
        String child = family.child().displayName();
        return family.goals().stream().anyMatch(g -> !check(g, child).isEmpty()) || family.goals().size() > MANY_GOALS;
    }

    /** The gentle warning for a long list of goals, or empty. */
    public static String manyGoalsWarning(int goals) {
        return goals > MANY_GOALS ? Messages.get("intake.quality.manyGoals", goals, MANY_GOALS) : "";
    }

    /** The jargon list from the bundle ({@code intake.jargon.N.term} = alternatives separated by |). */
    static List<Jargon> jargon() {
        Locale locale = Messages.locale();
        if (jargon == null || !locale.equals(jargonLocale)) {
            List<Jargon> loaded = new ArrayList<>();
            for (int n = 1; Messages.has("intake.jargon." + n + ".term"); n++) {
                String terms = Messages.get("intake.jargon." + n + ".term");
                StringBuilder regex = new StringBuilder("(?<![\\p{L}\\p{N}])(?:");
                String[] alternatives = terms.split("\\|");
                for (int i = 0; i < alternatives.length; i++) {
                    regex.append(i == 0 ? "" : "|")
                            .append(Pattern.quote(alternatives[i].strip()).replace(" ", "\\E[\\s\\-/]+\\Q"));
                }
                regex.append(")(?![\\p{L}\\p{N}])");
                loaded.add(new Jargon(Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE),
                        alternatives[0].strip(), Messages.get("intake.jargon." + n + ".plain")));
            }
            jargon = List.copyOf(loaded);
            jargonLocale = locale;
        }
        return jargon;
    }
}
