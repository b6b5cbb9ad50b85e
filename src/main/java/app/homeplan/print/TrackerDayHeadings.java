package app.homeplan.print;

import app.homeplan.language.LanguagePack;
import java.time.DayOfWeek;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The tracker's seven day headings, fitted to their narrow columns: a day's name is never broken inside
 * the word ("خم/يس" read as two words on the fridge). Names that fit at the table's heading size print
 * at it; longer ones (Arabic has no three-letter forms) get a little wider columns and the largest size
 * at which the widest name fits, measured in the font it is drawn in; when even the smallest readable
 * size is too big, the pack's narrow names ({@code date.weekdaysNarrow}), when it has them. A bilingual
 * tracker fits the English line under each name too.
 */
final class TrackerDayHeadings {
    /** The table headings' size (th in the shared CSS). */
    static final float HEADING_PT = 12f;
    /** Smallest size a day's name is printed at (before the narrow names are used). */
    static final float SMALLEST_PT = 7f;
    /** The English line of a bilingual heading, relative to the heading (.in-english). */
    private static final float ENGLISH_SCALE = 0.85f;
    private static final int COLUMN_PERCENT = 6;
    private static final int WIDE_COLUMN_PERCENT = 7;
    /** Room kept free in a column: its borders and a little white space each side of the name. */
    private static final float SLACK_PT = 3f;

    private final boolean narrowNames;
    private final boolean wide;
    private final float sizePt;

    private TrackerDayHeadings(boolean narrowNames, boolean wide, float sizePt) {
        this.narrowNames = narrowNames;
        this.wide = wide;
        this.sizePt = sizePt;
    }

    /**
     * The headings for a tracker in {@code plan}'s language on {@code paper}, with {@code english} under
     * each (null when not bilingual).
     */
    static TrackerDayHeadings fit(LanguagePack plan, LanguagePack english, Paper paper) {
        float widest = widestEm(plan, english, false);
        if (widest * HEADING_PT <= columnPt(paper, COLUMN_PERCENT)) {
            return new TrackerDayHeadings(false, false, HEADING_PT);
        }
        float size = sizeFor(widest, paper);
        if (size < SMALLEST_PT && plan.weekdaysNarrow().isPresent()) {
            return new TrackerDayHeadings(true, true, Math.max(SMALLEST_PT, sizeFor(widestEm(plan, english, true), paper)));
        }
        // A name still too wide at the smallest size stays whole on one line (it may touch the borders).
        return new TrackerDayHeadings(false, true, Math.max(SMALLEST_PT, size));
    }

    /** The day's heading in a language of the tracker. */
    String name(LanguagePack pack, DayOfWeek day) {
        if (narrowNames) {
            var narrow = pack.weekdaysNarrow();
            if (narrow.isPresent()) {
                return narrow.get().get(day.getValue() - 1);
            }
        }
        return pack.weekdayShort(day);
    }

    /** The CSS that sizes the day columns and their headings (empty when the table's own sizes fit). */
    String css() {
        if (!wide) {
            return "";
        }
        return String.format(Locale.ROOT, """
                .tracker th.day { font-size: %.1fpt; white-space: nowrap; }
                .tracker th.day, .tracker td.day { width: %d%%; }
                .tracker th.what { width: %d%%; }
                """, sizePt, WIDE_COLUMN_PERCENT, 50 - 7 * (WIDE_COLUMN_PERCENT - COLUMN_PERCENT));
    }

    float sizePt() {
        return sizePt;
    }

    boolean narrowNames() {
        return narrowNames;
    }

    /** The largest size, in half points, at which a name {@code widestEm} wide fits a wide column. */
    private static float sizeFor(float widestEm, Paper paper) {
        float fits = columnPt(paper, WIDE_COLUMN_PERCENT) / widestEm;
        return Math.min(HEADING_PT, (float) Math.floor(fits * 2) / 2);
    }

    /** The widest heading in ems of the heading size: the plan's names (bold), the English under them. */
    private static float widestEm(LanguagePack plan, LanguagePack english, boolean narrow) {
        float widest = widestEm(names(plan, narrow), true);
        if (english != null) {
            widest = Math.max(widest, ENGLISH_SCALE * widestEm(names(english, false), false));
        }
        return widest;
    }

    private static List<String> names(LanguagePack pack, boolean narrow) {
        if (narrow && pack.weekdaysNarrow().isPresent()) {
            return pack.weekdaysNarrow().get();
        }
        return Arrays.stream(DayOfWeek.values()).map(pack::weekdayShort).toList();
    }

    private static float widestEm(List<String> names, boolean bold) {
        float widest = 0;
        for (String name : names) {
            widest = Math.max(widest, PlanFonts.widthEm(name, bold));
        }
        return widest;
    }

    /** The room for a heading in a day column of the page's text width, in points. */
    private static float columnPt(Paper paper, int percent) {
        float textWidthMm = paper.widthMm() - 2 * PrintHtml.SIDE_MARGIN_MM;
        return textWidthMm * percent / 100f * 72f / 25.4f - SLACK_PT;
    }
}
