package app.homeplan.review;

import app.homeplan.plan.Goal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.function.Function;

/**
 * A GAS T-score together with the goals it covers and how it was weighted, so a score is never
 * mistaken for one over other goals. Weights are all or nothing: they are used only when every goal
 * in the score has one; otherwise the score is unweighted and says which goals have none (an empty
 * weight is never silently 1).
 *
 * @param tScore        the T-score; empty when no goal counts, or when the clinic leaves it out
 * @param counted       the goals in the score
 * @param leftOut       goals left out, by reason
 * @param weighting     whether the weights were used, and if not why
 * @param withoutWeight when weights were not used because some are missing: the goals with none
 */
public record GasResult(OptionalDouble tScore, List<Goal> counted, Map<LeftOut, List<Goal>> leftOut,
                        Weighting weighting, List<Goal> withoutWeight) {

    /** How a T-score was weighted. */
    public enum Weighting {
        /** Every goal has a weight, and they were used. */
        WEIGHTED,
        /** No goal has a weight. */
        UNWEIGHTED,
        /** Some goals have a weight and some do not, so none were used. */
        UNWEIGHTED_SOME_MISSING,
        /** The clinic uses GAS-light: no weights. */
        UNWEIGHTED_LIGHT
    }

    public GasResult {
        counted = List.copyOf(counted);
        leftOut = LeftOut.copyOf(leftOut);
        withoutWeight = List.copyOf(withoutWeight);
    }

    /**
     * The score over {@code goals} from the level {@code level} gives each (null = none): goals without
     * written levels are left out as {@link LeftOut#NO_GAS_LEVELS}, goals without a level as {@code missing}.
     */
    public static GasResult of(List<Goal> goals, Function<Goal, Integer> level, LeftOut missing, GasMode mode) {
        Map<LeftOut, List<Goal>> leftOut = new EnumMap<>(LeftOut.class);
        List<Goal> rated = new ArrayList<>();
        for (Goal goal : goals) {
            if (!goal.gas().isDescribed()) {
                leftOut.computeIfAbsent(LeftOut.NO_GAS_LEVELS, k -> new ArrayList<>()).add(goal);
            } else if (level.apply(goal) == null) {
                leftOut.computeIfAbsent(missing, k -> new ArrayList<>()).add(goal);
            } else {
                rated.add(goal);
            }
        }
        List<Goal> withoutWeight = rated.stream().filter(g -> g.gas().weight() == null).toList();
        Weighting weighting = !mode.usesWeights() ? Weighting.UNWEIGHTED_LIGHT
                : rated.isEmpty() || withoutWeight.size() == rated.size() ? Weighting.UNWEIGHTED
                : withoutWeight.isEmpty() ? Weighting.WEIGHTED
                : Weighting.UNWEIGHTED_SOME_MISSING;
        List<GasMath.Term> terms = new ArrayList<>();
        List<Goal> counted = new ArrayList<>();
        for (Goal goal : rated) {
            double weight = weighting == Weighting.WEIGHTED ? goal.gas().weight() : 1;
            if (weight == 0) {
                leftOut.computeIfAbsent(LeftOut.ZERO_WEIGHT, k -> new ArrayList<>()).add(goal);
            } else {
                counted.add(goal);
                terms.add(new GasMath.Term(level.apply(goal), weight));
            }
        }
        OptionalDouble t = mode.showsTScore() ? GasMath.tScore(terms) : OptionalDouble.empty();
        return new GasResult(t, counted, leftOut,
                weighting, weighting == Weighting.UNWEIGHTED_SOME_MISSING ? withoutWeight : List.of());
    }

    public boolean hasScore() {
        return tScore.isPresent();
    }

    public boolean weighted() {
        return weighting == Weighting.WEIGHTED;
    }

    public List<Goal> leftOut(LeftOut reason) {
        return leftOut.getOrDefault(reason, List.of());
    }
}
