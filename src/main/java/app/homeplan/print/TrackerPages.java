package app.homeplan.print;

import app.homeplan.plan.Goal;
import app.homeplan.plan.ShortText;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Lays a week of the fridge tracker out on pages before the renderer sees it, so that a week of a
 * typical plan (about a dozen goal rows) fits on one page and a bigger one continues on pages that
 * repeat the title and the day headings, never on a page with a stray row and no title. Row heights
 * are estimated from the CSS of {@link HomePlanHtml} (labels are at most two lines, see
 * {@link #LABEL_WIDTH}); the estimates are deliberately on the generous side.
 */
final class TrackerPages {
    /** Longest goal or routine label on the tracker, in {@link ShortText#width} units. */
    static final int LABEL_WIDTH = Goal.SHORT_NAME_WIDTH;

    /** Characters of a label that fit on one line of the tracker's goal column (12pt, half the width). */
    private static final int CHARACTERS_PER_LINE = 34;

    // Heights as rendered (measured on the PDF), rounded up: 12pt text at line-height 1.15, 6 mm boxes.
    private static final float ROUTINE_ROW_MM = 6f;
    private static final float ONE_LINE_ROW_MM = 7.8f;
    private static final float TWO_LINE_ROW_MM = 10.8f;
    /** Page margins (20 + 18 mm), the h2 title, the day headings and 4 mm to spare: on every page of a week. */
    private static final float EVERY_PAGE_MM = 38f + 14f + 8f + 4f;
    /** The intro (two lines) and "Week starting": on a week's first page only. */
    private static final float FIRST_PAGE_MM = 22f;

    private TrackerPages() {
    }

    /** A row of the tracker: a routine's name, or a goal practised in it with the days planned. */
    record Row(int goalNumber, String label, Set<DayOfWeek> days) {
        static Row routine(String name) {
            return new Row(0, name, null);
        }

        static Row goal(int number, String shortName, Set<DayOfWeek> days) {
            return new Row(number, shortName, days);
        }

        boolean isRoutine() {
            return days == null;
        }

        float heightMm() {
            if (isRoutine()) {
                return ROUTINE_ROW_MM;
            }
            return ShortText.width(label) <= CHARACTERS_PER_LINE ? ONE_LINE_ROW_MM : TWO_LINE_ROW_MM;
        }
    }

    /**
     * Splits one week's rows into pages. A routine's name never ends a page; a routine whose goals go
     * on over a page break has its name again at the top of the next page. No rows: one empty page.
     */
    static List<List<Row>> split(List<Row> rows, Paper paper) {
        List<List<Row>> pages = new ArrayList<>();
        List<Row> page = new ArrayList<>();
        float room = paper.heightMm() - EVERY_PAGE_MM - FIRST_PAGE_MM;
        float used = 0;
        Row routine = null;
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            float need = row.heightMm();
            if (row.isRoutine()) {
                routine = row;
                // Keep the name with its first goal.
                if (i + 1 < rows.size()) {
                    need += rows.get(i + 1).heightMm();
                }
            }
            if (used + need > room && !page.isEmpty()) {
                pages.add(page);
                page = new ArrayList<>();
                room = paper.heightMm() - EVERY_PAGE_MM;
                used = 0;
                if (!row.isRoutine() && routine != null) {
                    page.add(routine);
                    used += routine.heightMm();
                }
            }
            page.add(row);
            used += row.heightMm();
        }
        pages.add(page);
        return pages;
    }
}
