package app.homeplan.plan;

/** A therapist or key worker on the family's team. */
public record Clinician(String id, String name, String discipline, String contact) {
    public Clinician {
        id = Checks.id(id);
        name = Checks.text(name);
        discipline = Checks.text(discipline);
        contact = Checks.text(contact);
    }
}
