package app.homeplan.review;

import app.homeplan.i18n.Messages;
import app.homeplan.i18n.Wording;
import app.homeplan.plan.Family;
import app.homeplan.plan.Goal;
import java.util.ArrayList;
import java.util.List;

/**
 * The sentences that go with the scores (which goals a score covers, which it leaves out), shared
 * by the review screen and the printed progress summary so both say the same thing. Goals are
 * named by their number in the family's priority order.
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
     * Which goals a T-score covers and which it leaves out, and why: "Covers 2 of 5 goals (goals 1
     * and 2), weighted. Not rated, so not counted: goal 3. No GAS levels set, so not counted: goals 4 and 5."
     */
    public static String gasCoverage(Family family, GasResult gas) {
        return gasCoverage(Messages.wording(), family, gas);
    }

    public static String gasCoverage(Wording w, Family family, GasResult gas) {
        List<String> parts = new ArrayList<>();
        if (!gas.hasScore()) {
            parts.add(w.text(gas.zeroWeight().isEmpty() ? "review.gas.none" : "review.gas.noneWeighted"));
        } else {
            String covers = gas.counted().size() == gas.goalCount()
                    ? w.text("review.gas.coversAll", gas.goalCount())
                    : w.text("review.gas.coversSome", gas.counted().size(), gas.goalCount(),
                            goals(w, family, gas.counted()));
            parts.add(w.text(gas.weighted() ? "review.gas.weighted" : "review.gas.unweighted", covers));
        }
        if (gas.hasScore() && !gas.notRated().isEmpty()) {
            // A goal whose GAS levels were never written is not "not rated": say which is which.
            List<Goal> noScale = gas.notRated().stream().filter(g -> g.gas().isEmpty()).toList();
            List<Goal> skipped = gas.notRated().stream().filter(g -> !g.gas().isEmpty()).toList();
            if (!skipped.isEmpty()) {
                parts.add(w.text("review.gas.notRated", goals(w, family, skipped)));
            }
            if (!noScale.isEmpty()) {
                parts.add(w.text("review.gas.noScale", goals(w, family, noScale)));
            }
        }
        if (!gas.zeroWeight().isEmpty()) {
            parts.add(w.text("review.gas.zeroWeight", goals(w, family, gas.zeroWeight())));
        }
        return String.join(" ", parts);
    }

    /** Which goals a mean is over: "All 4 goals." or "3 of 4 goals (not rated: goal 4)." */
    public static String meanCoverage(Family family, Copm.Mean mean) {
        return meanCoverage(Messages.wording(), family, mean);
    }

    public static String meanCoverage(Wording w, Family family, Copm.Mean mean) {
        int all = family.goals().size();
        if (mean.goals().isEmpty()) {
            return w.text("review.mean.none");
        }
        if (mean.goals().size() == all) {
            return w.text("review.mean.all", all);
        }
        List<Goal> missing = family.goals().stream().filter(g -> !mean.goals().contains(g)).toList();
        return w.text("review.mean.some", mean.goals().size(), all, goals(w, family, missing));
    }

    /** The mean change and what it rests on: "+3.0 over 4 goals rated both times". */
    public static String meanChange(Copm.MeanChange change) {
        return meanChange(Messages.wording(), change);
    }

    public static String meanChange(Wording w, Copm.MeanChange change) {
        if (change.value().isEmpty()) {
            return w.text("review.change.none");
        }
        return w.text("review.change.over", ScoreFormat.signed(change.value(), w.numberLocale()), change.goals().size());
    }
}
