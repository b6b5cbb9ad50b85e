package app.homeplan.print;

import app.homeplan.plan.Goal;
import app.homeplan.plan.Review;
import app.homeplan.scores.Copm;
import app.homeplan.scores.GoalProgress;
import app.homeplan.scores.ProgressSummary;
import app.homeplan.scores.ReviewScores;
import app.homeplan.scores.ScoreFormat;
import app.homeplan.scores.ScoreText;
import app.homeplan.scores.GasComparison;
import app.homeplan.scores.PracticeSummary;
import app.homeplan.scores.RatingComparison;
import java.util.List;

/**
 * The review history of the clinician copy, kept apart from the rest of its layout: every review,
 * oldest first, with the numbers and coverage sentences the review screen shows ({@link ProgressSummary},
 * {@link ScoreFormat}, {@link ScoreText}). A table of the scores over time, each naming its goals; then
 * per review who came, the GAS T-score and the family ratings at the start and now over the same
 * goals, and each goal with who rated, the decision (or "Not decided yet") and how often it was practised.
 */
final class ReviewHistoryHtml {
    /** The CSS this part needs, added to the clinician copy's. */
    static final String CSS = """
            /* A new page only when less than about a third of one is left: always starting one left the last
               goal scale alone on a near-empty page (the Arabic family's, the example's). */
            .section.history-section { page-break-before: auto; margin-top: 8mm; -fs-page-break-min-height: 9cm; }
            .history-section > * { -fs-page-break-min-height: 0; }
            table.history th.when, table.history td.when { width: 34%; }
            table.history th.num { width: 22%; }
            table.review-goals th.goal-col { width: 24%; }
            table.review-goals th.copm { width: 19%; }
            table.review-goals th.gas { width: 16%; }
            table.review-goals th.status { width: 22%; }
            table.review-goals tbody { page-break-inside: avoid; }
            .review { margin-bottom: 6mm; }
            .review:last-child, .review > :last-child { margin-bottom: 0; }
            .review-head { page-break-inside: avoid; }
            .review-scores { margin: 0 0 3mm 0; }
            .review-scores p { margin-bottom: 1mm; }
            """;

    private final PrintHtml host;
    private final StringBuilder out;

    ReviewHistoryHtml(PrintHtml host) {
        this.host = host;
        this.out = host.out;
    }

    void write() {
        out.append("<div class=\"section history-section\">\n<h2>").append(host.msg("print.clinician.reviews"))
                .append("</h2>\n");
        ProgressSummary summary = ProgressSummary.of(host.family, host.options.gasMode());
        if (summary.reviews().isEmpty()) {
            host.para("muted", host.msg("print.clinician.reviews.none"));
            out.append("</div>\n");
            return;
        }
        host.para("intro", host.msg("print.clinician.history.intro", Copm.MEANINGFUL_CHANGE));

        out.append("<h3>").append(host.msg("print.clinician.history.overTime")).append("</h3>\n");
        int table = out.length();
        out.append("<table class=\"history\"><thead><tr>");
        host.th("when", host.msg("print.clinician.history.when"));
        host.th("num", host.msg("print.clinician.history.performance"));
        host.th("num", host.msg("print.clinician.history.satisfaction"));
        // GAS-light without a score: the goals are rated on their levels, and no T-score row or column is printed.
        boolean tScore = host.options.gasMode().showsTScore();
        if (tScore) {
            host.th("num", host.msg("print.clinician.history.tScore"));
        }
        out.append("</tr></thead><tbody>");
        for (ProgressSummary.Point point : summary.timeline()) {
            String when = point.isStart()
                    ? (point.date() == null ? host.text("print.clinician.history.start")
                            : host.text("print.clinician.history.startOn", host.date(point.date())))
                    : host.text("print.clinician.history.reviewOn", point.reviewNumber(), host.date(point.date()));
            out.append("<tr><td class=\"when\">").append(Html.escape(when)).append("</td>");
            valueOver(host.oneDecimal(point.performance()), point.performanceGoals());
            valueOver(host.oneDecimal(point.satisfaction()), point.satisfactionGoals());
            if (tScore) {
                valueOver(host.oneDecimal(point.tScore()), point.tScoreGoals());
            }
            out.append("</tr>");
        }
        out.append("</tbody></table>\n");
        host.keepHeadWithFirstRows(table, 0.34f, 0.22f, 0.22f, 0.22f);
        host.para("muted", host.msg("print.clinician.history.overNote"));

        for (ReviewScores scores : summary.reviews()) {
            review(scores);
        }
        out.append("</div>\n");
    }

    /** A number with the goals it is over in small type beneath. */
    private void valueOver(String value, List<Goal> goals) {
        out.append("<td class=\"num\">").append(Html.escape(value));
        if (!goals.isEmpty()) {
            out.append("<br/><span class=\"over muted\">")
                    .append(Html.escape(ScoreText.goals(host.lang(), host.family, goals))).append("</span>");
        }
        out.append("</td>");
    }

