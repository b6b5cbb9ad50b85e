package app.homeplan.print;

import app.homeplan.i18n.Messages;
import app.homeplan.library.ExampleFamily;
import app.homeplan.plan.Family;
import app.homeplan.util.SafeFileNames;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;

/**
 * Prints a family's documents as PDFs: the home plan (the family's copy or the clinician's) and the
 * progress summary ({@link PlanCopy#PROGRESS}), chosen by {@link PrintOptions#copy()}. Every PDF is
 * tagged (PDF/UA) with the document's language and title, fonts embedded as subsets, Arabic and Hebrew
 * shaped and right to left ({@link PdfRenderer}). Pure Java, no JavaFX: the window, the command line
 * and tests all call this. Safe to call from any thread.
 */
public final class HomePlanPdf {

    /** Longest child's name kept in a suggested file name, in bytes of UTF-8 (the words around it are short). */
    private static final int MAX_NAME_BYTES = 100;

    private HomePlanPdf() {
    }

    /**
     * Writes the document the options ask for to a stream (not closed). Failures are
     * {@link PrintException}s with a sentence, except bad options, which cannot be built ({@link PrintOptions}).
     */
    public static void write(Family family, PrintOptions options, OutputStream out) {
        write(family, options, out, PrintJob.NONE);
    }

    private static void write(Family family, PrintOptions options, OutputStream out, PrintJob job) {
        Objects.requireNonNull(family, "family");
        Objects.requireNonNull(options, "options");
        String xhtml = options.copy() == PlanCopy.PROGRESS ? ProgressSummaryHtml.render(family, options)
                : HomePlanHtml.render(family, options);
        PdfRenderer.render(xhtml, out, job);
    }

    /**
     * Writes the document to a file. It is written next to the target under a temporary name and moved
     * into place only when complete, so a failure never leaves half a PDF (or destroys an older one).
     * On Linux and macOS the file is readable by its owner only (it is health information).
     *
     * @return the file written (the target, made absolute)
     */
    public static Path writeFile(Family family, PrintOptions options, Path target) {
        return writeFile(family, options, target, PrintJob.NONE);
    }

    /**
     * As {@link #writeFile(Family, PrintOptions, Path)}, watched and stoppable through {@code job}: a
     * stop ends it with {@link PrintJob.Stopped} and no file is left (an older file of the name stays).
     */
    public static Path writeFile(Family family, PrintOptions options, Path target, PrintJob job) {
        Objects.requireNonNull(family, "family");
        Objects.requireNonNull(options, "options");
        return PdfRenderer.writeFile(target, out -> {
            write(family, options, out, job);
            job.check(); // a stop asked for while the last bytes were written: still no file
        });
    }

    /**
     * Makes the first real export fast: loads the renderer's classes and the fonts a plan in Latin script
     * uses, and lets the JIT see a whole plan, by printing the example family into nowhere once. Call it
     * off the UI thread. Once is enough: after one warm-up export the first real one took 346-361 ms of
     * processor time, after three (two plans and a progress summary) 426-481 ms, with none about 2 s;
     * each warm-up export is some 60-90 MB of garbage, which makes the default collector (G1) grow the
     * heap the window keeps (docs/benchmarks.md, "Memory"). The other fonts (Arabic, Hebrew, Chinese,
     * symbols: 7.8 MB) are read when a plan first needs them.
     */
    public static void warmUp() {
        Family example = ExampleFamily.create(LocalDate.now());
        write(example, PrintOptions.defaults(Locale.getDefault(), LocalDate.now()), OutputStream.nullOutputStream());
    }

    /** A file name to suggest for a family's home plan: "Mia home plan.pdf". */
    public static String suggestedFileName(Family family) {
        return suggestedFileName(family, PlanCopy.FAMILY);
    }

    /**
     * A file name to suggest for a family's document, from the child's name ("Mia home plan.pdf",
     * "Mia progress summary.pdf"), made safe for Windows, macOS and Linux by {@link SafeFileNames}.
     */
    public static String suggestedFileName(Family family, PlanCopy copy) {
        String name = SafeFileNames.part(family.child().displayName(), MAX_NAME_BYTES);
        String stem = name.isEmpty() ? Messages.get(fileNameKey(copy) + ".noName") : Messages.get(fileNameKey(copy), name);
        return SafeFileNames.of(stem, ".pdf", Messages.get(fileNameKey(copy) + ".noName"));
    }

    /** The document's title, as printed on it and shown by PDF readers: "Mia's home plan", "Mia's progress". */
    public static String title(Family family, PlanCopy copy) {
        return copy == PlanCopy.PROGRESS ? ProgressSummaryHtml.title(family) : HomePlanHtml.title(family);
    }

    private static String fileNameKey(PlanCopy copy) {
        return copy == PlanCopy.PROGRESS ? "print.progress.fileName" : "print.export.fileName";
    }
}
