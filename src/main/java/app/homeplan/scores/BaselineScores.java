package app.homeplan.scores;

import app.homeplan.plan.Family;
import app.homeplan.plan.Goal;
import java.time.LocalDate;

/**
 * Where the goals started, at goal setting: mean COPM-style performance and satisfaction
 * ({@link Goal#copm()}) and the GAS T-score of the baseline levels.
 *
 * @param date the intake meeting's date, or null when none was recorded
 */
public record BaselineScores(LocalDate date, Copm.Mean performance, Copm.Mean satisfaction, GasResult gas) {

    public static BaselineScores of(Family family) {
        return new BaselineScores(family.meetingDate(),
                Copm.Mean.of(family.goals(), g -> g.copm().performance()),
                Copm.Mean.of(family.goals(), g -> g.copm().satisfaction()),
                GasResult.atBaseline(family));
    }
}
