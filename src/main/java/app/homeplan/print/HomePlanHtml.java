package app.homeplan.print;

import app.homeplan.i18n.Messages;
import app.homeplan.plan.Caregiver;
import app.homeplan.plan.Clinician;
import app.homeplan.plan.CopmRating;
import app.homeplan.plan.Family;
import app.homeplan.plan.GasScale;
import app.homeplan.plan.Goal;
import app.homeplan.plan.GoalRating;
import app.homeplan.plan.Review;
import app.homeplan.plan.Routine;
import app.homeplan.plan.Strategy;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * Writes a family's home plan as one XHTML document with paged-media CSS, ready for the PDF renderer.
 * Every piece of user text goes through {@link Html#escape}; all wording comes from
 * {@code i18n/print.properties}.
 *
 * <p>Layout: a cover; "Our goals" in the family's priority order; "Our day", one section per routine
 * in the order of the family's day (the heart of the plan); one practice tracker page per week; a
 * notes page; and, in the clinician copy only, ratings, GAS scales and the review history. Every page
 * carries the plan's title (with the child's name) and "Page X of Y".
 */
final class HomePlanHtml {
    private static final String PAGE_MARK = "@@PAGE@@";
    private static final String PAGES_MARK = "@@PAGES@@";
    /** Writing lines on the notes page: enough to fill it on A4 and Letter. */
    private static final int NOTE_LINES = 19;

    private final Family family;
    private final PrintOptions options;
    private final DateTimeFormatter dates;
    private final Map<String, Integer> goalNumbers = new HashMap<>();
    private final StringBuilder out = new StringBuilder(32 * 1024);

    private HomePlanHtml(Family family, PrintOptions options) {
        this.family = family;
        this.options = options;
        this.dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(options.locale());
        for (int i = 0; i < family.goals().size(); i++) {
            goalNumbers.put(family.goals().get(i).id(), i + 1);
        }
    }

    /** The whole plan as an XHTML string. */
    static String render(Family family, PrintOptions options) {
        return new HomePlanHtml(family, options).document();
    }

    /** The document's title, also used as the PDF title: "Mia's home plan". */
    static String title(Family family) {
        return Messages.get("print.title", family.child().displayName());
    }

    /** The language the plan's wording is in (the print bundle's), as a BCP 47 tag. */
    static String language() {
        for (ResourceBundle bundle : Messages.bundles()) {
            if ("i18n.print".equals(bundle.getBaseBundleName())) {
                Locale locale = bundle.getLocale();
                return locale == null || locale.getLanguage().isEmpty() ? "en" : locale.toLanguageTag();
            }
        }
        return "en";
    }

