package app.homeplan.plan;

/**
 * COPM-style ratings of one goal, each 1-10 or null when not rated: how important it is to the
 * family, how well the child does it now, and how satisfied the family is with that.
 */
public record CopmRating(Integer importance, Integer performance, Integer satisfaction) {
    public static final int MIN = 1;
    public static final int MAX = 10;
    public static final CopmRating NONE = new CopmRating(null, null, null);

    public CopmRating {
        Checks.range(importance, MIN, MAX, "plan.field.importance");
        Checks.range(performance, MIN, MAX, "plan.field.performance");
        Checks.range(satisfaction, MIN, MAX, "plan.field.copmSatisfaction");
    }

    public boolean isEmpty() {
        return importance == null && performance == null && satisfaction == null;
    }
}
