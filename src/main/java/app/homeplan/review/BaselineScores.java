package app.homeplan.review;

import app.homeplan.plan.Family;
import app.homeplan.plan.Goal;
import java.time.LocalDate;

/**
 * Where the goals started, at goal setting: mean family ratings ({@link Goal#copm()}) over the goals
 * rated then, and the GAS T-score of the starting levels over the goals with written levels and a
 * starting level.
 *
 * @param date the intake meeting's date, or null when none was recorded
 */
public record BaselineScores(LocalDate date, Copm.Mean performance, Copm.Mean satisfaction, GasResult gas) {

    public static BaselineScores of(Family family, GasMode mode) {
        return new BaselineScores(family.meetingDate(),
                Copm.Mean.of(family.goals(), g -> g.copm().performance()),
                Copm.Mean.of(family.goals(), g -> g.copm().satisfaction()),
                GasResult.of(family.goals(), g -> g.gas().baseline(), LeftOut.NO_START, mode));
    }
}
