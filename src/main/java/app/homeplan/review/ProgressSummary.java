package app.homeplan.review;

import app.homeplan.plan.Family;
import app.homeplan.plan.Goal;
import app.homeplan.plan.Review;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A family's progress in one value: the family, where the goals started and the scores at every
 * review, oldest first. Pure Java, so the review screen, its charts and the printed progress
 * summary (and the clinician copy's review history) all read the same numbers.
 */
public record ProgressSummary(Family family, BaselineScores baseline, List<ReviewScores> reviews, GasMode mode) {
    public ProgressSummary {
        reviews = List.copyOf(reviews);
    }

    public static ProgressSummary of(Family family) {
        return of(family, GasMode.FULL);
    }

    /** With the clinic's way of using GAS (full, or GAS-light). */
    public static ProgressSummary of(Family family, GasMode mode) {
        List<Review> byDate = new ArrayList<>(family.reviews());
        byDate.sort(Comparator.comparing(Review::date)); // stable: same-day reviews keep their order
        List<ReviewScores> scores = new ArrayList<>();
        for (int i = 0; i < byDate.size(); i++) {
            scores.add(ReviewScores.of(family, byDate.get(i), i + 1, mode));
        }
        return new ProgressSummary(family, BaselineScores.of(family, mode), scores, mode);
    }

    public Optional<ReviewScores> review(String reviewId) {
        return reviews.stream().filter(r -> r.review().id().equals(reviewId)).findFirst();
    }

    /**
     * One point per measurement, oldest first: the start (goal setting, {@code reviewNumber} 0), then
     * each review. Each value names the goals it is over: at the start, every goal rated then; at a
     * review, the goals rated both at the start and at that review (the ones its change compares).
     *
     * @param date the meeting or review date; null for a start with no meeting date recorded
     */
    public record Point(LocalDate date, int reviewNumber, OptionalDouble performance, List<Goal> performanceGoals,
                        OptionalDouble satisfaction, List<Goal> satisfactionGoals, OptionalDouble tScore,
                        List<Goal> tScoreGoals) {
        public boolean isStart() {
            return reviewNumber == 0;
        }
    }

    public List<Point> timeline() {
        List<Point> points = new ArrayList<>();
        points.add(new Point(baseline.date(), 0, baseline.performance().value(), baseline.performance().goals(),
                baseline.satisfaction().value(), baseline.satisfaction().goals(), baseline.gas().tScore(),
                baseline.gas().counted()));
        for (ReviewScores r : reviews) {
            points.add(new Point(r.review().date(), r.number(), r.performance().now(), r.performance().goals(),
                    r.satisfaction().now(), r.satisfaction().goals(), r.gas().now().tScore(), r.gas().goals()));
        }
        return points;
    }

    /** The newest review's scores. */
    public Optional<ReviewScores> latest() {
        return reviews.isEmpty() ? Optional.empty() : Optional.of(reviews.get(reviews.size() - 1));
    }
}
