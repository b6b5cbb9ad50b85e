package app.homeplan.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.homeplan.plan.Family;
import app.homeplan.store.AccessLog.Action;
import app.homeplan.store.AccessLog.Entry;
import app.homeplan.testing.Stores;
import java.nio.file.Path;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The record of access on a data file; {@link PostgresAccessLogTest} runs it on a real PostgreSQL. */
class AccessLogTest {
    @TempDir
    Path dir;
    Store store;
    AccessLog log;

    @BeforeEach
    void open() {
        store = openNewStore();
        log = store.accessLog();
    }

    Store openNewStore() {
        return Stores.open(dir.resolve("homeplan.db"));
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void everyEntrySaysWhenWhoWhatWhichFamilyAndWhy() {
        Family mia = store.families().insert(Family.newFor("Mia"));
        Family leo = store.families().insert(Family.newFor("Leo"));
        Instant before = Instant.now().minus(1, ChronoUnit.MINUTES);

        log.record(Action.OPEN, mia.id());
        log.record(Action.PRINT, mia.id(), "Home visit 12 May\tprinted copy");
        log.record(Action.EXPORT, leo.id(), "   ");
        log.record(Action.REVIEW, mia.id(), "Six-week review");

        List<Entry> forMia = log.forFamily(mia.id());
        assertThat(forMia).extracting(Entry::action).containsExactly(Action.OPEN, Action.PRINT, Action.REVIEW);
        assertThat(forMia).allSatisfy(e -> {
            assertThat(e.who()).isEqualTo(log.who());
            assertThat(e.at()).isAfter(before).isBefore(Instant.now().plusSeconds(60));
            assertThat(e.familyId()).isEqualTo(mia.id());
        });
        assertThat(forMia.get(0).purpose()).isEmpty();
        assertThat(forMia.get(1).line()).matches(
                "\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?Z\t" + log.who() + "\tprint\t" + mia.id()
                        + "\tHome visit 12 May printed copy");
        assertThat(log.forFamily(leo.id())).singleElement()
                .satisfies(e -> assertThat(e.line()).endsWith("\texport\t" + leo.id() + "\t-"));
        assertThat(log.all()).hasSize(4);
    }

    @Test
    void deletingAFamilyKeepsItsEntriesAndAddsOne() {
        Family mia = store.families().insert(Family.newFor("Mia"));
        log.record(Action.OPEN, mia.id());
        store.families().delete(mia.id(), "Family moved away");
        assertThat(log.forFamily(mia.id())).extracting(Entry::action).containsExactly(Action.OPEN, Action.DELETE);
        assertThat(log.forFamily(mia.id()).get(1).purpose()).isEqualTo(Optional.of("Family moved away"));
    }

    @Test
    void entriesCanBeAddedButNeverChangedOrRemoved() {
        Family mia = store.families().insert(Family.newFor("Mia"));
        log.record(Action.OPEN, mia.id());
        for (String sql : List.of("UPDATE access_log SET who = 'someone else'", "DELETE FROM access_log")) {
            assertThatThrownBy(() -> store.database().inTransaction(c -> {
                try (Statement st = c.createStatement()) {
                    return st.executeUpdate(sql);
                }
            })).isInstanceOf(StoreException.class);
        }
        assertThat(log.forFamily(mia.id())).singleElement().satisfies(e -> assertThat(e.who()).isEqualTo(log.who()));
    }
}
