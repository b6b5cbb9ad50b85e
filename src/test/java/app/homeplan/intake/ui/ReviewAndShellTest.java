package app.homeplan.intake.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.homeplan.i18n.Messages;
import app.homeplan.plan.Child;
import app.homeplan.plan.Family;
import app.homeplan.plan.Goal;
import app.homeplan.plan.PlanStatus;
import app.homeplan.plan.Routine;
import app.homeplan.plan.Strategy;
import app.homeplan.store.Store;
import app.homeplan.store.StoreThread;
import app.homeplan.testing.ManualScheduler;
import app.homeplan.testing.Stores;
import app.homeplan.testing.UiThread;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import app.homeplan.intake.IntakeStep;
import app.homeplan.intake.StepProgress;

/** Step 6 (the plan at a glance, what is open, status and review date) and moving between steps. */
class ReviewAndShellTest {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
    final Routine breakfast = Routine.of("breakfast", "Breakfast");
    final Routine car = Routine.of("car", "Travel in the car");
    final Routine bath = Routine.of("bath", "Bath time");
    final Goal feeding = Goal.builder().familyWords("Feed herself").routineIds(List.of(breakfast.id()))
            .outcome("Mia will take part in breakfast by feeding herself")
            .criterion("Half her meal, every day for 2 weeks").targetDate(TODAY.plusMonths(6)).build();
    final Goal asking = Goal.builder().familyWords("Ask for things").routineIds(List.of(breakfast.id(), bath.id()))
            .outcome("Mia will take part in breakfast and bath time by asking with a sign")
            .build();
    final Strategy spoon = new Strategy(null, feeding.id(), breakfast.id(), "Own spoon", "Mum", "Every meal", "");

    @BeforeAll
    static void english() {
        Messages.setLocale(Locale.ENGLISH);
    }

    private Family family() {
        return Family.builder(new Child("Mia", "", TODAY.minusYears(3)))
                .routines(List.of(breakfast, car, bath)).goals(List.of(feeding, asking)).strategies(List.of(spoon))
                .meetingDate(TODAY).build();
    }

    @Test
    void theMatrixHasRoutinesDownGoalsAcrossAndStrategiesInTheCells() {
        FinishStepViewModel model = new FinishStepViewModel(new FamilyDraft(family()), () -> TODAY);
        assertThat(model.matrixGoals()).extracting(Goal::familyWords).containsExactly("Feed herself", "Ask for things");
        assertThat(model.matrixRoutines()).extracting(Routine::name).containsExactly("Breakfast", "Bath time");
        assertThat(model.routinesWithoutGoals()).extracting(Routine::name).containsExactly("Travel in the car");
        assertThat(model.cell(feeding, breakfast)).isEqualTo(new FinishStepViewModel.Cell(true, List.of(spoon)));
        assertThat(model.cell(feeding, bath)).isEqualTo(new FinishStepViewModel.Cell(false, List.of()));
        assertThat(model.cell(asking, bath)).isEqualTo(new FinishStepViewModel.Cell(true, List.of()));
        assertThat(model.age()).isEqualTo("3 years");
    }

    @Test
    void whatIsStillOpenIsListedWithItsStepAndTheStatusAndReviewDateAreSaved() {
        FamilyDraft draft = new FamilyDraft(family());
        FinishStepViewModel model = new FinishStepViewModel(draft, () -> TODAY);
        assertThat(model.openPoints()).extracting(p -> p.step() + ": " + p.text()).containsExactly(
                "FAMILY: The family has not yet agreed that this record is kept on this computer.",
                "GOALS: Goal 2, \u201cAsk for things\u201d: Say how you will know it's working, so everyone can see the progress at the review.",
                "STRATEGIES: Goal 2 has no strategy yet at Breakfast.",
                "STRATEGIES: Goal 2 has no strategy yet at Bath time.",
                "REVIEW: There is no review date yet.");
        model.reviewIn(6);
        assertThat(draft.get().reviewDate()).isEqualTo(TODAY.plusMonths(6));
        assertThat(model.openPoints()).noneMatch(p -> p.step() == IntakeStep.REVIEW);
        model.statusProperty().set(PlanStatus.ACTIVE);
        assertThat(draft.get().status()).isEqualTo(PlanStatus.ACTIVE);
    }

    @Test
    void anyStepCanBeVisitedButABlankGoalStopsMovingPastGoals(@TempDir Path dir) throws Exception {
        try (StoreThread storeThread = new StoreThread(); UiThread ui = new UiThread()) {
            Store store = storeThread.submit(() -> Stores.open(dir.resolve("homeplan.db"))).get();
            Family stored = storeThread.submit(() -> store.families().insert(family().toBuilder().wizardStep(2).build())).get();
            IntakeViewModel model = ui.call(() -> new IntakeViewModel(stored, store.families(), storeThread,
                    store.ownStrategies(), new ManualScheduler(ui), ui, () -> TODAY));
            ui.run(() -> {
                assertThat(model.stepProperty().get()).isEqualTo(IntakeStep.DAY); // resumes where it was
                assertThat(model.titleProperty().get()).isEqualTo("Mia's plan");
                assertThat(model.subtitleProperty().get()).isEqualTo("3 years · Draft");
                assertThat(model.progress()).extracting(StepProgress.Info::state).containsExactly(
                        StepProgress.State.TODO, StepProgress.State.TODO, StepProgress.State.DONE,
                        StepProgress.State.ATTENTION, StepProgress.State.ATTENTION, StepProgress.State.TODO);
                assertThat(model.progress().get(2).summary()).isEqualTo("3 routines");

                assertThat(model.go(IntakeStep.REVIEW)).isTrue();
                assertThat(model.draft().get().wizardStep()).isEqualTo(5);
                assertThat(model.back()).isTrue();
                assertThat(model.stepProperty().get()).isEqualTo(IntakeStep.STRATEGIES);
                assertThat(model.go(IntakeStep.FAMILY)).isTrue();
                assertThat(model.back()).isFalse();

                GoalsStepViewModel goals = model.goalsStep();
                goals.addGoal(); // a goal with no words yet
                assertThat(model.go(IntakeStep.GOALS)).isTrue();
                assertThat(model.next()).isFalse();
                assertThat(model.stepProperty().get()).isEqualTo(IntakeStep.GOALS);
                assertThat(model.blockedProperty().get()).startsWith("Goal 3 has no words yet");
                assertThat(model.go(IntakeStep.REVIEW)).isFalse();
                assertThat(model.go(IntakeStep.DAY)).isTrue(); // going back is always fine
                assertThat(model.blockedProperty().get()).isEmpty();

                goals.goals().get(2).familyWordsProperty().set("Sleep in her own bed");
                assertThat(model.go(IntakeStep.STRATEGIES)).isTrue();
                assertThat(model.draft().get().wizardStep()).isEqualTo(4);
            });
            // The step is saved with the family, so reopening resumes there.
            model.flush().get();
            assertThat(storeThread.submit(() -> store.families().load(stored.id()).orElseThrow().wizardStep()).get())
                    .isEqualTo(4);
            storeThread.run(store::close).get();
        }
    }
}
