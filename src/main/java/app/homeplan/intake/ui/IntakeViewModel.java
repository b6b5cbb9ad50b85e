package app.homeplan.intake.ui;

import app.homeplan.intake.RoomNotes;
import app.homeplan.i18n.Messages;
import app.homeplan.language.LanguagePacks;
import app.homeplan.plan.Family;
import app.homeplan.plan.Goal;
import app.homeplan.store.FamilyRepository;
import app.homeplan.store.OwnStrategies;
import app.homeplan.store.StoreThread;
import app.homeplan.ui.FamilyAutosaver;
import app.homeplan.ui.Scheduler;
import java.time.LocalDate;
import java.time.Period;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import app.homeplan.intake.GoalQuality;
import app.homeplan.intake.IntakeStep;
import app.homeplan.intake.StepProgress;

/**
 * The intake as a whole: which step is showing, how far each step is, moving between steps, and
 * saving. Any step can be visited at any time; the only thing that stops the family moving past
 * "Our goals" is a goal with no words at all. The current step is saved with the family, so
 * reopening it resumes there. When the data file can only be read the family can be looked at,
 * step by step, and nothing is written (not even the step).
 */
public final class IntakeViewModel {
    private final FamilyDraft draft;
    private final FamilyAutosaver autosaver;
    private final StoreThread storeThread;
    private final OwnStrategies ownStrategies;
    private final Executor ui;
    private final Supplier<LocalDate> today;

