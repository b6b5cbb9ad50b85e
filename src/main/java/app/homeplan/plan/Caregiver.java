package app.homeplan.plan;

/** A parent, grandparent or carer who lives with and looks after the child. */
public record Caregiver(String id, String name, String relationship, String preferredLanguage,
                        boolean interpreterNeeded, String contact, boolean attended) {
    public Caregiver {
        id = Checks.id(id);
        name = Checks.text(name);
        relationship = Checks.text(relationship);
        preferredLanguage = Checks.text(preferredLanguage);
        contact = Checks.text(contact);
    }
}
