package app.homeplan.print;

import app.homeplan.i18n.Messages;
import app.homeplan.language.LanguagePack;
import app.homeplan.library.SafetyLines;
import app.homeplan.plan.Caregiver;
import app.homeplan.plan.Clinician;
import app.homeplan.plan.CopmRating;
import app.homeplan.plan.Family;
import app.homeplan.plan.GasScale;
import app.homeplan.plan.Goal;
import app.homeplan.plan.Review;
import app.homeplan.plan.Routine;
import app.homeplan.plan.Strategy;
import app.homeplan.review.BaselineScores;
import app.homeplan.review.Copm;
import app.homeplan.review.GoalProgress;
import app.homeplan.review.ProgressSummary;
import app.homeplan.review.ReviewScores;
import app.homeplan.review.ScoreFormat;
import app.homeplan.review.ScoreText;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a family's home plan as one XHTML document ({@link PrintHtml}), ready for the PDF renderer.
 *
 * <p>Layout: a cover; "Our goals" in the family's priority order; "Our day", one section per routine
 * in the order of the family's day (the heart of the plan); one practice tracker page per week; a
 * notes page; and, in the clinician copy only, ratings, GAS scales and the review history (written
 * from {@link ProgressSummary}, the numbers the review screen shows). Every page carries the plan's
 * title (with the child's name) and "Page X of Y".
 */
final class HomePlanHtml extends PrintHtml {
    /** Writing lines on the notes page: enough to fill it on A4 and Letter. */
    private static final int NOTE_LINES = 19;

    private HomePlanHtml(Family family, PrintOptions options) {
        super(family, options);
    }

    /** The whole plan as an XHTML string. */
    static String render(Family family, PrintOptions options) {
        return new HomePlanHtml(family, options).document();
    }

    /** The document's title, also used as the PDF title: "Mia's home plan". */
    static String title(Family family) {
        return Messages.get("print.title", family.child().displayName());
    }

    @Override
    protected String title() {
        return text("print.title", family.child().displayName());
    }

    @Override
    protected String titleHtml() {
        return msg("print.title", user(family.child().displayName()));
    }

    @Override
    protected String subject() {
        return text("print.cover.kicker");
    }

    @Override
    protected void body() {
        inEachLanguage(this::cover);
        inEachLanguage(this::goals);
        inEachLanguage(this::day);
        trackers();
        inEachLanguage(this::notes);
        if (options.copy() == PlanCopy.CLINICIAN) {
            clinician();
        }
    }

    @Override
    protected String documentCss() {
        return """
                .review-box { border: 2pt solid #000; border-radius: 3mm; padding: 3mm 5mm; margin: 5mm 0; page-break-inside: avoid; }
                .review-box .when { font-size: 18pt; font-weight: bold; }
                .routine { margin-bottom: 4mm; }
                .routine h3 { border-bottom: 0.75pt solid #000; padding-bottom: 1mm; }
                .time { font-weight: normal; }
                .routine-goal { margin-left: 2mm; }
                .safety { border-left: 2.5pt solid #000; padding: 0.5mm 0 0.5mm 3mm; margin: 0 0 3mm 0; page-break-inside: avoid; }
                .safety .safety-title { font-weight: bold; margin: 0 0 1mm 0; }
                .safety ul { margin: 0; padding-left: 5mm; }
                .safety li { margin: 0 0 0.8mm 0; }
                .strategy { border: 1pt solid #000; border-radius: 2mm; padding: 2mm 3.5mm; margin: 0 0 2mm 0; page-break-inside: avoid; }
                .strategy .what { margin-bottom: 1mm; }
                .strategy .meta { margin: 0; }
                .gap { padding-left: 6mm; }
                .tracker th.day, .tracker td.day { width: 7%; text-align: center; vertical-align: middle; padding: 1mm 0; }
                .tracker th.what, .tracker td.what { width: 51%; }
                .tracker td { padding-top: 1.2mm; padding-bottom: 1.2mm; line-height: 1.25; }
                .tracker tbody { page-break-inside: avoid; }
                .tracker tr.routine-row td { background-color: #e6e6e6; font-weight: bold; }
                .tick { display: inline-block; width: 6.5mm; height: 6.5mm; border: 1.5pt solid #000; }
                .week-of { margin: 0 0 4mm 0; }
                .translation-status { margin-top: 4mm; border: 1pt solid #000; padding: 2mm 3mm; }
                .second-language > .cover { page-break-before: always; }
                .in-english { font-weight: normal; font-size: 0.85em; }
                .write-line { display: inline-block; width: 60mm; border-bottom: 1pt solid #000; }
                .lines { margin-top: 4mm; }
                .line { border-bottom: 0.75pt solid #000; height: 10mm; }
                table.scores { table-layout: fixed; }
                .scores td.num, .scores th.num { width: 20%; }
                .gas td.level { width: 34%; }
                table.history th.when, table.history td.when { width: 40%; }
                table.history th.num { width: 20%; }
                table.review-goals th.goal-col { width: 27%; }
                table.review-goals th.copm { width: 20%; }
                table.review-goals th.gas { width: 13%; }
                table.review-goals th.status { width: 20%; }
                table.review-goals tbody { page-break-inside: avoid; }
                .review { margin-bottom: 6mm; }
                .review:last-child, .review > :last-child { margin-bottom: 0; }
                .review-head { page-break-inside: avoid; }
                .review-scores { margin: 0 0 3mm 0; }
                .review-scores p { margin-bottom: 1mm; }
                """;
    }

    // ---------------------------------------------------------------- cover

    private void cover() {
        String child = family.child().displayName();
        out.append("<div class=\"cover\">\n");
        titleBlockStart();
        if (family.meetingDate() != null) {
            para("", msg("print.cover.made", date(family.meetingDate())));
        }
        List<String> makers = makers();
        if (!makers.isEmpty()) {
            out.append("<p class=\"user\">").append(msg("print.cover.with", makersHtml(makers))).append("</p>");
        }
        titleBlockEnd();
        nextReviewBox();

        para("intro", msg("print.cover.intro"));

        out.append("<h3>").append(msg("print.cover.inside")).append("</h3><ul class=\"box-list\">");
        for (String key : insideKeys()) {
            out.append("<li>").append(msg(key)).append("</li>");
        }
        out.append("</ul>\n");

        String strengths = family.about().strengths().strip();
        String interests = family.about().interests().strip();
        if (!strengths.isEmpty() || !interests.isEmpty()) {
            out.append("<h3 class=\"user\">").append(msg("print.cover.about", user(child))).append("</h3>");
            if (!interests.isEmpty()) {
                labelled(msg("print.cover.interests", user(child)), interests);
            }
            if (!strengths.isEmpty()) {
                labelled(msg("print.cover.strengths", user(child)), strengths);
            }
        }

        List<Clinician> team = family.clinicians().stream().filter(c -> !c.name().isBlank()).toList();
        if (!team.isEmpty()) {
            out.append("<h3>").append(msg("print.cover.team")).append("</h3>\n<table class=\"team\"><thead><tr>")
                    .append("<th scope=\"col\">").append(msg("print.cover.team.name")).append("</th>")
                    .append("<th scope=\"col\">").append(msg("print.cover.team.role")).append("</th>")
                    .append("<th scope=\"col\">").append(msg("print.cover.team.contact")).append("</th>")
                    .append("</tr></thead><tbody>");
            for (Clinician c : team) {
                out.append("<tr>");
                cell(c.name());
                cell(c.discipline());
                cell(c.contact());
                out.append("</tr>");
            }
            out.append("</tbody></table>\n");
        }
        para("muted", msg("print.cover.printed", date(options.today())));
        out.append("</div>\n");
    }

    /** "Our next review" in a box: the date, or that a date will be chosen together. */
    private void nextReviewBox() {
        out.append("<div class=\"review-box\"><p class=\"label\">").append(msg("print.cover.review")).append("</p>");
        if (family.reviewDate() != null) {
            out.append("<p class=\"when\">").append(Html.escape(date(family.reviewDate()))).append("</p>");
        } else {
            out.append("<p>").append(msg("print.cover.review.none")).append("</p>");
        }
        out.append("</div>\n");
    }

    private List<String> insideKeys() {
        List<String> keys = new ArrayList<>(List.of("print.cover.inside.goals", "print.cover.inside.day",
                "print.cover.inside.tracker", "print.cover.inside.notes"));
        if (options.copy() == PlanCopy.CLINICIAN) {
            keys.add("print.cover.inside.clinician");
        }
        return keys;
    }

    /** Who made the plan, as markup (each name isolated): the caregivers who came, anyone else who came, and the clinicians. */
    private List<String> makers() {
        List<String> names = new ArrayList<>();
        for (Caregiver c : family.caregivers()) {
            if (c.attended() && !c.name().isBlank()) {
                names.add(isolated(c.name()));
            }
        }
        if (!family.otherAttendees().isBlank()) {
            names.add(isolated(family.otherAttendees()));
        }
        for (Clinician c : family.clinicians()) {
            if (!c.name().isBlank()) {
                names.add(c.discipline().isBlank() ? isolated(c.name())
                        : msg("print.nameWithRole", user(c.name()), user(c.discipline())));
            }
        }
        return names;
    }

    /** The makers as markup: each name isolated on its own (clinicians' names come already marked up). */
    private static Markup makersHtml(List<String> makers) {
        return new Markup(String.join(", ", makers));
    }

    // ---------------------------------------------------------------- goals

    private void goals() {
        out.append("<div class=\"section goals\">\n<h2>").append(msg("print.goals.title")).append("</h2>\n");
        if (family.goals().isEmpty()) {
            para("", msg("print.goals.none"));
            out.append("</div>\n");
            return;
        }
        para("intro", msg("print.goals.intro"));
        for (Goal goal : family.goals()) {
            int number = goalNumber(goal);
            out.append("<div class=\"goal\">");
            out.append("<p class=\"goal-number\">").append(msg("print.goals.number", number)).append("</p>");
            out.append("<p class=\"goal-words user\" dir=\"auto\">").append(userText(headline(goal))).append("</p>");
            if (!goal.familyWords().isBlank() && !goal.outcome().isBlank()) {
                labelled(msg("print.goals.outcome"), goal.outcome());
            }
            if (!goal.criterion().isBlank()) {
                labelled(msg("print.goals.criterion"), goal.criterion());
            }
            List<String> where = goal.routineIds().stream()
                    .map(id -> family.routine(id).map(this::routineName).orElse(""))
                    .filter(s -> !s.isBlank()).toList();
            // Where and when share a line: the goal stays short enough for four or five to a page.
            out.append("<p class=\"user\"><span class=\"label\">").append(msg("print.goals.where"))
                    .append(":</span> ")
                    .append(where.isEmpty() ? msg("print.goals.where.none")
                            : String.join(", ", where.stream().map(this::isolated).toList()));
            if (goal.targetDate() != null) {
                out.append("<span class=\"gap\"></span><span class=\"nowrap\"><span class=\"label\">")
                        .append(msg("print.goals.by")).append(":</span> ").append(Html.escape(date(goal.targetDate())))
                        .append("</span>");
            }
            out.append("</p>\n");
            out.append("</div>\n");
        }
        out.append("</div>\n");
    }

    // ---------------------------------------------------------------- our day

    private void day() {
        out.append("<div class=\"section day\">\n<h2>").append(msg("print.day.title")).append("</h2>\n");
        if (family.routines().isEmpty()) {
            para("", msg("print.day.none"));
        } else {
            para("intro", msg("print.day.intro"));
        }
        for (Routine routine : family.routines()) {
            out.append("<div class=\"routine\">");
            out.append("<h3 class=\"user\">");
            if (!routine.usualTime().isBlank()) {
                out.append("<span class=\"time\">").append(isolated(routine.usualTime())).append("</span>&#160;&#160;");
            }
            out.append(isolated(routineName(routine))).append("</h3>");
            safetyLines(routine);
            List<Goal> goals = family.goalsIn(routine.id());
            if (goals.isEmpty()) {
                para("muted", msg("print.day.noGoals"));
            }
            for (Goal goal : goals) {
                routineGoal(goal, family.strategiesFor(goal.id(), routine.id()));
            }
            out.append("</div>\n");
        }
        List<Goal> unassigned = family.goals().stream().filter(g -> g.routineIds().isEmpty()).toList();
        if (!unassigned.isEmpty()) {
            out.append("<div class=\"routine\"><h3>").append(msg("print.day.unassigned")).append("</h3>");
            para("muted", msg("print.day.unassigned.intro"));
            for (Goal goal : unassigned) {
                routineGoal(goal, List.of());
            }
            out.append("</div>\n");
        }
        out.append("</div>\n");
    }

    /** The fixed safety lines this routine needs, in a box under its name ({@link SafetyLines} decides which). */
    private void safetyLines(Routine routine) {
        List<String> lines = SafetyLines.lines(lang(), family, routine, options.today());
        if (lines.isEmpty()) {
            return;
        }
        out.append("<div class=\"safety\"><p class=\"safety-title user\">")
                .append(msg("library.safety.title", user(family.child().displayName()))).append("</p><ul>");
        for (String line : lines) {
            out.append("<li class=\"user\" dir=\"auto\">").append(Html.escape(line)).append("</li>");
        }
        out.append("</ul></div>\n");
    }

    private void routineGoal(Goal goal, List<Strategy> strategies) {
        out.append("<div class=\"routine-goal\">");
        out.append("<h4 class=\"user\">").append(goalLine("print.day.goal", goalNumber(goal), goal)).append("</h4>");
        if (strategies.isEmpty()) {
            para("muted", msg("print.day.noStrategies"));
        }
        for (Strategy s : strategies) {
            out.append("<div class=\"strategy\">");
            out.append("<p class=\"what user\" dir=\"auto\">").append(userText(strategyWords(s))).append("</p>");
            if (!s.who().isBlank() || !s.howOften().isBlank()) {
                out.append("<p class=\"meta user\">");
                if (!s.who().isBlank()) {
                    out.append("<span class=\"label\">").append(msg("print.day.who")).append(":</span> ")
                            .append(isolated(s.who()));
                }
                if (!s.howOften().isBlank()) {
                    out.append(s.who().isBlank() ? "" : "<span class=\"gap\"></span>")
                            .append("<span class=\"label\">").append(msg("print.day.howOften")).append(":</span> ")
                            .append(isolated(s.howOften()));
                }
                out.append("</p>");
            }
            out.append("</div>");
        }
        out.append("</div>\n");
    }

    // ---------------------------------------------------------------- tracker

    private void trackers() {
        List<DayOfWeek> days = List.of(DayOfWeek.values()); // Monday first
        for (int week = 1; week <= options.weeks(); week++) {
            int w = week;
            out.append("<div class=\"section tracker-page\">\n<h2>")
                    .append(both(() -> msg("print.tracker.title", w, options.weeks()))).append("</h2>\n");
            para("intro", both(() -> msg("print.tracker.intro")));
            out.append("<p class=\"week-of\"><span class=\"label\">").append(both(() -> msg("print.tracker.weekOf")))
                    .append("</span> <span class=\"write-line\">&#160;</span></p>\n");
            boolean any = family.routines().stream().anyMatch(r -> !family.goalsIn(r.id()).isEmpty());
            if (!any) {
                para("muted", msg("print.tracker.none"));
                out.append("</div>\n");
                continue;
            }
            out.append("<table class=\"tracker\"><thead><tr><th scope=\"col\" class=\"what\">")
                    .append(both(() -> msg("print.tracker.what"))).append("</th>");
            for (DayOfWeek d : days) {
                out.append("<th scope=\"col\" class=\"day\">")
                        .append(both(() -> Html.escape(lang().weekdayShort(d)))).append("</th>");
            }
            out.append("</tr></thead>\n");
            for (Routine routine : family.routines()) {
                List<Goal> goals = family.goalsIn(routine.id());
                if (goals.isEmpty()) {
                    continue;
                }
                // One row group per routine, kept on one page, so a routine's name is never parted from its goals.
                out.append("<tbody><tr class=\"routine-row\"><td colspan=\"8\" class=\"user\">")
                        .append(isolated(routineName(routine))).append("</td></tr>\n");
                for (Goal goal : goals) {
                    out.append("<tr><td class=\"what user\">")
                            .append(goalLine("print.tracker.goal", goalNumber(goal), goal))
                            .append("</td>");
                    for (int i = 0; i < days.size(); i++) {
                        out.append("<td class=\"day\"><span class=\"tick\"></span></td>");
                    }
                    out.append("</tr>\n");
                }
                out.append("</tbody>\n");
            }
            out.append("</table>\n</div>\n");
        }
    }

    // ---------------------------------------------------------------- notes

    private void notes() {
        out.append("<div class=\"section notes\">\n<h2>").append(msg("print.notes.title")).append("</h2>\n");
        para("", msg("print.notes.intro"));
        if (family.reviewDate() != null) {
            para("label", msg("print.notes.review", date(family.reviewDate())));
        }
        translationStatus();
        out.append("<div class=\"lines\">");
        for (int i = 0; i < NOTE_LINES; i++) {
            out.append("<div class=\"line\"></div>");
        }
        out.append("</div>\n</div>\n");
    }

    /** How far the translation can be trusted, said on every plan printed in a translation (never hidden). */
    private void translationStatus() {
        LanguagePack pack = planLanguage;
        if (pack.isSource()) {
            return;
        }
        para("translation-status", pack.checked()
                ? msg("print.language.checked", pack.name(), user(pack.checkedBy()), user(pack.checkedOn()))
                : msg("print.language.draft", pack.name()));
    }

    // ---------------------------------------------------------------- clinician copy

    private void clinician() {
        out.append("<div class=\"section clinician\">\n<h2>").append(msg("print.clinician.title")).append("</h2>\n");
        para("intro", msg("print.clinician.intro"));

        out.append("<h3>").append(msg("print.clinician.copm")).append("</h3>\n");
        boolean anyRated = family.goals().stream().anyMatch(g -> !g.copm().isEmpty());
        if (!anyRated) {
            para("muted", msg("print.clinician.copm.none"));
        } else {
            out.append("<table class=\"scores\"><thead><tr><th scope=\"col\">").append(msg("print.clinician.copm.goal"))
                    .append("</th><th scope=\"col\" class=\"num\">").append(msg("print.clinician.copm.importance"))
                    .append("</th><th scope=\"col\" class=\"num\">").append(msg("print.clinician.copm.performance"))
                    .append("</th><th scope=\"col\" class=\"num\">").append(msg("print.clinician.copm.satisfaction"))
                    .append("</th></tr></thead><tbody>");
            for (Goal goal : family.goals()) {
                CopmRating r = goal.copm();
                out.append("<tr>");
                cellHtml(goalLine("print.day.goal", goalNumber(goal), goal));
                numberCell(r.importance());
                numberCell(r.performance());
                numberCell(r.satisfaction());
                out.append("</tr>");
            }
            out.append("</tbody></table>\n");
        }

        out.append("<h3>").append(msg("print.clinician.gas")).append("</h3>\n");
        for (Goal goal : family.goals()) {
            out.append("<h4 class=\"user\">").append(goalLine("print.day.goal", goalNumber(goal), goal)).append("</h4>");
            if (!goal.outcome().isBlank() && !goal.familyWords().isBlank()) {
                labelled(msg("print.clinician.outcome"), goal.outcome());
            }
            GasScale gas = goal.gas();
            if (gas.isEmpty()) {
                para("muted", msg("print.clinician.gas.none"));
                continue;
            }
            out.append("<table class=\"gas\"><thead><tr><th scope=\"col\">").append(msg("print.clinician.gas.level"))
                    .append("</th><th scope=\"col\">").append(msg("print.clinician.gas.description"))
                    .append("</th></tr></thead><tbody>");
            String[] levelKeys = {"m2", "m1", "0", "p1", "p2"};
            for (int level = GasScale.MIN_LEVEL; level <= GasScale.MAX_LEVEL; level++) {
                String label = text("print.clinician.gas." + levelKeys[level + 2]);
                if (gas.baseline() != null && gas.baseline() == level) {
                    label = label + " (" + text("print.clinician.gas.baseline") + ")";
                }
                out.append("<tr><td class=\"level\">").append(Html.escape(label)).append("</td>");
                cell(gas.description(level));
                out.append("</tr>");
            }
            out.append("</tbody></table>\n");
            if (gas.weight() != null) {
                para("", msg("print.clinician.gas.weight", gas.weight()));
            }
        }

        out.append("</div>\n");
        reviewHistory();
    }

    // ---------------------------------------------------------------- clinician copy: review history

    /**
     * Every review, oldest first, with the numbers the review screen shows ({@link ProgressSummary},
     * {@link ScoreFormat}, {@link ScoreText}): a table of the scores over time, then per review who
     * came, the T-score with the goals it covers, the COPM-style means and their change, and each goal
     * start to now with its decision and notes.
     */
    private void reviewHistory() {
        out.append("<div class=\"section history-section\">\n<h2>").append(msg("print.clinician.reviews")).append("</h2>\n");
        ProgressSummary summary = ProgressSummary.of(family);
        if (summary.reviews().isEmpty()) {
            para("muted", msg("print.clinician.reviews.none"));
            out.append("</div>\n");
            return;
        }
        para("intro", msg("print.clinician.history.intro", Copm.MEANINGFUL_CHANGE));

        out.append("<h3>").append(msg("print.clinician.history.overTime")).append("</h3>\n");
        out.append("<table class=\"history\"><thead><tr>");
        th("when", msg("print.clinician.history.when"));
        th("num", msg("print.clinician.history.performance"));
        th("num", msg("print.clinician.history.satisfaction"));
        th("num", msg("print.clinician.history.tScore"));
        out.append("</tr></thead><tbody>");
        for (ProgressSummary.Point point : summary.timeline()) {
            String when = point.isStart()
                    ? (point.date() == null ? text("print.clinician.history.start")
                            : text("print.clinician.history.startOn", date(point.date())))
                    : text("print.clinician.history.reviewOn", point.reviewNumber(), date(point.date()));
            out.append("<tr><td class=\"when\">").append(Html.escape(when)).append("</td>");
            numberCell(oneDecimal(point.performance()));
            numberCell(oneDecimal(point.satisfaction()));
            numberCell(oneDecimal(point.tScore()));
            out.append("</tr>");
        }
        out.append("</tbody></table>\n");

        BaselineScores start = summary.baseline();
        for (ReviewScores scores : summary.reviews()) {
            review(scores, start);
        }
        out.append("</div>\n");
    }

    private void review(ReviewScores scores, BaselineScores start) {
        Review review = scores.review();
        // The heading stays with the scores; the goals' table may go on over the page, a goal with its notes.
        out.append("<div class=\"review\"><div class=\"review-head\"><h3>")
                .append(msg("print.clinician.review.title", scores.number(), date(review.date()))).append("</h3>");
        if (!review.attendees().isBlank()) {
            out.append("<p class=\"user\">")
                    .append(msg("print.clinician.review.attendees", user(review.attendees())))
                    .append("</p>");
        }
        out.append("<div class=\"review-scores\">");
        scoreLine("print.clinician.review.tScore", oneDecimal(scores.gas().tScore()),
                oneDecimal(start.gas().tScore()), ScoreText.gasCoverage(lang(), family, scores.gas()), false);
        meanLine("print.clinician.review.performance", scores.performance(), start.performance(), scores.performanceChange());
        meanLine("print.clinician.review.satisfaction", scores.satisfaction(), start.satisfaction(),
                scores.satisfactionChange());
        out.append("</div></div>");

        if (!scores.goals().isEmpty()) {
            out.append("<table class=\"scores review-goals\"><thead><tr>");
            th("goal-col", msg("print.clinician.copm.goal"));
            th("num copm", msg("print.clinician.copm.performance"));
            th("num copm", msg("print.clinician.copm.satisfaction"));
            th("num gas", msg("print.clinician.review.gas"));
            th("num status", msg("print.clinician.review.status"));
            out.append("</tr></thead>");
            for (GoalProgress goal : scores.goals()) {
                out.append("<tbody><tr>");
                cellHtml(goalLine("print.day.goal", goal.rank(), goal.goal()));
                changeCell(goal.baselinePerformance(), goal.performance(), goal.performanceChange().orElse(null));
                changeCell(goal.baselineSatisfaction(), goal.satisfaction(), goal.satisfactionChange().orElse(null));
                numberCell(goal.gasBaseline() == null && goal.gasAttainment() == null ? ScoreFormat.NONE
                        : text("review.table.fromTo", level(goal.gasBaseline()),
                                level(goal.gasAttainment())));
                numberCell(goal.status().map(s -> text(s.messageKey()))
                        .orElse(text("review.table.notRated")));
                out.append("</tr>");
                if (!goal.notes().isBlank()) {
                    out.append("<tr><td colspan=\"5\" class=\"user\"><span class=\"label\">")
                            .append(msg("print.clinician.review.notes")).append(":</span> ")
                            .append(isolated(goal.notes())).append("</td></tr>");
                }
                out.append("</tbody>");
            }
            out.append("</table>\n");
        }
        if (!review.notes().isBlank()) {
            labelled(msg("print.clinician.review.summary"), review.notes());
        }
        out.append("</div>\n");
    }

    /** "Performance (mean): 5.5 (at the start: 2.5). Change: +3.0 over 4 goals rated both times. Over all 4 goals." */
    private void meanLine(String labelKey, Copm.Mean now, Copm.Mean start, Copm.MeanChange change) {
        String detail = ScoreText.meanCoverage(lang(), family, now);
        if (!now.goals().isEmpty()) {
            detail = text("review.tile.changeOver", ScoreText.meanChange(lang(), change)) + " " + detail;
        }
        scoreLine(labelKey, oneDecimal(now.value()), oneDecimal(start.value()), detail,
                change.meaningful());
    }

    private void scoreLine(String labelKey, String now, String start, String detail, boolean meaningful) {
        out.append("<p><span class=\"label\">").append(msg(labelKey, now)).append("</span> ")
                .append(msg("print.clinician.review.atStart", start)).append(' ').append(Html.escape(detail));
        if (meaningful) {
            out.append(" <span class=\"strong\">").append(msg("print.clinician.review.meaningful", Copm.MEANINGFUL_CHANGE))
                    .append("</span>");
        }
        out.append("</p>");
    }

    /** "3 → 7 (+4)", in bold when the change is meaningful (2 points or more either way). */
    private void changeCell(Integer start, Integer now, Copm.Change change) {
        String fromTo = text("review.table.fromTo", rating(start), rating(now));
        out.append("<td class=\"num").append(change != null && change.meaningful() ? " strong" : "").append("\">")
                .append(Html.escape(fromTo));
        if (change != null) {
            out.append("<br/>").append(msg("print.clinician.review.change", signed(change.points())));
        }
        out.append("</td>");
    }

    // ---------------------------------------------------------------- helpers

    /**
     * The routine's name: a library routine's name in the printout's language while it is still the
     * library's English name; a name the family typed or changed, as typed.
     */
    private String routineName(Routine routine) {
        String name = routine.name().strip();
        if (name.isEmpty()) {
            return text("print.day.unnamed");
        }
        String key = "library.routine." + routine.libraryKey();
        if (!routine.libraryKey().isBlank() && name.equals(options.packs().english().text(key))) {
            return text(key);
        }
        return name;
    }

    /**
     * A strategy's words: a built-in strategy in the printout's language while it is still the library's
     * English words (with the child's name); words the clinician or family wrote or changed, as typed.
     */
    private String strategyWords(Strategy s) {
        String key = "library.strategy." + s.libraryKey() + ".text";
        String child = family.child().displayName();
        if (!s.libraryKey().isBlank() && s.what().strip().equals(options.packs().english().text(key, child).strip())) {
            return text(key, child);
        }
        return s.what();
    }

    private void numberCell(Integer value) {
        out.append("<td class=\"num\">").append(value == null ? msg("print.clinician.notRated") : value).append("</td>");
    }

    private void numberCell(String value) {
        out.append("<td class=\"num\">").append(Html.escape(value)).append("</td>");
    }
}
