package app.homeplan.plan;

import java.util.Objects;

/** One line of the family's ecomap: a person or service, informal or formal, and how strong it is. */
public record Support(String id, String name, SupportKind kind, SupportStrength strength, String note) {
    public Support {
        id = Checks.id(id);
        name = Checks.text(name);
        kind = Objects.requireNonNullElse(kind, SupportKind.INFORMAL);
        strength = Objects.requireNonNullElse(strength, SupportStrength.MODERATE);
        note = Checks.text(note);
    }
}
