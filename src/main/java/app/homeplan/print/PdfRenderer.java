package app.homeplan.print;

import app.homeplan.i18n.Messages;
import app.homeplan.util.PrivateFiles;
import com.openhtmltopdf.bidi.BidiSplitterFactory;
import com.openhtmltopdf.extend.FSCacheEx;
import com.openhtmltopdf.extend.FSCacheValue;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.TextDirection;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.xml.XMLConstants;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * Turns one of our XHTML documents ({@link PrintHtml}) into a PDF, the same way for every printout:
 * tagged (PDF/UA) with the document's language and title, the shipped fonts embedded as subsets,
 * Arabic and Hebrew shaped and right to left. Also writes a PDF to a file all or nothing. Safe to
 * call from any thread.
 */
final class PdfRenderer {
    /** Font metrics shared between exports, so a document does not parse every fallback font just to size lines. */
    private static final FSCacheEx<String, FSCacheValue> FONT_METRICS = new MetricsCache();

    /** Kept strongly reachable: java.util.logging forgets the level of a logger nobody holds. */
    private static final List<Logger> QUIET = List.of(Logger.getLogger("org.apache.pdfbox"),
            Logger.getLogger("org.apache.fontbox"));

    static {
        // The renderer and PDFBox report every font choice on stderr; the user needs none of it (the
        // command line promises one line on failure, and only its own "Saved ..." line on success).
        XRLog.setLoggingEnabled(false);
        QUIET.forEach(l -> l.setLevel(Level.SEVERE));
    }

    private static final String PRODUCER = "Homeplan " + Objects.requireNonNullElse(
            PdfRenderer.class.getPackage().getImplementationVersion(), "development");

    private PdfRenderer() {
    }

    /**
     * Renders the XHTML to a stream (not closed). Failures are {@link PrintException}s with a sentence;
     * a write failure names the file when {@code out} came from {@link #writeFile}.
     */
    static void render(String xhtml, OutputStream out) {
        render(xhtml, out, PrintJob.NONE);
    }

    /** As {@link #render(String, OutputStream)}, stopping with {@link PrintJob.Stopped} when the job is stopped. */
    static void render(String xhtml, OutputStream out, PrintJob job) {
        job.check();
        Document html = parse(xhtml);
        // Right-to-left tables are laid out mirrored, and their rows put back in logical order in the tag
        // tree afterwards (MirroredTables).
        MirroredTables mirrored = MirroredTables.mirror(html);
        boolean textLayer = ShapedTextLayer.needed(xhtml) || LogicalTextLayer.needed(xhtml);
        PlanBidi.Reorderer reorderer = PlanBidi.reorderer();
        if (!mirrored.any() && !textLayer) {
            layOut(html, out, job, reorderer);
            return;
        }
        // Drawn into memory first, then that PDF loaded once for every pass over it: the tables' reading
        // order, and the text layer made letters again (ShapedTextLayer) and put in reading order
        // (LogicalTextLayer, which reads the runs the reorderer drew).
        ByteArrayOutputStream drawn = new ByteArrayOutputStream(256 * 1024);
        layOut(html, drawn, job, reorderer);
        job.check();
        try {
            writeAfterPasses(drawn.toByteArray(), out, mirrored, textLayer ? reorderer.drawnRuns() : null);
        } catch (IOException e) {
            if (out instanceof Target target) {
                throw new PrintException(e, "print.error.write", target.path, reason(e));
            }
            throw new PrintException(e, "print.error.render", reason(e));
        }
    }

    /**
     * The drawn PDF after the passes over it, from one load of it: the bytes as they are when no pass
     * changes anything. {@code drawnRuns} is null when the text layer needs no pass.
     */
    private static void writeAfterPasses(byte[] pdf, OutputStream out, MirroredTables mirrored,
            Map<String, String> drawnRuns) throws IOException {
        try (PDDocument doc = Loader.loadPDF(new RandomAccessReadBuffer(pdf))) {
            boolean changed = mirrored.restoreReadingOrder(doc);
            if (drawnRuns != null) {
                changed |= ShapedTextLayer.writeAsLetters(doc);
                changed |= LogicalTextLayer.mark(doc, drawnRuns);
            }
            if (!changed) {
                out.write(pdf);
                return;
            }
            ByteArrayOutputStream rewritten = new ByteArrayOutputStream(pdf.length + 4096);
            doc.save(rewritten);
            rewritten.writeTo(out);
        }
    }

