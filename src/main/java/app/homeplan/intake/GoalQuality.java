package app.homeplan.intake;

import app.homeplan.i18n.Messages;
import app.homeplan.plan.Family;
import app.homeplan.plan.Goal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The goal-quality check (DOMAIN.md; the ECTA outcome criteria: functional, in real-life routines,
 * discipline-free, jargon-free, positive, no passive or vague verbs): a good goal has the family's
 * words, at least one routine, an outcome that names an action the family will see, a criterion that
 * says how often and for how long in everyday terms, a target date and no unexplained clinical jargon.
 * The family's own words are never judged: only the outcome and criterion are. An outcome for the
 * family itself ("We will find a childcare place ...") needs no routine. Each problem comes with a
 * plain sentence that says what is missing and why it matters. Only a goal with no words at all blocks.
 */
public final class GoalQuality {
    /** Families usually choose and rank about 6-10 outcomes. */
    public static final int MANY_GOALS = 10;

    public enum Kind {
        NO_TEXT, NO_FAMILY_WORDS, NO_ROUTINE, UNFINISHED_OUTCOME, VAGUE_VERB, NEGATIVE, DISCIPLINE, NO_CRITERION,
        CLINIC_COUNT, CRITERION_CUES, NO_TARGET_DATE, JARGON
    }

    private static final Pattern CLINIC_COUNT = Pattern.compile(
            "\\d+\\s*/\\s*\\d+|\\d+(?:[.,]\\d+)?\\s*%|(?<![\\p{L}])(?:per ?cent|trials?)(?![\\p{L}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern NUMBER = Pattern.compile("\\d");
    private static final Pattern FOR_A_NUMBER = Pattern.compile("(?<![\\p{L}])for\\s+\\d", Pattern.CASE_INSENSITIVE);

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
        boolean forFamily = GoalWording.isFamilyOutcome(goal.outcome());
        if (goal.routineIds().isEmpty() && !forFamily) {
            issues.add(new Issue(Kind.NO_ROUTINE, Messages.get("intake.quality.noRoutine", childName)));
        }
        if (GoalWording.isUnfinished(goal.outcome())) {
            issues.add(new Issue(Kind.UNFINISHED_OUTCOME, Messages.get("intake.quality.unfinished", childName)));
        }
        String outcome = goal.outcome();
        String criterion = goal.criterion();
        String measured = outcome + "\n" + criterion;
        firstWord(measured, "intake.quality.vague.words").ifPresent(w ->
                issues.add(new Issue(Kind.VAGUE_VERB, Messages.get("intake.quality.vague", w, childName))));
        firstWord(outcome, "intake.quality.negative.words").ifPresent(w ->
                issues.add(new Issue(Kind.NEGATIVE, Messages.get("intake.quality.negative", w, childName))));
        firstWord(measured, "intake.quality.discipline.words").ifPresent(w ->
                issues.add(new Issue(Kind.DISCIPLINE, Messages.get("intake.quality.discipline", w))));
        if (criterion.isBlank()) {
            issues.add(new Issue(Kind.NO_CRITERION, Messages.get("intake.quality.noCriterion")));
        } else {
            Matcher count = CLINIC_COUNT.matcher(criterion);
            if (count.find()) {
                issues.add(new Issue(Kind.CLINIC_COUNT, Messages.get("intake.quality.clinicCount", count.group().strip())));
            }
            boolean often = NUMBER.matcher(criterion).find() || firstWord(criterion, "intake.quality.often.words").isPresent();
            boolean howLong = FOR_A_NUMBER.matcher(criterion).find()
                    || firstWord(criterion, "intake.quality.howLong.words").isPresent();
            if (!often || !howLong) {
                String missing = !often && !howLong ? Messages.get("intake.quality.cues.both")
                        : Messages.get(often ? "intake.quality.cues.howLong" : "intake.quality.cues.often");
                issues.add(new Issue(Kind.CRITERION_CUES, Messages.get("intake.quality.cues", missing)));
            }
        }
        if (goal.targetDate() == null) {
            issues.add(new Issue(Kind.NO_TARGET_DATE, Messages.get("intake.quality.noTargetDate")));
        }
        // Jargon only where the clinician wrote: the family's own words are kept exactly as said.
        List<int[]> found = new ArrayList<>(); // "receptive/expressive language" is one term, not two
        for (Jargon j : jargon()) {
            Matcher m = j.pattern().matcher(measured);
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
        return new Remembered().anyIssues(family);
    }

    /**
     * {@link #anyIssues} for a family that changes one goal at a time (typing): a goal that is the very
     * same object as at the last call is not checked again. Use on one thread.
     */
    public static final class Remembered {
        private java.util.Map<Goal, Boolean> hasIssues = new java.util.IdentityHashMap<>();
        private String child;
        private Locale locale;

        public boolean anyIssues(Family family) {
            String name = family.child().displayName();
            if (!name.equals(child) || !Messages.locale().equals(locale)) {
                hasIssues.clear(); // the wording of the checks names the child, and follows the language
                child = name;
                locale = Messages.locale();
            }
            java.util.Map<Goal, Boolean> now = new java.util.IdentityHashMap<>();
            boolean any = family.goals().size() > MANY_GOALS;
            for (Goal g : family.goals()) {
                Boolean known = hasIssues.get(g);
                boolean issues = known != null ? known : !check(g, name).isEmpty();
                now.put(g, issues);
                any |= issues;
            }
            hasIssues = now;
            return any;
        }
    }

    /** The gentle warning for a long list of goals, or empty. */
    public static String manyGoalsWarning(int goals) {
        return goals > MANY_GOALS ? Messages.get("intake.quality.manyGoals", goals, MANY_GOALS) : "";
    }

    /**
     * The first of a bundle's words found in a text, as written there: whole words, or any word starting
     * with it when the word ends in * ("tolerat*" finds "tolerates"); a word may be several words.
     */
    static Optional<String> firstWord(String text, String key) {
        for (Pattern p : wordPatterns(key)) {
            Matcher m = p.matcher(text);
            if (m.find()) {
                return Optional.of(m.group());
            }
        }
        return Optional.empty();
    }

    /** Compiled once per language: the check runs at every keystroke in a goal. */
    private static final java.util.Map<String, List<Pattern>> WORD_PATTERNS = new java.util.concurrent.ConcurrentHashMap<>();

    private static List<Pattern> wordPatterns(String key) {
        return WORD_PATTERNS.computeIfAbsent(Messages.locale().toLanguageTag() + "|" + key, k -> {
            List<Pattern> patterns = new ArrayList<>();
            for (String entry : Messages.get(key).split(",")) {
                String w = entry.strip();
                if (w.isEmpty()) {
                    continue;
                }
                boolean prefix = w.endsWith("*");
                String stem = prefix ? w.substring(0, w.length() - 1) : w;
                patterns.add(Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(stem).replace(" ", "\\E\\s+\\Q")
                        + (prefix ? "[\\p{L}']*" : "(?![\\p{L}\\p{N}])"), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
            }
            return List.copyOf(patterns);
        });
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
