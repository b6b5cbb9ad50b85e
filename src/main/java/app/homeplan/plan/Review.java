package app.homeplan.plan;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A dated progress review: who came, each goal re-rated, general notes, and the ticks from the
 * returned fridge tracker pages.
 */
public record Review(String id, LocalDate date, String attendees, List<GoalRating> ratings, String notes,
                     List<PracticeWeek> practice) {
    public Review {
        id = Checks.id(id);
        date = Objects.requireNonNull(date, "review date");
        attendees = Checks.text(attendees);
        ratings = Checks.list(ratings);
        notes = Checks.text(notes);
        practice = Checks.list(practice);
        long distinct = ratings.stream().map(GoalRating::goalId).distinct().count();
        if (distinct != ratings.size()) {
            throw new PlanValidationException("plan.error.duplicateRating");
        }
        Set<String> weeks = new HashSet<>();
        for (PracticeWeek p : practice) {
            if (!weeks.add(p.goalId() + "\n" + p.routineId() + "\n" + p.week())) {
                throw new PlanValidationException("plan.error.duplicatePractice");
            }
        }
    }

    public Review(String id, LocalDate date, String attendees, List<GoalRating> ratings, String notes) {
        this(id, date, attendees, ratings, notes, List.of());
    }

    public java.util.Optional<GoalRating> ratingFor(String goalId) {
        return ratings.stream().filter(r -> r.goalId().equals(goalId)).findFirst();
    }

    /** Nothing entered yet: no rating, no ticks, no one named and no notes (a review just started). */
    public boolean isBlank() {
        return ratings.isEmpty() && practice.isEmpty() && attendees.isBlank() && notes.isBlank();
    }

    public Review withRatings(List<GoalRating> value) {
        return new Review(id, date, attendees, value, notes, practice);
    }

    public Review withPractice(List<PracticeWeek> value) {
        return new Review(id, date, attendees, ratings, notes, value);
    }
}