    private static void layOut(Document html, OutputStream out, PrintJob job, PlanBidi.Reorderer reorderer) {
        BidiSplitterFactory splitters = PlanBidi.splitters();
        PdfRendererBuilder builder = new PdfRendererBuilder()
                .useFastMode()
                .usePdfUaAccessibility(true)
                // Asked for at every paragraph while the pages are laid out: where a stop is noticed then.
                .useUnicodeBidiSplitter(() -> {
                    job.check();
                    return splitters.createBidiSplitter();
                })
                // Each page as the renderer's own supplier makes it, counted, and where a stop is noticed.
                .usePageSupplier((document, width, height, number, shadow) -> {
                    job.pageStarted(number + 1);
                    PDPage page = new PDPage(new PDRectangle(width, height));
                    document.addPage(page);
                    return page;
                })
                .useUnicodeBidiReorderer(reorderer)
                .defaultTextDirection(TextDirection.LTR)
                // Line breaking stays the JDK's (it breaks Chinese between characters too): ICU's would
                // first load its rules data, which every fresh command line would pay for.
                .useReplacementText(PlanFonts.MISSING_GLYPH)
                .useCacheStore(PdfRendererBuilder.CacheStore.PDF_FONT_METRICS, FONT_METRICS)
                .withProducer(PRODUCER)
                .withW3cDocument(html, null)
                .toStream(out);
        // The document is ours so that its fonts come from faces parsed once per run (the renderer
        // closes it when written; closed here again when it failed first).
        PDDocument pdf = new PDDocument();
        PlanFonts.ForOneDocument fonts = PlanFonts.forDocument(pdf);
        builder.usePDDocument(pdf);
        PlanFonts.register(builder, fonts);
        try (pdf; fonts) {
            builder.run();
        } catch (IOException e) {
            throw new PrintException(e, "print.error.render", reason(e));
        } catch (RuntimeException e) {
            if (PrintJob.isStop(e)) {
                throw new PrintJob.Stopped();
            }
            if (e.getCause() instanceof IOException io && out instanceof Target target) {
                throw new PrintException(io, "print.error.write", target.path, reason(io));
            }
            throw new PrintException(e, "print.error.render", reason(e));
        }
    }

    /**
     * Writes a PDF to a file through {@link PrivateFiles#writeAtomically}: next to the target under a
     * temporary name, forced to disk and moved into place only when complete, so a failure never leaves
     * half a PDF (or destroys an older one). On Linux and macOS the file is readable by its owner only
     * from the first byte (it is health information).
     *
     * @param write writes the whole PDF to the stream it is given
     * @return the file written (the target, made absolute)
     */
    static Path writeFile(Path target, Consumer<OutputStream> write) {
        Path file = target.toAbsolutePath().normalize();
        Path folder = file.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new PrintException(null, "print.error.folderMissing", folder == null ? file : folder);
        }
        if (Files.isDirectory(file)) {
            throw new PrintException(null, "print.error.isFolder", file);
        }
        try {
            PrivateFiles.writeAtomically(file, out -> {
                // Not closed here: PrivateFiles forces the file to disk after the writer returns.
                Target named = new Target(out, file);
                write.accept(named);
                named.flush();
            });
            return file;
        } catch (PrivateFiles.SharedFolderException e) {
            throw new PrintException(e, "print.error.sharedFolder", file, e.folder());
        } catch (PrivateFiles.NotARegularFileException e) {
            throw new PrintException(e, "print.error.notARegularFile", file);
        } catch (PrivateFiles.TakenOverException e) {
            throw new PrintException(e, "print.error.takenOver", file);
        } catch (AccessDeniedException e) {
            // Denied while making the temporary file means the folder; while replacing, the file itself.
            boolean theFile = file.toString().equals(e.getFile()) || file.toString().equals(e.getOtherFile());
            throw new PrintException(e, "print.error.notWritable", theFile ? file : folder);
        } catch (IOException e) {
            throw new PrintException(e, "print.error.write", file, reason(e));
        }
    }

    /**
     * Parses our XHTML with the JDK's own parser. Handing the renderer a DOM skips its XML-to-DOM
     * transformer, whose first use (XSLTC) is a good part of a fresh command line's time. The
     * document has no DOCTYPE; one would be refused, so nothing external is ever loaded.
     */
    private static Document parse(String xhtml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xhtml)));
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new PrintException(e, "print.error.render", reason(e));
        }
    }

    private static String reason(Throwable e) {
        if (e instanceof NoSuchFileException) {
            return Messages.get("print.error.reason.noSuchFile");
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason();
        }
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }

    /** A buffered file stream that remembers which file it is for, to name it in error messages. */
    private static final class Target extends BufferedOutputStream {
        private final Path path;

        Target(OutputStream out, Path path) {
            super(out, 64 * 1024);
            this.path = path;
        }
    }

    /** A thread-safe, unbounded store for the few font metrics entries (one per font face). */
    private static final class MetricsCache implements FSCacheEx<String, FSCacheValue> {
        private final ConcurrentHashMap<String, FSCacheValue> map = new ConcurrentHashMap<>();

        @Override
        public void put(String key, FSCacheValue value) {
            map.put(key, value);
        }

        @Override
        public FSCacheValue get(String key, Callable<? extends FSCacheValue> loader) {
            FSCacheValue value = map.get(key);
            if (value != null) {
                return value;
            }
            try {
                value = loader.call();
            } catch (Exception e) {
                return null;
            }
            if (value != null) {
                map.putIfAbsent(key, value);
            }
            return value;
        }

        @Override
        public FSCacheValue get(String key) {
            return map.get(key);
        }
    }
}
