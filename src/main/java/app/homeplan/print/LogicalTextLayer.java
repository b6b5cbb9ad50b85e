package app.homeplan.print;

import com.ibm.icu.text.Bidi;
import com.ibm.icu.util.ULocale;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.pdmodel.common.COSObjectable;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdfwriter.ContentStreamWriter;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * The reading order of lines that hold right-to-left text. The renderer draws a line's pieces in no
 * reading order (a {@code <bdi>} name after the words around it, each right-to-left run as it stands
 * on the page), so text extraction that follows the drawing gave "يوسف في البيتخطة" for the header
 * "خطة يوسف في البيت", and a reader of the drawn letters of one tagged span gets its words backwards.
 * This pass, over the finished PDF:
 * <ul>
 * <li>puts the pieces of each such line (inside one tagged span or artifact) in the order they stand on
 * the page, left to right, as readers that work from the drawing expect (PDFBox, poppler, pdf.js turn a
 * line drawn so into reading order themselves);</li>
 * <li>gives each tagged span holding right-to-left text a structure element of its own with the span
 * as it is read, in logical order, in /ActualText (PDF 32000-1, 14.9.4): screen readers and copy from
 * the structure tree take the words in the order they were typed.</li>
 * </ul>
 * Not /ActualText in the content stream: poppler (Evince, Okular, pdftotext) places such a text's letters
 * across the span and then turns the right-to-left ones around again, so it read every Arabic line
 * backwards.
 *
 * <p>How a line is read: each right-to-left run the renderer drew ({@link PlanBidi.Reorderer#drawnRuns()})
 * is taken as typed, anything else by the bidi algorithm backwards; the pieces are read from the left in
 * a left-to-right paragraph and from the right in a right-to-left one, by the language of the span's tag.
 */
final class LogicalTextLayer {
    private static final COSName ACTUAL_TEXT = COSName.getPDFName("ActualText");
    private static final COSName SPAN = COSName.getPDFName("Span");
    private static final COSName MCID = COSName.getPDFName("MCID");

    private LogicalTextLayer() {
    }

    /** True when the document may hold right-to-left text. */
    static boolean needed(String xhtml) {
        return PlanBidi.hasRightToLeft(xhtml);
    }

    /**
     * Marks every line holding right-to-left text; true when a page changed.
     *
     * @param drawnRuns the right-to-left runs the renderer drew: as drawn, left to right, to as typed
     *     ({@link PlanBidi.Reorderer#drawnRuns()}); a line's piece found here is read as typed, anything
     *     else by the bidi algorithm backwards
     */
    static boolean mark(PDDocument doc, Map<String, String> drawnRuns) throws IOException {
        Map<String, String> runs = new HashMap<>();
        drawnRuns.forEach((visual, logical) -> {
            String drawn = asDrawn(visual);
            if (!drawn.isBlank()) {
                runs.put(drawn, asLetters(logical));
            }
        });
        boolean changed = false;
        String documentLanguage = doc.getDocumentCatalog().getLanguage();
        PDStructureTreeRoot structure = doc.getDocumentCatalog().getStructureTreeRoot();
        for (PDPage page : doc.getPages()) {
            Tags tags = new Tags(structure, page, documentLanguage);
            changed |= mark(doc, page, tags, runs);
            changed |= tags.addActualText();
        }
        return changed;
    }

    /**
     * One page: every line's pieces put in page order, and the text of each tagged sequence holding
     * right-to-left text read in logical order, for {@link Tags#addActualText()}. True when the page's
     * content changed.
     */
    private static boolean mark(PDDocument doc, PDPage page, Tags tags, Map<String, String> runs) throws IOException {
        List<Object> tokens = new PDFStreamParser(page).parse();
        List<Block> blocks = blocks(page.getResources(), tokens, tags);
        List<List<Block>> lines = lines(blocks, tokens);
        boolean reordered = false;
        // From the end of the stream backwards, so earlier token positions stay right.
        for (int i = lines.size() - 1; i >= 0; i--) {
            List<Block> line = lines.get(i);
            int sequence = line.get(0).markedContent;
            String logical = logical(line, tags.rightToLeft(sequence), runs);
            // A line that reads as drawn needs no ActualText; one that does not may be all neutrals (" ," is ", " drawn right to left).
            StringBuilder drawn = new StringBuilder();
            line.forEach(b -> drawn.append(b.text));
            tags.read(sequence, line.get(0).y, logical, !logical.contentEquals(drawn));
            List<Block> byPlace = line.stream().sorted(Comparator.comparingDouble(b -> b.x)).toList();
            if (contiguous(line) && !byPlace.equals(line)) {
                // The pieces in page order, left to right (each sets its own font and position).
                int from = line.get(0).start;
                int to = line.get(line.size() - 1).end + 1;
                List<Object> inOrder = new ArrayList<>(to - from);
                byPlace.forEach(b -> inOrder.addAll(tokens.subList(b.start, b.end + 1)));
                List<Object> range = tokens.subList(from, to);
                range.clear();
                range.addAll(inOrder);
                reordered = true;
            }
        }
        if (!reordered) {
            return false;
        }
        PDStream contents = new PDStream(doc);
        try (OutputStream out = contents.createOutputStream(COSName.FLATE_DECODE)) {
            new ContentStreamWriter(out).writeTokens(tokens);
        }
        page.setContents(contents);
        return true;
    }

    /**
     * One text object (BT ... ET) drawing one piece of a line: where it starts and ends in the token
     * list, its baseline, where it starts and ends across the page, and its letters as drawn, left to right.
     */
    private static final class Block {
        int start;
        int end;
        float x;
        float endX;
        float y;
        float size;
        int markedContent;
        int graphicsDepth;
        boolean positioned = true;
        final StringBuilder text = new StringBuilder();
    }

    /**
     * The text objects of a page. The renderer places each with one Tm and draws it with Tj (TJ when letter-spaced); anything
     * else (a relative move, a text rise, spacing set inside it) leaves the object unplaced, and its line unmarked.
     */
    private static List<Block> blocks(PDResources resources, List<Object> tokens, Tags tags) throws IOException {
        List<Block> blocks = new ArrayList<>();
        List<COSBase> operands = new ArrayList<>();
        List<Integer> open = new ArrayList<>(); // ids of the open marked-content sequences
        int nextId = 0;
        int depth = 0;
        Block block = null;
        PDFont font = null;
        float size = 0;
        for (int i = 0; i < tokens.size(); i++) {
            Object token = tokens.get(i);
            if (!(token instanceof Operator operator)) {
                if (token instanceof COSBase base) {
                    operands.add(base);
                }
                continue;
            }
            switch (operator.getName()) {
                case "BDC", "BMC" -> {
                    if (operands.size() == 2 && operands.get(1) instanceof COSDictionary properties && properties.containsKey(MCID)) {
                        tags.record(nextId, properties.getInt(MCID));
                    }
                    open.add(nextId++);
                }
                case "EMC" -> {
                    if (!open.isEmpty()) {
                        open.remove(open.size() - 1);
                    }
                }
                case "q" -> depth++;
                case "Q" -> depth--;
                case "BT" -> {
                    block = new Block();
                    block.start = i;
                    block.markedContent = open.isEmpty() ? -1 : open.get(open.size() - 1);
                    block.graphicsDepth = depth;
                }
                case "Tf" -> {
                    if (operands.size() == 2 && operands.get(0) instanceof COSName name && operands.get(1) instanceof COSNumber n) {
                        font = resources.getFont(name);
                        size = n.floatValue();
                    }
                }
                case "Tm" -> {
                    if (block != null && operands.size() == 6 && operands.get(4) instanceof COSNumber x
                            && operands.get(5) instanceof COSNumber y) {
                        block.x = x.floatValue();
                        block.endX = block.x;
                        block.y = y.floatValue();
                    }
                }
                case "Tj" -> {
                    if (block != null && font != null && operands.size() == 1 && operands.get(0) instanceof COSString s) {
                        block.size = size;
                        block.endX += show(font, size, s.getBytes(), block.text);
                    }
                }
                case "ET" -> {
                    if (block != null) {
                        block.end = i;
                        if (block.positioned && block.text.length() > 0) {
                            blocks.add(block);
                        }
                        block = null;
                    }
                }
                case "TJ" -> {
                    // Letter-spaced text: strings and the moves between them (thousandths of the size, leftwards).
                    if (block != null && font != null && operands.size() == 1 && operands.get(0) instanceof COSArray array) {
                        block.size = size;
                        for (COSBase part : array) {
                            if (part instanceof COSString s) {
                                block.endX += show(font, size, s.getBytes(), block.text);
                            } else if (part instanceof COSNumber n) {
                                block.endX -= n.floatValue() / 1000f * size;
                            }
                        }
                    }
                }
                case "Td", "TD", "T*", "'", "\"", "Ts", "Tz", "Tc", "Tw" -> {
                    if (block != null) {
                        block.positioned = false;
                    }
                }
                default -> {
                }
            }
            operands.clear();
        }
        return blocks;
    }

    /** Appends the letters a show string draws, left to right as drawn, and returns its width. */
    private static float show(PDFont font, float size, byte[] bytes, StringBuilder text) throws IOException {
        float width = 0;
        InputStream in = new ByteArrayInputStream(bytes);
        while (in.available() > 0) {
            int code = font.readCode(in);
            String unicode = font.toUnicode(code);
            if (unicode != null) {
                text.append(asDrawn(unicode));
            }
            width += font.getWidth(code) / 1000f * size;
        }
        return width;
    }

    /** Arabic presentation forms (the joined shapes drawn) as the letters they shape. */
    private static String asLetters(String text) {
        if (text.chars().noneMatch(LogicalTextLayer::isForm)) {
            return text;
        }
        StringBuilder letters = new StringBuilder(text.length());
        text.chars().forEach(c -> letters.append(isForm(c) ? Normalizer.normalize(Character.toString(c), Normalizer.Form.NFKC) : Character.toString(c)));
        return letters.toString();
    }

    /**
     * Text drawn left to right, its presentation forms as letters in the order they stand on the page:
     * a glyph for two letters (lam-alef) names them in reading order, but drawn the second is on the left.
     */
    private static String asDrawn(String visual) {
        if (visual.chars().noneMatch(LogicalTextLayer::isForm)) {
            return visual;
        }
        StringBuilder letters = new StringBuilder(visual.length());
        visual.chars().forEach(c -> {
            String letter = isForm(c) ? Normalizer.normalize(Character.toString(c), Normalizer.Form.NFKC) : Character.toString(c);
            letters.append(letter.length() > 1 ? new StringBuilder(letter).reverse() : letter);
        });
        return letters.toString();
    }

    private static boolean isForm(int c) {
        return c >= 0xFB50 && c <= 0xFDFF || c >= 0xFE70 && c <= 0xFEFC;
    }

    /**
     * The text objects of each line: consecutive objects on one baseline inside the same marked-content
     * sequence and graphics state, with no marked-content boundary between them.
     */
    private static List<List<Block>> lines(List<Block> blocks, List<Object> tokens) {
        List<List<Block>> lines = new ArrayList<>();
        List<Block> line = new ArrayList<>();
        for (Block block : blocks) {
            if (!line.isEmpty()) {
                Block last = line.get(line.size() - 1);
                boolean same = last.markedContent == block.markedContent && last.graphicsDepth == block.graphicsDepth
                        && Math.abs(last.y - block.y) < 0.5f && onlyDrawingBetween(tokens, last.end, block.start);
                if (!same) {
                    lines.add(line);
                    line = new ArrayList<>();
                }
            }
            line.add(block);
        }
        if (!line.isEmpty()) {
            lines.add(line);
        }
        return lines;
    }

    /** True when the tokens between two text objects neither open nor close a marked-content sequence or graphics state. */
    private static boolean onlyDrawingBetween(List<Object> tokens, int after, int before) {
        for (int i = after + 1; i < before; i++) {
            if (tokens.get(i) instanceof Operator op && switch (op.getName()) {
                case "BDC", "BMC", "EMC", "q", "Q", "BI", "Do" -> true;
                default -> false;
            }) {
                return false;
            }
        }
        return true;
    }

    /** True when the line's text objects follow each other with nothing between them (they may be reordered). */
    private static boolean contiguous(List<Block> line) {
        for (int i = 1; i < line.size(); i++) {
            if (line.get(i).start != line.get(i - 1).end + 1) {
                return false;
            }
        }
        return true;
    }

    /**
     * A line as it is read. Its letters as they stand on the page, left to right (a space where two pieces
     * stand apart with none drawn between them), cut into pieces: each right-to-left run the renderer drew,
     * read as typed, and what lies between. The pieces are read from the left in a left-to-right paragraph,
     * from the right in a right-to-left one (the renderer lays a line's runs out so).
     */
    static String logical(List<Block> line, boolean rightToLeft, Map<String, String> runs) {
        List<Block> byPlace = line.stream().sorted(Comparator.comparingDouble(b -> b.x)).toList();
        List<String> parts = new ArrayList<>(); // stretches of the line that stand apart
        StringBuilder part = new StringBuilder();
        float reached = Float.NaN;
        for (Block block : byPlace) {
            if (!part.isEmpty() && block.x - reached > block.size * 0.2f
                    && !Character.isWhitespace(part.charAt(part.length() - 1)) && !Character.isWhitespace(block.text.charAt(0))) {
                parts.add(part.toString());
                parts.add(" ");
                part.setLength(0);
            }
            part.append(block.text);
            reached = Float.isNaN(reached) ? block.endX : Math.max(reached, block.endX);
        }
        parts.add(part.toString());
        List<String> pieces = new ArrayList<>();
        for (String stretch : parts) {
            pieces.addAll(pieces(stretch, rightToLeft, runs));
        }
        if (rightToLeft) {
            java.util.Collections.reverse(pieces);
        }
        // Right-to-left words kept together were joined by no-break spaces ({@link PlanBidi#keptTogether}); typed, they were spaces.
        return String.join("", pieces).replace('\u00A0', ' ');
    }

    /** A stretch of a line, as drawn, in pieces read as typed: the runs drawn, and what lies between them. */
    private static List<String> pieces(String stretch, boolean rightToLeft, Map<String, String> runs) {
        // Runs with right-to-left letters anywhere; runs of neutrals (" ," drawn for ", ") only as a stretch
        // of their own, in a right-to-left paragraph: "(" drawn inside "Arabic interpreter (phone)" is a "(" as typed.
        List<String> candidates = runs.keySet().stream()
                .filter(run -> hasRightToLeft(run) ? stretch.contains(run) : rightToLeft && stretch.equals(run)).toList();
        List<String> pieces = new ArrayList<>();
        StringBuilder between = new StringBuilder();
        int i = 0;
        while (i < stretch.length()) {
            String longest = null;
            for (String run : candidates) {
                if (stretch.startsWith(run, i) && (longest == null || run.length() > longest.length())) {
                    longest = run;
                }
            }
            if (longest == null) {
                between.append(stretch.charAt(i++));
                continue;
            }
            if (!between.isEmpty()) {
                pieces.add(unknownPiece(between.toString(), rightToLeft));
                between.setLength(0);
            }
            pieces.add(runs.get(longest));
            i += longest.length();
        }
        if (!between.isEmpty()) {
            pieces.add(unknownPiece(between.toString(), rightToLeft));
        }
        return pieces;
    }

    /**
     * A stretch that is none of the runs drawn right to left: left-to-right text as it stands (the
     * renderer draws it so, brackets and all); anything right to left by the bidi algorithm backwards.
     */
    private static String unknownPiece(String drawn, boolean rightToLeft) {
        return hasRightToLeft(drawn) ? toLogical(drawn, rightToLeft) : drawn;
    }

    /**
     * Text as drawn, left to right, in the order it is read (the bidi algorithm backwards). Direction
     * controls are dropped first: drawn, they are nothing, and ICU's backwards modes fail on isolates.
     */
    static String toLogical(String visual, boolean rightToLeft) {
        String drawn = visual.replaceAll("[\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]", "");
        try {
            Bidi bidi = new Bidi();
            bidi.setReorderingMode(Bidi.REORDER_INVERSE_LIKE_DIRECT);
            bidi.setPara(drawn, rightToLeft ? Bidi.RTL : Bidi.LTR, null);
            return bidi.writeReordered(Bidi.DO_MIRRORING);
        } catch (RuntimeException e) {
            // ICU's backwards modes are its least used; a line it cannot read stays as drawn rather than the plan unprinted.
            return drawn;
        }
    }

    private static boolean hasRightToLeft(CharSequence text) {
        return PlanBidi.hasRightToLeft(text.toString());
    }

    /**
     * The tagged sequences (MCIDs) of a page: the language each is in (the /Lang of its structure
     * element or the nearest one above it, else the document's), and the text of each, line by line.
     */
    private static final class Tags {
        private final String documentLanguage;
        private final PDPage page;
        /** The page's structure elements by MCID (its entry in the structure tree's parent tree). */
        private final COSArray elements;
        /** The MCID of each marked-content sequence of the page, by the order it opens in; -1 for none. */
        private final List<Integer> mcids = new ArrayList<>();
        /** The lines of each MCID holding right-to-left text, as read (lines were met from the last up). */
        private final Map<Integer, List<String>> read = new TreeMap<>();
        private final Set<Integer> otherwiseThanDrawn = new HashSet<>();
        /** The baselines of each MCID's first and last lines. */
        private final Map<Integer, float[]> baselines = new HashMap<>();

        Tags(PDStructureTreeRoot structure, PDPage page, String documentLanguage) throws IOException {
            this.documentLanguage = documentLanguage;
            this.page = page;
            COSArray found = null;
            if (structure != null && structure.getParentTree() != null && page.getStructParents() >= 0) {
                Object value = structure.getParentTree().getValue(page.getStructParents());
                if (value instanceof COSObjectable objectable && objectable.getCOSObject() instanceof COSArray array) {
                    found = array;
                }
            }
            elements = found;
        }

        void record(int sequence, int mcid) {
            while (mcids.size() <= sequence) {
                mcids.add(-1);
            }
            mcids.set(sequence, mcid);
        }

        private int mcid(int sequence) {
            return sequence >= 0 && sequence < mcids.size() ? mcids.get(sequence) : -1;
        }

        private COSDictionary element(int mcid) {
            return elements != null && mcid >= 0 && mcid < elements.size()
                    && elements.getObject(mcid) instanceof COSDictionary element ? element : null;
        }

        boolean rightToLeft(int sequence) {
            String language = documentLanguage;
            for (COSDictionary e = element(mcid(sequence)); e != null; e = e.getCOSDictionary(COSName.P)) {
                String lang = e.getString(COSName.LANG);
                if (lang != null && !lang.isBlank()) {
                    language = lang;
                    break;
                }
            }
            return language != null && ULocale.forLanguageTag(language).isRightToLeft();
        }

        /** One line of a sequence as read; lines come from the page's last up. */
        void read(int sequence, float baseline, String line, boolean readsOtherwiseThanDrawn) {
            int mcid = mcid(sequence);
            if (mcid < 0 || element(mcid) == null) {
                return; // an artifact, read by the page's order alone
            }
            read.computeIfAbsent(mcid, m -> new ArrayList<>()).add(0, line);
            baselines.computeIfAbsent(mcid, m -> new float[] {baseline, baseline})[0] = baseline;
            if (readsOtherwiseThanDrawn) {
                otherwiseThanDrawn.add(mcid);
            }
        }

        /**
         * Each tagged sequence that does not read as drawn gets a structure element of its own, a Span
         * with the text as read in /ActualText, between it and the element it belonged to. Screen
         * readers (which follow the structure tree) and copy from it read it as typed; readers that work
         * from the page's drawing (which use the drawn letters and their places) are left to do so.
         */
        boolean addActualText() {
            boolean changed = false;
            for (int mcid : otherwiseThanDrawn) {
                COSDictionary owner = element(mcid);
                // Lines as drawn keep their spaces at either end: "خطة " and the name after it are two spans.
                String text = String.join(" ", read.get(mcid));
                // Where a line wraps between two spans, the space it broke at is drawn on neither line.
                if (!text.isBlank() && newLineBetween(mcid - 1, mcid) && !Character.isWhitespace(text.charAt(0))) {
                    text = " " + text;
                }
                if (!text.isBlank() && newLineBetween(mcid, mcid + 1) && !Character.isWhitespace(text.charAt(text.length() - 1))) {
                    text = text + " ";
                }
                if (owner == null || text.isBlank()) {
                    continue;
                }
                COSDictionary span = new COSDictionary();
                span.setItem(COSName.TYPE, COSName.getPDFName("StructElem"));
                span.setItem(COSName.S, SPAN);
                span.setItem(COSName.P, owner);
                span.setItem(COSName.PG, page.getCOSObject());
                span.setInt(COSName.K, mcid);
                span.setItem(ACTUAL_TEXT, new COSString(text));
                if (replaceKid(owner, mcid, span)) {
                    elements.set(mcid, span);
                    changed = true;
                }
            }
            return changed;
        }

        /** True when both MCIDs have text on this page and the second starts on another line than the first ends. */
        private boolean newLineBetween(int first, int second) {
            float[] before = baselines.get(first);
            float[] after = baselines.get(second);
            return before != null && after != null && Math.abs(before[1] - after[0]) >= 0.5f;
        }

        /** Puts {@code span} in the place of the MCID among the element's kids; false when it is not there. */
        private boolean replaceKid(COSDictionary owner, int mcid, COSDictionary span) {
            COSBase kids = owner.getDictionaryObject(COSName.K);
            if (isKid(owner, kids, mcid)) {
                owner.setItem(COSName.K, span);
                return true;
            }
            if (kids instanceof COSArray array) {
                for (int i = 0; i < array.size(); i++) {
                    if (isKid(owner, array.getObject(i), mcid)) {
                        array.set(i, span);
                        return true;
                    }
                }
            }
            return false;
        }

        /** True when a kid is this page's marked content with this MCID (a number, or a marked-content reference). */
        private boolean isKid(COSDictionary owner, COSBase kid, int mcid) {
            if (kid instanceof COSInteger number) {
                COSBase ownPage = owner.getDictionaryObject(COSName.PG);
                return number.intValue() == mcid && (ownPage == null || ownPage == page.getCOSObject());
            }
            return kid instanceof COSDictionary reference && COSName.getPDFName("MCR").equals(reference.getCOSName(COSName.TYPE))
                    && reference.getInt(MCID) == mcid
                    && (reference.getDictionaryObject(COSName.PG) == null || reference.getDictionaryObject(COSName.PG) == page.getCOSObject());
        }
    }
}
