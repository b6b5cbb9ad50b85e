package app.homeplan.print;

import app.homeplan.i18n.Messages;
import app.homeplan.plan.Family;
import app.homeplan.plan.Goal;
import app.homeplan.plan.GoalStatus;
import app.homeplan.scores.Copm;
import app.homeplan.scores.GoalProgress;
import app.homeplan.scores.ProgressSummary;
import app.homeplan.scores.ReviewScores;
import app.homeplan.scores.ScoreFormat;
import app.homeplan.scores.ScoreText;
import app.homeplan.scores.Copm;
import app.homeplan.scores.GoalProgress;
import app.homeplan.scores.PracticeSummary;
import app.homeplan.scores.ProgressSummary;
import app.homeplan.scores.RatingComparison;
import app.homeplan.scores.ReviewScores;
import app.homeplan.scores.ScoreFormat;
import app.homeplan.scores.ScoreText;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;

/**
 * The progress summary the family takes home ({@link PlanCopy#PROGRESS}), in plain words only: where
 * each goal started and where it is now, what changed, what we decided (a goal not decided yet is
 * left out of "what we decided"), how often we practised it (from the tracker pages), the family's own
 * notes, and the next review date (at the top). No T-score, weights or coverage detail: those are in
 * the clinician copy. Each average says in plain words which goals it is over, with the same goals as
 * the review screen ({@link ProgressSummary}, {@link ScoreText}). "Now" is the newest review.
 */
final class ProgressSummaryHtml extends PrintHtml {
    private static final int SCALE_MAX = 10;

    private final ProgressSummary summary;

    private ProgressSummaryHtml(Family family, PrintOptions options) {
        super(family, options);
        this.summary = ProgressSummary.of(family, options.gasMode());
    }

    static String render(Family family, PrintOptions options) {
        return new ProgressSummaryHtml(family, options).document();
    }

    /** "Mia's progress": the title on every page and the PDF's title. */
    static String title(Family family) {
        return Messages.get("print.progress.title", family.child().displayName());
    }

    @Override
    protected String title() {
        return text("print.progress.title", family.child().displayName());
    }

    @Override
    protected String titleHtml() {
        return msg("print.progress.title", user(family.child().displayName()));
    }

    @Override
    protected String subject() {
        return text("print.progress.subject");
    }

    @Override
    protected String documentCss() {
        return """
                .facts p { margin: 0 0 1mm 0; }
                .lead { margin: 0 0 3mm 0; }
                h2.glance { margin-top: 2mm; }
                h2.goals-title { margin-top: 6mm; }
                table.compare { table-layout: fixed; }
                table.compare th.what { width: 33%; }
                table.compare th.start, table.compare th.now { width: 19%; }
                table.compare th.change { width: 29%; }
                table.compare th.row-head { background-color: #fff; }
                table.compare td { vertical-align: middle; }
                .value { font-size: 15pt; font-weight: bold; }
                .bar { width: 21mm; height: 3.2mm; border: 0.75pt solid #000; margin: 1mm 0 0 0; }
                .fill { height: 3.2mm; }
                .fill.at-start { background-color: #b0b0b0; }
                .fill.at-now { background-color: #000; }
                .real-step { margin: 0 0 4mm 0; }
                .score-box { border: 1.5pt solid #000; border-radius: 3mm; padding: 3mm 5mm; margin: 0 0 4mm 0; page-break-inside: avoid; }
                .score-box .big { font-size: 24pt; font-weight: bold; }
                .score-box p { margin-bottom: 1mm; }
                .goal { margin-bottom: 0; }
                .goal + .goal, .keep + .goal { margin-top: 7mm; }
                .goal > :last-child { margin-bottom: 0; }
                .row-note { font-weight: normal; }
                .second-language { page-break-before: always; }
                table.timeline th.when, table.timeline td.when { width: 40%; }
                table.timeline th.num { width: 30%; }
                .practice { margin: 2mm 0; }
                table.starting th.goal-col { width: 50%; }
                .keep { page-break-inside: avoid; }
                """;
    }

    @Override
    protected void body() {
        inEachLanguage(this::summary);
    }

