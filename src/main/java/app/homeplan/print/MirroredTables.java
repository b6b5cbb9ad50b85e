package app.homeplan.print;

import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Tables of a right-to-left text mirrored on the page (the first column at the right, as an Arabic or
 * Hebrew reader reads a table), with their reading order kept logical.
 *
 * <p>The renderer lays every table out left to right whatever its direction. So, before layout, each
 * row of a table inside {@code dir="rtl"} gets its cells in reverse order ({@link #mirror}): the look is
 * mirrored. Two things would then run backwards, and are put back:
 * <ul>
 * <li>the order the cells are drawn in, which is the order copy, search and most text extractors read
 * them in: each cell is given {@code position: relative} and a {@code z-index} counting up in the
 * logical order (row by row, first column first), so the renderer draws them in that order;</li>
 * <li>the tag tree (PDF/UA), which screen readers read: its rows follow the document, so after rendering
 * each mirrored row's TH/TD elements are put back in their logical order ({@link #restoreReadingOrder}).</li>
 * </ul>
 * A side effect of the drawing order: a mirrored table's text is drawn after the rest of its page's
 * text (positioned boxes are drawn last), so a reader that follows the drawing order reads it last on
 * its page; the tag tree keeps it in its place.
 *
 * <p>Rows of a table with a {@code rowspan} are left as they are (reversing them would misplace the
 * spanned cells; our tables have none).
 */
final class MirroredTables {
    /** For each {@code <tr>} of the document, in document order: how many cells it has and whether it was mirrored. */
    private final List<Row> rows;

    private record Row(int cells, boolean mirrored) {
    }

    private MirroredTables(List<Row> rows) {
        this.rows = rows;
    }

    /** Mirrors the rows of every right-to-left table in the document, in place. */
    static MirroredTables mirror(Document html) {
        List<Row> rows = new ArrayList<>();
        NodeList trs = html.getElementsByTagNameNS("*", "tr");
        int drawOrder = 0;
        for (int i = 0; i < trs.getLength(); i++) {
            Element tr = (Element) trs.item(i);
            List<Element> cells = cells(tr);
            boolean mirroredTable = rightToLeft(tr) && !hasRowSpans(tr);
            if (mirroredTable) {
                // Every cell of the table, one-cell rows too, so the whole table is drawn in its logical order.
                for (Element cell : cells) {
                    String style = cell.getAttribute("style");
                    cell.setAttribute("style", (style.isBlank() ? "" : style.strip() + "; ")
                            + "position: relative; z-index: " + ++drawOrder);
                }
            }
            boolean reversed = mirroredTable && cells.size() > 1;
            if (reversed) {
                // Back in reverse: the first cell ends up last in the row, which the renderer puts at the right.
                cells.forEach(tr::removeChild);
                for (int c = cells.size() - 1; c >= 0; c--) {
                    tr.appendChild(cells.get(c));
                }
            }
            rows.add(new Row(cells.size(), reversed));
        }
        return new MirroredTables(rows);
    }

    /** True when some row was mirrored (and the tag tree needs {@link #restoreReadingOrder}). */
    boolean any() {
        return rows.stream().anyMatch(Row::mirrored);
    }

    /**
     * Puts each mirrored row's cells back in their logical order in the tag tree of the drawn PDF; true
     * when it changed the document. The tree's TR elements are matched to the document's rows in order;
     * if they do not match one to one (cell counts and all), the tree is left as the renderer made it
     * rather than guessed at.
     */
    boolean restoreReadingOrder(PDDocument doc) {
        if (!any()) {
            return false;
        }
        PDStructureTreeRoot root = doc.getDocumentCatalog().getStructureTreeRoot();
        List<PDStructureElement> trs = new ArrayList<>();
        if (root != null) {
            collectRows(root, trs);
        }
        if (!matches(trs)) {
            return false;
        }
        for (int i = 0; i < trs.size(); i++) {
            if (rows.get(i).mirrored()) {
                reverseCells(trs.get(i));
            }
        }
        return true;
    }

    private boolean matches(List<PDStructureElement> trs) {
        if (trs.size() != rows.size()) {
            return false;
        }
        for (int i = 0; i < trs.size(); i++) {
            if (cellKids(trs.get(i)).size() != rows.get(i).cells()) {
                return false;
            }
        }
        return true;
    }

    private static void collectRows(PDStructureNode node, List<PDStructureElement> trs) {
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement element) {
                if ("TR".equals(element.getStructureType())) {
                    trs.add(element);
                } else {
                    collectRows(element, trs);
                }
            }
        }
    }

    /** The TH and TD dictionaries in a TR's /K, in the order the tree has them. */
    private static List<COSDictionary> cellKids(PDStructureElement tr) {
        List<COSDictionary> cells = new ArrayList<>();
        COSBase k = tr.getCOSObject().getDictionaryObject(COSName.K);
        if (k instanceof COSArray array) {
            for (int i = 0; i < array.size(); i++) {
                if (array.getObject(i) instanceof COSDictionary kid && isCell(kid)) {
                    cells.add(kid);
                }
            }
        } else if (k instanceof COSDictionary kid && isCell(kid)) {
            cells.add(kid);
        }
        return cells;
    }

    private static boolean isCell(COSDictionary kid) {
        String type = kid.getNameAsString(COSName.S);
        return "TH".equals(type) || "TD".equals(type);
    }

    /** Reverses the order of a TR's cells in its /K, leaving anything else in its place. */
    private static void reverseCells(PDStructureElement tr) {
        if (!(tr.getCOSObject().getDictionaryObject(COSName.K) instanceof COSArray array)) {
            return; // one cell: nothing to reverse
        }
        List<Integer> slots = new ArrayList<>();
        List<COSBase> cells = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            if (array.getObject(i) instanceof COSDictionary kid && isCell(kid)) {
                slots.add(i);
                cells.add(array.get(i));
            }
        }
        for (int s = 0; s < slots.size(); s++) {
            array.set(slots.get(s), cells.get(cells.size() - 1 - s));
        }
    }

    private static List<Element> cells(Element tr) {
        List<Element> cells = new ArrayList<>();
        for (Node n = tr.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && ("td".equals(e.getLocalName()) || "th".equals(e.getLocalName()))) {
                cells.add(e);
            }
        }
        return cells;
    }

    /** The direction the row's nearest {@code dir} says ("auto" and none: keep looking up); none at all is left to right. */
    private static boolean rightToLeft(Element row) {
        for (Node n = row; n instanceof Element e; n = n.getParentNode()) {
            String dir = e.getAttribute("dir");
            if ("rtl".equals(dir)) {
                return true;
            }
            if ("ltr".equals(dir)) {
                return false;
            }
        }
        return false;
    }

    private static boolean hasRowSpans(Element tr) {
        Node table = tr.getParentNode();
        while (table instanceof Element e && !"table".equals(e.getLocalName())) {
            table = e.getParentNode();
        }
        if (!(table instanceof Element t)) {
            return false;
        }
        NodeList cells = t.getElementsByTagNameNS("*", "*");
        for (int i = 0; i < cells.getLength(); i++) {
            if (((Element) cells.item(i)).hasAttribute("rowspan")) {
                return true;
            }
        }
        return false;
    }
}
