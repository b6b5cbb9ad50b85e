package app.homeplan.scores;

import java.util.List;
import java.util.OptionalDouble;

/**
 * The Kiresuk–Sherman Goal Attainment Scaling T-score (DOMAIN.md):
 * {@code T = 50 + 10 Σwx / √((1 − ρ)Σw² + ρ(Σw)²)} with ρ = 0.3. With every weight 1 this is the
 * unweighted form {@code 50 + 10 Σx / √(0.7n + 0.3n²)}. Pure arithmetic; which goals take part is
 * decided by {@link GasResult}.
 */
public final class GasMath {
    /** The assumed correlation between goals' attainment, as Kiresuk and Sherman proposed. */
    public static final double RHO = 0.3;

    private GasMath() {
    }

    /** One goal's attainment level (−2..+2) and weight (≥ 0; 1 when unweighted). */
    public record Term(int level, double weight) {
        public Term {
            if (level < -2 || level > 2) {
                throw new IllegalArgumentException("GAS level must be -2..+2, not " + level);
            }
            if (!(weight >= 0) || Double.isInfinite(weight)) {
                throw new IllegalArgumentException("GAS weight must be 0 or more, not " + weight);
            }
        }
    }

    /** The T-score, or empty when nothing carries weight (no terms, or every weight 0). */
    public static OptionalDouble tScore(List<Term> terms) {
        double sumWeightedLevels = 0;
        double sumWeights = 0;
        double sumSquaredWeights = 0;
        for (Term t : terms) {
            sumWeightedLevels += t.weight() * t.level();
            sumWeights += t.weight();
            sumSquaredWeights += t.weight() * t.weight();
        }
        double denominator = Math.sqrt((1 - RHO) * sumSquaredWeights + RHO * sumWeights * sumWeights);
        if (denominator == 0) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(50 + 10 * sumWeightedLevels / denominator);
    }
}