    private String document() {
        String lang = language();
        out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"").append(lang)
                .append("\" xml:lang=\"").append(lang).append("\">\n<head>\n")
                .append("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=UTF-8\"/>\n")
                .append("<title>").append(Html.escape(title(family))).append("</title>\n")
                .append("<meta name=\"subject\" content=\"").append(Html.escape(Messages.get("print.cover.kicker"))).append("\"/>\n")
                .append("<style>\n");
        int cssAt = out.length();
        out.append("</style>\n</head>\n<body>\n");
        runningHeaderAndFooter();
        cover();
        goals();
        day();
        trackers();
        notes();
        if (options.copy() == PlanCopy.CLINICIAN) {
            clinician();
        }
        out.append("</body>\n</html>\n");
        out.insert(cssAt, css(PlanFonts.cssFamiliesFor(out)));
        return out.toString();
    }

    private String css(String fontFamilies) {
        return """
                @page {
                  size: %s;
                  margin: 20mm 17mm 18mm 17mm;
                  @top-left { content: element(header); vertical-align: bottom; padding-bottom: 3mm; }
                  @bottom-right { content: element(footer); vertical-align: top; padding-top: 3mm; }
                }
                @page :first { @top-left { content: none; } }
                html { font-family: %s; font-size: 12.5pt; line-height: 1.4; color: #000; }
                body { margin: 0; }
                .running-header { position: running(header); font-size: 12pt; font-weight: bold; }
                .running-footer { position: running(footer); font-size: 12pt; text-align: right; }
                .page-number::after { content: counter(page); }
                .page-count::after { content: counter(pages); }
                h1, h2, h3, h4 { line-height: 1.2; page-break-after: avoid; }
                h1 { font-size: 30pt; margin: 0 0 4mm 0; }
                h2 { font-size: 21pt; margin: 0 0 3mm 0; padding-bottom: 1.5mm; border-bottom: 1.5pt solid #000; }
                h3 { font-size: 16pt; margin: 5mm 0 2mm 0; }
                h4 { font-size: 13pt; margin: 3mm 0 1.5mm 0; }
                p { margin: 0 0 1.5mm 0; }
                .user { word-wrap: break-word; }
                .section { page-break-before: always; }
                .intro { margin-bottom: 5mm; }
                .label { font-weight: bold; }
                .nowrap { white-space: nowrap; }
                .muted { color: #333; }
                .cover-title { border-bottom: 3pt solid #000; padding-bottom: 3mm; margin-bottom: 5mm; }
                .review-box { border: 2pt solid #000; border-radius: 3mm; padding: 3mm 5mm; margin: 5mm 0; page-break-inside: avoid; }
                .review-box .when { font-size: 18pt; font-weight: bold; }
                .box-list { margin: 0 0 4mm 0; padding-left: 6mm; }
                .box-list li { margin-bottom: 1mm; }
                table { width: 100%%; border-collapse: collapse; margin: 0 0 4mm 0; -fs-table-paginate: paginate; }
                th, td { font-size: 12pt; border: 0.75pt solid #000; padding: 1.8mm 2.2mm; text-align: left; vertical-align: top; word-wrap: break-word; }
                th { background-color: #e6e6e6; font-weight: bold; }
                tr { page-break-inside: avoid; }
                .goal { border-left: 4pt solid #000; padding: 0 0 0 4mm; margin: 0 0 4.5mm 0; page-break-inside: avoid; }
                .goal-number { font-size: 12pt; font-weight: bold; letter-spacing: 0.5pt; }
                .goal-words { font-size: 14pt; font-weight: bold; margin-bottom: 1.5mm; }
                .routine { margin-bottom: 4mm; }
                .routine h3 { border-bottom: 0.75pt solid #000; padding-bottom: 1mm; }
                .time { font-weight: normal; }
                .routine-goal { margin-left: 2mm; }
                .strategy { border: 1pt solid #000; border-radius: 2mm; padding: 2mm 3.5mm; margin: 0 0 2mm 0; page-break-inside: avoid; }
                .strategy .what { margin-bottom: 1mm; }
                .strategy .meta { margin: 0; }
                .gap { padding-left: 6mm; }
                .tracker th.day, .tracker td.day { width: 7%%; text-align: center; vertical-align: middle; padding: 1mm 0; }
                .tracker th.what, .tracker td.what { width: 51%%; }
                .tracker td { padding-top: 1.2mm; padding-bottom: 1.2mm; line-height: 1.25; }
                .tracker tbody { page-break-inside: avoid; }
                .tracker tr.routine-row td { background-color: #e6e6e6; font-weight: bold; }
                .tick { display: inline-block; width: 6.5mm; height: 6.5mm; border: 1.5pt solid #000; }
                .week-of { margin: 0 0 4mm 0; }
                .write-line { display: inline-block; width: 60mm; border-bottom: 1pt solid #000; }
                .lines { margin-top: 4mm; }
                .line { border-bottom: 0.75pt solid #000; height: 10mm; }
                table.scores { table-layout: fixed; }
                .scores td.num, .scores th.num { width: 20%%; text-align: center; }
                .review-scores td.num, .review-scores th.num { width: 20%%; }
                .review-scores th.gas, .review-scores td.gas { width: 10%%; }
                .review-scores th.status, .review-scores td.status { width: 20%%; }
                .gas td.level { width: 34%%; }
                .review { page-break-inside: avoid; }
                """.formatted(options.paper().cssName(), fontFamilies);
    }

    private void runningHeaderAndFooter() {
        out.append("<div class=\"running-header user\" dir=\"auto\">").append(Html.escape(shownTitle())).append("</div>\n");
        String pageOf = Html.escape(Messages.get("print.pageOf", PAGE_MARK, PAGES_MARK))
                .replace(PAGE_MARK, "<span class=\"page-number\"></span>")
                .replace(PAGES_MARK, "<span class=\"page-count\"></span>");
        out.append("<div class=\"running-footer\">").append(pageOf).append("</div>\n");
    }

    // ---------------------------------------------------------------- cover

    private void cover() {
        String child = family.child().displayName();
        out.append("<div class=\"cover\">\n<div class=\"cover-title\">");
        out.append("<h1 class=\"user\" dir=\"auto\">").append(Html.escape(shownTitle())).append("</h1>");
        if (family.meetingDate() != null) {
            para("", msg("print.cover.made", date(family.meetingDate())));
        }
        String makers = makers();
        if (!makers.isBlank()) {
            out.append("<p class=\"user\" dir=\"auto\">").append(Html.escape(Messages.get("print.cover.with", makers))).append("</p>");
        }
        out.append("</div>\n");

        out.append("<div class=\"review-box\"><p class=\"label\">").append(msg("print.cover.review")).append("</p>");
        if (family.reviewDate() != null) {
            out.append("<p class=\"when\">").append(Html.escape(date(family.reviewDate()))).append("</p>");
        } else {
            out.append("<p>").append(msg("print.cover.review.none")).append("</p>");
        }
        out.append("</div>\n");

        para("intro", msg("print.cover.intro"));

        out.append("<h3>").append(msg("print.cover.inside")).append("</h3><ul class=\"box-list\">");
        for (String key : insideKeys()) {
            out.append("<li>").append(msg(key)).append("</li>");
        }
        out.append("</ul>\n");

        String strengths = family.about().strengths().strip();
        String interests = family.about().interests().strip();
        if (!strengths.isEmpty() || !interests.isEmpty()) {
            out.append("<h3 class=\"user\" dir=\"auto\">").append(Html.escape(Messages.get("print.cover.about", child))).append("</h3>");
            if (!interests.isEmpty()) {
                labelled(Messages.get("print.cover.interests", child), interests);
            }
            if (!strengths.isEmpty()) {
                labelled(Messages.get("print.cover.strengths", child), strengths);
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

    private List<String> insideKeys() {
        List<String> keys = new ArrayList<>(List.of("print.cover.inside.goals", "print.cover.inside.day",
                "print.cover.inside.tracker", "print.cover.inside.notes"));
        if (options.copy() == PlanCopy.CLINICIAN) {
            keys.add("print.cover.inside.clinician");
        }
        return keys;
    }

    /** Who made the plan: the caregivers who came, anyone else who came, and the clinicians. */
    private String makers() {
        List<String> names = new ArrayList<>();
        for (Caregiver c : family.caregivers()) {
            if (c.attended() && !c.name().isBlank()) {
                names.add(c.name().strip());
            }
        }
        if (!family.otherAttendees().isBlank()) {
            names.add(family.otherAttendees().strip());
        }
        for (Clinician c : family.clinicians()) {
            if (!c.name().isBlank()) {
                names.add(c.discipline().isBlank() ? c.name().strip()
                        : Messages.get("print.nameWithRole", c.name().strip(), c.discipline().strip()));
            }
        }
        return String.join(", ", names);
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
            int number = goalNumbers.get(goal.id());
            out.append("<div class=\"goal\">");
            out.append("<p class=\"goal-number\">").append(msg("print.goals.number", number)).append("</p>");
            out.append("<p class=\"goal-words user\" dir=\"auto\">").append(userText(headline(goal))).append("</p>");
            if (!goal.familyWords().isBlank() && !goal.outcome().isBlank()) {
                labelled(Messages.get("print.goals.outcome"), goal.outcome());
            }
            if (!goal.criterion().isBlank()) {
                labelled(Messages.get("print.goals.criterion"), goal.criterion());
            }
            List<String> where = goal.routineIds().stream()
                    .map(id -> family.routine(id).map(this::routineName).orElse(""))
                    .filter(s -> !s.isBlank()).toList();
            // Where and when share a line: the goal stays short enough for four or five to a page.
            out.append("<p class=\"user\" dir=\"auto\"><span class=\"label\">").append(msg("print.goals.where"))
                    .append(":</span> ")
                    .append(where.isEmpty() ? msg("print.goals.where.none") : userText(String.join(", ", where)));
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
            out.append("<h3 class=\"user\" dir=\"auto\">");
            if (!routine.usualTime().isBlank()) {
                out.append("<span class=\"time\">").append(Html.escape(routine.usualTime().strip())).append("</span>&#160;&#160;");
            }
            out.append(Html.escape(routineName(routine))).append("</h3>");
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

    private void routineGoal(Goal goal, List<Strategy> strategies) {
        out.append("<div class=\"routine-goal\">");
        out.append("<h4 class=\"user\" dir=\"auto\">")
                .append(userText(Messages.get("print.day.goal", goalNumbers.get(goal.id()), headline(goal))))
                .append("</h4>");
        if (strategies.isEmpty()) {
            para("muted", msg("print.day.noStrategies"));
        }
        for (Strategy s : strategies) {
            out.append("<div class=\"strategy\">");
            out.append("<p class=\"what user\" dir=\"auto\">").append(userText(s.what())).append("</p>");
            if (!s.who().isBlank() || !s.howOften().isBlank()) {
                out.append("<p class=\"meta user\" dir=\"auto\">");
                if (!s.who().isBlank()) {
                    out.append("<span class=\"label\">").append(msg("print.day.who")).append(":</span> ")
                            .append(userText(s.who().strip()));
                }
                if (!s.howOften().isBlank()) {
                    out.append(s.who().isBlank() ? "" : "<span class=\"gap\"></span>")
                            .append("<span class=\"label\">").append(msg("print.day.howOften")).append(":</span> ")
                            .append(userText(s.howOften().strip()));
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
            out.append("<div class=\"section tracker-page\">\n<h2>")
                    .append(msg("print.tracker.title", week, options.weeks())).append("</h2>\n");
            para("intro", msg("print.tracker.intro"));
            out.append("<p class=\"week-of\"><span class=\"label\">").append(msg("print.tracker.weekOf"))
                    .append("</span> <span class=\"write-line\">&#160;</span></p>\n");
            boolean any = family.routines().stream().anyMatch(r -> !family.goalsIn(r.id()).isEmpty());
            if (!any) {
                para("muted", msg("print.tracker.none"));
                out.append("</div>\n");
                continue;
            }
            out.append("<table class=\"tracker\"><thead><tr><th scope=\"col\" class=\"what\">")
                    .append(msg("print.tracker.what")).append("</th>");
            for (DayOfWeek d : days) {
                out.append("<th scope=\"col\" class=\"day\">")
                        .append(Html.escape(d.getDisplayName(TextStyle.SHORT, options.locale()))).append("</th>");
            }
            out.append("</tr></thead>\n");
            for (Routine routine : family.routines()) {
                List<Goal> goals = family.goalsIn(routine.id());
                if (goals.isEmpty()) {
                    continue;
                }
                // One row group per routine, kept on one page, so a routine's name is never parted from its goals.
                out.append("<tbody><tr class=\"routine-row\"><td colspan=\"8\" class=\"user\" dir=\"auto\">")
                        .append(Html.escape(routineName(routine))).append("</td></tr>\n");
                for (Goal goal : goals) {
                    out.append("<tr><td class=\"what user\" dir=\"auto\">")
                            .append(userText(Messages.get("print.tracker.goal", goalNumbers.get(goal.id()), headline(goal))))
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
        out.append("<div class=\"lines\">");
        for (int i = 0; i < NOTE_LINES; i++) {
            out.append("<div class=\"line\"></div>");
        }
        out.append("</div>\n</div>\n");
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
                cell(Messages.get("print.day.goal", goalNumbers.get(goal.id()), headline(goal)));
                numberCell(r.importance());
                numberCell(r.performance());
                numberCell(r.satisfaction());
                out.append("</tr>");
            }
            out.append("</tbody></table>\n");
        }

        out.append("<h3>").append(msg("print.clinician.gas")).append("</h3>\n");
        for (Goal goal : family.goals()) {
            out.append("<h4 class=\"user\" dir=\"auto\">")
                    .append(userText(Messages.get("print.day.goal", goalNumbers.get(goal.id()), headline(goal))))
                    .append("</h4>");
            if (!goal.outcome().isBlank() && !goal.familyWords().isBlank()) {
                labelled(Messages.get("print.clinician.outcome"), goal.outcome());
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
                String label = Messages.get("print.clinician.gas." + levelKeys[level + 2]);
                if (gas.baseline() != null && gas.baseline() == level) {
                    label = label + " (" + Messages.get("print.clinician.gas.baseline") + ")";
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

        out.append("<h3>").append(msg("print.clinician.reviews")).append("</h3>\n");
        if (family.reviews().isEmpty()) {
            para("muted", msg("print.clinician.reviews.none"));
        }
        List<Review> reviews = family.reviews().stream().sorted(Comparator.comparing(Review::date)).toList();
        for (Review review : reviews) {
            out.append("<div class=\"review\"><h4>").append(msg("print.clinician.review.title", date(review.date()))).append("</h4>");
            if (!review.attendees().isBlank()) {
                out.append("<p class=\"user\" dir=\"auto\">")
                        .append(userText(Messages.get("print.clinician.review.attendees", review.attendees().strip())))
                        .append("</p>");
            }
            if (!review.ratings().isEmpty()) {
                out.append("<table class=\"scores review-scores\"><thead><tr><th scope=\"col\">").append(msg("print.clinician.copm.goal"))
                        .append("</th><th scope=\"col\" class=\"num\">").append(msg("print.clinician.copm.performance"))
                        .append("</th><th scope=\"col\" class=\"num\">").append(msg("print.clinician.copm.satisfaction"))
                        .append("</th><th scope=\"col\" class=\"num gas\">").append(msg("print.clinician.review.gas"))
                        .append("</th><th scope=\"col\" class=\"num status\">").append(msg("print.clinician.review.status"))
                        .append("</th></tr></thead><tbody>");
                for (GoalRating rating : review.ratings()) {
                    out.append("<tr>");
                    Integer number = goalNumbers.get(rating.goalId());
                    cell(number == null ? Messages.get("print.clinician.review.goalGone")
                            : Messages.get("print.day.goal", number, family.goal(rating.goalId()).map(this::headline).orElse("")));
                    numberCell(rating.performance());
                    numberCell(rating.satisfaction());
                    out.append("<td class=\"num gas\">").append(rating.gasAttainment() == null ? msg("print.clinician.notRated")
                            : Html.escape(signed(rating.gasAttainment()))).append("</td>");
                    out.append("<td class=\"num status\">").append(msg(rating.status().messageKey())).append("</td>");
                    out.append("</tr>");
                    if (!rating.notes().isBlank()) {
                        out.append("<tr><td colspan=\"5\" class=\"user\" dir=\"auto\"><span class=\"label\">")
                                .append(msg("print.clinician.review.notes")).append(":</span> ")
                                .append(userText(rating.notes())).append("</td></tr>");
                    }
                }
                out.append("</tbody></table>\n");
            }
            if (!review.notes().isBlank()) {
                labelled(Messages.get("print.clinician.review.summary"), review.notes());
            }
            out.append("</div>\n");
        }
        out.append("</div>\n");
    }

    // ---------------------------------------------------------------- helpers

    /** The goal in the family's words (or the outcome), never blank. */
    private String headline(Goal goal) {
        String words = goal.headline().strip();
        return words.isEmpty() ? Messages.get("print.goals.unnamed") : words;
    }

    /** The title as printed on the pages. */
    private String shownTitle() {
        return Messages.get("print.title", family.child().displayName());
    }



    private String routineName(Routine routine) {
        String name = routine.name().strip();
        return name.isEmpty() ? Messages.get("print.day.unnamed") : name;
    }

    private String date(LocalDate day) {
        return dates.format(day);
    }

    private static String signed(int value) {
        return value > 0 ? "+" + value : value < 0 ? "\u2212" + (-value) : "0";
    }

    /** A message from the bundle, escaped (wording may hold quotes and ampersands too). */
    private static String msg(String key, Object... args) {
        return Html.escape(Messages.get(key, args));
    }

    /** User text with its line breaks kept. */
    private static String userText(String text) {
        return Html.escape(text.strip()).replace("\n", "<br/>");
    }

    /** A paragraph of already-escaped markup. */
    private void para(String cssClass, String escapedHtml) {
        out.append("<p");
        if (!cssClass.isEmpty()) {
            out.append(" class=\"").append(cssClass).append('"');
        }
        out.append('>').append(escapedHtml).append("</p>\n");
    }

    /** "Label: user text", the label in bold. */
    private void labelled(String label, String userValue) {
        String escapedValue = userText(userValue);
        out.append("<p class=\"user\" dir=\"auto\"><span class=\"label\">").append(Html.escape(label))
                .append(label.endsWith("\u2026") ? "</span> " : ":</span> ").append(escapedValue).append("</p>\n");
    }

    private void cell(String userValue) {
        out.append("<td class=\"user\" dir=\"auto\">").append(userText(userValue)).append("</td>");
    }

    private void numberCell(Integer value) {
        out.append("<td class=\"num\">").append(value == null ? msg("print.clinician.notRated") : value).append("</td>");
    }
}
