package app.homeplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the built {@code target/homeplan.jar} as a user would from a shell. */
class PackagedJarIT {
    @TempDir
    Path dir;

    record Result(int code, String out, String err) {
    }

    static Result run(Path workDir, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", System.getProperty("homeplan.jar", "target/homeplan.jar")));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(workDir.toFile());
        pb.environment().remove("HOMEPLAN_DB");
        pb.environment().put("HOME", workDir.toString());
        pb.environment().put("XDG_DATA_HOME", workDir.resolve("data").toString());
        Path out = workDir.resolve("stdout.txt");
        Path err = workDir.resolve("stderr.txt");
        Process p = pb.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("command finished").isTrue();
        return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void listOnTheDefaultDatabaseCreatesItWithTheExampleFamily() throws Exception {
        Result r = run(dir, "list");
        assertThat(r.code()).isZero();
        assertThat(r.out().lines()).singleElement().asString().matches("\\d+\tMia Nguyen \\(example\\)\tactive\t\\d{4}-\\d\\d-\\d\\d");
        assertThat(dir.resolve("data/homeplan/homeplan.db")).exists();
    }

    @Test
    void userErrorsAreOneLineWithoutAStackTrace() throws Exception {
        Result unknown = run(dir, "nonsense");
        assertThat(unknown.code()).isEqualTo(2);
        assertThat(unknown.err().lines()).hasSize(1);

        Result missing = run(dir, "list", "--db", dir.toString());
        assertThat(missing.code()).isEqualTo(1);
        assertThat(missing.err().lines()).hasSize(1).first().asString().startsWith("homeplan: ").doesNotContain("Exception");
    }

    @Test
    void versionAndHelp() throws Exception {
        Result version = run(dir, "--version");
        assertThat(version.code()).isZero();
        assertThat(version.out().strip()).isEqualTo("Homeplan 0.1.0");
        Result help = run(dir, "--help");
        assertThat(help.out()).contains("list");
    }
}
