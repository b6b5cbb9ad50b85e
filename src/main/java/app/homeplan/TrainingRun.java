package app.homeplan;

import app.homeplan.fileformat.FamilyFile;
import app.homeplan.library.ExampleFamily;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The packaging's training run (src/packaging/Package.java), not for people: what the installed app's
 * first uses do, in one JVM, so that its start-up archive (Java 25: the AOT cache, with each method's
 * profile) holds their classes. First the command line imports a family file a few times (a cold import
 * reads, checks and stores a whole family: JSON, the schema check, the rules, SQLite), then the window
 * opens with the same arguments, shows the home screen, warms up and quits ({@code --quit-after-startup}).
 */
public final class TrainingRun {
    /** Imports of the example family's file: enough for the import's methods to be profiled. */
    static final int IMPORTS = 5;

    private TrainingRun() {
    }

    /** Arguments: the window's, with {@code --db FILE} (the training's own database). */
    public static void main(String[] args) throws IOException {
        List<String> window = List.of(args);
        int db = window.indexOf("--db");
        if (db < 0 || db + 1 >= window.size()) {
            throw new IllegalArgumentException("the training run needs --db FILE");
        }
        Path file = Files.createTempFile("homeplan-training", ".json");
        try (PrintStream quiet = new PrintStream(OutputStream.nullOutputStream())) {
            FamilyFile.write(ExampleFamily.create(), file);
            for (int i = 0; i < IMPORTS; i++) {
                int code = Commands.cli(quiet, System.err).run(
                        List.of("--db", window.get(db + 1), "import", "--as-copy", file.toString()));
                if (code != 0) {
                    System.exit(code); // the packaging reports a failed training run and ships no cache
                }
            }
        } finally {
            Files.deleteIfExists(file);
        }
        Desktop.launch(args);
    }
}
