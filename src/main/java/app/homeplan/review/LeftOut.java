package app.homeplan.review;

import app.homeplan.plan.Goal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Why a goal is not in a score, in the order the coverage sentence names them. A goal added after a
 * review is never "not rated" there.
 */
public enum LeftOut {
    /** The goal was added to the plan after this review. */
    ADDED_LATER,
    /** The goal has no written GAS level descriptions, so it cannot be GAS-rated. */
    NO_GAS_LEVELS,
    /** Not rated at this review. */
    NOT_RATED,
    /** Rated now but not at the start, so there is nothing to compare with. */
    NO_START,
    /** Weight 0 in a weighted score, so it does not move it. */
    ZERO_WEIGHT;

    /** An unchangeable copy of goals left out by reason, in the order above, without empty reasons. */
    static Map<LeftOut, List<Goal>> copyOf(Map<LeftOut, List<Goal>> leftOut) {
        EnumMap<LeftOut, List<Goal>> copy = new EnumMap<>(LeftOut.class);
        leftOut.forEach((reason, goals) -> {
            if (!goals.isEmpty()) {
                copy.put(reason, List.copyOf(goals));
            }
        });
        return Collections.unmodifiableMap(copy);
    }
}
