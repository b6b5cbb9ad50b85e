package app.homeplan.review;

import app.homeplan.plan.Goal;
import app.homeplan.plan.PracticeWeek;
import app.homeplan.plan.Routine;
import java.util.List;

/**
 * How often one goal was practised in one routine, from the tracker weeks entered at a review, said
 * without overstating: {@link #typicalDays()} is the most days that were ticked in more than half of
 * the weeks, and {@link #weeksAtTypical()} how many weeks reached it ("5 or more of 7 days in 3 of 4
 * weeks").
 *
 * @param days the days ticked in each week entered, in week order
 */
public record PracticeSummary(Goal goal, Routine routine, List<Integer> days) {
    public PracticeSummary {
        days = List.copyOf(days);
    }

    public static PracticeSummary of(Goal goal, Routine routine, List<PracticeWeek> weeks) {
        return new PracticeSummary(goal, routine, weeks.stream()
                .filter(w -> w.goalId().equals(goal.id()) && w.routineId().equals(routine.id()))
                .sorted(java.util.Comparator.comparingInt(PracticeWeek::week))
                .map(PracticeWeek::days).toList());
    }

    public int weeks() {
        return days.size();
    }

    public int totalDays() {
        return days.stream().mapToInt(Integer::intValue).sum();
    }

    /** The most days ticked in more than half of the weeks (0 when no such number above 0). */
    public int typicalDays() {
        for (int d = PracticeWeek.DAYS_IN_WEEK; d > 0; d--) {
            int reached = weeksWithAtLeast(d);
            if (reached * 2 > days.size()) {
                return d;
            }
        }
        return 0;
    }

    /** The weeks with at least {@link #typicalDays()} days ticked. */
    public int weeksAtTypical() {
        return weeksWithAtLeast(typicalDays());
    }

    /** The days ticked were the same every week. */
    public boolean sameEveryWeek() {
        return days.stream().distinct().count() == 1;
    }

    private int weeksWithAtLeast(int d) {
        return (int) days.stream().filter(x -> x >= d).count();
    }
}
