package app.homeplan.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.homeplan.i18n.Messages;
import app.homeplan.intake.ui.FamilyDraft;
import app.homeplan.plan.AboutUs;
import app.homeplan.plan.Family;
import app.homeplan.store.Store;
import app.homeplan.store.StoreThread;
import app.homeplan.testing.ManualScheduler;
import app.homeplan.testing.Stores;
import app.homeplan.testing.TestFamilies;
import app.homeplan.testing.UiThread;
import java.nio.file.Path;
import java.sql.Statement;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The one autosaver (wizard and review screen) against a real SQLite file: debounce, the one-second
 * bound, saves in order, only what the store confirmed counted as saved, failures that lose nothing
 * and say why in the store's words, read-only files, and a stopped store.
 */
class FamilyAutosaverTest {
    static final Duration WAIT = Duration.ofSeconds(10);

    @TempDir
    Path dir;
    Store store;
    final StoreThread storeThread = new StoreThread();
    final UiThread ui = new UiThread();
    ManualScheduler clock;
    FamilyDraft draft;
    FamilyAutosaver saver;
    Family stored;

    @BeforeEach
    void open() throws Exception {
        Messages.setLocale(Locale.ENGLISH);
        store = storeThread.submit(() -> Stores.open(dir.resolve("homeplan.db"))).get();
        stored = storeThread.submit(() -> store.families().insert(TestFamilies.everyField())).get();
        clock = new ManualScheduler(ui);
        ui.run(() -> {
            draft = new FamilyDraft(stored);
            saver = new FamilyAutosaver(stored, store.families(), storeThread, clock, ui).follow(draft.familyProperty());
        });
    }

    @AfterEach
    void close() throws Exception {
        if (storeThreadStopped) {
            store.close();
        } else {
            storeThread.run(store::close).get();
        }
        storeThread.close();
        ui.close();
    }

    boolean storeThreadStopped;

    private void type(String hopes) {
        ui.run(() -> draft.update(f -> f.toBuilder().about(withHopes(f.about(), hopes)).build()));
    }

    private static AboutUs withHopes(AboutUs a, String hopes) {
        return new AboutUs(a.strengths(), a.interests(), a.goingWell(), a.concerns(), hopes);
    }

