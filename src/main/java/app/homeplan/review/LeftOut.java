package app.homeplan.review;

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
    ZERO_WEIGHT
}