    /** The whole summary in the language being written (once more in English for a bilingual printout). */
    private void summary() {
        titleBlockStart();
        out.append("<div class=\"facts\">");
        para("", family.meetingDate() == null ? msg("print.progress.sinceUndated")
                : msg("print.progress.since", date(family.meetingDate())));
        summary.latest().ifPresent(latest -> {
            para("", msg("print.progress.lastReview", date(latest.review().date())));
            if (!latest.review().attendees().isBlank()) {
                out.append("<p class=\"user\">")
                        .append(msg("print.progress.who", user(latest.review().attendees())))
                        .append("</p>");
            }
        });
        // The next review is said once, at the top, where it is found first (a box at the end would often
        // be left alone on a last page).
        para("label", family.reviewDate() == null ? msg("print.cover.review.none")
                : msg("print.notes.review", date(family.reviewDate())));
        out.append("</div>");
        titleBlockEnd();

        if (family.goals().isEmpty()) {
            para("lead", msg("print.progress.goals.none"));
            return;
        }
        if (summary.reviews().isEmpty()) {
            noReviewYet();
            return;
        }
        ReviewScores latest = summary.latest().orElseThrow();
        // "Here is how far ... has come" only when something did move forward; never assumed. A long name is
        // said in its first words, as in the page header: the whole name is the title's.
        para("lead user", msg(cameForward(latest) ? "print.progress.intro" : "print.progress.introNoGain",
                user(shortChildName())));
        glance(latest);
        if (!latest.review().notes().isBlank()) {
            labelled(msg("print.progress.reviewNotes"), latest.review().notes());
        }
        if (summary.reviews().size() > 1) {
            timeline();
        }
        goals(latest);
    }

    // ---------------------------------------------------------------- at a glance

    private void glance(ReviewScores latest) {
        out.append("<h2 class=\"glance\">").append(msg("print.progress.glance")).append("</h2>\n");
        compareTableStart();
        averageRow("print.progress.performance", latest.performance());
        averageRow("print.progress.satisfaction", latest.satisfaction());
        out.append("</tbody></table>\n");
        out.append("<p class=\"real-step\">").append(msg("print.progress.realStep", Copm.MEANINGFUL_CHANGE)).append("</p>\n");
    }

    /** Whether anything moved forward since the start: an average, a goal's rating or its GAS level. */
    private static boolean cameForward(ReviewScores latest) {
        return latest.performance().change().orElse(0) > 0 || latest.satisfaction().change().orElse(0) > 0
                || latest.goals().stream().anyMatch(g -> g.performanceChange().map(c -> c.points() > 0).orElse(false)
                        || g.satisfactionChange().map(c -> c.points() > 0).orElse(false)
                        || g.gasChange().map(c -> c > 0).orElse(false));
    }

    /** One average at the start and now, over the same goals, named in plain words; and what changed. */
    private void averageRow(String labelKey, RatingComparison comparison) {
        out.append("<tr><th scope=\"row\" class=\"row-head\">").append(msg(labelKey))
                .append("<br/><span class=\"row-note muted\">")
                .append(Html.escape(ScoreText.familyAverage(lang(), family, comparison))).append("</span></th>");
        valueCell(oneDecimal(comparison.start()), comparison.start(), "at-start");
        valueCell(oneDecimal(comparison.now()), comparison.now(), "at-now");
        out.append("<td>").append(Html.escape(changeWords(comparison))).append("</td></tr>\n");
    }

    /** The scores at every meeting, for a family that has had more than one review. */
    private void timeline() {
        out.append("<h3>").append(msg("print.progress.timeline")).append("</h3>\n");
        int table = out.length();
        out.append("<table class=\"timeline\"><thead><tr>");
        th("when", msg("print.progress.timeline.when"));
        th("num", msg("print.progress.performance"));
        th("num", msg("print.progress.satisfaction"));
        out.append("</tr></thead><tbody>");
        for (ProgressSummary.Point point : summary.timeline()) {
            String when = point.isStart()
                    ? (point.date() == null ? text("print.progress.timeline.start")
                            : text("print.progress.timeline.startOn", date(point.date())))
                    : text("print.progress.timeline.review", point.reviewNumber(), date(point.date()));
            out.append("<tr><td class=\"when\">").append(Html.escape(when)).append("</td>");
            valueOver(point.performance(), point.performanceGoals());
            valueOver(point.satisfaction(), point.satisfactionGoals());
            out.append("</tr>");
        }
        out.append("</tbody></table>\n");
        keepHeadWithFirstRows(table, 0.4f, 0.3f, 0.3f);
    }

