package app.homeplan.plan;

/**
 * Goal Attainment Scaling for one goal: an observable description for each level -2..+2 written at
 * goal setting, the baseline level, and an optional weight (importance x difficulty, 0-9; null = not set: weights are used only when every
 * goal in a score has one).
 */
public record GasScale(String muchLess, String somewhatLess, String expected, String somewhatMore,
                       String muchMore, Integer baseline, Integer weight) {
    public static final int MIN_LEVEL = -2;
    public static final int MAX_LEVEL = 2;
    public static final int MAX_WEIGHT = 9;
    public static final GasScale NONE = new GasScale("", "", "", "", "", null, null);

    public GasScale {
        muchLess = Checks.text(muchLess);
        somewhatLess = Checks.text(somewhatLess);
        expected = Checks.text(expected);
        somewhatMore = Checks.text(somewhatMore);
        muchMore = Checks.text(muchMore);
        Checks.range(baseline, MIN_LEVEL, MAX_LEVEL, "plan.field.gasBaseline");
        Checks.range(weight, 0, MAX_WEIGHT, "plan.field.gasWeight");
    }

    /** The description written for a level, -2..+2. */
    public String description(int level) {
        return switch (level) {
            case -2 -> muchLess;
            case -1 -> somewhatLess;
            case 0 -> expected;
            case 1 -> somewhatMore;
            case 2 -> muchMore;
            default -> throw new PlanValidationException("plan.error.range",
                    app.homeplan.i18n.Messages.get("plan.field.gasLevel"), level, MIN_LEVEL, MAX_LEVEL);
        };
    }

    public boolean isEmpty() {
        return muchLess.isBlank() && somewhatLess.isBlank() && expected.isBlank() && somewhatMore.isBlank()
                && muchMore.isBlank() && baseline == null && weight == null;
    }

    /** All five levels have a written description: only then can the goal be GAS-rated. */
    public boolean isDescribed() {
        return !(muchLess.isBlank() || somewhatLess.isBlank() || expected.isBlank() || somewhatMore.isBlank()
                || muchMore.isBlank());
    }
}
