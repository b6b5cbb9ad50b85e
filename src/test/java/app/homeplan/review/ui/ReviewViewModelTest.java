package app.homeplan.review.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.homeplan.i18n.Messages;
import app.homeplan.plan.Family;
import app.homeplan.plan.GoalRating;
import app.homeplan.plan.GoalStatus;
import app.homeplan.plan.Review;
import app.homeplan.scores.ReviewScores;
import app.homeplan.scores.ScoreFormat;
import app.homeplan.scores.ScoreText;
import app.homeplan.store.Store;
import app.homeplan.store.StoreThread;
import app.homeplan.testing.ManualScheduler;
import app.homeplan.testing.Stores;
import app.homeplan.testing.TestFamilies;
import app.homeplan.ui.FamilyAutosaver;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The review flow without a toolkit: a real database, the real store thread, a direct UI executor. */
class ReviewViewModelTest {
    static final LocalDate TODAY = LocalDate.now();

    @TempDir
    Path dir;
    Store store;
    StoreThread storeThread;

    @BeforeEach
    void open() {
        Messages.setLocale(Locale.forLanguageTag("en-AU"));
        store = Stores.open(dir.resolve("homeplan.db"));
        storeThread = new StoreThread();
    }

    @AfterEach
    void close() {
        storeThread.close();
        store.close();
    }

    Family example() {
        return store.families().load(store.families().listAll().get(0).id()).orElseThrow();
    }

    /** The autosave's clock: it moves only when a test says so, so saves happen when the test asks. */
    ManualScheduler clock = new ManualScheduler(Runnable::run);

    ReviewViewModel model(Family family) {
        return new ReviewViewModel(family, store.families(), storeThread, clock, Runnable::run, () -> TODAY);
    }

    /** What a fresh start of Homeplan would load. */
    Family reloaded(long id) {
        store.close();
        store = Stores.open(dir.resolve("homeplan.db"));
        return store.families().load(id).orElseThrow();
    }

    @Test
    void opensOnTheNewestReviewWithItsRatingsAndScores() {
        ReviewViewModel m = model(example());
        assertThat(m.reviews()).hasSize(1);
        assertThat(m.openReviewIdProperty().get()).isEqualTo(m.reviews().get(0).review().id());
        assertThat(m.attendeesProperty().get()).isEqualTo("Lan Nguyen, David Nguyen, Sam Taylor");
        GoalRatingViewModel feeding = m.goals().get(0);
        assertThat(feeding.rank()).isEqualTo(1);
        assertThat(feeding.performanceProperty().get()).isEqualTo(7);
        assertThat(feeding.gasAttainmentProperty().get()).isEqualTo(1);
        assertThat(feeding.gas().description(-2)).isEqualTo("Mia does not pick up the spoon.");
        assertThat(ScoreFormat.oneDecimal(m.openScoresProperty().get().gas().now().tScore())).isEqualTo("57.4");
        assertThat(m.saveStateProperty().get()).isEqualTo(FamilyAutosaver.State.SAVED);
    }

