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
        assertThat(GoalWording.outcomeStart("Mia", List.of(BREAKFAST))).isEqualTo("Mia will take part in breakfast by ");
        assertThat(GoalWording.outcomeStart("Mia", List.of(BREAKFAST, BATH)))
                .isEqualTo("Mia will take part in breakfast and bath time by ");
        assertThat(GoalWording.outcomeStart("An", List.of(BREAKFAST, BATH, GRANDMA)))
                .isEqualTo("An will take part in breakfast, bath time and Visiting Bà Ngoại by ");
        assertThat(GoalWording.outcomeStart("Mia", List.of())).isEqualTo("Mia will ");
        // A renamed built-in routine is the family's own words: kept as typed.
        assertThat(GoalWording.outcomeStart("Mia", List.of(BATH.withName("Bath with Dad"))))
                .isEqualTo("Mia will take part in Bath with Dad by ");
    }

    @Test
    void anUnfinishedTemplateIsRecognisedButNormalWordsAreNot() {
        assertThat(GoalWording.isUnfinished("Mia will take part in breakfast by ")).isTrue();
        assertThat(GoalWording.isUnfinished("Mia will take part in breakfast by\u2026")).isTrue();
        assertThat(GoalWording.isUnfinished("Mia will ")).isTrue();
        assertThat(GoalWording.isUnfinished("Mia will help with the baby")).isFalse();
        assertThat(GoalWording.isUnfinished("Mia will take part in breakfast by feeding herself")).isFalse();
        assertThat(GoalWording.isUnfinished("")).isTrue(); // a blank outcome is not finished either
        assertThat(GoalWording.isUnfinished("We will ")).isTrue();
    }

    @Test
    void aGoodGoalHasNoIssues() {
        Goal good = Goal.builder().familyWords("We want Mia to feed herself")
                .outcome("Mia will take part in breakfast by using a spoon").routineIds(List.of(BREAKFAST.id()))
                .criterion("Half her meal, 5 days a week, for 2 weeks").targetDate(LocalDate.of(2027, 5, 1)).build();
        assertThat(GoalQuality.check(good, "Mia")).isEmpty();
    }

    @Test
    void eachMissingPartIsExplainedInPlainWords() {
        Goal bare = Goal.builder().outcome("Mia will take part in breakfast by ").build();
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
        // The family's own words are never flagged ("GROSS-MOTOR", "ADLs"): only what the clinician wrote.
        assertThat(messages).hasSize(3);
        assertThat(messages.get(0)).isEqualTo("\u201cbilateral\u201d is a clinical word. Say it the way the "
                + "family would, for example \u201cusing both hands together\u201d.");
        assertThat(String.join(" ", messages)).contains("oral motor", "receptive/expressive language")
                .doesNotContain("GROSS-MOTOR", "ADLs");
        // Everyday words that merely contain a term are not jargon.
        Goal plain = Goal.builder().familyWords("She is very expressive and loves the admin lady")
                .outcome("Mia will take part in bath by splashing").routineIds(List.of(BATH.id()))
                .criterion("Every bath for 2 weeks").targetDate(LocalDate.of(2027, 1, 1)).build();
        assertThat(GoalQuality.check(plain, "Mia")).isEmpty();
    }

    @Test
    void theWiderJargonListIsFoundInTheOutcomeAndCriterion() {
        for (String term : List.of("self regulation", "independently", "mod assist", "prompts", "compliance",
                "sensory diet", "heavy work", "behaviours of concern", "age-appropriate", "tone", "PECS", "echolalia")) {
            Goal g = good("Mia will take part in play at home by using " + term + " with her sister",
                    "On 5 of 7 days, for 2 weeks");
            assertThat(kinds(g)).as(term).containsExactly(GoalQuality.Kind.JARGON);
        }
    }

    @Test
    void vagueVerbsNegativeWordingAndDisciplineLabelsAreFlaggedWithAnEverydayQuestion() {
        List<GoalQuality.Issue> vague = GoalQuality.check(good("Mia will tolerate bath time", "Every bath, for 2 weeks"), "Mia");
        assertThat(vague).extracting(GoalQuality.Issue::kind).containsExactly(GoalQuality.Kind.VAGUE_VERB);
        assertThat(vague.get(0).message()).startsWith("Is this something the family will see in everyday life? "
                + "\u201ctolerate\u201d does not say what Mia will do.");
        for (String verb : List.of("improve", "maintains", "increasing", "decrease", "receives", "demonstrate")) {
            assertThat(kinds(good("Mia will " + verb + " her words at breakfast", "Every day for 2 weeks")))
                    .as(verb).contains(GoalQuality.Kind.VAGUE_VERB);
        }
        assertThat(kinds(good("Mia won't scream at breakfast", "Every day for 2 weeks"))).containsExactly(GoalQuality.Kind.NEGATIVE);
        assertThat(kinds(good("Mia will stop hitting at play time", "Every day for 2 weeks"))).containsExactly(GoalQuality.Kind.NEGATIVE);
        assertThat(kinds(good("Mia will eat without crying", "Every day for 2 weeks"))).containsExactly(GoalQuality.Kind.NEGATIVE);
        assertThat(GoalQuality.check(good("OT goal: Mia will dress herself", "Every day for 2 weeks"), "Mia"))
                .extracting(GoalQuality.Issue::message).containsExactly("Leave out whose goal it is (\u201cOT goal\u201d): "
                        + "the family works on it together, with every therapist.");
        assertThat(kinds(good("Mia will say two words at breakfast", "Speech goal, every day for 2 weeks")))
                .containsExactly(GoalQuality.Kind.DISCIPLINE);
    }

    @Test
    void theCriterionSaysHowOftenAndHowLongInWhatTheFamilySees() {
        List<GoalQuality.Issue> trials = GoalQuality.check(good("Mia will take part in breakfast by using a spoon",
                "4/5 trials for 2 weeks"), "Mia");
        assertThat(trials).extracting(GoalQuality.Issue::kind).containsExactly(GoalQuality.Kind.CLINIC_COUNT);
        assertThat(trials.get(0).message()).isEqualTo("\u201c4/5\u201d is how a clinic counts. Say what the family "
                + "will see, for example \u201cat 5 of 7 breakfasts\u201d.");
        assertThat(kinds(good("Mia will take part in breakfast by using a spoon", "80 % of meals for 2 weeks")))
                .containsExactly(GoalQuality.Kind.CLINIC_COUNT);
        assertThat(GoalQuality.check(good("Mia will take part in breakfast by using a spoon", "She uses it"), "Mia"))
                .extracting(GoalQuality.Issue::message).containsExactly("Say how often and for how long, for example "
                        + "\u201con 5 of 7 days, with the people at home, for 2 weeks\u201d.");
        assertThat(kinds(good("Mia will take part in breakfast by using a spoon", "At most breakfasts")))
                .containsExactly(GoalQuality.Kind.CRITERION_CUES);
        assertThat(kinds(good("Mia will take part in breakfast by using a spoon", "At most breakfasts, for 3 weeks in a row")))
                .isEmpty();
    }

    @Test
    void aBlankOutcomeIsUnfinishedAndAFamilyOutcomeNeedsNoRoutine() {
        Goal blank = Goal.builder().familyWords("Feed herself").routineIds(List.of(BREAKFAST.id()))
                .criterion("Every day for 2 weeks").targetDate(LocalDate.of(2027, 1, 1)).build();
        assertThat(kinds(blank)).containsExactly(GoalQuality.Kind.UNFINISHED_OUTCOME);
        Goal childcare = Goal.builder().familyWords("We need childcare so I can go back to work")
                .outcome(GoalWording.familyOutcomeStart() + "find a childcare place by June")
                .criterion("Mia starts two days a week, for 4 weeks").targetDate(LocalDate.of(2027, 6, 1)).build();
        assertThat(GoalQuality.check(childcare, "Mia")).isEmpty();
        assertThat(GoalWording.isFamilyOutcome("We will find a childcare place by June")).isTrue();
        assertThat(GoalWording.isFamilyOutcome("Mia will find her shoes")).isFalse();
    }

    @Test
    void theTemplateReadsNaturallyForEveryBuiltInRoutine() {
        for (app.homeplan.library.LibraryRoutine r : app.homeplan.library.RoutineLibrary.all()) {
            String start = GoalWording.outcomeStart("Mia", List.of(Routine.of(r.key(), r.displayName())));
            assertThat(start).as(r.key()).startsWith("Mia will take part in ").endsWith(" by ")
                    .doesNotContain("in travel", "in Travel", "Mum", "Dad");
            assertThat(start.substring("Mia will take part in ".length(), start.length() - 4))
                    .as(r.key()).isEqualTo(Messages.get("library.routine." + r.key() + ".inSentence"))
                    .matches("\\p{Ll}.*"); // reads inside a sentence
        }
        assertThat(GoalWording.outcomeStart("Mia", List.of(Routine.of("car", "Travel in the car"), BATH)))
                .isEqualTo("Mia will take part in car trips and bath time by ");
        // An outcome in the wording of earlier versions gets the new start, keeping what was written after it.
        assertThat(GoalWording.withStart("Mia will join in at breakfast by using a spoon", "Mia", List.of(BREAKFAST, BATH)))
                .isEqualTo("Mia will take part in breakfast and bath time by using a spoon");
        assertThat(Messages.get("intake.goals.criterion.prompt", "Mia")).doesNotContain("Mum", "Dad");
    }

    private static Goal good(String outcome, String criterion) {
        return Goal.builder().familyWords("In our words").outcome(outcome).routineIds(List.of(BREAKFAST.id()))
                .criterion(criterion).targetDate(LocalDate.of(2027, 1, 1)).build();
    }

    private static List<GoalQuality.Kind> kinds(Goal g) {
        return GoalQuality.check(g, "Mia").stream().map(GoalQuality.Issue::kind).toList();
    }

    @Test
    void moreThanTenGoalsGetAGentleWarning() {
        assertThat(GoalQuality.manyGoalsWarning(10)).isEmpty();
        assertThat(GoalQuality.manyGoalsWarning(11)).contains("11 goals").contains("up to 10");
    }
}
