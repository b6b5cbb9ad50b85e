package app.homeplan.print;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.text.PDFMarkedContentExtractor;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.PDFTextStripperByArea;
import org.apache.pdfbox.text.TextPosition;

/**
 * The tables of a printed PDF as its tag tree gives them (what a screen reader reads, PDF/UA): each
 * TR's TH/TD cells in the tree's order, each with where its text is drawn and that text (PDFBox reading
 * the cell's own area, so a right-to-left cell reads in its logical order). Cells that draw nothing
 * (the tracker's tick boxes) are left out of a row.
 */
final class TaggedTables {
    /**
     * A cell that draws text: its words, the page (from 0), its text's left and right edges, top and lowest
     * baseline, in points from the page's top left, and its marked content ids.
     */
    record Cell(String text, int page, float left, float right, float top, float baseline, List<Integer> mcids) {
        float centre() {
            return (left + right) / 2;
        }
    }

    /** A TR that draws text: which table of the document it is in (from 0, in tree order) and its cells. */
    record Row(int table, List<Cell> cells) {
        List<String> texts() {
            return cells.stream().map(Cell::text).toList();
        }
    }

    /** Every TR of the document that draws text in at least one cell, in tag-tree order. */
    static List<Row> rows(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            Map<PDPage, Map<Integer, List<TextPosition>>> glyphs = new HashMap<>();
            List<Row> rows = new ArrayList<>();
            collect(doc, doc.getDocumentCatalog().getStructureTreeRoot(), glyphs, rows, new int[] {-1});
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The rows of {@link #rows} whose cells are all on this page (from 0), as the cells' text. */
    static List<List<String>> texts(List<Row> rows, int page) {
        return rows.stream().filter(r -> r.cells().stream().allMatch(c -> c.page() == page)).map(Row::texts).toList();
    }

    private static void collect(PDDocument doc, PDStructureNode node, Map<PDPage, Map<Integer, List<TextPosition>>> glyphs,
            List<Row> rows, int[] table) throws IOException {
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement element) {
                if ("Table".equals(element.getStructureType())) {
                    table[0]++;
                }
                if ("TR".equals(element.getStructureType())) {
                    List<Cell> row = new ArrayList<>();
                    for (Object cellKid : element.getKids()) {
                        if (cellKid instanceof PDStructureElement cell
                                && ("TH".equals(cell.getStructureType()) || "TD".equals(cell.getStructureType()))) {
                            Cell read = read(doc, cell, glyphs);
                            if (read != null) {
                                row.add(read);
                            }
                        }
                    }
                    if (!row.isEmpty()) {
                        rows.add(new Row(table[0], row));
                    }
                } else {
                    collect(doc, element, glyphs, rows, table);
                }
            }
        }
    }

    /** A cell's glyphs (through its marked content, nested elements included), or null when it draws none. */
    private static Cell read(PDDocument doc, PDStructureElement cell, Map<PDPage, Map<Integer, List<TextPosition>>> glyphs)
            throws IOException {
        List<TextPosition> drawn = new ArrayList<>();
        List<Integer> mcids = new ArrayList<>();
        PDPage[] page = {null};
        gather(doc, cell, cell.getPage(), glyphs, drawn, mcids, page);
        drawn.removeIf(g -> g.getUnicode() == null || g.getUnicode().isBlank());
        if (drawn.isEmpty()) {
            return null;
        }
        float left = Float.MAX_VALUE;
        float right = -Float.MAX_VALUE;
        float top = Float.MAX_VALUE;
        float bottom = -Float.MAX_VALUE;
        for (TextPosition g : drawn) {
            left = Math.min(left, g.getXDirAdj());
            right = Math.max(right, g.getXDirAdj() + g.getWidthDirAdj());
            top = Math.min(top, g.getYDirAdj() - g.getHeightDir());
            bottom = Math.max(bottom, g.getYDirAdj());
        }
        PDFTextStripperByArea area = new PDFTextStripperByArea();
        area.setSortByPosition(true);
        area.addRegion("cell", new Rectangle2D.Float(left - 0.5f, top - 2, right - left + 1, bottom - top + 4));
        area.extractRegions(page[0]);
        return new Cell(PdfDocument.flat(area.getTextForRegion("cell")), doc.getPages().indexOf(page[0]), left, right, top, bottom,
                mcids);
    }

    private static void gather(PDDocument doc, PDStructureElement element, PDPage pageOfElement,
            Map<PDPage, Map<Integer, List<TextPosition>>> glyphs, List<TextPosition> drawn, List<Integer> mcids, PDPage[] page)
            throws IOException {
        PDPage elementPage = element.getPage() != null ? element.getPage() : pageOfElement;
        for (Object kid : element.getKids()) {
            if (kid instanceof Integer mcid) {
                drawn.addAll(onPage(elementPage, glyphs).getOrDefault(mcid, List.of()));
                mcids.add(mcid);
                page[0] = elementPage;
            } else if (kid instanceof PDMarkedContentReference ref) {
                PDPage refPage = ref.getPage() != null ? ref.getPage() : elementPage;
                drawn.addAll(onPage(refPage, glyphs).getOrDefault(ref.getMCID(), List.of()));
                mcids.add(ref.getMCID());
                page[0] = refPage;
            } else if (kid instanceof PDStructureElement child) {
                gather(doc, child, elementPage, glyphs, drawn, mcids, page);
            }
        }
    }

    /** The glyphs of each marked-content id drawn on a page. */
    private static Map<Integer, List<TextPosition>> onPage(PDPage page, Map<PDPage, Map<Integer, List<TextPosition>>> glyphs)
            throws IOException {
        Map<Integer, List<TextPosition>> known = glyphs.get(page);
        if (known != null) {
            return known;
        }
        PDFMarkedContentExtractor extractor = new PDFMarkedContentExtractor();
        extractor.processPage(page);
        Map<Integer, List<TextPosition>> byId = new HashMap<>();
        for (PDMarkedContent content : extractor.getMarkedContents()) {
            addContent(content, byId);
        }
        glyphs.put(page, byId);
        return byId;
    }

    private static void addContent(PDMarkedContent content, Map<Integer, List<TextPosition>> byId) {
        for (Object part : content.getContents()) {
            if (part instanceof TextPosition glyph && content.getMCID() >= 0) {
                byId.computeIfAbsent(content.getMCID(), k -> new ArrayList<>()).add(glyph);
            } else if (part instanceof PDMarkedContent inner) {
                addContent(inner, byId);
            }
        }
    }

    /**
     * A page's lines as a reader of right-to-left pages reads them: PDFBox sorting the glyphs by position
     * and reading each line from the left (as it reads every line), with the gaps between table cells
     * kept apart; then each line's cells taken from the right. Inside a cell PDFBox already puts
     * right-to-left words in their logical order.
     */
    static List<List<String>> linesFromTheRight(byte[] pdf, int page) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            stripper.setWordSeparator(CELL_GAP);
            stripper.setStartPage(page + 1);
            stripper.setEndPage(page + 1);
            List<List<String>> lines = new ArrayList<>();
            for (String line : stripper.getText(doc).split("\\R")) {
                List<String> cells = new ArrayList<>();
                for (String cell : line.split(CELL_GAP)) {
                    String flat = PdfDocument.flat(cell);
                    if (!flat.isEmpty()) {
                        cells.add(0, flat);
                    }
                }
                if (!cells.isEmpty()) {
                    lines.add(cells);
                }
            }
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What PDFBox writes where it finds a gap wider than a space (drawn spaces stay spaces). */
    private static final String CELL_GAP = "\u2016";

    private TaggedTables() {
    }
}
