package app.homeplan.print;

import app.homeplan.language.LanguagePack;
import app.homeplan.scores.ScoreFormat;
import app.homeplan.plan.Family;
import app.homeplan.plan.Goal;
import app.homeplan.plan.Routine;
import app.homeplan.plan.ShortText;
import java.time.LocalDate;

/**
 * The shell every printed document shares: one XHTML document with paged-media CSS for the PDF
 * renderer, in the print bundle's language, with the document's title as its PDF title, the title
 * (which carries the child's name) at the top of every page but the first, whose big heading carries
 * it, "Page X of Y" at the bottom of every page, the fonts the text needs ({@link PlanFonts}), and the
 * helpers that put text on the page. Every piece of user text goes through {@link Html#escape}; all
 * wording comes from the bundles.
 *
 * <p>A document adds its body ({@link #body()}) and the CSS only it uses ({@link #documentCss()}).
 */
abstract class PrintHtml {
    private static final String PAGE_MARK = "@@PAGE@@";
    private static final String PAGES_MARK = "@@PAGES@@";
    /** A title wider than this ({@link ShortText#width} units: two lines at 30 pt) is printed smaller. */
    private static final int LONG_TITLE_WIDTH = 56;
    /** Longest child's name in the running header ({@link ShortText#width} units): the header stays one line. */
    private static final int RUNNING_NAME_WIDTH = 56;

    /** The page's left and right margins. */
    static final float SIDE_MARGIN_MM = 17f;

    protected final Family family;
    protected final PrintOptions options;
    protected final StringBuilder out = new StringBuilder(32 * 1024);
    /** The printout's language: every fixed word, date and number comes from it. */
    protected final LanguagePack planLanguage;
    /** The language being written now: the plan's, or English for the English half of a bilingual section. */
    private LanguagePack lang;
    /** Which language a piece of the family's own text is in, for its run's /Lang. */
    private final TextLanguage textLanguage;

    protected PrintHtml(Family family, PrintOptions options) {
        this.family = family;
        this.options = options;
        this.planLanguage = options.languageFor(family);
        this.lang = planLanguage;
        this.textLanguage = new TextLanguage(planLanguage, family, options.packs());
    }

    /**
     * Short markup in the plan's language and, when the printout is bilingual, the same in English on the
     * next line (for the tracker on the fridge, which is not printed twice).
     */
    protected final String both(java.util.function.Supplier<String> markup) {
        String first = markup.get();
        if (!options.bilingualFor(family)) {
            return first;
        }
        lang = options.packs().english();
        try {
            return first + "<br/><span class=\"in-english\" lang=\"en\" xml:lang=\"en\" dir=\"ltr\">" + markup.get() + "</span>";
        } finally {
            lang = planLanguage;
        }
    }

    /** The language being written now. */
    protected final LanguagePack lang() {
        return lang;
    }

    /**
     * Writes a part of the document in the plan's language and, when the printout is bilingual, again in
     * English right after it (a whole part at a time, never mixed inside a sentence). The English part is
     * marked as English, so screen readers and the PDF's text layer know its language.
     */
    protected final void inEachLanguage(Runnable part) {
        part.run();
        if (options.bilingualFor(family)) {
            LanguagePack english = options.packs().english();
            lang = english;
            out.append("<div class=\"second-language\" lang=\"en\" xml:lang=\"en\" dir=\"ltr\">");
            part.run();
            out.append("</div>\n");
            lang = planLanguage;
        }
    }

    /** The document's title, printed on every page and used as the PDF title ("Mia's home plan"). */
    protected abstract String title();

    /** The title as printed: the template's words with the child's name isolated in them. */
    protected abstract String titleHtml();

    /** What the document is, for the PDF's subject ("Our home plan"). */
    protected abstract String subject();

    /** Writes the document's pages into {@link #out}. */
    protected abstract void body();

    /** CSS rules only this document uses (after the shared ones, so they may refine them). */
    protected abstract String documentCss();

