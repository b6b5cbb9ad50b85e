package app.homeplan;

import app.homeplan.cli.Cli;
import app.homeplan.cli.QuickCompiler;
import java.util.List;

/**
 * Entry point. With a command ({@code list}, {@code export-pdf}, ...) Homeplan runs headless and
 * exits; with none it opens the window. This class must not touch JavaFX, so headless commands
 * never load the toolkit.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        if (Cli.isHeadless(args)) {
            QuickCompiler.forShortCommand(args);
            int code = Commands.cli(System.out, System.err).run(List.of(args));
            System.exit(code);
        }
        Desktop.launch(args);
    }
}
