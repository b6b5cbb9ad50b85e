package app.homeplan.library;

import static org.assertj.core.api.Assertions.assertThat;

import app.homeplan.i18n.Messages;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Walks every shipped strategy as a clinical-safety reviewer would (issue 19): each one knows the ages it
 * suits and the safety lines its routines need, reads at grade 6 or below, and none of the wordings that
 * could put a young child at risk is left anywhere in the library.
 */
class StrategySafetyTest {
    /** Wordings found unsafe in review (issue 19), each with why. Lower case; the child's name is "Mia". */
    static final Map<String, String> BANNED = Map.ofEntries(
            Map.entry("soft toy or blanket", "soft things in a baby's sleep space"),
            Map.entry("fed to sleep", "discourages feeding and breastfeeding to sleep"),
            Map.entry("without being rocked", "discourages feeding and cuddling to sleep"),
            Map.entry("edge of the bath", "standing play in the bath"),
            Map.entry("hand over", "hand-over-hand takes control from the child"),
            Map.entry("over mia's", "hand-over-hand takes control from the child"),
            Map.entry("swinging on the tummy", "falls from a swing"),
            Map.entry("on a shelf", "invites climbing"),
            Map.entry("pouring rice", "dry rice for a child who mouths things"),
            Map.entry("more juice", "juice for young children"),
            Map.entry("stirring,", "stirring near a stove"),
            Map.entry("car toys", "hard toys fly in a crash"),
            Map.entry("at the same height", "an adult chair without a harness"),
            Map.entry("keep milk and snacks away", "a diet change without checking first"),
            Map.entry("push the pram", "pram pushing near roads"),
            Map.entry("whole grape", "choking risk"),
            Map.entry("popcorn,", "choking risk"),
            Map.entry("nuts,", "choking risk"),
            Map.entry("leave mia in the bath", "never alone in the bath"),
            Map.entry("hold mia down", "restraint"),
            Map.entry("time-out", "exclusion as discipline"));

    /** Words a few strategies must keep, because they carry the safety of what they ask. */
    static final Map<String, List<String>> REQUIRED = Map.of(
            "move.car_seat", List.of("parked", "engine is off", "an adult always does up the harness", "puffy"),
            "play.people_games", List.of("stop when mia turns away"),
            "feed.open_cup", List.of("upright", "coughs", "tell your therapist"),
            "feed.regular_times", List.of("first ask your doctor or therapist"),
            "feed.family_table", List.of("upright", "harness"),
            "feed.own_spoon", List.of("hand under"),
            "self.hand_washing", List.of("stay beside", "only warm"),
            "reg.car_bag", List.of("soft toys"),
            "sleep.drowsy_awake", List.of("no need to stop breastfeeding"),
            "move.walk_part", List.of("hold hands near roads"));

    /**
     * Behavioural settling: not advised under about 6 months; Homeplan offers it from 12 months, when the
     * safe-sleep rules for babies end (before that the clinician can still choose it, with the reason shown).
     */
    static final Set<String> SETTLING = Set.of("sleep.drowsy_awake", "sleep.chair_further", "sleep.back_to_bed");

    final StrategyLibrary library = StrategyLibrary.builtIn();

    @BeforeAll
    static void english() {
        Messages.setLocale(Locale.ENGLISH);
    }

    @Test
    void everyStrategyHasAnAgeRangeAndTheSafetyTagsItsRoutinesNeed() {
        for (LibraryStrategy s : library.all()) {
            assertThat(s.ages()).as(s.key()).isNotNull();
            assertThat(s.ages().fromMonths()).as(s.key()).isBetween(0, 72);
            Set<SafetyTag> needed = EnumSet.noneOf(SafetyTag.class);
            s.routineKeys().forEach(r -> needed.addAll(SafetyTag.forRoutine(r)));
            assertThat(s.safety()).as("%s fits %s", s.key(), s.routineKeys()).containsAll(needed);
        }
    }

    @Test
    void behaviouralSettlingIsNotOfferedUnderSixMonthsAndSleepToysNotUnderTwelve() {
        for (String key : SETTLING) {
            LibraryStrategy s = library.find(key).orElseThrow();
            assertThat(s.ages().fromMonths()).as(key).isGreaterThanOrEqualTo(SafetyTag.SAFE_SLEEP_UNTIL_MONTHS);
            assertThat(s.suitsAge(9)).as(key).isFalse();
        }
        LibraryStrategy toy = library.find("sleep.comfort_toy").orElseThrow();
        assertThat(toy.ages().fromMonths()).isGreaterThanOrEqualTo(SafetyTag.SAFE_SLEEP_UNTIL_MONTHS);
        assertThat(toy.routineKeys()).doesNotContain("car");
        assertThat(library.find("move.stand_to_play").orElseThrow().routineKeys()).doesNotContain("bath");
        assertThat(library.find("play.siblings").orElseThrow().routineKeys()).doesNotContain("car", "bath");
    }

    @Test
    void everyStrategyReadsAtGradeSixOrBelow() {
        for (LibraryStrategy s : library.all()) {
            String text = s.text("Mia");
            assertThat(ReadingLevel.grade(text)).as("%s: %s", s.key(), text).isLessThanOrEqualTo(6.0);
        }
    }

    @Test
    void noUnsafeWordingIsLeftInTheLibrary() {
        for (LibraryStrategy s : library.all()) {
            String words = (s.title("Mia") + " " + s.text("Mia")).toLowerCase(Locale.ROOT).replace('\u2019', '\'');
            BANNED.forEach((phrase, why) -> assertThat(words).as("%s (%s)", s.key(), why).doesNotContain(phrase));
        }
        REQUIRED.forEach((key, phrases) -> {
            String words = library.find(key).orElseThrow().text("Mia").toLowerCase(Locale.ROOT);
            assertThat(words).as(key).contains(phrases);
        });
    }

    @Test
    void theReadingLevelEstimateTellsPlainFromHardWords() {
        assertThat(ReadingLevel.syllables("banana")).isEqualTo(3);
        assertThat(ReadingLevel.syllables("make")).isEqualTo(1);
        assertThat(ReadingLevel.grade("Put the cup down. Wait for Mia.")).isLessThan(2);
        assertThat(ReadingLevel.grade("Facilitate proprioceptive input during functional self-regulation activities "
                + "to increase independence in activities of daily living.")).isGreaterThan(12);
    }
}
