package app.homeplan.review.ui;

import app.homeplan.plan.GasScale;
import app.homeplan.plan.Goal;
import app.homeplan.plan.GoalRating;
import app.homeplan.plan.GoalStatus;
import app.homeplan.plan.Rater;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * One goal's row in the review being recorded. Every value may be left empty (an incomplete review
 * is fine); a goal with nothing entered has no rating in the saved review.
 */
public final class GoalRatingViewModel {
    private final Goal goal;
    private final int rank;
    private final ObjectProperty<Integer> performance = new SimpleObjectProperty<>(this, "performance");
    private final ObjectProperty<Integer> satisfaction = new SimpleObjectProperty<>(this, "satisfaction");
    private final ObjectProperty<Integer> gasAttainment = new SimpleObjectProperty<>(this, "gasAttainment");
    private final ObjectProperty<GoalStatus> status = new SimpleObjectProperty<>(this, "status");
    private final StringProperty notes = new SimpleStringProperty(this, "notes", "");
    private final ObjectProperty<Rater> ratedBy = new SimpleObjectProperty<>(this, "ratedBy");
    private final ObjectProperty<Integer> otherGasAttainment = new SimpleObjectProperty<>(this, "otherGasAttainment");

    GoalRatingViewModel(Goal goal, int rank) {
        this.goal = goal;
        this.rank = rank;
    }

    public Goal goal() {
        return goal;
    }

    /** The goal's place in the family's priority order, from 1. */
    public int rank() {
        return rank;
    }

    /** The level descriptions written at goal setting, shown beside the choice. */
    public GasScale gas() {
        return goal.gas();
    }

    /** Performance 1-10, or null when not rated. */
    public ObjectProperty<Integer> performanceProperty() {
        return performance;
    }

    public ObjectProperty<Integer> satisfactionProperty() {
        return satisfaction;
    }

    /** GAS attainment -2..+2, or null when not rated. */
    public ObjectProperty<Integer> gasAttainmentProperty() {
        return gasAttainment;
    }

    /** Achieved, continuing, revised or stopped; null until decided. */
    public ObjectProperty<GoalStatus> statusProperty() {
        return status;
    }

    /** Who gave the ratings: family, clinician or together; null until recorded. */
    public ObjectProperty<Rater> ratedByProperty() {
        return ratedBy;
    }

    /** When family and clinician rate apart: the other one's GAS level, or null. */
    public ObjectProperty<Integer> otherGasAttainmentProperty() {
        return otherGasAttainment;
    }

    /** Whether the goal can be GAS-rated: all five levels were written at goal setting. */
    public boolean gasRatable() {
        return goal.gas().isDescribed();
    }

    /** Notes in the family's words. */
    public StringProperty notesProperty() {
        return notes;
    }

    void load(GoalRating rating) {
        performance.set(rating == null ? null : rating.performance());
        satisfaction.set(rating == null ? null : rating.satisfaction());
        gasAttainment.set(rating == null ? null : rating.gasAttainment());
        status.set(rating == null ? null : rating.status());
        notes.set(rating == null ? "" : rating.notes());
        ratedBy.set(rating == null ? null : rating.ratedBy());
        otherGasAttainment.set(rating == null ? null : rating.otherGasAttainment());
    }

    /** The rating as entered, or null when nothing has been entered for this goal. */
    GoalRating toRating() {
        String text = notes.get() == null ? "" : notes.get();
        if (performance.get() == null && satisfaction.get() == null && gasAttainment.get() == null
                && status.get() == null && text.isBlank() && ratedBy.get() == null && otherGasAttainment.get() == null) {
            return null;
        }
        return new GoalRating(goal.id(), performance.get(), satisfaction.get(), gasAttainment.get(), status.get(), text,
                ratedBy.get(), otherGasAttainment.get());
    }
}