    private final ReadOnlyObjectWrapper<IntakeStep> step = new ReadOnlyObjectWrapper<>(this, "step");
    private final ObservableList<StepProgress.Info> progress = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper blocked = new ReadOnlyStringWrapper(this, "blocked", "");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "");
    private final ReadOnlyStringWrapper subtitle = new ReadOnlyStringWrapper(this, "subtitle", "");
    private final GoalQuality.Remembered goalChecks = new GoalQuality.Remembered();
    private final ReadOnlyStringWrapper room = new ReadOnlyStringWrapper(this, "room", "");
    private final app.homeplan.plan.FamilyRoom roomCheck = new app.homeplan.plan.FamilyRoom();
    private final ObjectProperty<LanguagePacks> packs =
            new SimpleObjectProperty<>(this, "packs", LanguagePacks.shipped());

    public IntakeViewModel(Family family, FamilyRepository repository, StoreThread storeThread,
                           OwnStrategies ownStrategies, Scheduler scheduler, Executor ui, Supplier<LocalDate> today) {
        this(family, repository, storeThread, ownStrategies, scheduler, ui, today, false);
    }

    /** @param readOnly the data file can only be read: look, but write nothing */
    public IntakeViewModel(Family family, FamilyRepository repository, StoreThread storeThread,
                           OwnStrategies ownStrategies, Scheduler scheduler, Executor ui, Supplier<LocalDate> today,
                           boolean readOnly) {
        this.draft = new FamilyDraft(family);
        this.autosaver = new FamilyAutosaver(family, repository, storeThread, scheduler, ui, readOnly)
                .follow(draft.familyProperty());
        this.storeThread = storeThread;
        this.ownStrategies = ownStrategies;
        this.ui = ui;
        this.today = today;
        step.set(IntakeStep.at(family.wizardStep()));
        draft.familyProperty().addListener((o, was, now) -> refresh());
        refresh();
    }

    public FamilyDraft draft() { return draft; }
    public FamilyAutosaver autosaver() { return autosaver; }
    /** True when the data file can only be read. */
    public boolean isReadOnly() { return autosaver.isReadOnly(); }
    public ReadOnlyObjectProperty<IntakeStep> stepProperty() { return step.getReadOnlyProperty(); }
    /** One entry per step, in order: its mark and summary. */
    public ObservableList<StepProgress.Info> progress() { return progress; }
    /** Why the last move was refused, or empty. */
    public ReadOnlyStringProperty blockedProperty() { return blocked.getReadOnlyProperty(); }
    /** "Mia's plan". */
    public ReadOnlyStringProperty titleProperty() { return title.getReadOnlyProperty(); }
    /**
     * Room left, said calmly once a text or list of the family is at 90% of its limit (the limit and
     * what is left), or past it (by how much to shorten); empty otherwise.
     */
    public ReadOnlyStringProperty roomProperty() { return room.getReadOnlyProperty(); }
    /** "3 years 7 months · Draft". */
    public ReadOnlyStringProperty subtitleProperty() { return subtitle.getReadOnlyProperty(); }

    public Supplier<LocalDate> today() {
        return today;
    }

    /**
     * Shows a step. Refused (returns false, with the reason in {@link #blockedProperty()}) only when it
     * lies past "Our goals" and a goal has no words yet.
     */
    public boolean go(IntakeStep target) {
        // Read-only: nothing can be fixed, so nothing blocks looking at the later steps.
        if (target.compareTo(IntakeStep.GOALS) > 0 && !isReadOnly()) {
            int blank = blankGoal();
            if (blank > 0) {
                blocked.set(Messages.get("intake.blocked.blankGoal", blank));
                return false;
            }
        }
        blocked.set("");
        step.set(target);
        if (!isReadOnly()) {
            draft.update(f -> f.toBuilder().wizardStep(target.ordinal()).build());
        }
        return true;
    }

    public boolean next() {
        IntakeStep now = step.get();
        return !now.isLast() && go(IntakeStep.values()[now.ordinal() + 1]);
    }

    public boolean back() {
        IntakeStep now = step.get();
        return now.ordinal() > 0 && go(IntakeStep.values()[now.ordinal() - 1]);
    }

    /** Clears the "cannot move on" message (when the family starts fixing it). */
    public void clearBlocked() {
        blocked.set("");
    }

    /** Saves everything now; see {@link FamilyAutosaver#flush()}. */
    public CompletableFuture<Family> flush() {
        return autosaver.flush();
    }

    // --- the steps' models, made fresh each time a step shows, from the family as it is now ---

    /**
     * The language packs step 1 offers: the shipped ones until the clinic's own (beside the data file)
     * have been read; set on the FX thread.
     */
    public ObjectProperty<LanguagePacks> packsProperty() {
        return packs;
    }

    public FamilyStepViewModel familyStep() {
        return new FamilyStepViewModel(draft, today, packs);
    }

    public AboutStepViewModel aboutStep() {
        return new AboutStepViewModel(draft);
    }

    public DayStepViewModel dayStep() {
        return new DayStepViewModel(draft);
    }

    public GoalsStepViewModel goalsStep() {
        return new GoalsStepViewModel(draft, today);
    }

    public StrategiesStepViewModel strategiesStep() {
        return new StrategiesStepViewModel(draft, storeThread, ownStrategies, ui);
    }

    public FinishStepViewModel finishStep() {
        return new FinishStepViewModel(draft, today);
    }

    /** The rank (from 1) of the first goal with no words, or 0. */
    private int blankGoal() {
        java.util.List<Goal> goals = draft.get().goals();
        for (int i = 0; i < goals.size(); i++) {
            if (GoalQuality.isBlank(goals.get(i))) {
                return i + 1;
            }
        }
        return 0;
    }

    private void refresh() {
        Family f = draft.get();
        java.util.List<StepProgress.Info> now = Arrays.stream(IntakeStep.values()).map(s -> StepProgress.of(s, f, goalChecks)).toList();
        if (!now.equals(progress)) {
            progress.setAll(now);
        }
        title.set(Messages.get("intake.title", f.child().displayName()));
        LocalDate day = f.meetingDate() != null ? f.meetingDate() : today.get();
        Period age = f.child().ageOn(day);
        String status = Messages.get(f.status().messageKey());
        subtitle.set(age == null ? status : Messages.get("intake.subtitle", FamilyStepViewModel.ageText(age), status));
        room.set(RoomNotes.summary(roomCheck.of(f)));
        if (!blocked.get().isEmpty() && blankGoal() == 0) {
            blocked.set("");
        }
    }
}
