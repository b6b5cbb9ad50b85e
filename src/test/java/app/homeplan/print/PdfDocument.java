package app.homeplan.print;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/** A printed plan read back with PDFBox, as a reader (or a screen reader) would get it. */
final class PdfDocument {
    final byte[] bytes;
    final List<String> pages = new ArrayList<>();
    /** The text in the order it was drawn: a table cell's lines stay together instead of interleaving by height. */
    final String drawnText;
    final List<TextPosition> glyphs = new ArrayList<>();
    final List<Integer> glyphPages = new ArrayList<>();
    final List<PDRectangle> mediaBoxes = new ArrayList<>();
    final Set<String> fontNames = new LinkedHashSet<>();
    final List<PDFont> fonts = new ArrayList<>();
    final boolean tagged;
    final boolean hasStructTree;
    final String language;
    final String title;
    final boolean displayDocTitle;

    PdfDocument(byte[] bytes) {
        this.bytes = bytes;
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            var catalog = doc.getDocumentCatalog();
            tagged = catalog.getMarkInfo() != null && catalog.getMarkInfo().isMarked();
            hasStructTree = catalog.getStructureTreeRoot() != null && !catalog.getStructureTreeRoot().getKids().isEmpty();
            language = catalog.getLanguage();
            title = doc.getDocumentInformation().getTitle();
            displayDocTitle = catalog.getViewerPreferences() != null && catalog.getViewerPreferences().displayDocTitle();
            Collector stripper = new Collector();
            stripper.setSortByPosition(true);
            drawnText = new PDFTextStripper().getText(doc);
            for (int i = 1; i <= doc.getNumberOfPages(); i++) {
                stripper.setStartPage(i);
                stripper.setEndPage(i);
                stripper.page = i;
                pages.add(stripper.getText(doc));
                PDPage page = doc.getPage(i - 1);
                mediaBoxes.add(page.getMediaBox());
                PDResources resources = page.getResources();
                for (COSName name : resources.getFontNames()) {
                    PDFont font = resources.getFont(name);
                    if (fontNames.add(font.getName())) {
                        fonts.add(font);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    int pageCount() {
        return pages.size();
    }

    /** All the text, with runs of white space (line breaks too) as one space, for finding wrapped sentences. */
    String flatText() {
        return flat(String.join(" ", pages));
    }

    /** All the text in drawing order, flattened like {@link #flatText()}: for what is said inside table cells. */
    String flatDrawnText() {
        return flat(drawnText);
    }

    String flatPage(int index) {
        return flat(pages.get(index));
    }

    /**
     * How far down the page body its text reaches, from 0 (none) to 1 (its foot): the lowest glyph between
     * the page's header (top 20 mm) and its footer (bottom 18 mm), over the height between them.
     */
    float bodyFilled(int index) {
        float height = mediaBoxes.get(index).getHeight();
        float top = 20 * 72 / 25.4f;
        float bottom = height - 18 * 72 / 25.4f;
        float lowest = top;
        for (int i = 0; i < glyphs.size(); i++) {
            float y = glyphs.get(i).getYDirAdj();
            if (glyphPages.get(i) == index + 1 && y > top + 2 * 72 / 25.4f && y < bottom) {
                lowest = Math.max(lowest, y);
            }
        }
        return (lowest - top) / (bottom - top);
    }

    /** Compatibility forms (Arabic presentation forms) folded back, bidi controls and white space runs removed. */
    static String flat(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC)
                .replaceAll("[\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]", "");
        return folded.replaceAll("\\s+", " ").strip();
    }

    private final class Collector extends PDFTextStripper {
        int page;

        @Override
        protected void processTextPosition(TextPosition text) {
            super.processTextPosition(text);
            glyphs.add(text);
            glyphPages.add(page);
        }
    }

    static boolean isSubset(PDFont font) {
        return font.getName() != null && font.getName().matches("[A-Z]{6}\\+.*");
    }

    static boolean isEmbedded(PDFont font) {
        if (font instanceof PDType0Font type0) {
            return type0.getDescendantFont().getFontDescriptor() != null
                    && type0.getDescendantFont().getFontDescriptor().getFontFile2() != null;
        }
        return font.isEmbedded();
    }
}
