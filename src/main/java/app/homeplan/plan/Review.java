package app.homeplan.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/** A dated progress review: who came, each goal re-rated, and general notes. */
public record Review(String id, LocalDate date, String attendees, List<GoalRating> ratings, String notes) {
    public Review {
        id = Checks.id(id);
        date = Objects.requireNonNull(date, "review date");
        attendees = Checks.text(attendees);
        ratings = Checks.list(ratings);
        notes = Checks.text(notes);
        long distinct = ratings.stream().map(GoalRating::goalId).distinct().count();
        if (distinct != ratings.size()) {
            throw new PlanValidationException("plan.error.duplicateRating");
        }
    }

    public java.util.Optional<GoalRating> ratingFor(String goalId) {
        return ratings.stream().filter(r -> r.goalId().equals(goalId)).findFirst();
    }
}
