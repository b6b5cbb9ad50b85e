package app.homeplan.intake;

import static org.assertj.core.api.Assertions.assertThat;

import app.homeplan.i18n.Messages;
import app.homeplan.plan.Goal;
import app.homeplan.plan.Routine;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The outcome wording template and the goal-quality check, in the words a family would see. */
class GoalRulesTest {
    static final Routine BREAKFAST = Routine.of("breakfast", "Breakfast");
    static final Routine BATH = Routine.of("bath", "Bath time");
    static final Routine GRANDMA = Routine.of("", "Visiting Bà Ngoại");

    @BeforeAll
    static void english() {
        Messages.setLocale(Locale.ENGLISH);
    }

    @Test
    void theTemplateNamesTheChildAndTheRoutinesInPlainWords() {
        assertThat(GoalWording.outcomeStart("Mia", List.of(BREAKFAST))).isEqualTo("Mia will join in at breakfast by ");
        assertThat(GoalWording.outcomeStart("Mia", List.of(BREAKFAST, BATH)))
                .isEqualTo("Mia will join in at breakfast and bath time by ");
        assertThat(GoalWording.outcomeStart("An", List.of(BREAKFAST, BATH, GRANDMA)))
                .isEqualTo("An will join in at breakfast, bath time and Visiting Bà Ngoại by ");
        assertThat(GoalWording.outcomeStart("Mia", List.of())).isEqualTo("Mia will ");
        // A renamed built-in routine is the family's own words: kept as typed.
        assertThat(GoalWording.outcomeStart("Mia", List.of(BATH.withName("Bath with Dad"))))
                .isEqualTo("Mia will join in at Bath with Dad by ");
    }

    @Test
    void anUnfinishedTemplateIsRecognisedButNormalWordsAreNot() {
        assertThat(GoalWording.isUnfinished("Mia will join in at breakfast by ")).isTrue();
        assertThat(GoalWording.isUnfinished("Mia will join in at breakfast by\u2026")).isTrue();
        assertThat(GoalWording.isUnfinished("Mia will ")).isTrue();
        assertThat(GoalWording.isUnfinished("Mia will help with the baby")).isFalse();
        assertThat(GoalWording.isUnfinished("Mia will join in at breakfast by feeding herself")).isFalse();
        assertThat(GoalWording.isUnfinished("")).isFalse();
    }

    @Test
    void aGoodGoalHasNoIssues() {
        Goal good = Goal.builder().familyWords("We want Mia to feed herself")
                .outcome("Mia will join in at breakfast by using a spoon").routineIds(List.of(BREAKFAST.id()))
                .criterion("Half her meal, 5 days a week").targetDate(LocalDate.of(2027, 5, 1)).build();
        assertThat(GoalQuality.check(good, "Mia")).isEmpty();
    }

    @Test
    void eachMissingPartIsExplainedInPlainWords() {
        Goal bare = Goal.builder().outcome("Mia will join in at breakfast by ").build();
        List<GoalQuality.Issue> issues = GoalQuality.check(bare, "Mia");
        assertThat(issues).extracting(GoalQuality.Issue::kind).containsExactly(GoalQuality.Kind.NO_FAMILY_WORDS,
                GoalQuality.Kind.NO_ROUTINE, GoalQuality.Kind.UNFINISHED_OUTCOME, GoalQuality.Kind.NO_CRITERION,
                GoalQuality.Kind.NO_TARGET_DATE);
        assertThat(issues).noneMatch(GoalQuality.Issue::blocks);
        assertThat(issues.get(0).message()).contains("family's own words");
        assertThat(issues.get(1).message()).contains("routine where Mia will practise this");
        assertThat(issues.get(3).message()).contains("how you will know it's working");
    }

    @Test
    void onlyAGoalWithNoWordsAtAllBlocks() {
        Goal empty = Goal.builder().familyWords(" ").routineIds(List.of(BREAKFAST.id())).build();
        assertThat(GoalQuality.check(empty, "Mia")).singleElement().satisfies(i -> {
            assertThat(i.blocks()).isTrue();
            assertThat(i.message()).contains("no words yet");
        });
        assertThat(GoalQuality.check(Goal.inFamilyWords("Sleep"), "Mia")).noneMatch(GoalQuality.Issue::blocks);
    }

    @Test
    void clinicalJargonIsFoundWithAPlainAlternative() {
        Goal jargon = Goal.builder().familyWords("Improve her GROSS-MOTOR skills and ADLs")
                .outcome("Mia will use bilateral coordination at bath").routineIds(List.of(BATH.id()))
                .criterion("Better oral motor and receptive/expressive language").targetDate(LocalDate.of(2027, 1, 1))
                .build();
        List<String> messages = GoalQuality.check(jargon, "Mia").stream()
                .filter(i -> i.kind() == GoalQuality.Kind.JARGON).map(GoalQuality.Issue::message).toList();
        assertThat(messages).hasSize(5);
        assertThat(messages.get(0)).isEqualTo("\u201cGROSS-MOTOR\u201d is a clinical word. Say it the way the family "
                + "would, for example \u201cwalking, climbing, running and jumping\u201d.");
        assertThat(String.join(" ", messages)).contains("ADLs", "bilateral", "oral motor", "receptive/expressive language");
        // Everyday words that merely contain a term are not jargon.
        Goal plain = Goal.builder().familyWords("She is very expressive and loves the admin lady")
                .outcome("Mia will join in at bath by splashing").routineIds(List.of(BATH.id()))
                .criterion("Every bath").targetDate(LocalDate.of(2027, 1, 1)).build();
        assertThat(GoalQuality.check(plain, "Mia")).isEmpty();
    }

    @Test
    void moreThanTenGoalsGetAGentleWarning() {
        assertThat(GoalQuality.manyGoalsWarning(10)).isEmpty();
        assertThat(GoalQuality.manyGoalsWarning(11)).contains("11 goals").contains("up to 10");
    }
}
