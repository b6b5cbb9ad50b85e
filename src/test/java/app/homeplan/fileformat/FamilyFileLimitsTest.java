package app.homeplan.fileformat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.homeplan.plan.Caregiver;
import app.homeplan.plan.Child;
import app.homeplan.plan.Clinician;
import app.homeplan.plan.Concern;
import app.homeplan.plan.CopmRating;
import app.homeplan.plan.Family;
import app.homeplan.plan.FamilyLimits;
import app.homeplan.plan.GasScale;
import app.homeplan.plan.Goal;
import app.homeplan.plan.GoalRating;
import app.homeplan.plan.GoalStatus;
import app.homeplan.plan.Review;
import app.homeplan.plan.Routine;
import app.homeplan.plan.Strategy;
import app.homeplan.plan.Support;
import app.homeplan.plan.SupportKind;
import app.homeplan.plan.SupportStrength;
import app.homeplan.store.Store;
import app.homeplan.testing.Stores;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The family limits (FamilyLimits, the schema's maxLength and maxItems) at the limit and one past it,
 * for the writer and the reader alike, and the largest family the limits allow: exported, imported
 * into a real database and exported again, byte for byte, well under the 20 MB a file may have.
 */
public class FamilyFileLimitsTest {
    /** Four UTF-8 bytes per character: the heaviest text there is. */
    private static final String HEAVY = "😀";

    @TempDir
    Path dir;

    @Test
    void theLargestFamilyTheLimitsAllowRoundTripsThroughTheDatabase() {
        Family largest = largest(FamilyLimits.TOTAL_TEXT);
        byte[] written = FamilyFile.toBytes(largest);
        assertThat((long) written.length).isLessThan(FamilyFile.MAX_BYTES);
        System.out.printf("largest family file: %.1f MB%n", written.length / 1024.0 / 1024.0);

        Family read = FamilyFile.fromBytes(written, "largest.homeplan.json");
        try (Store store = Stores.open(dir.resolve("homeplan.db"))) {
            Family stored = store.families().insert(read);
            Family loaded = store.families().load(stored.id()).orElseThrow();
            assertThat(FamilyFile.toBytes(loaded)).isEqualTo(written);
        }
    }

    @Test
    void oneCharacterMoreThanAllTheTextAllowedIsRefusedByTheWriterAndTheReader() {
        Family tooMuch = largest(FamilyLimits.TOTAL_TEXT + 1);
        assertThatThrownBy(() -> FamilyFile.toBytes(tooMuch))
                .isInstanceOf(FamilyFileException.class)
                .hasMessageContaining("cannot be saved as a family file (/family)")
                .hasMessageContaining("texts together are 1,000,001 characters long; a family file holds at most 1,000,000");
        assertThatThrownBy(() -> FamilyFile.fromBytes(unchecked(tooMuch), "big.homeplan.json"))
                .hasMessageContaining("(/family): the family's texts together are 1,000,001 characters");
    }

    @Test
    void everyCountIsAllowedAtItsLimitAndRefusedOnePast() {
        checkCount("caregivers", FamilyLimits.CAREGIVERS,
                n -> base().caregivers(parts(n, i -> new Caregiver(null, "C" + i, "", "", false, "", false))).build());
        checkCount("clinicians", FamilyLimits.CLINICIANS,
                n -> base().clinicians(parts(n, i -> new Clinician(null, "C" + i, "", ""))).build());
        checkCount("supports", FamilyLimits.SUPPORTS, n -> base().supports(parts(n,
                i -> new Support(null, "S" + i, SupportKind.FORMAL, SupportStrength.WEAK, ""))).build());
        checkCount("routines", FamilyLimits.ROUTINES,
                n -> base().routines(parts(n, i -> new Routine(null, "", "R" + i, "", "", null, List.of()))).build());
        checkCount("goals", FamilyLimits.GOALS, n -> base().goals(parts(n, i -> goal(List.of(), ""))).build());
        checkCount("reviews", FamilyLimits.REVIEWS,
                n -> base().reviews(parts(n, i -> new Review(null, LocalDate.of(2027, 1, 1), "", List.of(), ""))).build());
        Routine routine = new Routine(null, "", "Breakfast", "", "", null, List.of());
        Goal goal = goal(List.of(routine.id()), "");
        checkCount("strategies", FamilyLimits.STRATEGIES, n -> base().routines(List.of(routine)).goals(List.of(goal))
                .strategies(parts(n, i -> new Strategy(null, goal.id(), routine.id(), "S" + i, "", "", ""))).build());
        // Concerns count over the whole family: 100 routines with one concern each, then one more.
        checkCount("routines", FamilyLimits.CONCERNS, n -> base().routines(parts(Math.min(n, FamilyLimits.ROUTINES),
                i -> new Routine(null, "", "R" + i, "", "", null, parts(i == 0 ? 1 + n - Math.min(n, FamilyLimits.ROUTINES) : 1,
                        j -> new Concern(null, "c"))))).build());
        List<Goal> goals = parts(FamilyLimits.GOALS, i -> goal(List.of(), ""));
        assertThat(FamilyFile.fromBytes(FamilyFile.toBytes(base().goals(goals).reviews(List.of(new Review(null,
                LocalDate.of(2027, 1, 1), "", goals.stream().map(g -> new GoalRating(g.id(), 5, 5, 0, GoalStatus.CONTINUING, ""))
                .toList(), ""))).build()), "f").reviews().get(0).ratings()).hasSize(FamilyLimits.RATINGS);
    }

    @Test
    void textLengthsAreAllowedAtTheirLimitAndRefusedOnePast() {
        checkText("/family/child/preferredName", FamilyLimits.NAME,
                s -> base().child(new Child("Mia", s, null)).build());
        checkText("/family/clinicians/0/name", FamilyLimits.NAME,
                s -> base().clinicians(List.of(new Clinician(null, s, "", ""))).build());
        checkText("/family/otherAttendees", FamilyLimits.TEXT, s -> base().otherAttendees(s).build());
        checkText("/family/goals/0/outcome", FamilyLimits.TEXT, s -> base().goals(List.of(goal(List.of(), "").withOutcome(s))).build());
    }

    @Test
    void combiningMarksAreAllowedUpToThirtyInARow() {
        String thirty = "e" + "\u0301\u0316".repeat(FamilyLimits.MARKS_IN_A_ROW / 2);
        Family ok = base().otherAttendees(thirty + " and " + thirty).build();
        assertThat(FamilyFile.fromBytes(FamilyFile.toBytes(ok), "f").otherAttendees()).isEqualTo(ok.otherAttendees());

        Family past = base().otherAttendees(thirty + "\u0301").build();
        assertThatThrownBy(() -> FamilyFile.toBytes(past)).hasMessageContaining("(/family/otherAttendees): “otherAttendees” has more than 30 accents");
        assertThatThrownBy(() -> FamilyFile.fromBytes(unchecked(past), "f")).hasMessageContaining("(/family/otherAttendees)");
    }

    @Test
    void aGoalWhoseConcernWasDeletedIsWrittenWithoutTheDanglingLink() {
        Family family = base().goals(List.of(goal(List.of(), "concern-deleted-since"))).build();
        Family read = FamilyFile.fromBytes(FamilyFile.toBytes(family), "f");
        assertThat(read.goals().get(0).sourceConcernId()).isEmpty();
    }

    @Test
    void thePlanDropsControlCharactersAndSurrogateHalvesSoWhatItHoldsCanBeWritten() {
        Family typed = base().otherAttendees("Bà\u0000 Hoa\u001b[31m\ud800\ttab\nline").build();
        assertThat(typed.otherAttendees()).isEqualTo("Bà Hoa[31m\ttab\nline");
        assertThat(FamilyFile.fromBytes(FamilyFile.toBytes(typed), "f").otherAttendees()).isEqualTo(typed.otherAttendees());
    }

    // --- helpers -------------------------------------------------------------------------------

    private static Family.Builder base() {
        return Family.builder(Child.named("Mia")).uid("family-1");
    }

    private static <T> List<T> parts(int n, IntFunction<T> make) {
        return IntStream.range(0, n).mapToObj(make).toList();
    }

    private static Goal goal(List<String> routineIds, String sourceConcernId) {
        return Goal.builder().outcome("Outcome").routineIds(routineIds).sourceConcernId(sourceConcernId).build();
    }

    private static void checkCount(String list, int limit, IntFunction<Family> withCount) {
        Family atLimit = withCount.apply(limit);
        assertThat(FamilyFile.fromBytes(FamilyFile.toBytes(atLimit), "f")).as(list + " at the limit").isNotNull();
        Family past = withCount.apply(limit + 1);
        assertThatThrownBy(() -> FamilyFile.toBytes(past)).as(list + " one past").hasMessageContaining("(/family/" + list + ")");
        assertThatThrownBy(() -> FamilyFile.fromBytes(unchecked(past), "f")).as(list + " read one past")
                .hasMessageContaining("(/family/" + list + ")");
    }

    private static void checkText(String pointer, int limit, java.util.function.Function<String, Family> with) {
        Family atLimit = with.apply(HEAVY.repeat(limit));
        assertThat(FamilyFile.toBytes(FamilyFile.fromBytes(FamilyFile.toBytes(atLimit), "f")))
                .isEqualTo(FamilyFile.toBytes(atLimit));
        Family past = with.apply(HEAVY.repeat(limit + 1));
        String message = "(" + pointer + "): “" + pointer.substring(pointer.lastIndexOf('/') + 1)
                + "” must be at most " + limit + " characters long.";
        assertThatThrownBy(() -> FamilyFile.toBytes(past)).hasMessageContaining(message);
        assertThatThrownBy(() -> FamilyFile.fromBytes(unchecked(past), "f")).hasMessageContaining(message);
    }

    /** A file as a careless writer would make it: the family's JSON without any of the writer's checks. */
    private static byte[] unchecked(Family family) {
        try {
            return FamilyFileReader.JSON.writeValueAsBytes(FamilyJson.toTree(family));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * Every list at its limit, every rating given, and the texts filled with four-byte characters up to
     * {@code totalText} characters in all (ids included, as the limit counts every text in the file).
     * Also the import benchmark's family ({@code ImportBenchmark}).
     */
    public static Family largest(int totalText) {
        List<Routine> routines = new ArrayList<>();
        for (int i = 0; i < FamilyLimits.ROUTINES; i++) {
            routines.add(new Routine(null, "", "Routine " + i, "", "", 3, List.of(new Concern(null, "Concern " + i))));
        }
        List<String> routineIds = routines.stream().map(Routine::id).toList();
        List<Goal> goals = new ArrayList<>();
        for (int i = 0; i < FamilyLimits.GOALS; i++) {
            goals.add(goal(List.of(routineIds.get(i)), routines.get(i).concerns().get(0).id()));
        }
        List<Strategy> strategies = parts(FamilyLimits.STRATEGIES,
                i -> new Strategy(null, goals.get(i % goals.size()).id(), routineIds.get(i % goals.size()), "S", "", "", ""));
        List<Review> reviews = parts(FamilyLimits.REVIEWS, i -> new Review(null, LocalDate.of(2027, 1, 1).plusDays(i), "",
                goals.stream().map(g -> new GoalRating(g.id(), 5, 5, 0, GoalStatus.CONTINUING, "")).toList(), ""));
        Family family = base()
                .caregivers(parts(FamilyLimits.CAREGIVERS, i -> new Caregiver(null, "C", "", "", false, "", false)))
                .clinicians(parts(FamilyLimits.CLINICIANS, i -> new Clinician(null, "C", "", "")))
                .supports(parts(FamilyLimits.SUPPORTS, i -> new Support(null, "S", SupportKind.FORMAL, SupportStrength.WEAK, "")))
                .routines(routines).goals(goals).strategies(strategies).reviews(reviews)
                .build();
        // Fill what is left with heavy notes of at most TEXT characters each, one review note after another.
        int left = totalText - textIn(FamilyJson.toTree(family));
        List<Review> filled = new ArrayList<>();
        for (Review r : reviews) {
            int take = Math.min(left, FamilyLimits.TEXT);
            left -= take;
            filled.add(new Review(r.id(), r.date(), r.attendees(), r.ratings(), HEAVY.repeat(take)));
        }
        assertThat(left).as("room for all the text in review notes").isZero();
        return family.toBuilder().reviews(filled).build();
    }

    private static int textIn(JsonNode node) {
        if (node.isTextual()) {
            return node.textValue().codePointCount(0, node.textValue().length());
        }
        int sum = 0;
        for (Iterator<JsonNode> it = node.elements(); it.hasNext(); ) {
            sum += textIn(it.next());
        }
        return sum;
    }
}
