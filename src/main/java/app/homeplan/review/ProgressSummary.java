package app.homeplan.review;

import app.homeplan.plan.Family;
import app.homeplan.plan.Review;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A family's progress in one value: the family, where the goals started and the scores at every
 * review, oldest first. Pure Java, so the review screen, its charts and the printed progress
 * summary (and the clinician copy's review history) all read the same numbers.
 */
public record ProgressSummary(Family family, BaselineScores baseline, List<ReviewScores> reviews) {
    public ProgressSummary {
        reviews = List.copyOf(reviews);
    }

    public static ProgressSummary of(Family family) {
        List<Review> byDate = new ArrayList<>(family.reviews());
        byDate.sort(Comparator.comparing(Review::date)); // stable: same-day reviews keep their order
        List<ReviewScores> scores = new ArrayList<>();
        for (int i = 0; i < byDate.size(); i++) {
            scores.add(ReviewScores.of(family, byDate.get(i), i + 1));
        }
        return new ProgressSummary(family, BaselineScores.of(family), scores);
    }

    public Optional<ReviewScores> review(String reviewId) {
        return reviews.stream().filter(r -> r.review().id().equals(reviewId)).findFirst();
    }

    /** The newest review's scores. */
    public Optional<ReviewScores> latest() {
        return reviews.isEmpty() ? Optional.empty() : Optional.of(reviews.get(reviews.size() - 1));
    }
}
