package app.homeplan.util;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The window's background threads besides the store's: one for PDFs, one for family files, each doing
 * one job at a time off the FX thread. Made and closed by the composition root, handed down in the
 * app's context, so no screen keeps a thread pool of its own.
 */
public final class Workers implements AutoCloseable {
    private final ExecutorService pdf = daemon("homeplan-pdf");
    private final ExecutorService files = daemon("homeplan-family-files");

    /** Makes PDFs, one at a time. */
    public ExecutorService pdf() {
        return pdf;
    }

    /** Reads and writes family files, one at a time. */
    public ExecutorService files() {
        return files;
    }

    @Override
    public void close() {
        pdf.shutdown();
        files.shutdown();
    }

    private static ExecutorService daemon(String name) {
        return Executors.newSingleThreadExecutor(work -> {
            Thread thread = new Thread(work, name);
            thread.setDaemon(true);
            return thread;
        });
    }
}