    /** What the database holds now, read on the store thread after any queued save. */
    private String storedHopes() {
        try {
            return storeThread.submit(() -> store.families().load(stored.id()).orElseThrow().about().hopes())
                    .get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private void settle() {
        ui.run(() -> { });
        try {
            storeThread.submit(() -> null).get();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        ui.run(() -> { });
    }

    private void advance(long millis) {
        clock.advance(Duration.ofMillis(millis));
        settle();
    }

    @Test
    void aChangeIsSavedOnceTypingPauses() {
        type("a");
        advance(100);
        type("ab");
        advance(100);
        type("abc");
        assertThat(ui.call(() -> saver.stateProperty().get())).isEqualTo(FamilyAutosaver.State.SAVING);
        advance(399);
        assertThat(storedHopes()).isEqualTo(stored.about().hopes()); // still typing: not yet
        advance(1);
        ui.await(() -> saver.stateProperty().get() == FamilyAutosaver.State.SAVED, WAIT);
        assertThat(storedHopes()).isEqualTo("abc");
        assertThat(ui.call(() -> saver.isSaved())).isTrue();
    }

    @Test
    void nonStopTypingIsSavedAtLeastEverySecond() {
        StringBuilder typed = new StringBuilder();
        String[] typedAt = new String[40];
        for (int tick = 0; tick < 40; tick++) { // a key every 100 ms for 4 s
            typed.append("ữ");
            typedAt[tick] = typed.toString();
            type(typed.toString());
            advance(100);
            String inDb = storedHopes();
            if (tick >= 10) {
                // What was typed a second ago (10 ticks) is in the database.
                assertThat(inDb.length()).as("at tick " + tick).isGreaterThanOrEqualTo(typedAt[tick - 10].length());
            }
        }
        advance(400);
        assertThat(storedHopes()).isEqualTo(typed.toString());
    }

    @Test
    void aFailedSaveIsShownAtOnceAndRetriedWithTheNewestTyping() throws Exception {
        setQueryOnly(true); // the data file can no longer be written
        type("first words");
        advance(400);
        ui.await(() -> saver.stateProperty().get() == FamilyAutosaver.State.FAILED, WAIT);
        assertThat(ui.call(() -> saver.problemProperty().get())).contains("read-only");
        assertThat(ui.call(() -> draft.get().about().hopes())).isEqualTo("first words"); // typing kept

        type("first words, then more");
        advance(400); // fails again, quietly retried
        assertThat(ui.call(() -> saver.stateProperty().get())).isEqualTo(FamilyAutosaver.State.FAILED);
        assertThat(storedHopes()).isEqualTo(stored.about().hopes());

        setQueryOnly(false); // writable again
        advance(FamilyAutosaver.RETRY.toMillis());
        ui.await(() -> saver.stateProperty().get() == FamilyAutosaver.State.SAVED, WAIT);
        assertThat(ui.call(() -> saver.problemProperty().get())).isEmpty();
        assertThat(storedHopes()).isEqualTo("first words, then more");
        Family inDb = storeThread.submit(() -> store.families().load(stored.id()).orElseThrow()).get();
        assertThat(inDb.toBuilder().updatedAt(null).createdAt(stored.createdAt()).build())
                .isEqualTo(ui.call(() -> draft.get()).toBuilder().updatedAt(null).build());
    }

    @Test
    void flushSavesAtOnceAndAClosedDatabaseFailsWithoutLosingTheScreen() throws Exception {
        type("flushed");
        CompletableFuture<Family> flushed = ui.call(() -> saver.flush());
        assertThat(flushed.get(10, TimeUnit.SECONDS).about().hopes()).isEqualTo("flushed");
        assertThat(storedHopes()).isEqualTo("flushed");
        ui.await(() -> saver.stateProperty().get() == FamilyAutosaver.State.SAVED, WAIT);

        storeThread.run(store::close).get();
        type("after close");
        CompletableFuture<Family> failed = ui.call(() -> saver.flush());
        assertThat(failed).failsWithin(Duration.ofSeconds(10));
        ui.await(() -> saver.stateProperty().get() == FamilyAutosaver.State.FAILED, WAIT);
        assertThat(ui.call(() -> saver.problemProperty().get())).isNotBlank().doesNotContain("Exception");
        assertThat(ui.call(() -> draft.get().about().hopes())).isEqualTo("after close");
        assertThat(ui.call(() -> saver.lastSaved().about().hopes())).isEqualTo("flushed");
        store = Stores.open(dir.resolve("homeplan.db")); // for close()
    }

    @Test
    void typingBackToWhatIsStoredNeedsNoSave() {
        type("x");
        type(stored.about().hopes());
        assertThat(ui.call(() -> saver.stateProperty().get())).isEqualTo(FamilyAutosaver.State.SAVED);
    }

    // --- what the review screen's autosave did, now the same class -------------------------------

    @Test
    void aFlushIsQueuedBeforeItReturnsSoTheNextScreenLoadsWhatWasTyped() throws Exception {
        type("typed just before leaving");
        // Leaving a screen: flush, then the next screen loads the family, without waiting in between.
        String loaded = ui.call(() -> {
            saver.flush();
            return storeThread.submit(() -> store.families().load(stored.id()).orElseThrow().about().hopes());
        }).get(10, TimeUnit.SECONDS);
        assertThat(loaded).isEqualTo("typed just before leaving");
    }

    @Test
    void savesRunInTheOrderAskedAndOnlyWhatTheStoreConfirmedCountsAsSaved() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        storeThread.run(() -> await(release)); // the store is busy (a backup, a slow disk)
        for (String hopes : new String[] {"one", "one two", "one two three"}) {
            type(hopes);
            ui.run(() -> saver.flush());
        }
        // Nothing is confirmed yet, so nothing counts as saved.
        assertThat(ui.call(() -> saver.lastSaved().about().hopes())).isEqualTo(stored.about().hopes());
        assertThat(ui.call(() -> saver.stateProperty().get())).isEqualTo(FamilyAutosaver.State.SAVING);
        assertThat(ui.call(() -> saver.isSaved())).isFalse();

        release.countDown();
        ui.await(() -> saver.stateProperty().get() == FamilyAutosaver.State.SAVED, WAIT);
        assertThat(storedHopes()).isEqualTo("one two three"); // the newest, never overtaken by an older one
        assertThat(ui.call(() -> saver.lastSaved().about().hopes())).isEqualTo("one two three");
    }

    @Test
    void aStoppedStoreFailsTheSaveWithASentenceInsteadOfThrowing() throws Exception {
        storeThread.close(); // the app is stopping
        storeThreadStopped = true;
        type("after the store stopped");
        CompletableFuture<Family> failed = ui.call(() -> saver.flush());
        assertThat(failed).failsWithin(Duration.ofSeconds(10));
        ui.await(() -> saver.stateProperty().get() == FamilyAutosaver.State.FAILED, WAIT);
        assertThat(ui.call(() -> saver.problemProperty().get())).isNotBlank().doesNotContain("Exception");
        assertThat(clock.hasPending()).as("no retry against a store that has stopped").isFalse();
        assertThat(ui.call(() -> draft.get().about().hopes())).isEqualTo("after the store stopped");
    }

    // --- leaving a screen and closing the app ---------------------------------------------------

    @Test
    void saveAndWaitStoresTheTypingOrSaysWhyInTheStoresWords() throws Exception {
        type("saved on the way out");
        assertThat(ui.call(() -> saver.saveAndWait(WAIT))).isEmpty();
        assertThat(storedHopes()).isEqualTo("saved on the way out");

        setQueryOnly(true);
        type("cannot be saved");
        String why = ui.call(() -> saver.saveAndWait(WAIT)).orElseThrow();
        assertThat(why).isEqualTo(Messages.get("store.error.readOnly", store.file().toString()));
        ui.await(() -> saver.problemProperty().get().equals(why), WAIT); // the banner says the same
    }

    @Test
    void aSaveThatTakesTooLongOnTheWayOutSaysWhyItMayBeStuck() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        storeThread.run(() -> await(release)); // the store is stuck (waiting for another program's lock)
        type("typed");
        assertThat(ui.call(() -> saver.saveAndWait(Duration.ofMillis(100))))
                .contains(Messages.get("common.save.slow"));
        release.countDown();
        ui.await(() -> saver.stateProperty().get() == FamilyAutosaver.State.SAVED, WAIT);

        // After a failure, the reason given is that failure's, as the banner shows it.
        setQueryOnly(true);
        type("typed again");
        advance(400);
        ui.await(() -> saver.stateProperty().get() == FamilyAutosaver.State.FAILED, WAIT);
        CountDownLatch releaseAgain = new CountDownLatch(1);
        storeThread.run(() -> await(releaseAgain));
        assertThat(ui.call(() -> saver.saveAndWait(Duration.ofMillis(100))))
                .contains(Messages.get("store.error.readOnly", store.file().toString()));
        releaseAgain.countDown();
    }

    @Test
    void aScreenThatIsGoneStopsRetryingOnItsOwn() throws Exception {
        setQueryOnly(true);
        type("typed");
        advance(400);
        ui.await(() -> saver.stateProperty().get() == FamilyAutosaver.State.FAILED, WAIT);
        assertThat(clock.hasPending()).as("a retry is waiting").isTrue();
        ui.run(() -> saver.screenClosed());
        assertThat(clock.hasPending()).isFalse();
        type("typed more"); // a late change from a screen that has gone
        assertThat(clock.hasPending()).isFalse();
    }

    // --- a data file that can only be read ------------------------------------------------------

    @Test
    void onAReadOnlyFileTheIndicatorSaysSoAndAnEditThatSlipsThroughIsNotSilentlyLost() throws Exception {
        setQueryOnly(true);
        ui.run(() -> saver = new FamilyAutosaver(stored, store.families(), storeThread, clock, ui, true)
                .follow(draft.familyProperty()));
        assertThat(ui.call(() -> saver.stateProperty().get())).isEqualTo(FamilyAutosaver.State.READ_ONLY);
        // Leaving the screen saves nothing and stays "Read only".
        assertThat(ui.call(() -> saver.saveAndWait(WAIT))).isEmpty();
        settle();
        assertThat(ui.call(() -> saver.stateProperty().get())).isEqualTo(FamilyAutosaver.State.READ_ONLY);

        type("an edit the screen should not have allowed");
        advance(400);
        ui.await(() -> saver.stateProperty().get() == FamilyAutosaver.State.FAILED, WAIT);
        assertThat(ui.call(() -> saver.problemProperty().get()))
                .isEqualTo(Messages.get("store.error.readOnly", store.file().toString()));
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(10, TimeUnit.SECONDS)) {
                throw new AssertionError("never released");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void setQueryOnly(boolean on) throws Exception {
        storeThread.run(() -> {
            try (Statement st = store.database().connection().createStatement()) {
                st.execute("PRAGMA query_only = " + (on ? "ON" : "OFF"));
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
        }).get();
    }
}
