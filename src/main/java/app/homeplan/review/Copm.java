package app.homeplan.review;

import app.homeplan.plan.Goal;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.function.Function;

/**
 * Family ratings modelled on the COPM (DOMAIN.md): a mean over the goals rated, and one goal's change
 * since the start, where 2 points or more is taken as clinically meaningful. Start-versus-now
 * averages are {@link RatingComparison}.
 */
public final class Copm {
    /** A change of this many points or more is usually taken as clinically important. */
    public static final int MEANINGFUL_CHANGE = 2;

    private Copm() {
    }

    /** A mean rating and the goals it is taken over. */
    public record Mean(OptionalDouble value, List<Goal> goals) {
        public Mean {
            goals = List.copyOf(goals);
        }

        /** The mean over the goals that have a rating (null = not rated). */
        public static Mean of(List<Goal> goals, Function<Goal, Integer> rating) {
            List<Goal> rated = new ArrayList<>();
            int sum = 0;
            for (Goal goal : goals) {
                Integer r = rating.apply(goal);
                if (r != null) {
                    rated.add(goal);
                    sum += r;
                }
            }
            return new Mean(rated.isEmpty() ? OptionalDouble.empty() : OptionalDouble.of((double) sum / rated.size()),
                    rated);
        }
    }

    /** One goal's change in points since baseline. */
    public record Change(int points) {
        /** 2 points or more, either way. */
        public boolean meaningful() {
            return Math.abs(points) >= MEANINGFUL_CHANGE;
        }

        public boolean meaningfulGain() {
            return points >= MEANINGFUL_CHANGE;
        }

        public boolean meaningfulLoss() {
            return points <= -MEANINGFUL_CHANGE;
        }

        /** The change from {@code before} to {@code after}; null when either is not rated. */
        public static Change between(Integer before, Integer after) {
            return before == null || after == null ? null : new Change(after - before);
        }
    }
}