    /** The whole document as an XHTML string. */
    final String document() {
        String code = planLanguage.code();
        out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"").append(code)
                .append("\" xml:lang=\"").append(code).append("\" dir=\"").append(planLanguage.rightToLeft() ? "rtl" : "ltr")
                .append("\">\n<head>\n")
                .append("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=UTF-8\"/>\n")
                .append("<title>").append(Html.escape(title())).append("</title>\n")
                .append("<meta name=\"subject\" content=\"").append(Html.escape(subject())).append("\"/>\n")
                .append("<style>\n");
        int cssAt = out.length();
        out.append("</style>\n</head>\n<body>\n");
        runningHeaderAndFooter();
        body();
        out.append("</body>\n</html>\n");
        // The fonts are chosen last: only those the document's text may need are listed.
        out.insert(cssAt, sharedCss(PlanFonts.cssFamiliesFor(out)) + documentCss() + sidedCss());
        return out.toString();
    }

    private String sharedCss(String fontFamilies) {
        return """
                @page {
                  size: %2$s;
                  margin: 20mm %1$smm 18mm %1$smm;
                  @top-left { content: element(header); vertical-align: bottom; padding-bottom: 3mm; }
                  @bottom-%5$s { content: element(footer); vertical-align: top; padding-top: 3mm; }
                }
                @page :first { @top-left { content: none; } }
                html { font-family: %3$s; font-size: 12.5pt; line-height: 1.4; color: #000; }
                body { margin: 0; }
                .running-header { position: running(header); font-size: 12pt; font-weight: bold; max-height: 2.8em; overflow: hidden; }
                .running-footer { position: running(footer); font-size: 12pt; text-align: %5$s; direction: ltr; }
                .page-number::after { content: counter(page%4$s); }
                .page-count::after { content: counter(pages%4$s); }
                h1, h2, h3, h4 { line-height: 1.2; page-break-after: avoid; }
                h1 { font-size: 30pt; margin: 0 0 4mm 0; }
                h1.long { font-size: 24pt; }
                h1.very-long { font-size: 16pt; }
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
                .title-block { border-bottom: 3pt solid #000; padding-bottom: 3mm; margin-bottom: 5mm; }
                .box-list { margin: 0 0 4mm 0; }
                .box-list li { margin-bottom: 1mm; }
                table { width: 100%%; border-collapse: collapse; margin: 0 0 4mm 0; -fs-table-paginate: paginate; }
                th, td { font-size: 12pt; border: 0.75pt solid #000; padding: 1.8mm 2.2mm; text-align: start; vertical-align: top; word-wrap: break-word; }
                th { background-color: #e6e6e6; font-weight: bold; }
                tr { page-break-inside: avoid; }
                /* A table's room at a page foot (TableHeadKeep) is the table's own, not each row's (the property inherits). */
                thead, tbody, tfoot { -fs-page-break-min-height: 0; }
                .goal { margin: 0 0 4.5mm 0; page-break-inside: avoid; }
                .goal-number { font-size: 12pt; font-weight: bold; letter-spacing: 0.5pt; }
                .goal-words { font-size: 14pt; font-weight: bold; margin-bottom: 1.5mm; }
                .num { text-align: center; }
                .strong { font-weight: bold; }
                """.formatted(Integer.toString((int) SIDE_MARGIN_MM), options.paper().cssName(), fontFamilies, pageNumberStyle(),
                        footerSide());
    }

    /**
     * A rule with a side: the bar beside a goal, a safety box or a "real step", and the indents of lists
     * and of a part of the day's goals, on the side lines start from: the left in a left-to-right plan,
     * the right in a right-to-left one (on the left, an Arabic goal's bar stood at the end of its lines).
     * Each says both sides, so the English half of a bilingual plan can turn it back.
     */
    private record Sided(String selector, String leftToRight, String rightToLeft) {
    }

    private static final java.util.List<Sided> SIDED = java.util.List.of(
            new Sided(".goal", "border-left: 4pt solid #000; border-right: none; padding: 0 0 0 4mm;",
                    "border-right: 4pt solid #000; border-left: none; padding: 0 4mm 0 0;"),
            new Sided(".safety", "border-left: 2.5pt solid #000; border-right: none; padding: 0.5mm 0 0.5mm 3mm;",
                    "border-right: 2.5pt solid #000; border-left: none; padding: 0.5mm 3mm 0.5mm 0;"),
            new Sided(".real-step", "border-left: 4pt solid #000; border-right: none; padding: 1mm 0 1mm 4mm;",
                    "border-right: 4pt solid #000; border-left: none; padding: 1mm 4mm 1mm 0;"),
            new Sided(".box-list", "padding-left: 6mm; padding-right: 0;", "padding-right: 6mm; padding-left: 0;"),
            new Sided(".safety ul", "padding-left: 5mm; padding-right: 0;", "padding-right: 5mm; padding-left: 0;"),
            new Sided(".routine-goal", "margin-left: 2mm; margin-right: 0;", "margin-right: 2mm; margin-left: 0;"),
            // Two items on one line: a space (so copied text does not run them together) and room beside it.
            new Sided(".gap", "padding-left: 5mm; padding-right: 0;", "padding-right: 5mm; padding-left: 0;"),
            // A score's bar under its number, filled from the side the number is read from.
            new Sided(".bar", "margin-left: 0; margin-right: auto;", "margin-left: auto; margin-right: 0;"),
            new Sided(".fill", "margin-left: 0; margin-right: auto;", "margin-left: auto; margin-right: 0;"));

    private String sidedCss() {
        StringBuilder css = new StringBuilder();
        boolean rtl = planLanguage.rightToLeft();
        for (Sided rule : SIDED) {
            css.append(rule.selector()).append(" { ").append(rtl ? rule.rightToLeft() : rule.leftToRight()).append(" }\n");
            if (rtl) {
                css.append(".second-language ").append(rule.selector()).append(" { ").append(rule.leftToRight()).append(" }\n");
            }
        }
        return css.toString();
    }

    /**
     * The side of the page foot the page counter is on: the right of a left-to-right plan, mirrored to
     * the left in a right-to-left one (the far end of the line, where the eye finishes the page).
     */
    private String footerSide() {
        return planLanguage.rightToLeft() ? "left" : "right";
    }

    /**
     * The page numbers' counter style, in the plan's digits: ", arabic-indic" for a pack that writes
     * numbers in Arabic-Indic digits (the renderer counts in these and in 0-9 only), else 0-9.
     */
    private String pageNumberStyle() {
        char zero = java.text.DecimalFormatSymbols.getInstance(planLanguage.numberLocale()).getZeroDigit();
        return zero == '\u0660' ? ", arabic-indic" : "";
    }

    private void runningHeaderAndFooter() {
        out.append("<div class=\"running-header user\">").append(runningTitleHtml()).append("</div>\n");
        out.append("<div class=\"running-footer\">").append(pageOfHtml()).append("</div>\n");
    }

    private static final String PAGE_NUMBER = "<span class=\"page-number\"></span>";
    private static final String PAGE_COUNT = "<span class=\"page-count\"></span>";

    /**
     * "Page 2 of 8" with the renderer's page counters in it. A right-to-left plan's is written in the order
     * it is seen, from the left ("٨ من ٢ صفحة", read from the right as "صفحة ٢ من ٨"), on a left-to-right
     * line, each piece of words its own right-to-left isolate: the renderer places a right-to-left line that
     * holds page counters one line-width too far left (it sat 70 % across the page, or off its left edge).
     */
    private String pageOfHtml() {
        String pattern = text("print.pageOf", PAGE_MARK, PAGES_MARK);
        if (!planLanguage.rightToLeft()) {
            return Html.escape(pattern).replace(PAGE_MARK, PAGE_NUMBER).replace(PAGES_MARK, PAGE_COUNT);
        }
        StringBuilder seen = new StringBuilder();
        for (String piece : pattern.split("(?=" + PAGE_MARK + "|" + PAGES_MARK + ")|(?<=" + PAGE_MARK + "|" + PAGES_MARK + ")")) {
            String html;
            if (piece.equals(PAGE_MARK)) {
                html = PAGE_NUMBER;
            } else if (piece.equals(PAGES_MARK)) {
                html = PAGE_COUNT;
            } else if (piece.isBlank()) {
                html = piece.isEmpty() ? "" : " ";
            } else {
                // The space after a piece (in reading order) is on its left when seen, the space before on its right.
                html = (Character.isWhitespace(piece.charAt(piece.length() - 1)) ? " " : "")
                        + "<bdi dir=\"rtl\">" + Html.escape(piece.strip()) + "</bdi>"
                        + (Character.isWhitespace(piece.charAt(0)) ? " " : "");
            }
            seen.insert(0, html);
        }
        return seen.toString();
    }

    /**
     * The title at the top of every page but the first: with a long child's name shortened to its first
     * words, so the header stays one line (the cover's big heading has the whole name).
     */
    private String runningTitleHtml() {
        String name = family.child().displayName();
        String shortName = shortChildName();
        return shortName.equals(name) ? titleHtml() : titleHtml().replace(userText(name), userText(shortName));
    }

    /**
     * The child's name where it is said again and again (page headers, headings under the title): a
     * long name shortened to its first words, as the title above has it whole.
     */
    protected final String shortChildName() {
        return ShortText.firstWords(family.child().displayName(), RUNNING_NAME_WIDTH);
    }

    /** The big title at the top of the first page (the running header is left off that page). */
    protected final void titleBlockStart() {
        out.append("<div class=\"title-block\">");
        out.append("<h1 class=\"user").append(titleSize()).append("\">").append(titleHtml()).append("</h1>");
    }

    /**
     * A smaller title for a long name, so the whole name stays on the cover in three lines or so and
     * leaves the page room for what it introduces (at 30 pt a 150-character name took five lines and
     * pushed the cover's last part onto a page of its own).
     */
    private String titleSize() {
        int width = ShortText.width(title());
        return width > LONG_TITLE_WIDTH * 2 ? " very-long" : width > LONG_TITLE_WIDTH ? " long" : "";
    }

    protected final void titleBlockEnd() {
        out.append("</div>\n");
    }

    // ---------------------------------------------------------------- helpers

    /** The goal's number in the family's priority order, from 1. */
    protected final int goalNumber(Goal goal) {
        return family.goals().indexOf(goal) + 1;
    }

    /** The goal in the family's words (or the outcome), never blank. */
    protected final String headline(Goal goal) {
        String words = goal.headline().strip();
        return words.isEmpty() ? text("print.goals.unnamed") : words;
    }

    /** The goal's short name ({@link Goal#briefName()}), never blank. */
    protected final String briefName(Goal goal) {
        String words = goal.briefName().strip();
        return words.isEmpty() ? text("print.goals.unnamed") : words;
    }

    /** "Goal 2: <i>its short name</i>", the words isolated: where the plan names a goal in passing. */
    protected final String goalLine(String key, int number, Goal goal) {
        return msg(key, number, user(briefName(goal)));
    }

    /** "Goal 2: <i>the goal in the family's words</i>", whole: where the goal itself is set out. */
    protected final String goalLineInFull(String key, int number, Goal goal) {
        return msg(key, number, user(headline(goal)));
    }

    protected final String date(LocalDate day) {
        return lang.date(day);
    }

    /** A score to one decimal in the language's decimal mark and digits ("2.5", "2,5", "٢٫٥"). */
    protected final String oneDecimal(java.util.OptionalDouble value) {
        return ScoreFormat.oneDecimal(value, lang.numberLocale());
    }

    protected final String oneDecimal(double value) {
        return ScoreFormat.oneDecimal(value, lang.numberLocale());
    }

    protected final String signed(java.util.OptionalDouble value) {
        return ScoreFormat.signed(value, lang.numberLocale());
    }

    protected final String signed(double value) {
        return ScoreFormat.signed(value, lang.numberLocale());
    }

    protected final String signed(int value) {
        return ScoreFormat.signed(value, lang.numberLocale());
    }

    protected final String rating(Integer value) {
        return ScoreFormat.rating(value, lang.numberLocale());
    }

    protected final String level(Integer value) {
        return ScoreFormat.level(value, lang.numberLocale());
    }

    /** A whole number in the language's digits ("3", "٣"). */
    protected final String number(int value) {
        return ScoreFormat.rating(value, lang.numberLocale());
    }

    /**
     * The routine's name: a library routine's name in the printout's language while it is still the
     * library's English name; a name the family typed or changed, as typed.
     */
    protected final String routineName(Routine routine) {
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
     * A sentence worded elsewhere (the scores' sentences) as markup, with the user's text put in isolated:
     * {@code sentence} gets a stand-in for the user's text, the rest is escaped.
     */
    protected final String withUserText(java.util.function.Function<String, String> sentence, String userValue) {
        return withUserText(sentence.apply(USER_STAND_IN), userValue);
    }

    /** A sentence worded with {@link #USER_STAND_IN} where the user's text goes, as markup with that text isolated. */
    protected final String withUserText(String sentence, String userValue) {
        return Html.escape(sentence).replace(USER_STAND_IN, isolated(userValue));
    }

    /** The wording of a message, not escaped (for text that is escaped later or is not markup). */
    protected final String text(String key, Object... args) {
        return lang.text(key, args);
    }

    /**
     * A message as markup: the wording escaped (it may hold quotes and ampersands too), and every
     * {@link Isolated} argument printed as typed inside a {@code <bdi>}, so a right-to-left name or
     * sentence (numbers and all) keeps its own direction without turning the template's sentence.
     */
    protected final String msg(String key, Object... args) {
        Object[] plain = args.clone();
        boolean any = false;
        for (int i = 0; i < plain.length; i++) {
            if (plain[i] instanceof Isolated || plain[i] instanceof Markup) {
                plain[i] = ISOLATE_START + Integer.toString(i) + ISOLATE_END;
                any = true;
            }
        }
        String escaped = Html.escape(text(key, plain));
        if (!any) {
            return escaped;
        }
        for (int i = 0; i < args.length; i++) {
            String mark = ISOLATE_START + Integer.toString(i) + ISOLATE_END;
            String word = args[i] instanceof Isolated isolated ? PlanBidi.keptTogether(isolated.text().strip(), rightToLeft()) : "";
            if (args[i] instanceof Isolated isolated && (rightToLeft() || PlanBidi.hasRightToLeft(isolated.text()))
                    && word.chars().noneMatch(Character::isWhitespace)) {
                // "Dr Layla Haddad (<bdi>مريم</bdi>)": the brackets go inside the isolate of a one-word name (or of
                // a few right-to-left words kept together), or a line could break between "(" and it (the isolate
                // is a paragraph of its own to the renderer).
                for (String[] pair : new String[][] {{"(", ")"}, {"\uFF08", "\uFF09"}}) {
                    escaped = escaped.replace(pair[0] + mark + pair[1], isolated(pair[0] + word + pair[1]));
                }
            }
            String html = args[i] instanceof Isolated isolated ? isolated(isolated.text())
                    : args[i] instanceof Markup markup ? markup.html() : null;
            if (html != null) {
                escaped = escaped.replace(mark, html);
            }
        }
        return escaped;
    }

    /** Stand-ins for isolated arguments while a message is formatted (private-use characters). */
    private static final String ISOLATE_START = "\uE000";
    private static final String ISOLATE_END = "\uE001";
    /** Where the user's text goes in a sentence worded elsewhere ({@link #withUserText(String, String)}). */
    protected static final String USER_STAND_IN = ISOLATE_START + "u" + ISOLATE_END;

    /** A message argument the user typed: printed as typed, isolated from the words around it. */
    protected record Isolated(String text) {
    }

    /** A message argument that is already markup (put in as it is). */
    protected record Markup(String html) {
    }

    protected static Isolated user(String text) {
        return new Isolated(text);
    }

    /** User text with its line breaks kept (and short right-to-left words in brackets kept on one line). */
    protected static String userText(String text) {
        return Html.escape(PlanBidi.bracketsKeptTogether(text.strip())).replace("\n", "<br/>");
    }

    /**
     * User text inside template text: a {@code <bdi>} (a direction isolate, the renderer's own paragraph
     * for the bidi algorithm), so it takes its direction from its own first strong letter, when either
     * the text or the plan is right to left.
     */
    protected final String isolated(String text) {
        // Left-to-right text in a left-to-right plan needs no isolate (and an element boundary there
        // would let a line break after "(").
        String lang = langAttribute(text);
        return rightToLeft() || PlanBidi.hasRightToLeft(text) ? "<bdi" + lang + ">" + userText(text) + "</bdi>"
                : lang.isEmpty() ? userText(text) : "<span" + lang + ">" + userText(text) + "</span>";
    }

    /** {@code lang="ar"} (with a leading space) for user text in another language than the plan's, else empty. */
    protected final String langAttribute(String text) {
        return textLanguage.of(text).map(code -> " lang=\"" + code + "\" xml:lang=\"" + code + "\"").orElse("");
    }

    /** True when the plan's own words run right to left. */
    protected final boolean rightToLeft() {
        return lang.rightToLeft();
    }

    /** A paragraph of already-escaped markup. */
    protected final void para(String cssClass, String escapedHtml) {
        out.append("<p");
        if (!cssClass.isEmpty()) {
            out.append(" class=\"").append(cssClass).append('"');
        }
        out.append('>').append(escapedHtml).append("</p>\n");
    }

    /**
     * A label before what it names, in bold, ending the language's way ("Who:", "谁来做：", from the pack's
     * {@code print.label}), then the space after it (none after a full-width colon, which holds its own).
     */
    final String label(String labelHtml) {
        String ended = msg("print.label", new Markup(labelHtml));
        char last = ended.isEmpty() ? ' ' : ended.charAt(ended.length() - 1);
        boolean fullWidth = Character.UnicodeBlock.of(last) == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS;
        return "<span class=\"label\">" + ended + "</span>" + (fullWidth ? "" : " ");
    }

    /** "Label: user text", the label in bold (already escaped markup), the user's text isolated. */
    protected final void labelled(String labelHtml, String userValue) {
        out.append("<p class=\"user\">")
                .append(labelHtml.endsWith("\u2026") ? "<span class=\"label\">" + labelHtml + "</span> " : label(labelHtml))
                .append(isolated(userValue)).append("</p>\n");
    }

    /** A table cell holding only user text (any script, any direction: the cell takes the text's). */
    protected final void cell(String userValue) {
        out.append("<td class=\"user\" dir=\"auto\"").append(langAttribute(userValue)).append('>')
                .append(userText(userValue)).append("</td>");
    }

    /** A table cell of markup (template words with isolated user text). */
    protected final void cellHtml(String html) {
        out.append("<td class=\"user\">").append(html).append("</td>");
    }

    /**
     * Called when the table written from {@code start} (where its {@code <table} is) is complete: it starts
     * on the next page unless its header and first rows fit on this one ({@link TableHeadKeep}). The shares
     * are its columns' widths, as fractions of the text width.
     */
    protected final void keepHeadWithFirstRows(int start, float... shares) {
        float textWidthMm = options.paper().widthMm() - 2 * SIDE_MARGIN_MM;
        float mm = TableHeadKeep.headAndFirstRowsMm(out.subSequence(start, out.length()), textWidthMm, shares);
        out.insert(start + "<table".length(), TableHeadKeep.minHeightStyle(mm));
    }

    /** A column heading. */
    protected final void th(String cssClass, String escapedHtml) {
        out.append("<th scope=\"col\"");
        if (!cssClass.isEmpty()) {
            out.append(" class=\"").append(cssClass).append('"');
        }
        out.append('>').append(escapedHtml).append("</th>");
    }
}
