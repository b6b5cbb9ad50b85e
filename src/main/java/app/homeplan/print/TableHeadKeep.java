package app.homeplan.print;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keeps a table's header row on the page of its first rows. The renderer repeats a table's header on each
 * page it runs onto, but when the first rows (kept whole) do not fit at the foot of a page it moves them
 * alone and leaves the header behind, a grey bar with nothing under it (the 11-goal clinician copy's
 * review table). Here the header and the first group of rows are measured from their words in the fonts
 * they print in, and the table asks for that much room ({@code -fs-page-break-min-height}): with less left
 * on the page, the whole table starts on the next one.
 */
final class TableHeadKeep {
    /** The shared CSS: cells 12 pt, lines 1.4 high, 1.8 mm padding above and below, 2.2 mm at the sides. */
    private static final float CELL_PT = 12f;
    private static final float LINE_PT = CELL_PT * 1.4f;
    private static final float PAD_MM = 2 * 1.8f + 0.3f;
    private static final float SIDE_PAD_MM = 2 * 2.2f + 0.3f;
    private static final float PT_PER_MM = 72 / 25.4f;

    private static final Pattern GROUP = Pattern.compile("<(thead|tbody)\\b[^>]*>(.*?)</\\1>", Pattern.DOTALL);
    private static final Pattern ROW = Pattern.compile("<tr\\b[^>]*>(.*?)</tr>", Pattern.DOTALL);
    private static final Pattern CELL = Pattern.compile("<(td|th)\\b([^>]*)>(.*?)</\\1>", Pattern.DOTALL);
    private static final Pattern COLSPAN = Pattern.compile("colspan=\"(\\d+)\"");

    private TableHeadKeep() {
    }

    /**
     * The height in millimetres of a table's header rows and its first group of body rows (its first
     * {@code tbody} when there are several, else its first row), as printed in a text column
     * {@code textWidthMm} wide whose columns take the given shares of it.
     */
    static float headAndFirstRowsMm(CharSequence table, float textWidthMm, float... shares) {
        Matcher groups = GROUP.matcher(table);
        List<String> head = new ArrayList<>();
        List<String> bodies = new ArrayList<>();
        while (groups.find()) {
            (groups.group(1).equals("thead") ? head : bodies).add(groups.group(2));
        }
        float mm = 0;
        for (String rows : head) {
            mm += rowsMm(rows, Integer.MAX_VALUE, textWidthMm, shares, true);
        }
        if (!bodies.isEmpty()) {
            mm += rowsMm(bodies.get(0), bodies.size() > 1 ? Integer.MAX_VALUE : 1, textWidthMm, shares, false);
        }
        return mm;
    }

    /** The attribute asking for that room, with a little to spare for lines measured a hair short. */
    static String minHeightStyle(float mm) {
        return String.format(Locale.ROOT, " style=\"-fs-page-break-min-height: %.1fmm\"", mm + 3);
    }

    private static float rowsMm(String rows, int maxRows, float textWidthMm, float[] shares, boolean head) {
        float mm = 0;
        Matcher row = ROW.matcher(rows);
        for (int n = 0; n < maxRows && row.find(); n++) {
            int lines = 1;
            int column = 0;
            Matcher cell = CELL.matcher(row.group(1));
            while (cell.find()) {
                Matcher span = COLSPAN.matcher(cell.group(2));
                int columns = span.find() ? Integer.parseInt(span.group(1)) : 1;
                float share = 0;
                for (int i = column; i < column + columns; i++) {
                    share += i < shares.length ? shares[i] : 0;
                }
                column += columns;
                float widthPt = (share * textWidthMm - SIDE_PAD_MM) * PT_PER_MM;
                lines = Math.max(lines, lines(text(cell.group(3)), widthPt, head || cell.group(1).equals("th")));
            }
            mm += lines * LINE_PT / PT_PER_MM + PAD_MM;
        }
        return mm;
    }

    /** A cell's words: tags dropped, a line break as a new line, the few entities our markup writes decoded. */
    private static String text(String html) {
        return html.replaceAll("<br\\s*/?>", "\n").replaceAll("<[^>]*>", "").replace("&#160;", " ")
                .replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&amp;", "&");
    }

    /** How many lines the text wraps to in a column that wide: whole words on a line, a too-long word broken. */
    static int lines(String text, float widthPt, boolean bold) {
        if (widthPt <= CELL_PT) {
            return text.length();
        }
        float space = PlanFonts.widthEm(" ", bold) * CELL_PT;
        int lines = 0;
        for (String paragraph : text.split("\n", -1)) {
            lines++;
            float used = 0;
            for (String word : paragraph.strip().split("\\s+")) {
                if (word.isEmpty()) {
                    continue;
                }
                float width = PlanFonts.widthEm(word, bold) * CELL_PT;
                float needed = used == 0 ? width : used + space + width;
                if (needed <= widthPt) {
                    used = needed;
                } else if (width > widthPt) {
                    // A word wider than the column is broken across lines (word-wrap: break-word).
                    int whole = (int) (needed / widthPt);
                    lines += whole;
                    used = needed - whole * widthPt;
                } else {
                    lines++;
                    used = width;
                }
            }
        }
        return lines;
    }
}
