package app.homeplan.intake.ui;

import app.homeplan.i18n.Messages;
import app.homeplan.plan.Family;
import app.homeplan.plan.Goal;
import app.homeplan.plan.PlanStatus;
import app.homeplan.plan.Routine;
import app.homeplan.plan.Strategy;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import app.homeplan.intake.GoalQuality;
import app.homeplan.intake.IntakeStep;

/**
 * Step 6, review and print: the whole plan at a glance with the goals x routines matrix, what is
 * still open, the review date and the plan's status (draft, then active once the family takes it home).
 */
public final class FinishStepViewModel {
    /** Plans are usually reviewed every six months (IFSP practice); sooner for young children. */
    public static final List<Integer> REVIEW_MONTHS = List.of(3, 6);

    private final FamilyDraft draft;
    private final Supplier<LocalDate> today;
    private final ObjectProperty<LocalDate> reviewDate = new SimpleObjectProperty<>(this, "reviewDate");
    private final ObjectProperty<PlanStatus> status = new SimpleObjectProperty<>(this, "status");
    private final ObservableList<OpenPoint> openPoints = FXCollections.observableArrayList();

    public FinishStepViewModel(FamilyDraft draft, Supplier<LocalDate> today) {
        this.draft = draft;
        this.today = today;
        reviewDate.set(draft.get().reviewDate());
        status.set(draft.get().status());
        reviewDate.addListener((o, was, now) -> {
            draft.update(f -> f.toBuilder().reviewDate(now).build());
            refresh();
        });
        status.addListener((o, was, now) -> draft.update(f -> f.toBuilder().status(now).build()));
        refresh();
    }

    public ObjectProperty<LocalDate> reviewDateProperty() { return reviewDate; }
    public ObjectProperty<PlanStatus> statusProperty() { return status; }
    /** Things still to do, each with the step where it is done; the plan can be made active anyway. */
    public ObservableList<OpenPoint> openPoints() { return openPoints; }

    public Family family() {
        return draft.get();
    }

    /** The child's age on the meeting day (or today), or empty when the date of birth is not known. */
    public String age() {
        Family f = draft.get();
        java.time.Period p = f.child().ageOn(f.meetingDate() != null ? f.meetingDate() : today.get());
        return p == null ? "" : FamilyStepViewModel.ageText(p);
    }

    /** The goals across the matrix: in the family's ranking. */
    public List<Goal> matrixGoals() {
        return draft.get().goals();
    }

    /** The routines down the matrix: those with at least one goal, in the order of the day. */
    public List<Routine> matrixRoutines() {
        Family f = draft.get();
        return f.routines().stream().filter(r -> !f.goalsIn(r.id()).isEmpty()).toList();
    }

    /** Routines of the day that no goal is practised in yet. */
    public List<Routine> routinesWithoutGoals() {
        Family f = draft.get();
        return f.routines().stream().filter(r -> f.goalsIn(r.id()).isEmpty()).toList();
    }

    /** One cell of the matrix. */
    public Cell cell(Goal goal, Routine routine) {
        boolean practised = goal.routineIds().contains(routine.id());
        return new Cell(practised, practised ? draft.get().strategiesFor(goal.id(), routine.id()) : List.of());
    }

    /** Sets the review date some months from the meeting day (or today). */
    public void reviewIn(int months) {
        LocalDate from = draft.get().meetingDate() != null ? draft.get().meetingDate() : today.get();
        reviewDate.set(from.plusMonths(months));
    }

    private void refresh() {
        Family f = draft.get();
        List<OpenPoint> points = new ArrayList<>();
        String child = f.child().displayName();
        if (!f.consentToStore()) {
            points.add(new OpenPoint(IntakeStep.FAMILY, Messages.get("intake.review.open.consent")));
        }
        if (f.routines().isEmpty()) {
            points.add(new OpenPoint(IntakeStep.DAY, Messages.get("intake.review.open.noRoutines")));
        }
        if (f.goals().isEmpty()) {
            points.add(new OpenPoint(IntakeStep.GOALS, Messages.get("intake.review.open.noGoals")));
        }
        for (int i = 0; i < f.goals().size(); i++) {
            Goal g = f.goals().get(i);
            List<GoalQuality.Issue> issues = GoalQuality.check(g, child);
            if (!issues.isEmpty()) {
                points.add(new OpenPoint(IntakeStep.GOALS, Messages.get("intake.review.open.goal", i + 1,
                        app.homeplan.ui.BidiLines.inSentence(g.headline().strip()), issues.get(0).message())));
            }
            for (Routine r : f.routines()) {
                if (g.routineIds().contains(r.id()) && f.strategiesFor(g.id(), r.id()).isEmpty()) {
                    points.add(new OpenPoint(IntakeStep.STRATEGIES, Messages.get("intake.review.open.noStrategy",
                            i + 1, r.name().strip())));
                }
            }
        }
        if (f.reviewDate() == null) {
            points.add(new OpenPoint(IntakeStep.REVIEW, Messages.get("intake.review.open.noReviewDate")));
        }
        openPoints.setAll(points);
    }

    /** Something still open in the plan, and the step where it is done. */
    public record OpenPoint(IntakeStep step, String text) {
    }

    /** A goal in a routine: practised there or not, and its strategies. */
    public record Cell(boolean practised, List<Strategy> strategies) {
    }
}
