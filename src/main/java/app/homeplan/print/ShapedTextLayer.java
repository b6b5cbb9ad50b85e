package app.homeplan.print;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.fontbox.cmap.CMap;
import org.apache.fontbox.cmap.CMapParser;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * The text layer of shaped scripts, as letters. Arabic is drawn as ICU's presentation forms (the joined
 * shapes of each letter, {@link PlanBidi}), so the fonts' ToUnicode maps said "ﺧﻄﺔ" where the family
 * wrote "خطة": searching the PDF for the child's name found nothing and a screen reader read forms, not
 * words. This rewrites each font's ToUnicode so a shaped glyph stands for the letters it shapes (a
 * lam-alef ligature for both letters): copy, search and read-aloud get the words as typed. The text
 * order is the readers' job (they read right-to-left runs back in logical order).
 */
final class ShapedTextLayer {
    private ShapedTextLayer() {
    }

    /** True when the document may draw presentation forms (it has Arabic letters). */
    static boolean needed(CharSequence xhtml) {
        for (int i = 0; i < xhtml.length(); i++) {
            char c = xhtml.charAt(i);
            if (c >= 0x0600 && c <= 0x06FF || c >= 0xFB50 && c <= 0xFDFF || c >= 0xFE70 && c <= 0xFEFF) {
                return true;
            }
        }
        return false;
    }

    /** Makes every ToUnicode entry that names a presentation form name its letters instead; true when one did. */
    static boolean writeAsLetters(PDDocument doc) throws IOException {
        Set<COSBase> done = new HashSet<>();
        boolean changed = false;
        for (PDPage page : doc.getPages()) {
            PDResources resources = page.getResources();
            if (resources == null) {
                continue;
            }
            for (COSName name : resources.getFontNames()) {
                PDFont font = resources.getFont(name);
                if (font != null && done.add(font.getCOSObject())) {
                    changed |= rewrite(font.getCOSObject());
                }
            }
        }
        return changed;
    }

    private static boolean rewrite(COSDictionary font) throws IOException {
        if (!(font.getDictionaryObject(COSName.TO_UNICODE) instanceof COSStream stream)) {
            return false;
        }
        CMap cmap;
        try (InputStream in = stream.createInputStream()) {
            cmap = new CMapParser().parse(new RandomAccessReadBuffer(in));
        }
        Map<Integer, String> mappings = new TreeMap<>();
        boolean anyForm = false;
        for (int code = 0; code <= 0xFFFF; code++) {
            String unicode = cmap.toUnicode(code);
            if (unicode == null) {
                continue;
            }
            if (isPresentationForm(unicode)) {
                unicode = Normalizer.normalize(unicode, Normalizer.Form.NFKC);
                anyForm = true;
            }
            mappings.put(code, unicode);
        }
        if (!anyForm) {
            return false;
        }
        try (OutputStream out = stream.createOutputStream()) {
            out.write(toUnicodeCMap(mappings).getBytes(StandardCharsets.US_ASCII));
        }
        return true;
    }

    private static boolean isPresentationForm(String text) {
        return text.chars().anyMatch(c -> c >= 0xFB50 && c <= 0xFDFF || c >= 0xFE70 && c <= 0xFEFF && c != 0xFEFF);
    }

    /** A ToUnicode CMap of two-byte codes (Identity-H), one entry per code. */
    private static String toUnicodeCMap(Map<Integer, String> mappings) {
        StringBuilder cmap = new StringBuilder(64 * mappings.size() + 512);
        cmap.append("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n")
                .append("/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n")
                .append("/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n")
                .append("1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n");
        var entries = mappings.entrySet().iterator();
        int left = mappings.size();
        while (left > 0) {
            int chunk = Math.min(100, left);
            cmap.append(chunk).append(" beginbfchar\n");
            for (int i = 0; i < chunk; i++) {
                var entry = entries.next();
                cmap.append(String.format(Locale.ROOT, "<%04X> <", entry.getKey()));
                for (char c : entry.getValue().toCharArray()) {
                    cmap.append(String.format(Locale.ROOT, "%04X", (int) c));
                }
                cmap.append(">\n");
            }
            cmap.append("endbfchar\n");
            left -= chunk;
        }
        cmap.append("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
        return cmap.toString();
    }

}