    @Test
    void anIncompleteReviewIsRecordedScoredAndStillThereAfterRestart() throws Exception {
        Family family = example();
        ReviewViewModel m = model(family);
        Review started = m.startReview();
        assertThat(started.date()).isEqualTo(TODAY);
        assertThat(m.reviews()).hasSize(2);
        assertThat(m.reviews().get(0).review().id()).isEqualTo(started.id());
        // A new review starts empty: nothing carried over from the last one.
        assertThat(m.goals()).allSatisfy(row -> assertThat(row.performanceProperty().get()).isNull());
        assertThat(m.openScoresProperty().get().gas().hasScore()).isFalse();

        m.attendeesProperty().set("Lan, bà Hoa, Sam");
        GoalRatingViewModel feeding = m.goals().get(0);
        feeding.performanceProperty().set(9);
        feeding.satisfactionProperty().set(10);
        feeding.gasAttainmentProperty().set(2);
        feeding.statusProperty().set(GoalStatus.ACHIEVED);
        feeding.notesProperty().set(TestFamilies.HARD_TEXT);
        m.goals().get(1).gasAttainmentProperty().set(-1);
        // Goals 3 and 4 are left for next time.
        assertThat(m.saveStateProperty().get()).isEqualTo(FamilyAutosaver.State.SAVING);

        ReviewScores scores = m.openScoresProperty().get();
        // Weights 3 and 2: Σwx = 6 - 2 = 4; √(0.7·13 + 0.3·25) = √16.6: 50 + 40 / 4.074 = 59.8
        assertThat(ScoreFormat.oneDecimal(scores.gas().now().tScore())).isEqualTo("59.8");
        assertThat(ScoreText.gasCoverage(m.familyProperty().get(), scores.gas()))
                .isEqualTo("Both over goals 1 and 2: a GAS level at the start and now. Weighted. "
                        + "No GAS levels written, so not GAS-rated: goals 3 and 4.");
        assertThat(scores.goals().get(0).performanceChange().orElseThrow().points()).isEqualTo(6);
        assertThat(scores.goals().get(0).performanceChange().orElseThrow().meaningfulGain()).isTrue();
        assertThat(scores.performance().goals()).hasSize(1);

        m.flush().get(5, TimeUnit.SECONDS);
        // The state is set on the UI executor, which may run just after the flush completes.
        waitFor(() -> m.saveStateProperty().get() == FamilyAutosaver.State.SAVED);

        Family after = reloaded(family.id());
        Review saved = after.reviews().stream().filter(r -> r.id().equals(started.id())).findFirst().orElseThrow();
        assertThat(saved.attendees()).isEqualTo("Lan, bà Hoa, Sam");
        assertThat(saved.ratings()).hasSize(2);
        assertThat(saved.ratingFor(family.goals().get(0).id())).hasValue(new GoalRating(family.goals().get(0).id(),
                9, 10, 2, GoalStatus.ACHIEVED, TestFamilies.HARD_TEXT));
        assertThat(saved.ratingFor(family.goals().get(1).id()).orElseThrow().gasAttainment()).isEqualTo(-1);
        assertThat(saved.ratingFor(family.goals().get(2).id())).isEmpty();
        // The older review is untouched.
        assertThat(after.reviews()).hasSize(2).contains(family.reviews().get(0));

        // Reopened, the screen shows the new review first, as it was left.
        ReviewViewModel again = model(after);
        assertThat(again.openReviewIdProperty().get()).isEqualTo(started.id());
        assertThat(again.goals().get(0).notesProperty().get()).isEqualTo(TestFamilies.HARD_TEXT);
        assertThat(again.goals().get(2).statusProperty().get()).isNull();
    }

    @Test
    void editsAreSavedOnTheirOwnOnceTypingPauses() throws Exception {
        Family family = example();
        ReviewViewModel m = model(family);
        m.startReview();
        for (String typed : new String[] {"B", "Bé", "Bé ă", "Bé ăn", "Bé ăn tốt"}) {
            m.goals().get(0).notesProperty().set(typed);
        }
        clock.advance(FamilyAutosaver.QUIET); // typing pauses
        waitFor(() -> m.saveStateProperty().get() == FamilyAutosaver.State.SAVED);
        Family stored = storeThread.submit(() -> store.families().load(family.id()).orElseThrow()).get();
        assertThat(stored.latestReview().orElseThrow().ratings()).singleElement()
                .satisfies(r -> assertThat(r.notes()).isEqualTo("Bé ăn tốt"));
    }

    @Test
    void aPastReviewOpensAndCanBeCorrectedWithoutTouchingTheOthers() throws Exception {
        Family family = example();
        Review example = family.reviews().get(0);
        ReviewViewModel m = model(family);
        m.startReview();
        m.goals().get(0).performanceProperty().set(10);

        m.open(example.id());
        assertThat(m.goals().get(0).performanceProperty().get()).isEqualTo(7);
        assertThat(m.dateProperty().get()).isEqualTo(example.date());
        m.goals().get(2).gasAttainmentProperty().set(0);
        m.notesProperty().set("Corrected after the meeting");
        m.flush().get(5, TimeUnit.SECONDS);

        Family after = reloaded(family.id());
        Review corrected = after.reviews().stream().filter(r -> r.id().equals(example.id())).findFirst().orElseThrow();
        assertThat(corrected.notes()).isEqualTo("Corrected after the meeting");
        assertThat(corrected.ratingFor(family.goals().get(2).id()).orElseThrow().gasAttainment()).isZero();
        assertThat(corrected.ratingFor(family.goals().get(0).id()).orElseThrow().performance()).isEqualTo(7);
        assertThat(after.latestReview().orElseThrow().ratingFor(family.goals().get(0).id()).orElseThrow().performance())
                .isEqualTo(10);
    }

