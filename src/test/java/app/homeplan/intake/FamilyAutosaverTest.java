package app.homeplan.intake;

import static org.assertj.core.api.Assertions.assertThat;

import app.homeplan.i18n.Messages;
import app.homeplan.plan.AboutUs;
import app.homeplan.plan.Family;
import app.homeplan.store.Store;
import app.homeplan.store.StoreThread;
import app.homeplan.testing.TestFamilies;
import java.nio.file.Path;
import java.sql.Statement;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Autosave against a real SQLite file: debounce, the one-second bound, and failures that lose nothing. */
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
        store = storeThread.submit(() -> Store.open(dir.resolve("homeplan.db"))).get();
        stored = storeThread.submit(() -> store.families().insert(TestFamilies.everyField())).get();
        clock = new ManualScheduler(ui);
        ui.run(() -> {
            draft = new FamilyDraft(stored);
            saver = new FamilyAutosaver(store.families(), storeThread, clock, ui, stored).follow(draft);
        });
    }

    @AfterEach
    void close() throws Exception {
        storeThread.run(store::close).get();
        storeThread.close();
        ui.close();
    }

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
        store = Store.open(dir.resolve("homeplan.db")); // for close()
    }

    @Test
    void typingBackToWhatIsStoredNeedsNoSave() {
        type("x");
        type(stored.about().hopes());
        assertThat(ui.call(() -> saver.stateProperty().get())).isEqualTo(FamilyAutosaver.State.SAVED);
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
