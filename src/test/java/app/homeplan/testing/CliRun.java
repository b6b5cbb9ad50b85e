package app.homeplan.testing;

import static org.assertj.core.api.Assertions.assertThat;

import app.homeplan.Commands;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Runs the command line in this process, keeping what it printed; {@link #errorLine()} is its one-line error. */
public final class CliRun {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    /** The exit code of {@code homeplan ARGS...}; what it printed replaces what the last run printed. */
    public int run(String... args) {
        out.reset();
        err.reset();
        return Commands.cli(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8))
                .run(List.of(args));
    }

    public String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    public String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    /** The single line the last run printed on stderr: "homeplan: " and a sentence, never a stack trace. */
    public String errorLine() {
        List<String> lines = err().lines().toList();
        assertThat(lines).hasSize(1);
        assertThat(lines.get(0)).startsWith("homeplan: ").doesNotContain("Exception");
        return lines.get(0);
    }
}
