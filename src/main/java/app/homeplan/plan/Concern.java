package app.homeplan.plan;

/** A concern "starred" while the family talks through a routine; it can become a goal. */
public record Concern(String id, String text) {
    public Concern {
        id = Checks.id(id);
        text = Checks.text(text);
    }
}
