package app.homeplan.print;

/**
 * One export under way, watched and stoppable from another thread: how many pages are drawn so far,
 * and a stop that the renderer notices at its next paragraph, page or block of bytes written. A
 * stopped export throws {@link Stopped}; written through {@link HomePlanPdf#writeFile} it leaves no
 * file (the half-written temporary one is removed, an older file of that name is kept).
 */
public final class PrintJob {
    /** For exports nobody stops or watches (the command line, tests, the warm-up). */
    static final PrintJob NONE = new PrintJob();

    /** An export stopped because the person asked: not a failure, so no error is shown. */
    public static final class Stopped extends RuntimeException {
        Stopped() {
            super("export stopped", null, false, false);
        }
    }

    private volatile boolean stopped;
    private volatile int pages;

    /** Asks the export to stop; safe from any thread. */
    public void stop() {
        stopped = true;
    }

    public boolean isStopped() {
        return stopped;
    }

    /** Pages drawn so far (the layout comes first, at 0). */
    public int pages() {
        return pages;
    }

    /** Throws {@link Stopped} if a stop was asked for; called by the renderer as it goes. */
    void check() {
        if (stopped) {
            throw new Stopped();
        }
    }

    void pageStarted(int number) {
        check();
        pages = Math.max(pages, number);
    }

    /** True for a stop, also when the renderer or a future wrapped it. */
    public static boolean isStop(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof Stopped) {
                return true;
            }
        }
        return false;
    }
}