    private void review(ReviewScores scores) {
        Review review = scores.review();
        // The heading stays with the scores; the goals' table may go on over the page, a goal with its notes.
        out.append("<div class=\"review\"><div class=\"review-head\"><h3>")
                .append(host.msg("print.clinician.review.title", scores.number(), host.date(review.date())))
                .append("</h3>");
        if (!review.attendees().isBlank()) {
            out.append("<p class=\"user\">")
                    .append(host.msg("print.clinician.review.attendees", PrintHtml.user(review.attendees())))
                    .append("</p>");
        }
        out.append("<div class=\"review-scores\">");
        GasComparison gas = scores.gas();
        if (host.options.gasMode().showsTScore()) {
            scoreLine("print.clinician.review.tScore", host.oneDecimal(gas.now().tScore()),
                    host.oneDecimal(gas.start().tScore()), ScoreText.gasCoverage(host.lang(), host.family, gas), false);
        }
        ratingLine("print.clinician.review.performance", scores.performance());
        ratingLine("print.clinician.review.satisfaction", scores.satisfaction());
        out.append("</div></div>");

        if (!scores.goals().isEmpty()) {
            int table = out.length();
            out.append("<table class=\"scores review-goals\"><thead><tr>");
            host.th("goal-col", host.msg("print.clinician.copm.goal"));
            host.th("num copm", host.msg("print.clinician.copm.performance"));
            host.th("num copm", host.msg("print.clinician.copm.satisfaction"));
            host.th("num gas", host.msg("print.clinician.review.gas"));
            host.th("num status", host.msg("print.clinician.review.status"));
            out.append("</tr></thead>");
            for (GoalProgress goal : scores.goals()) {
                goalRows(goal);
            }
            out.append("</table>\n");
            // Its header row sat alone at the foot of a page, the goals starting on the next (11 goals, page 23).
            host.keepHeadWithFirstRows(table, 0.24f, 0.19f, 0.19f, 0.16f, 0.22f);
        }
        if (!review.notes().isBlank()) {
            host.labelled(host.msg("print.clinician.review.summary"), review.notes());
        }
        out.append("</div>\n");
    }

    private void goalRows(GoalProgress goal) {
        out.append("<tbody><tr>");
        host.cellHtml(host.goalLine("print.day.goal", goal.rank(), goal.goal()));
        if (goal.addedLater()) {
            out.append("<td colspan=\"4\" class=\"muted\">").append(host.msg("review.table.addedLater"))
                    .append("</td></tr></tbody>");
            return;
        }
        changeCell(goal.baselinePerformance(), goal.performance(), goal.performanceChange().orElse(null));
        changeCell(goal.baselineSatisfaction(), goal.satisfaction(), goal.satisfactionChange().orElse(null));
        String gas = !goal.gasRatable() ? host.text("review.table.noLevels")
                : goal.gasBaseline() == null && goal.gasAttainment() == null ? ScoreFormat.NONE
                : host.text("review.table.fromTo", host.level(goal.gasBaseline()),
                        host.level(goal.gasAttainment()));
        String raters = ScoreText.raters(host.lang(), goal);
        out.append("<td class=\"num\">").append(Html.escape(gas));
        if (!raters.isEmpty()) {
            out.append("<br/><span class=\"over\">").append(Html.escape(raters)).append("</span>");
        }
        out.append("</td>");
        out.append("<td class=\"num\">").append(Html.escape(goal.rating() == null
                ? host.text("review.table.notRated") : ScoreText.decision(host.lang(), goal))).append("</td>");
        out.append("</tr>");
        if (!goal.practice().isEmpty()) {
            out.append("<tr><td colspan=\"5\">").append(host.label(host.msg("print.clinician.review.practice")));
            for (PracticeSummary p : goal.practice()) {
                out.append(Html.escape(ScoreText.practice(host.lang(), p, host.routineName(p.routine())))).append(' ');
            }
            out.append("</td></tr>");
        }
        if (!goal.notes().isBlank()) {
            out.append("<tr><td colspan=\"5\" class=\"user\">").append(host.label(host.msg("print.clinician.review.notes")))
                    .append(host.isolated(goal.notes())).append("</td></tr>");
        }
        out.append("</tbody>");
    }

    /** "Performance (mean): 5.5 (at the start: 2.5). Change: +3.0 over goals 1 and 2. Both over goals 1 and 2: ..." */
    private void ratingLine(String labelKey, RatingComparison comparison) {
        String detail = ScoreText.ratingCoverage(host.lang(), host.family, comparison);
        if (!comparison.goals().isEmpty()) {
            detail = host.text("review.tile.changeOver", ScoreText.change(host.lang(), host.family, comparison)) + " " + detail;
        }
        scoreLine(labelKey, host.oneDecimal(comparison.now()), host.oneDecimal(comparison.start()), detail,
                comparison.meaningful());
    }

    private void scoreLine(String labelKey, String now, String start, String detail, boolean meaningful) {
        out.append("<p><span class=\"label\">").append(host.msg(labelKey, now)).append("</span> ")
                .append(host.msg("print.clinician.review.atStart", start)).append(' ').append(Html.escape(detail));
        if (meaningful) {
            out.append(" <span class=\"strong\">")
                    .append(host.msg("print.clinician.review.meaningful", Copm.MEANINGFUL_CHANGE)).append("</span>");
        }
        out.append("</p>");
    }

    /** "3 → 7 (+4)", in bold when the change is meaningful (2 points or more either way). */
    private void changeCell(Integer start, Integer now, Copm.Change change) {
        String fromTo = host.text("review.table.fromTo", host.rating(start), host.rating(now));
        out.append("<td class=\"num").append(change != null && change.meaningful() ? " strong" : "").append("\">")
                .append(Html.escape(fromTo));
        if (change != null) {
            out.append("<br/>").append(host.msg("print.clinician.review.change", host.signed(change.points())));
        }
        out.append("</td>");
    }
}