    /** An average with the goals it is over beneath, in small type ("goals 1, 2 and 3"). */
    private void valueOver(OptionalDouble value, List<Goal> goals) {
        out.append("<td class=\"num\">").append(Html.escape(oneDecimal(value)));
        if (!goals.isEmpty()) {
            out.append("<br/><span class=\"over muted\">").append(Html.escape(ScoreText.goals(lang(), family, goals)))
                    .append("</span>");
        }
        out.append("</td>");
    }

    // ---------------------------------------------------------------- each goal

    private void goals(ReviewScores latest) {
        // No page break of its own: after a timeline the first goals share its page; each goal stays whole.
        // The title and its intro go with the first goal, so they never end a page on their own.
        out.append("<div class=\"goals\">\n<div class=\"keep\"><h2 class=\"goals-title\">").append(msg("print.progress.goals"))
                .append("</h2>\n");
        para("intro", msg("print.progress.goals.intro"));
        boolean first = true;
        for (GoalProgress goal : latest.goals()) {
            goal(goal);
            if (first) {
                out.append("</div>\n");
                first = false;
            }
        }
        if (first) {
            out.append("</div>\n");
        }
        out.append("</div>\n");
    }

    private void goal(GoalProgress goal) {
        out.append("<div class=\"goal\">");
        out.append("<p class=\"goal-number\">").append(msg("print.goals.number", goal.rank())).append("</p>");
        out.append("<p class=\"goal-words user\" dir=\"auto\">").append(userText(headline(goal.goal()))).append("</p>");
        if (goal.addedLater()) {
            para("label", msg("print.progress.addedLater"));
            out.append("</div>\n");
            return;
        }
        if (goal.rating() == null) {
            para("label", msg("print.progress.notRated"));
        }
        compareTableStart();
        ratingRow("print.progress.goal.performance", goal.baselinePerformance(), goal.performance(),
                goal.performanceChange().orElse(null));
        ratingRow("print.progress.goal.satisfaction", goal.baselineSatisfaction(), goal.satisfaction(),
                goal.satisfactionChange().orElse(null));
        if (goal.gasRatable() && (goal.gasBaseline() != null || goal.gasAttainment() != null)) {
            out.append("<tr><th scope=\"row\" class=\"row-head\">").append(msg("print.progress.goal.gas")).append("</th>");
            out.append("<td>").append(gasLevel(goal.gasBaseline())).append("</td>");
            out.append("<td>").append(gasLevel(goal.gasAttainment())).append("</td>");
            out.append("<td>").append(Html.escape(goal.gasChange().map(this::levelWords)
                    .orElse(ScoreFormat.NONE))).append("</td></tr>\n");
        }
        out.append("</tbody></table>\n");

        Integer level = goal.gasAttainment();
        if (level != null && !goal.goal().gas().description(level).isBlank()) {
            out.append("<p class=\"user\">")
                    .append(msg("print.progress.looksLike", user(goal.goal().gas().description(level))))
                    .append("</p>");
        }
        if (!goal.practice().isEmpty()) {
            out.append("<p class=\"practice\">").append(label(msg("print.progress.practice")));
            for (PracticeSummary practice : goal.practice()) {
                out.append("<br/>").append(withUserText(
                        routine -> ScoreText.practice(lang(), practice, routine), routineName(practice.routine())));
            }
            out.append("</p>");
        }
        // A decision only when one was made: "not decided yet" is left out of the family's copy.
        goal.status().ifPresent(status -> out.append("<p>").append(label(msg("print.progress.decision")))
                .append(Html.escape(decision(status))).append("</p>"));
        if (!goal.notes().isBlank()) {
            labelled(msg("print.progress.goalNotes"), goal.notes());
        }
        out.append("</div>\n");
    }

    private void ratingRow(String labelKey, Integer start, Integer now, Copm.Change change) {
        out.append("<tr><th scope=\"row\" class=\"row-head\">").append(msg(labelKey)).append("</th>");
        valueCell(rating(start), start == null ? OptionalDouble.empty() : OptionalDouble.of(start), "at-start");
        valueCell(rating(now), now == null ? OptionalDouble.empty() : OptionalDouble.of(now), "at-now");
        String words = change != null ? changeWords(change.points(), change.meaningfulGain(), change.meaningfulLoss(),
                signed(change.points()))
                : now == null ? ScoreFormat.NONE // "We did not rate this goal" is said above the table
                : text("print.progress.change.noStart");
        out.append("<td>").append(Html.escape(words)).append("</td></tr>\n");
    }

