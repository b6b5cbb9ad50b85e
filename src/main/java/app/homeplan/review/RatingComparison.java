package app.homeplan.review;

import app.homeplan.plan.Goal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.function.Function;

/**
 * A family rating (how well it goes, or how happy the family is with it; 1-10) averaged at the start
 * and at a review over the same goals: those rated both times. The change is the difference of the two
 * averages (the mean of each goal's change); 2 points or more is meaningful, judged on the value as
 * shown, to one decimal, so a change shown as "2.0" is always flagged.
 */
public record RatingComparison(OptionalDouble start, OptionalDouble now, List<Goal> goals,
                               Map<LeftOut, List<Goal>> leftOut) {
    public RatingComparison {
        goals = List.copyOf(goals);
        leftOut = LeftOut.copyOf(leftOut);
    }

    public static RatingComparison of(List<Goal> goals, List<Goal> addedLater, Function<Goal, Integer> start,
                                      Function<Goal, Integer> now) {
        Map<LeftOut, List<Goal>> leftOut = new EnumMap<>(LeftOut.class);
        leftOut.put(LeftOut.ADDED_LATER, new ArrayList<>(addedLater));
        List<Goal> paired = new ArrayList<>();
        int sumStart = 0;
        int sumNow = 0;
        for (Goal goal : goals) {
            Integer before = start.apply(goal);
            Integer after = now.apply(goal);
            if (after == null) {
                leftOut.computeIfAbsent(LeftOut.NOT_RATED, k -> new ArrayList<>()).add(goal);
            } else if (before == null) {
                leftOut.computeIfAbsent(LeftOut.NO_START, k -> new ArrayList<>()).add(goal);
            } else {
                paired.add(goal);
                sumStart += before;
                sumNow += after;
            }
        }
        return paired.isEmpty()
                ? new RatingComparison(OptionalDouble.empty(), OptionalDouble.empty(), paired, leftOut)
                : new RatingComparison(OptionalDouble.of((double) sumStart / paired.size()),
                        OptionalDouble.of((double) sumNow / paired.size()), paired, leftOut);
    }

    public OptionalDouble change() {
        return now.isPresent() ? OptionalDouble.of(now.getAsDouble() - start.getAsDouble()) : OptionalDouble.empty();
    }

    public boolean meaningful() {
        return meaningfulGain() || meaningfulLoss();
    }

    public boolean meaningfulGain() {
        return change().isPresent() && ScoreFormat.round(change().getAsDouble()) >= Copm.MEANINGFUL_CHANGE;
    }

    public boolean meaningfulLoss() {
        return change().isPresent() && ScoreFormat.round(change().getAsDouble()) <= -Copm.MEANINGFUL_CHANGE;
    }

    public List<Goal> leftOut(LeftOut reason) {
        return leftOut.getOrDefault(reason, List.of());
    }
}
