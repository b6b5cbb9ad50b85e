package app.homeplan.library;

import app.homeplan.i18n.Messages;
import app.homeplan.plan.Family;
import java.time.LocalDate;
import java.time.Period;

/** The child's age that decides which strategies and safety lines suit: at the meeting date, in whole months. */
public final class ChildAge {
    private ChildAge() {
    }

    /**
     * Whole months at the meeting date (at {@code today} when no meeting date is set), or null when the
     * date of birth is unknown.
     */
    public static Integer months(Family family, LocalDate today) {
        LocalDate day = family.meetingDate() != null ? family.meetingDate() : today;
        Period age = family.child().ageOn(day);
        return age == null ? null : (int) age.toTotalMonths();
    }

    /** "a 9-month-old", "a 3-year-old": months under 2 years, years after. */
    public static String describe(int months) {
        return months < 24 ? Messages.get("library.age.monthOld", months) : Messages.get("library.age.yearOld", months / 12);
    }
}
