package app.homeplan.plan;

import java.util.List;

/**
 * A routine of the family's day (breakfast, bath, the car...). {@code libraryKey} names the built-in
 * routine it came from, or is empty for one the family typed in. Satisfaction is the caregiver's
 * 1-5 rating of how the routine goes, or null when not asked yet.
 */
public record Routine(String id, String libraryKey, String name, String usualTime, String notes,
                      Integer satisfaction, List<Concern> concerns) {
    public static final int MIN_SATISFACTION = 1;
    public static final int MAX_SATISFACTION = 5;

    public Routine {
        id = Checks.id(id);
        libraryKey = Checks.text(libraryKey);
        name = Checks.text(name);
        usualTime = Checks.text(usualTime);
        notes = Checks.text(notes);
        satisfaction = Checks.range(satisfaction, MIN_SATISFACTION, MAX_SATISFACTION, "plan.field.satisfaction");
        concerns = Checks.list(concerns);
    }

    public static Routine of(String libraryKey, String name) {
        return new Routine(null, libraryKey, name, "", "", null, List.of());
    }

    public boolean isCustom() {
        return libraryKey.isEmpty();
    }

    public Routine withName(String value) {
        return new Routine(id, libraryKey, value, usualTime, notes, satisfaction, concerns);
    }

    public Routine withUsualTime(String value) {
        return new Routine(id, libraryKey, name, value, notes, satisfaction, concerns);
    }

    public Routine withNotes(String value) {
        return new Routine(id, libraryKey, name, usualTime, value, satisfaction, concerns);
    }

    public Routine withSatisfaction(Integer value) {
        return new Routine(id, libraryKey, name, usualTime, notes, value, concerns);
    }

    public Routine withConcerns(List<Concern> value) {
        return new Routine(id, libraryKey, name, usualTime, notes, satisfaction, value);
    }
}
