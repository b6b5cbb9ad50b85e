package app.homeplan.scores;

import app.homeplan.i18n.Messages;
import app.homeplan.i18n.Wording;
import app.homeplan.plan.Family;
import app.homeplan.plan.Goal;
import app.homeplan.plan.GoalStatus;
import app.homeplan.plan.PracticeWeek;
import app.homeplan.plan.Rater;
import app.homeplan.plan.Routine;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The one source of the sentences that go with the scores (which goals a score covers, which it
 * leaves out and why, how it was weighted, who rated, what was decided, how often a goal was
 * practised), used by the review screen, the progress summary and the clinician copy alike, so they
 * always say the same thing. Goals are named by their number in the family's priority order.
 */
public final class ScoreText {
    private ScoreText() {
    }

    /** "goal 2", "goals 1 and 3", "goals 1, 2 and 4". */
    public static String goals(Family family, List<Goal> goals) {
        return goals(Messages.wording(), family, goals);
    }

    /** The same in a printout's language. */
    public static String goals(Wording w, Family family, List<Goal> goals) {
        List<String> numbers = new ArrayList<>();
        for (Goal goal : goals) {
            numbers.add(ScoreFormat.rating(family.goals().indexOf(goal) + 1, w.numberLocale()));
        }
        if (numbers.size() == 1) {
            return w.text("review.goals.one", numbers.get(0));
        }
        String head = String.join(w.text("review.list.separator"), numbers.subList(0, numbers.size() - 1));
        return w.text("review.goals.many", head, numbers.get(numbers.size() - 1));
    }

    /**
     * What a start-versus-now average of family ratings covers: "Both over goals 1, 2 and 3 (rated at
     * the start and now). Not rated at this review: goal 4."
     */
    public static String ratingCoverage(Family family, RatingComparison comparison) {
        return ratingCoverage(Messages.wording(), family, comparison);
    }

    /** The same in a printout's language. */
    public static String ratingCoverage(Wording w, Family family, RatingComparison comparison) {
        List<String> parts = new ArrayList<>();
        parts.add(comparison.goals().isEmpty() ? w.text("review.cover.rating.none")
                : w.text("review.cover.rating.over", goals(w, family, comparison.goals())));
        reasons(w, family, comparison.leftOut(), parts);
        return String.join(" ", parts);
    }

    /**
     * What the GAS T-scores at the start and now cover and how they were weighted: "Both over goals 1
     * and 2 (a level at the start and now), weighted. No GAS levels written, so not GAS-rated: goals 3 and 4."
     */
    public static String gasCoverage(Family family, GasComparison gas) {
        return gasCoverage(Messages.wording(), family, gas);
    }

    /** The same in a printout's language. */
    public static String gasCoverage(Wording w, Family family, GasComparison gas) {
        List<String> parts = new ArrayList<>();
        parts.add(gas.goals().isEmpty() ? w.text("review.cover.gas.none")
                : w.text("review.cover.gas.over", goals(w, family, gas.goals())));
        if (!gas.goals().isEmpty()) {
            parts.add(weighting(w, family, gas.now()));
        }
        reasons(w, family, gas.leftOut(), parts);
        return String.join(" ", parts);
    }

    /** What the T-score at the start (before any review) covers. */
    public static String gasCoverage(Family family, GasResult start) {
        List<String> parts = new ArrayList<>();
        parts.add(start.counted().isEmpty() ? Messages.get("review.cover.gasStart.none")
                : Messages.get("review.cover.gasStart.over", goals(family, start.counted())));
        if (!start.counted().isEmpty()) {
            parts.add(weighting(family, start));
        }
        reasons(Messages.wording(), family, start.leftOut(), parts);
        return String.join(" ", parts);
    }

    /** "Weighted.", "Unweighted.", "Unweighted: goal 2 has no weight ..." or "Unweighted (GAS-light)." */
    public static String weighting(Family family, GasResult gas) {
        return weighting(Messages.wording(), family, gas);
    }

