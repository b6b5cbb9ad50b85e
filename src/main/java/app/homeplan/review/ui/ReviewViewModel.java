package app.homeplan.review.ui;

import app.homeplan.plan.Family;
import app.homeplan.plan.Goal;
import app.homeplan.plan.GoalRating;
import app.homeplan.plan.PlanValidationException;
import app.homeplan.plan.PracticeWeek;
import app.homeplan.plan.Review;
import app.homeplan.plan.Routine;
import app.homeplan.scores.GasMode;
import app.homeplan.scores.ProgressSummary;
import app.homeplan.scores.ReviewScores;
import app.homeplan.store.FamilyRepository;
import app.homeplan.store.StoreThread;
import app.homeplan.ui.FamilyAutosaver;
import app.homeplan.ui.Scheduler;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The progress review screen's state: the family's reviews, the one being recorded (its date, who
 * came, and each goal's ratings), the scores computed from them, and the next review date. Every
 * change goes straight into the family and is saved as it is made ({@link FamilyAutosaver}); there is
 * no Save button. Holds no Nodes, so it is tested without a toolkit (pass a direct executor as
 * {@code ui}).
 */
public final class ReviewViewModel {
    /** The usual time to the next review, offered as a one-click choice. */
    public static final int USUAL_MONTHS_TO_NEXT_REVIEW = 3;
    /** Tracker weeks shown for entry at first (the plan prints 4 by default); more can be added, up to 12. */
    public static final int DEFAULT_TRACKER_WEEKS = 4;

    private final Supplier<LocalDate> today;
    private final FamilyAutosaver autosave;

    private final ReadOnlyObjectWrapper<Family> family = new ReadOnlyObjectWrapper<>(this, "family");
    private final ReadOnlyObjectWrapper<ProgressSummary> summary = new ReadOnlyObjectWrapper<>(this, "summary");
    private final ObservableList<ReviewScores> reviewsNewestFirst = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper openReviewId = new ReadOnlyStringWrapper(this, "openReviewId");
    private final ReadOnlyObjectWrapper<ReviewScores> openScores = new ReadOnlyObjectWrapper<>(this, "openScores");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");

    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>(this, "date");
    private final StringProperty attendees = new SimpleStringProperty(this, "attendees", "");
    private final StringProperty notes = new SimpleStringProperty(this, "notes", "");
    private final ObservableList<GoalRatingViewModel> goals = FXCollections.observableArrayList();
    private final ObjectProperty<LocalDate> nextReviewDate = new SimpleObjectProperty<>(this, "nextReviewDate");
    private final ObservableList<PracticeRowViewModel> practiceRows = FXCollections.observableArrayList();
    private final IntegerProperty practiceWeeks = new SimpleIntegerProperty(this, "practiceWeeks", DEFAULT_TRACKER_WEEKS);
    private final ReadOnlyBooleanWrapper openReviewBlank = new ReadOnlyBooleanWrapper(this, "openReviewBlank");
    private final ObjectProperty<GasMode> gasMode = new SimpleObjectProperty<>(this, "gasMode", GasMode.FULL);

    /** True while the form is filled from a stored review, so filling it is not taken as an edit. */
    private boolean loading;

    /**
     * @param scheduler the autosave's clock (real time in the app; tests move it by hand)
     * @param ui        where save results are reported (the FX thread; a direct executor in tests)
     */
    public ReviewViewModel(Family family, FamilyRepository repository, StoreThread storeThread, Scheduler scheduler,
                           Executor ui, Supplier<LocalDate> today) {
        this(family, new FamilyAutosaver(family, repository, storeThread, scheduler, ui), today);
    }

    /** With the autosaver for {@code family} (it knows whether the data file can only be read). */
    public ReviewViewModel(Family family, FamilyAutosaver autosave, Supplier<LocalDate> today) {
        this(family, autosave, today, GasMode.FULL);
    }

    /** With the clinic's way of using GAS (full, or GAS-light). */
    public ReviewViewModel(Family family, FamilyAutosaver autosave, Supplier<LocalDate> today, GasMode gasMode) {
        this.today = today;
        this.autosave = autosave;
        this.gasMode.set(gasMode);
        this.gasMode.addListener((o, was, now) -> recompute());
        this.family.set(family);
        for (int i = 0; i < family.goals().size(); i++) {
            GoalRatingViewModel row = new GoalRatingViewModel(family.goals().get(i), i + 1);
            goals.add(row);
            onEdit(row.performanceProperty(), row.satisfactionProperty(),
                    row.gasAttainmentProperty(), row.statusProperty(), row.notesProperty(), row.ratedByProperty(),
                    row.otherGasAttainmentProperty());
        }
        // The tracker's rows as printed: routine by routine through the day, each routine's goals in priority order.
        for (Routine routine : family.routines()) {
            for (Goal goal : family.goalsIn(routine.id())) {
                PracticeRowViewModel row = new PracticeRowViewModel(goal, family.goals().indexOf(goal) + 1, routine);
                practiceRows.add(row);
                row.allWeeks().forEach(this::onEdit);
            }
        }
        onEdit(attendees, notes);
        date.addListener((o, was, now) -> {
            if (now == null && was != null && !loading) {
                date.set(was); // a review always has a date: clearing the field keeps the old one
            } else {
                onFormEdited();
            }
        });
        nextReviewDate.set(family.reviewDate());
        nextReviewDate.addListener((o, was, now) -> {
            if (!loading && !Objects.equals(now, this.family.get().reviewDate())) {
                update(this.family.get().toBuilder().reviewDate(now).build());
            }
        });
        recompute();
        summary.get().latest().ifPresent(latest -> open(latest.review().id()));
    }

    // --- what the screen shows -----------------------------------------------------------------

    public ReadOnlyObjectProperty<Family> familyProperty() {
        return family.getReadOnlyProperty();
    }

    /** The scores at baseline and at every review, recomputed after every change. */
    public ReadOnlyObjectProperty<ProgressSummary> summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** The family's reviews with their scores, newest first, for the list of past reviews. */
    public ObservableList<ReviewScores> reviews() {
        return reviewsNewestFirst;
    }

    /** The review being shown and edited; null when the family has none yet. */
    public ReadOnlyStringProperty openReviewIdProperty() {
        return openReviewId.getReadOnlyProperty();
    }

    /** The scores of the open review. */
    public ReadOnlyObjectProperty<ReviewScores> openScoresProperty() {
        return openScores.getReadOnlyProperty();
    }

    public ObjectProperty<LocalDate> dateProperty() {
        return date;
    }

    /** Who came to the review, as typed. */
    public StringProperty attendeesProperty() {
        return attendees;
    }

    /** General notes about the review. */
    public StringProperty notesProperty() {
        return notes;
    }

    /** One row per goal, in the family's priority order. */
    public ObservableList<GoalRatingViewModel> goals() {
        return goals;
    }

    /** The family's next review date (shown on the home screen); null when not set. */
    public ObjectProperty<LocalDate> nextReviewDateProperty() {
        return nextReviewDate;
    }

    /** The fridge tracker's rows (a goal in a routine), for entering the returned pages' ticks. */
    public ObservableList<PracticeRowViewModel> practiceRows() {
        return practiceRows;
    }

    /** How many tracker weeks are shown for entry (1-12). */
    public IntegerProperty practiceWeeksProperty() {
        return practiceWeeks;
    }

    /** One more tracker week to enter, up to 12. */
    public void addPracticeWeek() {
        if (practiceWeeks.get() < PracticeWeek.MAX_WEEKS) {
            practiceWeeks.set(practiceWeeks.get() + 1);
        }
    }

    /** True while the open review has nothing entered (just started): it can be discarded in one action. */
    public ReadOnlyBooleanProperty openReviewBlankProperty() {
        return openReviewBlank.getReadOnlyProperty();
    }

    /** How the clinic uses GAS (full, or GAS-light); the scores follow a change at once. */
    public ObjectProperty<GasMode> gasModeProperty() {
        return gasMode;
    }

    public ReadOnlyObjectProperty<FamilyAutosaver.State> saveStateProperty() {
        return autosave.stateProperty();
    }

    /** Saves the review as it is edited; the screen shows its state and the window saves it before going. */
    public FamilyAutosaver autosaver() {
        return autosave;
    }

    /** Why saving failed, or why an edit was refused, as a sentence; empty when all is well. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty saveErrorProperty() {
        return autosave.problemProperty();
    }

    // --- commands ------------------------------------------------------------------------------

    /** Starts a new review dated today, with nothing rated yet, and opens it. */
    public Review startReview() {
        Review review = new Review(null, today.get(), "", List.of(), "");
        List<Review> reviews = new ArrayList<>(family.get().reviews());
        reviews.add(review);
        update(family.get().toBuilder().reviews(reviews).build());
        open(review.id());
        return review;
    }

    /** Shows a review (a past one, or the one just started) for reading and editing. */
    public void open(String reviewId) {
        Review review = family.get().reviews().stream().filter(r -> r.id().equals(reviewId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no review " + reviewId));
        loading = true;
        try {
            openReviewId.set(review.id());
            date.set(review.date());
            attendees.set(review.attendees());
            notes.set(review.notes());
            for (GoalRatingViewModel row : goals) {
                row.load(review.ratingFor(row.goal().id()).orElse(null));
            }
            for (PracticeRowViewModel row : practiceRows) {
                row.load(review.practice());
            }
            int lastWeek = review.practice().stream().mapToInt(PracticeWeek::week).max().orElse(0);
            practiceWeeks.set(Math.max(DEFAULT_TRACKER_WEEKS, lastWeek));
        } finally {
            loading = false;
        }
        openScores.set(summary.get().review(reviewId).orElse(null));
        openReviewBlank.set(review.isBlank());
    }

    /**
     * Undoes "Start a review": removes the open review if nothing has been entered in it yet (nothing
     * is lost, so nothing is asked). Returns whether it was removed.
     */
    public boolean discardOpenReviewIfBlank() {
        if (!openReviewBlank.get()) {
            return false;
        }
        deleteOpenReview();
        return true;
    }

    /** Removes the open review for good (after the view has asked) and opens the newest one left. */
    public void deleteOpenReview() {
        String id = openReviewId.get();
        if (id == null) {
            return;
        }
        List<Review> reviews = new ArrayList<>(family.get().reviews());
        reviews.removeIf(r -> r.id().equals(id));
        update(family.get().toBuilder().reviews(reviews).build());
        Optional<ReviewScores> latest = summary.get().latest();
        if (latest.isPresent()) {
            open(latest.get().review().id());
        } else {
            loading = true;
            try {
                openReviewId.set(null);
                openScores.set(null);
                openReviewBlank.set(false);
                date.set(null);
                attendees.set("");
                notes.set("");
                goals.forEach(row -> row.load(null));
                practiceRows.forEach(row -> row.load(List.of()));
            } finally {
                loading = false;
            }
        }
    }

    /** Sets the next review the usual three months after the open review (or today). */
    public void nextReviewInUsualTime() {
        LocalDate from = date.get() != null ? date.get() : today.get();
        nextReviewDate.set(from.plusMonths(USUAL_MONTHS_TO_NEXT_REVIEW));
    }

    /** Saves now; call before leaving the screen or closing the window. */
    public CompletableFuture<Family> flush() {
        return autosave.flush();
    }

    // --- keeping the family in step with the form ----------------------------------------------

    /** Change listeners, not invalidation ones: a value set while loading is never read back, and an
     * invalidation listener would then stay silent for the user's next edit. */
    private void onEdit(ObservableValue<?>... properties) {
        for (ObservableValue<?> p : properties) {
            p.addListener((o, was, now) -> onFormEdited());
        }
    }

    private void onFormEdited() {
        if (!loading) {
            applyForm();
        }
    }

    /** Writes the form into the open review of the family, then saves and rescores. */
    private void applyForm() {
        if (loading || openReviewId.get() == null) {
            return;
        }
        String id = openReviewId.get();
        try {
            List<GoalRating> ratings = new ArrayList<>();
            for (GoalRatingViewModel row : goals) {
                GoalRating rating = row.toRating();
                if (rating != null) {
                    ratings.add(rating);
                }
            }
            List<PracticeWeek> practice = new ArrayList<>();
            practiceRows.forEach(row -> practice.addAll(row.toPractice()));
            Review edited = new Review(id, date.get(), attendees.get(), ratings, notes.get(), practice);
            List<Review> reviews = new ArrayList<>(family.get().reviews());
            reviews.replaceAll(r -> r.id().equals(id) ? edited : r);
            update(family.get().toBuilder().reviews(reviews).build());
            error.set("");
        } catch (PlanValidationException refused) {
            error.set(refused.getMessage());
        }
    }

    private void update(Family changed) {
        family.set(changed);
        autosave.changed(changed);
        recompute();
    }

    private void recompute() {
        ProgressSummary now = ProgressSummary.of(family.get(), gasMode.get());
        summary.set(now);
        List<ReviewScores> newestFirst = new ArrayList<>(now.reviews());
        Collections.reverse(newestFirst);
        reviewsNewestFirst.setAll(newestFirst);
        openScores.set(openReviewId.get() == null ? null : now.review(openReviewId.get()).orElse(null));
        openReviewBlank.set(openScores.get() != null && openScores.get().review().isBlank());
    }
}
