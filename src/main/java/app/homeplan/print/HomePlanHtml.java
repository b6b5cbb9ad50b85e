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
import app.homeplan.plan.Routine;
import app.homeplan.plan.ShortText;
import app.homeplan.plan.Strategy;
import app.homeplan.scores.ProgressSummary;
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

    /** The tracker's day headings, fitted to their columns. */
    private final TrackerDayHeadings dayHeadings;

    private HomePlanHtml(Family family, PrintOptions options) {
        super(family, options);
        dayHeadings = TrackerDayHeadings.fit(planLanguage,
                options.bilingualFor(family) ? options.packs().english() : null, options.paper());
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
                h2.cover-head { font-size: 16pt; margin: 5mm 0 2mm 0; padding-bottom: 0; border-bottom: none; }
                /* Fixed columns: a long e-mail address wraps inside its cell instead of squeezing the others to a letter. */
                table.team { table-layout: fixed; }
                .team th.name { width: 30%; }
                .team th.role { width: 28%; }
                .team th.contact { width: 42%; }
                .keep { page-break-inside: avoid; }
                .cover { page: cover; }
                @page cover { @bottom-PRINTED-SIDE { content: element(printed-on); vertical-align: top; padding-top: 3mm; } }
                .printed-on { position: running(printed-on); font-size: 12pt; text-align: PRINTED-SIDE; }
                .section.after-record { page-break-before: auto; margin-top: 8mm; }
                table.caregivers { table-layout: fixed; }
                .review-box { border: 2pt solid #000; border-radius: 3mm; padding: 3mm 5mm; margin: 5mm 0; page-break-inside: avoid; }
                .review-box .when { font-size: 18pt; font-weight: bold; }
                .routine { margin-bottom: 4mm; }
                .routine h3 { border-bottom: 0.75pt solid #000; padding-bottom: 1mm; }
                .time { font-weight: normal; }
                .routine-goal { page-break-inside: avoid; }
                .part-rest { display: table; width: 100%; -fs-table-paginate: paginate; }
                .part-rest-head { display: table-header-group; }
                .part-rest-body { display: table-row-group; }
                .part-rest-row { display: table-row; page-break-inside: avoid; }
                .part-rest-cell { display: table-cell; }
                /* Hidden on the page the part starts on. (With a line-height other than normal, the renderer laid
                   the row out hidden but still painted its line there, over the next goal.) */
                .part-continued-row:-fs-first-fragment { display: none; }
                .part-continued-row, .part-continued-row * { line-height: normal; }
                .part-continued { font-size: 16pt; font-weight: bold; margin: 0 0 2mm 0; border-bottom: 0.75pt solid #000; padding-bottom: 1mm; }
                .safety { margin: 0 0 3mm 0; page-break-inside: avoid; }
                .safety .safety-title { font-weight: bold; margin: 0 0 1mm 0; }
                .safety ul { margin: 0; }
                .safety li { margin: 0 0 0.8mm 0; }
                .strategy { border: 1pt solid #000; border-radius: 2mm; padding: 2mm 3.5mm; margin: 0 0 2mm 0; page-break-inside: avoid; }
                .strategy .what { margin-bottom: 1mm; }
                .strategy .meta { margin: 0; }
                table.tracker { table-layout: fixed; margin-bottom: 0; }
                .tracker-page .intro { margin-bottom: 2.5mm; }
                .tracker th, .tracker td { line-height: 1.15; padding: 0.45mm 1.6mm; }
                .tracker th.day, .tracker td.day { width: 6%; text-align: center; vertical-align: middle; padding: 0.45mm 0; }
                .tracker th.number, .tracker td.number { width: 8%; text-align: center; vertical-align: middle; font-weight: bold; padding: 0.45mm 0; }
                .tracker th.what { width: 50%; }
                .tracker td.what { vertical-align: middle; }
                .tracker td.off { background-color: #bdbdbd; }
                .tracker tr.routine-row td { background-color: #e6e6e6; font-weight: bold; padding: 0.4mm 1.6mm; }
                .tick { display: inline-block; width: 6mm; height: 6mm; border: 1.5pt solid #000; }
                .week-of { margin: 0 0 2.5mm 0; }
                .translation-status { margin-top: 4mm; border: 1pt solid #000; padding: 2mm 3mm; }
                .second-language > .cover { page-break-before: always; }
                .in-english { font-weight: normal; font-size: 0.85em; }
                .write-line { display: inline-block; width: 60mm; border-bottom: 1pt solid #000; }
                .lines { margin-top: 4mm; }
                .line { border-bottom: 0.75pt solid #000; height: 10mm; }
                table.scores { table-layout: fixed; }
                .scores td.num, .scores th.num { width: 20%; }
                .gas td.level { width: 34%; }
                """.replace("PRINTED-SIDE", rightToLeft() ? "right" : "left") // the other end of the foot from the page number
                + ReviewHistoryHtml.CSS + dayHeadings.css();
    }

    // ---------------------------------------------------------------- cover

    private void cover() {
        out.append("<div class=\"cover\">\n");
        titleBlockStart();
        if (family.meetingDate() != null) {
            para("", msg("print.cover.made", date(family.meetingDate())));
        }
        List<String> makers = makers();
        if (!makers.isEmpty()) {
            out.append("<p class=\"user\">").append(msg("print.cover.with", makersHtml(makers))).append("</p>");
        }
        if (!family.otherAttendees().isBlank()) {
            // Interpreters and others at the meeting helped, but the plan is the family's and the team's.
            out.append("<p class=\"user\">")
                    .append(msg("print.cover.present", user(family.otherAttendees().strip().replace('\n', ' '))))
                    .append("</p>");
        }
        titleBlockEnd();
        nextReviewBox();

        para("intro", msg("print.cover.intro"));

        out.append("<h2 class=\"cover-head\">").append(msg("print.cover.inside")).append("</h2><ul class=\"box-list\">");
        for (String key : insideKeys()) {
            out.append("<li>").append(msg(key)).append("</li>");
        }
        out.append("</ul>\n");

        String strengths = family.about().strengths().strip();
        String interests = family.about().interests().strip();
        if (!strengths.isEmpty() || !interests.isEmpty()) {
            // Under the title, a very long name is said in its first words: five times whole, it filled the page.
            String named = shortChildName();
            out.append("<h2 class=\"cover-head user\">").append(msg("print.cover.about", user(named))).append("</h2>");
            if (!interests.isEmpty()) {
                labelled(msg("print.cover.interests", user(named)), interests);
            }
            if (!strengths.isEmpty()) {
                labelled(msg("print.cover.strengths", user(named)), strengths);
            }
        }

        List<Clinician> team = family.clinicians().stream().filter(c -> !c.name().isBlank()).toList();
        if (!team.isEmpty()) {
            out.append("<h2 class=\"cover-head\">").append(msg("print.cover.team")).append("</h2>\n");
            int table = out.length();
            out.append("<table class=\"team\"><thead><tr>")
                    .append("<th scope=\"col\" class=\"name\">").append(msg("print.cover.team.name")).append("</th>")
                    .append("<th scope=\"col\" class=\"role\">").append(msg("print.cover.team.role")).append("</th>")
                    .append("<th scope=\"col\" class=\"contact\">").append(msg("print.cover.team.contact")).append("</th>")
                    .append("</tr></thead><tbody>");
            for (Clinician c : team) {
                out.append("<tr>");
                cell(c.name());
                cell(c.discipline());
                cell(c.contact());
                out.append("</tr>");
            }
            out.append("</tbody></table>\n");
            keepHeadWithFirstRows(table, 0.3f, 0.28f, 0.42f);
        }
        // In the cover page's foot, beside its number: at the end of a full cover (a long name, the clinician
        // copy's longer "Inside") it went over onto a page of its own. In a right-to-left plan it stays under
        // the team: beside the page number, the two extract as one line with the number's words out of order.
        String printed = msg("print.cover.printed", date(options.today()));
        if (planLanguage.rightToLeft()) {
            para("muted", printed);
        } else {
            out.append("<div class=\"printed-on muted\">").append(printed).append("</div>\n");
        }
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

    /** Who made the plan, as markup (each name isolated): the caregivers who came and the team (others at the meeting are listed as present). */
    private List<String> makers() {
        List<String> names = new ArrayList<>();
        for (Caregiver c : family.caregivers()) {
            if (c.attended() && !c.name().isBlank()) {
                names.add(isolated(c.name()));
            }
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
            // A chosen short name stands by the number, so the tracker's "2 Eating with us" is found here.
            out.append("<p class=\"goal-number\">").append(goal.shortName().isBlank() ? msg("print.goals.number", number)
                    : goalLine("print.day.goal", number, goal)).append("</p>");
            out.append("<p class=\"goal-words user\" dir=\"auto\">").append(userText(headline(goal))).append("</p>");
            if (!goal.familyWords().isBlank() && !goal.outcome().isBlank()) {
                labelled(msg("print.goals.outcome"), goal.outcome());
            }
            if (!goal.criterion().isBlank()) {
                labelled(msg("print.goals.criterion"), goal.criterion());
            }
            for (Goal.OptionalText text : Goal.OPTIONAL_TEXTS) {
                if (text.printLabel() != null && !text.of(goal).isBlank()) {
                    labelled(msg(text.printLabel()), text.of(goal));
                }
            }
            List<String> where = goal.routineIds().stream()
                    .map(id -> family.routine(id).map(this::routineName).orElse(""))
                    .filter(s -> !s.isBlank()).toList();
            // Where and when share a line: the goal stays short enough for four or five to a page.
            out.append("<p class=\"user\">").append(label(msg("print.goals.where")))
                    .append(where.isEmpty() ? msg("print.goals.where.none")
                            : String.join(", ", where.stream().map(this::isolated).toList()));
            if (goal.targetDate() != null) {
                out.append("<span class=\"gap\"> </span><span class=\"nowrap\">")
                        .append(label(msg("print.goals.by"))).append(Html.escape(date(goal.targetDate())))
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
            // The part of the day's name stays on the page of its safety box and its first goal: a page that
            // began with "Goal 2: ..." left the family guessing which part of the day it was.
            StringBuilder heading = new StringBuilder();
            if (!routine.usualTime().isBlank()) {
                heading.append("<span class=\"time\">").append(isolated(routine.usualTime())).append("</span>&#160;&#160;");
            }
            heading.append(isolated(routineName(routine)));
            out.append("<div class=\"keep\"><h3 class=\"user\">").append(heading).append("</h3>");
            safetyLines(routine);
            List<Goal> goals = family.goalsIn(routine.id());
            if (goals.isEmpty()) {
                para("muted", msg("print.day.noGoals"));
                out.append("</div>");
            } else {
                routineGoal(goals.get(0), family.strategiesFor(goals.get(0).id(), routine.id()));
                out.append("</div>");
            }
            if (goals.size() > 1) {
                restOfPart(heading.toString(), goals.subList(1, goals.size()), routine);
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

    /**
     * A part of the day's goals after its first, laid out as a table whose header is the part's name
     * "(continued)": the renderer repeats it on each page the part runs onto, and hides it on the page the
     * part starts on (which has the name over the first goal). A page of the stress family's day began with
     * "Goal 24: ..." under no part of the day. (Left: when the first goal ends within a line of a page's foot,
     * the renderer still counts the next page as the table's first and leaves the heading's room blank there.)
     */
    private void restOfPart(String headingHtml, List<Goal> goals, Routine routine) {
        out.append("<div class=\"part-rest\"><div class=\"part-rest-head\"><div class=\"part-rest-row part-continued-row\">")
                .append("<div class=\"part-rest-cell\"><p class=\"part-continued user\">")
                .append(msg("print.day.continued", new Markup(headingHtml)))
                .append("</p></div></div></div><div class=\"part-rest-body\">")
                // An empty first row, which always fits under the first goal: when the next goal did not, the
                // renderer moved the whole table to the next page, and there counted it the part's first page.
                .append("<div class=\"part-rest-row\"><div class=\"part-rest-cell\"></div></div>");
        for (Goal goal : goals) {
            out.append("<div class=\"part-rest-row\"><div class=\"part-rest-cell\">");
            routineGoal(goal, family.strategiesFor(goal.id(), routine.id()));
            out.append("</div></div>");
        }
        out.append("</div></div>");
    }

    /** The fixed safety lines this routine needs, in a box under its name ({@link SafetyLines} decides which). */
    private void safetyLines(Routine routine) {
        String named = shortChildName();
        List<String> lines = SafetyLines.lines(lang(), family, routine, options.today(), USER_STAND_IN);
        if (lines.isEmpty()) {
            return;
        }
        out.append("<div class=\"safety\"><p class=\"safety-title user\">")
                .append(msg("library.safety.title", user(named))).append("</p><ul>");
        for (String line : lines) {
            // The plan's sentence with the name isolated: an Arabic name first turned an English line right to left.
            out.append("<li><span class=\"user\">").append(withUserText(line, named)).append("</span></li>");
        }
        out.append("</ul></div>\n");
    }

    /**
     * A goal practised in a part of the day, with its strategies there, on one page: a strategy alone at
     * the top of a page did not say which goal it was for.
     */
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
                    out.append(label(msg("print.day.who")))
                            .append(isolated(who(s.who())));
                }
                if (!s.howOften().isBlank()) {
                    out.append(s.who().isBlank() ? "" : "<span class=\"gap\"> </span>")
                            .append(label(msg("print.day.howOften")))
                            .append(isolated(s.howOften()));
                }
                out.append("</p>");
            }
            out.append("</div>");
        }
        out.append("</div>\n");
    }

    /**
     * "Who" the same way however it was entered: a caregiver picked from the list ("Mum (Sarah)"), typed
     * by name ("Sarah") or by relationship ("Mum", when only one caregiver is that) all print as
     * "Mum (Sarah)". Anyone else prints as typed.
     */
    private String who(String typed) {
        String who = typed.strip();
        for (Caregiver c : family.caregivers()) {
            String name = c.name().strip();
            String relationship = c.relationship().strip();
            if (name.isEmpty() || relationship.isEmpty()) {
                continue;
            }
            String canonical = text("print.day.whoNamed", relationship, name);
            boolean relationshipIsUnique = family.caregivers().stream()
                    .filter(o -> o.relationship().strip().equalsIgnoreCase(relationship)).count() == 1;
            if (who.equalsIgnoreCase(canonical) || who.equalsIgnoreCase(name)
                    || who.equalsIgnoreCase(Messages.get("intake.strategies.who.named", relationship, name))
                    || relationshipIsUnique && who.equalsIgnoreCase(relationship)) {
                return canonical;
            }
        }
        return who;
    }

    // ---------------------------------------------------------------- tracker

    private void trackers() {
        List<TrackerPages.Row> rows = trackerRows();
        boolean anyShaded = rows.stream().anyMatch(r -> !r.isRoutine() && !r.days().equals(PracticeDays.EVERY_DAY));
        List<List<TrackerPages.Row>> pages = TrackerPages.split(rows, options.paper());
        for (int week = 1; week <= options.weeks(); week++) {
            for (int part = 0; part < pages.size(); part++) {
                trackerPage(week, part, pages.get(part), anyShaded);
            }
        }
    }

    /** One page of a week's tracker: the first carries the intro and "Week starting", later ones only the title. */
    private void trackerPage(int week, int part, List<TrackerPages.Row> rows, boolean anyShaded) {
        out.append("<div class=\"section tracker-page\">\n<h2>")
                .append(part == 0 ? msg("print.tracker.title", week, options.weeks())
                        : msg("print.tracker.titleContinued", week, options.weeks()))
                .append("</h2>\n");
        if (part == 0) {
            para("intro", msg("print.tracker.intro") + (anyShaded ? " " + msg("print.tracker.shaded") : ""));
            out.append("<p class=\"week-of\"><span class=\"label\">").append(msg("print.tracker.weekOf"))
                    .append("</span> <span class=\"write-line\">&#160;</span></p>\n");
        }
        if (rows.isEmpty()) {
            para("muted", msg("print.tracker.none"));
            out.append("</div>\n");
            return;
        }
        out.append("<table class=\"tracker\"><thead><tr><th scope=\"col\" class=\"number\">")
                .append(msg("print.tracker.goalNumber")).append("</th><th scope=\"col\" class=\"what\">")
                .append(msg("print.tracker.what")).append("</th>");
        for (DayOfWeek d : DayOfWeek.values()) { // Monday first
            out.append("<th scope=\"col\" class=\"day\">")
                    .append(both(() -> Html.escape(dayHeadings.name(lang(), d)))).append("</th>");
        }
        out.append("</tr></thead>\n<tbody>");
        for (TrackerPages.Row row : rows) {
            if (row.isRoutine()) {
                out.append("<tr class=\"routine-row\"><td colspan=\"9\" class=\"user\">")
                        .append(isolated(row.label())).append("</td></tr>\n");
                continue;
            }
            out.append("<tr><td class=\"number\">").append(Html.escape(number(row.goalNumber()))).append("</td><td class=\"what user\">")
                    .append(isolated(row.label())).append("</td>");
            for (DayOfWeek d : DayOfWeek.values()) {
                out.append(row.days().contains(d) ? "<td class=\"day\"><span class=\"tick\"></span></td>"
                        : "<td class=\"day off\"></td>");
            }
            out.append("</tr>\n");
        }
        out.append("</tbody></table>\n</div>\n");
    }

    /**
     * The tracker's rows, the same every week: each routine of the day with goals (its name shortened),
     * then one row per goal practised there, labelled by the goal's short name, with the days its
     * strategies there plan.
     */
    private List<TrackerPages.Row> trackerRows() {
        List<TrackerPages.Row> rows = new ArrayList<>();
        for (Routine routine : family.routines()) {
            List<Goal> goals = family.goalsIn(routine.id());
            if (goals.isEmpty()) {
                continue;
            }
            rows.add(TrackerPages.Row.routine(ShortText.firstWords(routineName(routine), TrackerPages.LABEL_WIDTH)));
            for (Goal goal : goals) {
                List<String> howOften = family.strategiesFor(goal.id(), routine.id()).stream().map(Strategy::howOften).toList();
                rows.add(TrackerPages.Row.goal(goalNumber(goal), trackerName(goal), PracticeDays.union(howOften, options.locale())));
            }
        }
        return rows;
    }

    /** The goal's label on the tracker: its short name, at most two lines. */
    private String trackerName(Goal goal) {
        return briefName(goal);
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
        // The English half of a bilingual copy names the language in English ("This plan is in Arabic").
        String name = lang().isSource() ? pack.englishName() : pack.nameInSentence();
        para("translation-status", pack.checked()
                ? msg("print.language.checked", name, user(pack.checkedBy()), checkedOn(pack))
                : msg("print.language.draft", name));
    }

    /** The day the pack was checked, written as the language writes dates (the pack editor saves 2026-12-06); else as typed. */
    private Object checkedOn(LanguagePack pack) {
        try {
            return date(java.time.LocalDate.parse(pack.checkedOn()));
        } catch (java.time.format.DateTimeParseException typedOtherwise) {
            return user(pack.checkedOn());
        }
    }

    // ---------------------------------------------------------------- clinician copy

    private void clinician() {
        intakeRecord();
        // Straight after the intake record, not on a page of its own: both are the team's part, and a
        // forced break left the record's last routine alone on a nearly empty page.
        out.append("<div class=\"section clinician after-record\">\n<h2>").append(msg("print.clinician.title")).append("</h2>\n");
        para("intro", msg("print.clinician.intro"));

        out.append("<h3>").append(msg("print.clinician.copm")).append("</h3>\n");
        boolean anyRated = family.goals().stream().anyMatch(g -> !g.copm().isEmpty());
        if (!anyRated) {
            para("muted", msg("print.clinician.copm.none"));
        } else {
            int table = out.length();
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
            keepHeadWithFirstRows(table, 0.4f, 0.2f, 0.2f, 0.2f);
        }

        out.append("<h3>").append(msg("print.clinician.gas")).append("</h3>\n");
        for (Goal goal : family.goals()) {
            // One block per goal, kept on one page: a goal's heading never ends a page without its scale.
            out.append("<div class=\"keep\"><h4 class=\"user\">").append(goalLineInFull("print.day.goal", goalNumber(goal), goal)).append("</h4>");
            if (!goal.outcome().isBlank() && !goal.familyWords().isBlank()) {
                labelled(msg("print.clinician.outcome"), goal.outcome());
            }
            GasScale gas = goal.gas();
            if (gas.isEmpty()) {
                para("muted", msg("print.clinician.gas.none"));
                out.append("</div>\n");
                continue;
            }
            out.append("<table class=\"gas\"><thead><tr><th scope=\"col\">").append(msg("print.clinician.gas.level"))
                    .append("</th><th scope=\"col\">").append(msg("print.clinician.gas.description"))
                    .append("</th></tr></thead><tbody>");
            String[] signs = {"\u22122", "\u22121", "0", "+1", "+2"};
            for (int level = GasScale.MIN_LEVEL; level <= GasScale.MAX_LEVEL; level++) {
                // The level names are the review's, the one wording of GAS levels everywhere.
                String label = signs[level + 2] + " " + text("review.gas.level." + (level + 2));
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
            out.append("</div>\n");
        }

        out.append("</div>\n");
        reviewHistory();
    }

    // ---------------------------------------------------------------- clinician copy: the intake record

    /**
     * Everything the wizard collected that the family copy leaves out or shortens, laid out for a
     * colleague or a file: the child, each caregiver, consent, the family's own words about their
     * life, and each routine with its time, satisfaction, notes and the concerns starred in it.
     */
    private void intakeRecord() {
        out.append("<div class=\"section intake\">\n<h2>").append(msg("print.intake.title")).append("</h2>\n");
        out.append("<h3>").append(msg("print.intake.child")).append("</h3>\n");
        labelled(msg("print.intake.fullName"), family.child().name());
        if (!family.child().preferredName().isBlank()) {
            labelled(msg("print.intake.preferredName"), family.child().preferredName());
        }
        if (family.child().dateOfBirth() != null) {
            // The age says on which day it holds: the meeting's, or the day of printing when there was none.
            boolean met = family.meetingDate() != null;
            var age = family.child().ageOn(met ? family.meetingDate() : options.today());
            para("", label(msg("print.intake.dateOfBirth"))
                    + Html.escape(date(family.child().dateOfBirth()))
                    + (age == null ? "" : " " + msg(met ? "print.intake.age" : "print.intake.ageToday", age.getYears(), age.getMonths())));
        }
        if (!family.caregivers().isEmpty()) {
            out.append("<h3>").append(msg("print.intake.caregivers")).append("</h3>\n");
            int table = out.length();
            out.append("<table class=\"caregivers\"><thead><tr>");
            th("", msg("print.intake.caregiver.name"));
            th("", msg("print.intake.caregiver.relationship"));
            th("", msg("print.intake.caregiver.language"));
            th("", msg("print.intake.caregiver.contact"));
            th("", msg("print.intake.caregiver.present"));
            out.append("</tr></thead><tbody>");
            for (Caregiver c : family.caregivers()) {
                out.append("<tr>");
                cell(c.name());
                cell(c.relationship());
                cellHtml(userText(c.preferredLanguage())
                        + (c.interpreterNeeded() ? (c.preferredLanguage().isBlank() ? "" : "<br/>") + msg("print.intake.interpreter") : ""));
                cell(c.contact());
                cellHtml(msg(c.attended() ? "print.intake.yes" : "print.intake.no"));
                out.append("</tr>");
            }
            out.append("</tbody></table>\n");
            keepHeadWithFirstRows(table, 0.2f, 0.2f, 0.2f, 0.2f, 0.2f);
        }
        if (!family.otherAttendees().isBlank()) {
            labelled(msg("print.intake.others"), family.otherAttendees());
        }
        para("", label(msg("print.intake.consent"))
                + msg(family.consentToStore() ? "print.intake.consent.yes" : "print.intake.consent.no"));

        out.append("<h3>").append(msg("print.intake.about")).append("</h3>\n");
        var about = family.about();
        String[][] aboutFields = {{"print.intake.strengths", about.strengths()}, {"print.intake.interests", about.interests()},
                {"print.intake.goingWell", about.goingWell()}, {"print.intake.concerns", about.concerns()},
                {"print.intake.hopes", about.hopes()}};
        for (String[] field : aboutFields) {
            if (!field[1].isBlank()) {
                labelled(msg(field[0]), field[1]);
            }
        }
        for (var support : family.supports()) {
            if (!support.name().isBlank()) {
                labelled(msg("print.intake.support"), support.name() + (support.note().isBlank() ? "" : " \u2014 " + support.note()));
            }
        }

        out.append("<h3>").append(msg("print.intake.routines")).append("</h3>\n");
        for (Routine routine : family.routines()) {
            out.append("<div class=\"keep\"><h4 class=\"user\">");
            if (!routine.usualTime().isBlank()) {
                out.append(Html.escape(routine.usualTime().strip())).append("&#160;&#160;");
            }
            out.append(isolated(routineName(routine))).append("</h4>");
            if (routine.satisfaction() != null) {
                para("", label(msg("print.intake.satisfaction"))
                        + msg("print.intake.satisfaction.value", routine.satisfaction(), Routine.MAX_SATISFACTION));
            }
            if (!routine.notes().isBlank()) {
                labelled(msg("print.intake.notes"), routine.notes());
            }
            for (var concern : routine.concerns()) {
                if (!concern.text().isBlank()) {
                    labelled(msg("print.intake.starred"), concern.text());
                }
            }
            out.append("</div>\n");
        }
        out.append("</div>\n");
    }

    // ---------------------------------------------------------------- clinician copy: review history

    /** Every review with the numbers and sentences the review screen shows ({@link ReviewHistoryHtml}). */
    private void reviewHistory() {
        new ReviewHistoryHtml(this).write();
    }

    // ---------------------------------------------------------------- helpers

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