    @Test
    void clearingEverythingForAGoalRemovesItsRating() throws Exception {
        Family family = example();
        ReviewViewModel m = model(family);
        GoalRatingViewModel sleeping = m.goals().get(3);
        sleeping.performanceProperty().set(null);
        sleeping.satisfactionProperty().set(null);
        sleeping.statusProperty().set(null);
        sleeping.notesProperty().set("");
        assertThat(m.openScoresProperty().get().goals().get(3).rating()).isNull();
        assertThat(ScoreText.ratingCoverage(m.familyProperty().get(), m.openScoresProperty().get().performance()))
                .isEqualTo("Both over goals 1, 2 and 3: rated at the start and now. Not rated at this review: goal 4.");
        m.flush().get(5, TimeUnit.SECONDS);
        assertThat(reloaded(family.id()).reviews().get(0).ratingFor(family.goals().get(3).id())).isEmpty();
    }

    @Test
    void theNextReviewDateIsSetAndShowsOnTheHomeScreen() throws Exception {
        Family family = example();
        ReviewViewModel m = model(family);
        m.startReview();
        m.dateProperty().set(TODAY.minusDays(1));
        m.nextReviewInUsualTime();
        assertThat(m.nextReviewDateProperty().get()).isEqualTo(TODAY.minusDays(1).plusMonths(3));
        m.nextReviewDateProperty().set(TODAY.plusDays(10));
        m.flush().get(5, TimeUnit.SECONDS);
        reloaded(family.id());
        assertThat(store.families().listAll().get(0).reviewDate()).isEqualTo(TODAY.plusDays(10));
    }

    @Test
    void clearingTheReviewDateKeepsTheOldOne() {
        ReviewViewModel m = model(example());
        LocalDate was = m.dateProperty().get();
        m.dateProperty().set(null);
        assertThat(m.dateProperty().get()).isEqualTo(was);
        assertThat(m.familyProperty().get().reviews().get(0).date()).isEqualTo(was);
    }

    @Test
    void aReviewStartedByMistakeCanBeDeleted() throws Exception {
        Family family = example();
        ReviewViewModel m = model(family);
        m.startReview();
        m.deleteOpenReview();
        assertThat(m.reviews()).hasSize(1);
        assertThat(m.openReviewIdProperty().get()).isEqualTo(family.reviews().get(0).id());
        m.deleteOpenReview();
        assertThat(m.reviews()).isEmpty();
        assertThat(m.openReviewIdProperty().get()).isNull();
        assertThat(m.openScoresProperty().get()).isNull();
        m.flush().get(5, TimeUnit.SECONDS);
        assertThat(reloaded(family.id()).reviews()).isEmpty();
    }

    @Test
    void aFailedSaveSaysWhyAndKeepsWhatWasEntered() throws Exception {
        Family family = example();
        ReviewViewModel m = model(family);
        // Someone deletes the family while the review is open.
        storeThread.submit(() -> store.families().delete(family.id())).get();
        m.goals().get(0).notesProperty().set("Kept in memory");
        try {
            m.flush().get(5, TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException expected) {
            // reported through the properties below
        }
        waitFor(() -> m.saveStateProperty().get() == FamilyAutosaver.State.FAILED);
        assertThat(m.saveErrorProperty().get()).isEqualTo(Messages.get("store.error.familyGone")).doesNotContain("Exception");
        assertThat(m.goals().get(0).notesProperty().get()).isEqualTo("Kept in memory");
    }

    static void waitFor(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("timed out");
            }
            Thread.sleep(10);
        }
    }
}
