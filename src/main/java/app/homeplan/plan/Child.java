package app.homeplan.plan;

import java.time.LocalDate;
import java.time.Period;

/** The child the plan is for. Only the name is required. */
public record Child(String name, String preferredName, LocalDate dateOfBirth) {
    public Child {
        name = Checks.required(name, "plan.field.childName");
        preferredName = Checks.text(preferredName);
    }

    public static Child named(String name) {
        return new Child(name, "", null);
    }

    /** What the family calls the child: the preferred name when there is one. */
    public String displayName() {
        return preferredName.isBlank() ? name.strip() : preferredName.strip();
    }

    /** Age on a given day, or null when the date of birth is unknown or after that day. */
    public Period ageOn(LocalDate day) {
        if (dateOfBirth == null || day == null || dateOfBirth.isAfter(day)) {
            return null;
        }
        return Period.between(dateOfBirth, day);
    }

    public Child withName(String newName) {
        return new Child(newName, preferredName, dateOfBirth);
    }

    public Child withPreferredName(String newPreferredName) {
        return new Child(name, newPreferredName, dateOfBirth);
    }

    public Child withDateOfBirth(LocalDate newDateOfBirth) {
        return new Child(name, preferredName, newDateOfBirth);
    }
}
