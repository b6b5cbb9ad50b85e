package app.homeplan.review.ui;

import app.homeplan.plan.Goal;
import app.homeplan.plan.PracticeWeek;
import app.homeplan.plan.Routine;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * One row of the fridge tracker as printed (a goal in a routine), for entering the returned pages at
 * a review: the days ticked in each week, 0-7, or null when that week was not entered.
 */
public final class PracticeRowViewModel {
    private final Goal goal;
    private final int rank;
    private final Routine routine;
    private final List<ObjectProperty<Integer>> weeks = new ArrayList<>();

    PracticeRowViewModel(Goal goal, int rank, Routine routine) {
        this.goal = goal;
        this.rank = rank;
        this.routine = routine;
        for (int w = 1; w <= PracticeWeek.MAX_WEEKS; w++) {
            weeks.add(new SimpleObjectProperty<>(this, "week" + w));
        }
    }

    public Goal goal() {
        return goal;
    }

    /** The goal's place in the family's priority order, from 1. */
    public int rank() {
        return rank;
    }

    public Routine routine() {
        return routine;
    }

    /** Days ticked in a week (1-12), or null when not entered. */
    public ObjectProperty<Integer> week(int week) {
        return weeks.get(week - 1);
    }

    List<ObjectProperty<Integer>> allWeeks() {
        return weeks;
    }

    void load(List<PracticeWeek> practice) {
        weeks.forEach(w -> w.set(null));
        for (PracticeWeek p : practice) {
            if (p.goalId().equals(goal.id()) && p.routineId().equals(routine.id())) {
                week(p.week()).set(p.days());
            }
        }
    }

    /** The weeks entered, in week order. */
    List<PracticeWeek> toPractice() {
        List<PracticeWeek> out = new ArrayList<>();
        for (int w = 1; w <= PracticeWeek.MAX_WEEKS; w++) {
            Integer days = week(w).get();
            if (days != null) {
                out.add(new PracticeWeek(goal.id(), routine.id(), w, days));
            }
        }
        return out;
    }
}
