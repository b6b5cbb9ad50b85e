package app.homeplan.print;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.text.PDFMarkedContentExtractor;
import org.apache.pdfbox.text.TextPosition;

/**
 * A printed plan as a screen reader reads it: the structure tree in order, each element's /ActualText
 * when it has one (in place of what it holds), else the text of its tagged content in the order it is
 * drawn. Block elements (paragraphs, headings, cells) each on a line of their own. Artifacts (page
 * headers and footers) are not read.
 */
final class ReadAloud {
    private static final Set<String> BLOCKS = Set.of("Document", "Part", "Sect", "Div", "P", "H", "H1", "H2", "H3", "H4",
            "H5", "H6", "L", "LI", "Lbl", "LBody", "Table", "THead", "TBody", "TFoot", "TR", "TH", "TD", "Caption", "Figure");

    private ReadAloud() {
    }

    /** Every line read, white space runs as one space, compatibility forms folded. */
    static List<String> lines(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            Map<COSDictionary, Map<Integer, String>> tagged = new HashMap<>();
            for (PDPage page : doc.getPages()) {
                PDFMarkedContentExtractor extractor = new PDFMarkedContentExtractor();
                extractor.processPage(page);
                Map<Integer, String> byMcid = new HashMap<>();
                extractor.getMarkedContents().forEach(content -> collect(content, byMcid));
                tagged.put(page.getCOSObject(), byMcid);
            }
            StringBuilder text = new StringBuilder();
            for (Object kid : doc.getDocumentCatalog().getStructureTreeRoot().getKids()) {
                if (kid instanceof PDStructureElement element) {
                    read(element, tagged, text);
                }
            }
            return text.toString().lines().map(line -> Normalizer.normalize(line, Normalizer.Form.NFKC)
                    .replaceAll("\\s+", " ").strip()).filter(line -> !line.isEmpty()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void collect(PDMarkedContent content, Map<Integer, String> byMcid) {
        StringBuilder text = new StringBuilder();
        for (Object item : content.getContents()) {
            if (item instanceof TextPosition glyph) {
                text.append(glyph.getUnicode());
            } else if (item instanceof PDMarkedContent inner) {
                collect(inner, byMcid);
            }
        }
        if (content.getMCID() >= 0) {
            byMcid.merge(content.getMCID(), text.toString(), String::concat);
        }
    }

    private static void read(PDStructureElement element, Map<COSDictionary, Map<Integer, String>> tagged, StringBuilder text) {
        boolean block = BLOCKS.contains(element.getStructureType());
        if (block) {
            text.append('\n');
        }
        if (element.getActualText() != null) {
            text.append(element.getActualText());
        } else {
            for (Object kid : element.getKids()) {
                if (kid instanceof PDStructureElement child) {
                    read(child, tagged, text);
                } else if (kid instanceof Integer mcid && element.getPage() != null) {
                    text.append(tagged.get(element.getPage().getCOSObject()).getOrDefault(mcid, ""));
                } else if (kid instanceof PDMarkedContentReference reference) {
                    PDPage page = reference.getPage() != null ? reference.getPage() : element.getPage();
                    text.append(tagged.get(page.getCOSObject()).getOrDefault(reference.getMCID(), ""));
                }
            }
        }
        if (block) {
            text.append('\n');
        }
    }
}
