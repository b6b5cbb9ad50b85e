package app.homeplan.fileformat;

import app.homeplan.plan.Family;
import app.homeplan.plan.Ids;
import app.homeplan.store.FamilyRepository;

/**
 * Stores a family read from a family file as a new family. Importing never overwrites: when the
 * family (same family uid) is already in the database, the caller is told so and decides whether to
 * import a copy, which gets a new family uid. The parts keep their uids (parts are keyed per family).
 * Runs on the store thread; the insert is one transaction, so the database gets all of it or nothing.
 */
public final class FamilyImport {
    private FamilyImport() {
    }

    /** What importing did. */
    public sealed interface Result permits Imported, AlreadyThere {
    }

    /** The family was stored; {@code family().id()} is its new number. */
    public record Imported(Family family) implements Result {
    }

    /** Nothing was stored: this family is already here, as number {@code familyId}. */
    public record AlreadyThere(long familyId, String childName) implements Result {
    }

    /**
     * Stores the family from a file. With {@code asCopy} it always becomes a new family with a new
     * identity; without, a family that is already here is left alone and reported.
     */
    public static Result store(FamilyRepository families, Family fromFile, boolean asCopy) {
        if (asCopy) {
            return new Imported(families.insert(fromFile.toBuilder().id(0).uid(Ids.newId()).copyOf(fromFile.uid()).build()));
        }
        var existing = families.findIdByUid(fromFile.uid());
        if (existing.isPresent()) {
            long id = existing.get();
            String name = families.load(id).map(f -> f.child().name()).orElse(fromFile.child().name());
            return new AlreadyThere(id, name);
        }
        return new Imported(families.insert(fromFile.toBuilder().id(0).build()));
    }
}
