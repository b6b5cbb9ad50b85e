package app.homeplan.plan;

import java.time.LocalDate;

/**
 * One row of the family list: enough to find, sort and open a family without loading it.
 *
 * @param importedCopy imported as a copy of a family that was already here ({@link Family#copyOf()})
 */
public record FamilySummary(long id, String childName, String caregiverNames, PlanStatus status,
                            LocalDate reviewDate, boolean example, boolean importedCopy) {

    /** Review state relative to today, for highlighting the list. */
    public ReviewDue reviewDue(LocalDate today) {
        return ReviewDue.of(reviewDate, today);
    }
}
