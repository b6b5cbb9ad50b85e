package app.homeplan.store;

import app.homeplan.plan.Family;
import java.util.Map;
import java.util.Optional;

/**
 * A save refused because someone else saved a newer change to a part it would have changed or removed
 * (clinic mode: several clinicians, one shared database). Nothing of the save was stored. It carries
 * the three versions the screen needs to let this person choose: what both started from, what this
 * person has on screen, and what the database holds now (none when the family was deleted meanwhile).
 */
public final class EditConflict extends StoreException {
    private final transient Family base;
    private final transient Family mine;
    private final transient Family theirs;
    private final String part;
    private final transient Map<String, SavedBy> savers;

    /** Inside a save: which part clashed (its table and uid); the versions are added once the save is undone. */
    EditConflict(String part) {
        this(null, null, null, part, Map.of());
    }

    EditConflict(Family base, Family mine, Family theirs, String part, Map<String, SavedBy> savers) {
        super(Problem.CONFLICT, "store.error.conflict", null);
        this.base = base;
        this.mine = mine;
        this.theirs = theirs;
        this.part = part;
        this.savers = Map.copyOf(savers);
    }

    /** The family as this person last loaded or saved it. */
    public Family base() {
        return base;
    }

    /** The family as this person has it on screen (the save that was refused). */
    public Family mine() {
        return mine;
    }

    /** The family as the database holds it now; empty when someone deleted it. */
    public Optional<Family> theirs() {
        return Optional.ofNullable(theirs);
    }

    /** The first part found changed by someone else, as table:uid (for logs and tests). */
    public String part() {
        return part;
    }

    /**
     * Who last saved a part and when, by part key: {@code family} for the family's own details, else
     * {@code table:uid} (goal:..., routine:...). Known on a clinic's server; empty on a data file.
     */
    public Optional<SavedBy> savedBy(String partKey) {
        return Optional.ofNullable(savers.get(partKey));
    }
}
