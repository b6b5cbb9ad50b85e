package app.homeplan.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One outcome the family chose. A family's goals are kept in the family's priority order, so a
 * goal's rank is its place in {@link Family#goals()}.
 *
 * @param familyWords     what the family said, verbatim (NDIS wording kept as is)
 * @param outcome         the participation-based outcome ("Mia will join in at breakfast by ...")
 * @param routineIds      the routines where it is practised
 * @param criterion       "we'll know it's working when ..."
 * @param sourceConcernId the starred concern it grew from, or empty
 */
public record Goal(String id, String familyWords, String outcome, List<String> routineIds, String criterion,
                   LocalDate targetDate, CopmRating copm, GasScale gas, String sourceConcernId) {
    public Goal {
        id = Checks.id(id);
        familyWords = Checks.text(familyWords);
        outcome = Checks.text(outcome);
        routineIds = Checks.list(routineIds).stream().distinct().toList();
        criterion = Checks.text(criterion);
        copm = Objects.requireNonNullElse(copm, CopmRating.NONE);
        gas = Objects.requireNonNullElse(gas, GasScale.NONE);
        sourceConcernId = Checks.text(sourceConcernId);
    }

    public static Goal inFamilyWords(String words) {
        return new Goal(null, words, "", List.of(), "", null, null, null, "");
    }

    /** The words shown first to the family: theirs, or the outcome when they gave none. */
    public String headline() {
        return familyWords.isBlank() ? outcome : familyWords;
    }

    public Goal withFamilyWords(String value) {
        return new Goal(id, value, outcome, routineIds, criterion, targetDate, copm, gas, sourceConcernId);
    }

    public Goal withOutcome(String value) {
        return new Goal(id, familyWords, value, routineIds, criterion, targetDate, copm, gas, sourceConcernId);
    }

    public Goal withRoutineIds(List<String> value) {
        return new Goal(id, familyWords, outcome, value, criterion, targetDate, copm, gas, sourceConcernId);
    }

    public Goal withCriterion(String value) {
        return new Goal(id, familyWords, outcome, routineIds, value, targetDate, copm, gas, sourceConcernId);
    }

    public Goal withTargetDate(LocalDate value) {
        return new Goal(id, familyWords, outcome, routineIds, criterion, value, copm, gas, sourceConcernId);
    }

    public Goal withCopm(CopmRating value) {
        return new Goal(id, familyWords, outcome, routineIds, criterion, targetDate, value, gas, sourceConcernId);
    }

    public Goal withGas(GasScale value) {
        return new Goal(id, familyWords, outcome, routineIds, criterion, targetDate, copm, value, sourceConcernId);
    }
}
