package app.homeplan.review;

import app.homeplan.plan.Goal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The GAS T-score at the start and at a review over the same goals: those with written levels, a
 * starting level and a level at the review. Both scores cover exactly {@link #goals()}, so the
 * change compares like with like; every other goal is named with the reason it is left out.
 */
public record GasComparison(GasResult start, GasResult now, List<Goal> goals, Map<LeftOut, List<Goal>> leftOut) {
    public GasComparison {
        goals = List.copyOf(goals);
        leftOut = LeftOut.copyOf(leftOut);
    }

    /**
     * @param goals      the goals in the plan at the review, in priority order
     * @param addedLater goals added after the review (named, never "not rated")
     */
    public static GasComparison of(List<Goal> goals, List<Goal> addedLater, Function<Goal, Integer> start,
                                   Function<Goal, Integer> now, GasMode mode) {
        Map<LeftOut, List<Goal>> leftOut = new EnumMap<>(LeftOut.class);
        leftOut.put(LeftOut.ADDED_LATER, new ArrayList<>(addedLater));
        List<Goal> paired = new ArrayList<>();
        for (Goal goal : goals) {
            LeftOut reason = !goal.gas().isDescribed() ? LeftOut.NO_GAS_LEVELS
                    : now.apply(goal) == null ? LeftOut.NOT_RATED
                    : start.apply(goal) == null ? LeftOut.NO_START
                    : null;
            if (reason == null) {
                paired.add(goal);
            } else {
                leftOut.computeIfAbsent(reason, k -> new ArrayList<>()).add(goal);
            }
        }
        GasResult atStart = GasResult.of(paired, start, LeftOut.NO_START, mode);
        GasResult atReview = GasResult.of(paired, now, LeftOut.NOT_RATED, mode);
        leftOut.put(LeftOut.ZERO_WEIGHT, atReview.leftOut(LeftOut.ZERO_WEIGHT));
        return new GasComparison(atStart, atReview, atReview.counted(), leftOut);
    }

    /** How the two scores were weighted (the same for both: they cover the same goals). */
    public GasResult.Weighting weighting() {
        return now.weighting();
    }

    public boolean hasScore() {
        return now.hasScore() && start.hasScore();
    }

    public List<Goal> leftOut(LeftOut reason) {
        return leftOut.getOrDefault(reason, List.of());
    }
}