    static String weighting(Wording w, Family family, GasResult gas) {
        return switch (gas.weighting()) {
            case WEIGHTED -> w.text("review.cover.weighted");
            case UNWEIGHTED -> w.text("review.cover.unweighted");
            case UNWEIGHTED_LIGHT -> w.text(gas.hasScore() || gas.counted().isEmpty()
                    ? "review.cover.unweightedLight" : "review.cover.noScoreLight");
            case UNWEIGHTED_SOME_MISSING -> w.text("review.cover.weightsMissing",
                    goals(w, family, gas.withoutWeight()), gas.withoutWeight().size());
        };
    }

    /** The change of an average and what it rests on: "+3.0 over goals 1, 2 and 3". */
    public static String change(Family family, RatingComparison comparison) {
        return change(Messages.wording(), family, comparison);
    }

    /** The same in a printout's language. */
    public static String change(Wording w, Family family, RatingComparison comparison) {
        if (comparison.change().isEmpty()) {
            return w.text("review.change.none");
        }
        return w.text("review.change.over", ScoreFormat.signed(comparison.change(), w.numberLocale()),
                goals(w, family, comparison.goals()));
    }

    /**
     * For the family, in plain words: "The average of goals 1, 2 and 3, the goals we rated at the start
     * and now." No reasons, weights or scores.
     */
    public static String familyAverage(Family family, RatingComparison comparison) {
        return familyAverage(Messages.wording(), family, comparison);
    }

    /** The same in a printout's language. */
    public static String familyAverage(Wording w, Family family, RatingComparison comparison) {
        return comparison.goals().isEmpty() ? w.text("review.family.average.none")
                : w.text("review.family.average", goals(w, family, comparison.goals()), comparison.goals().size());
    }

    /** "Continuing" or "Not decided yet". */
    public static String decision(GoalProgress goal) {
        return decision(Messages.wording(), goal);
    }

    /** The same in a printout's language. */
    public static String decision(Wording w, GoalProgress goal) {
        return goal.status().map(s -> w.text(s.messageKey())).orElse(w.text("review.decision.none"));
    }

    /** The name of a decision. */
    public static String decision(GoalStatus status) {
        return Messages.get(status.messageKey());
    }

    /**
     * Who gave a goal's GAS level: "Rated together", "Rated by the family", or, where family and
     * clinician differ, both: "Family: +1, clinician: 0 (counted: the family's)". Empty when not recorded.
     */
    public static String raters(GoalProgress goal) {
        return raters(Messages.wording(), goal);
    }

    /** The same in a printout's language. */
    public static String raters(Wording w, GoalProgress goal) {
        if (goal.rating() == null || goal.ratedBy().isEmpty()) {
            return "";
        }
        Rater by = goal.ratedBy().get();
        if (goal.ratersDiffer()) {
            return w.text("review.raters.differ", ScoreFormat.level(goal.rating().familyGasLevel(), w.numberLocale()),
                    ScoreFormat.level(goal.rating().clinicianGasLevel(), w.numberLocale()), by.ordinal());
        }
        return w.text("review.raters." + by.name().toLowerCase(java.util.Locale.ROOT));
    }

    /**
     * How often a goal was practised in a routine, from the tracker: "Bath time: practised on 5 or more
     * of 7 days in 3 of 4 weeks." Plain words, for the family as well as the clinician.
     */
    public static String practice(PracticeSummary practice) {
        return practice(Messages.wording(), practice, routineName(practice.routine()));
    }

    /** The same in a printout's language, with the routine named as the printout names it. */
    public static String practice(Wording w, PracticeSummary practice, String routine) {
        int typical = practice.typicalDays();
        if (typical == 0) {
            return w.text("review.practice.few", routine, practice.totalDays(), practice.weeks());
        }
        if (practice.sameEveryWeek()) {
            return w.text("review.practice.every", routine, typical, practice.weeks());
        }
        return w.text(typical == PracticeWeek.DAYS_IN_WEEK ? "review.practice.allDays" : "review.practice.most",
                routine, typical, practice.weeksAtTypical(), practice.weeks());
    }

    public static String routineName(Routine routine) {
        String name = routine.name().strip();
        return name.isEmpty() ? Messages.get("review.practice.unnamedRoutine") : name;
    }

    private static void reasons(Wording w, Family family, Map<LeftOut, List<Goal>> leftOut, List<String> parts) {
        leftOut.forEach((reason, list) -> parts.add(w.text(
                "review.cover.leftOut." + reason.name().toLowerCase(java.util.Locale.ROOT), goals(w, family, list))));
    }
}
