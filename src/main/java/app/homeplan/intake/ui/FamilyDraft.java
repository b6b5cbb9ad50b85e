package app.homeplan.intake.ui;

import app.homeplan.plan.Family;
import java.util.function.UnaryOperator;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The family being worked on, in memory. Every step's model changes it through {@link #update};
 * the autosaver listens and writes the changes to the database. Use on the UI thread only.
 */
public final class FamilyDraft {
    private final ReadOnlyObjectWrapper<Family> family;

    public FamilyDraft(Family family) {
        this.family = new ReadOnlyObjectWrapper<>(this, "family", family);
    }

    public Family get() {
        return family.get();
    }

    public ReadOnlyObjectProperty<Family> familyProperty() {
        return family.getReadOnlyProperty();
    }

    /**
     * Replaces the family with a changed copy. If the change would make an invalid family, the
     * {@code PlanValidationException} reaches the caller and the family stays as it was.
     */
    public void update(UnaryOperator<Family> change) {
        Family changed = change.apply(family.get());
        if (!changed.equals(family.get())) {
            family.set(changed);
        }
    }

    /** Shows another version of the family (two people's changes put together after a conflict). */
    public void replace(Family other) {
        family.set(other);
    }
}