    // ---------------------------------------------------------------- before the first review

    private void noReviewYet() {
        out.append("<h2 class=\"glance\">").append(msg("print.progress.none.title")).append("</h2>\n");
        para("lead user", msg("print.progress.none.text", user(shortChildName())));
        out.append("<h3>").append(msg("print.progress.none.start")).append("</h3>\n");
        int table = out.length();
        out.append("<table class=\"starting\"><thead><tr>");
        th("goal-col", msg("print.clinician.copm.goal"));
        th("num", msg("print.progress.goal.performance"));
        th("num", msg("print.progress.goal.satisfaction"));
        out.append("</tr></thead><tbody>");
        for (Goal goal : family.goals()) {
            out.append("<tr>");
            cellHtml(goalLine("print.day.goal", goalNumber(goal), goal));
            out.append("<td class=\"num value\">").append(Html.escape(rating(goal.copm().performance())))
                    .append("</td><td class=\"num value\">")
                    .append(Html.escape(rating(goal.copm().satisfaction()))).append("</td></tr>");
        }
        out.append("</tbody></table>\n");
        keepHeadWithFirstRows(table, 0.5f, 0.25f, 0.25f);
    }

    // ---------------------------------------------------------------- helpers

    /** The table that sets "at the start" beside "now" and says what changed. */
    private void compareTableStart() {
        out.append("<table class=\"compare\"><thead><tr>");
        th("what", msg("print.progress.col.what"));
        th("start", msg("print.progress.col.start"));
        th("now", msg("print.progress.col.now"));
        th("change", msg("print.progress.col.change"));
        out.append("</tr></thead><tbody>");
    }

    /** A rating out of 10: the number as the screen shows it, with a bar drawn to scale under it. */
    private void valueCell(String shown, OptionalDouble value, String barClass) {
        out.append("<td><span class=\"value\">").append(Html.escape(shown)).append("</span>");
        if (value.isPresent()) {
            double percent = Math.max(0, Math.min(100, value.getAsDouble() * 100 / SCALE_MAX));
            out.append("<div class=\"bar\"><div class=\"fill ").append(barClass).append("\" style=\"width: ")
                    .append(String.format(Locale.ROOT, "%.1f", percent)).append("%\"></div></div>");
        }
        out.append("</td>");
    }

    /** "Somewhat less than expected" for a GAS level, "—" when none. */
    private String gasLevel(Integer level) {
        return level == null ? Html.escape(ScoreFormat.NONE) : msg("review.gas.level." + (level + 2));
    }

    private String levelWords(int change) {
        return change > 0 ? text("print.progress.levels.up", change)
                : change < 0 ? text("print.progress.levels.down", -change)
                : text("print.progress.levels.same");
    }

    /** What changed in an average, judged as the screen judges it (on the value shown, to one decimal). */
    private String changeWords(RatingComparison comparison) {
        if (comparison.change().isEmpty()) {
            return ScoreFormat.NONE; // the row says in words that there is nothing to compare yet
        }
        double shown = ScoreFormat.round(comparison.change().getAsDouble());
        return changeWords(shown, comparison.meaningfulGain(), comparison.meaningfulLoss(),
                signed(comparison.change()));
    }

    /** "+4: a real step forward", "+1: a little better", "About the same", "−1: a little harder", "−2: a real step back". */
    private String changeWords(double shown, boolean realGain, boolean realLoss, String signed) {
        if (realGain) {
            return text("print.progress.change.up", signed);
        }
        if (realLoss) {
            return text("print.progress.change.down", signed);
        }
        if (shown > 0) {
            return text("print.progress.change.upSmall", signed);
        }
        if (shown < 0) {
            return text("print.progress.change.downSmall", signed);
        }
        return text("print.progress.change.same");
    }

    /** "Continuing: we keep working on it." (the decision's name as on the review screen). */
    private String decision(GoalStatus status) {
        return text("print.progress.status." + status.name().toLowerCase(Locale.ROOT),
                text(status.messageKey()));
    }
}
