package app.homeplan.intake;

import app.homeplan.i18n.Messages;
import app.homeplan.plan.AboutUs;
import app.homeplan.plan.Family;
import app.homeplan.plan.Goal;
import app.homeplan.plan.PlanStatus;

/** How far each step is, for the marks in the step list: not started, done, or worth a look. */
public final class StepProgress {
    /** The mark a step shows. */
    public enum State { TODO, DONE, ATTENTION }

    /** One step's mark and a few words on what is in it ("3 routines"). */
    public record Info(IntakeStep step, State state, String summary) {
    }

    private StepProgress() {
    }

    public static Info of(IntakeStep step, Family f) {
        return of(step, f, new GoalQuality.Remembered());
    }

    /** As {@link #of(IntakeStep, Family)}, checking only the goals that changed since the last call. */
    public static Info of(IntakeStep step, Family f, GoalQuality.Remembered goalChecks) {
        return switch (step) {
            case FAMILY -> new Info(step, f.caregivers().isEmpty() ? State.TODO
                    : f.consentToStore() ? State.DONE : State.ATTENTION,
                    Messages.get("intake.progress.family", f.caregivers().size()));
            case ABOUT -> new Info(step, f.about().equals(AboutUs.EMPTY) && f.supports().isEmpty() ? State.TODO : State.DONE,
                    Messages.get("intake.progress.about", f.supports().size()));
            case DAY -> new Info(step, f.routines().isEmpty() ? State.TODO : State.DONE,
                    Messages.get("intake.progress.day", f.routines().size(),
                            f.routines().stream().mapToInt(r -> r.concerns().size()).sum()));
            case GOALS -> new Info(step, f.goals().isEmpty() ? State.TODO
                    : goalChecks.anyIssues(f) ? State.ATTENTION : State.DONE,
                    Messages.get("intake.progress.goals", f.goals().size()));
            case STRATEGIES -> new Info(step, strategiesState(f),
                    Messages.get("intake.progress.strategies", f.strategies().size()));
            case REVIEW -> new Info(step, f.status() == PlanStatus.DRAFT ? State.TODO : State.DONE,
                    Messages.get(f.status().messageKey()));
        };
    }

    private static State strategiesState(Family f) {
        if (f.strategies().isEmpty()) {
            return State.TODO;
        }
        for (Goal g : f.goals()) {
            for (String routineId : g.routineIds()) {
                if (f.strategiesFor(g.id(), routineId).isEmpty()) {
                    return State.ATTENTION;
                }
            }
        }
        return State.DONE;
    }
}
