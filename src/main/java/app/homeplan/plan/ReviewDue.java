package app.homeplan.plan;

import java.time.LocalDate;

/** Whether a family's next review is far off, coming up (within two weeks) or overdue. */
public enum ReviewDue {
    NONE, LATER, SOON, OVERDUE;

    public static final int SOON_DAYS = 14;

    public static ReviewDue of(LocalDate reviewDate, LocalDate today) {
        if (reviewDate == null) {
            return NONE;
        }
        if (reviewDate.isBefore(today)) {
            return OVERDUE;
        }
        if (!reviewDate.isAfter(today.plusDays(SOON_DAYS))) {
            return SOON;
        }
        return LATER;
    }
}
