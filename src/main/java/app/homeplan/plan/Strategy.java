package app.homeplan.plan;

/**
 * What the family will do for one goal inside one routine: what, who does it and how often.
 * {@code libraryKey} names the library strategy it started from, or is empty when written fresh.
 */
public record Strategy(String id, String goalId, String routineId, String what, String who, String howOften,
                       String libraryKey) {
    public Strategy {
        id = Checks.id(id);
        goalId = Checks.required(goalId, "plan.field.strategyGoal");
        routineId = Checks.required(routineId, "plan.field.strategyRoutine");
        what = Checks.text(what);
        who = Checks.text(who);
        howOften = Checks.text(howOften);
        libraryKey = Checks.text(libraryKey);
    }

    public Strategy withWhat(String value) {
        return new Strategy(id, goalId, routineId, value, who, howOften, libraryKey);
    }

    public Strategy withWho(String value) {
        return new Strategy(id, goalId, routineId, what, value, howOften, libraryKey);
    }

    public Strategy withHowOften(String value) {
        return new Strategy(id, goalId, routineId, what, who, value, libraryKey);
    }
}
