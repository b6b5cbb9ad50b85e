package app.homeplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The built jar on every JDK on this machine (the one running the tests, JDK 17, and any newer one
 * in /usr/lib/jvm, such as Temurin 25): stderr is empty when a command succeeds and one line when it
 * fails. JDK 22 and newer warn about native access (SQLite's driver) unless the jar's manifest says
 * {@code Enable-Native-Access: ALL-UNNAMED}.
 */
class QuietOnEveryJdkIT {
    @TempDir
    Path dir;

    /** Every distinct Java runtime: this test's own first, then each JDK folder in /usr/lib/jvm. */
    static List<Path> javas() throws IOException {
        Set<Path> found = new LinkedHashSet<>();
        found.add(Path.of(System.getProperty("java.home"), "bin", "java").toRealPath());
        Path jvms = Path.of("/usr/lib/jvm");
        if (Files.isDirectory(jvms)) {
            try (Stream<Path> all = Files.list(jvms)) {
                for (Path jdk : all.sorted().toList()) {
                    Path java = jdk.resolve("bin/java");
                    if (Files.isExecutable(java)) {
                        found.add(java.toRealPath());
                    }
                }
            }
        }
        return new ArrayList<>(found);
    }

    record Result(int code, String out, String err) {
    }

    private Result run(Path java, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(java.toString(), "-jar",
                Path.of(System.getProperty("homeplan.jar", "target/homeplan.jar")).toAbsolutePath().toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile());
        pb.environment().remove("HOMEPLAN_DB");
        pb.environment().remove("JAVA_TOOL_OPTIONS"); // it would print "Picked up ..." on stderr
        pb.environment().remove("JDK_JAVA_OPTIONS");
        pb.environment().put("HOME", dir.toString());
        pb.environment().put("XDG_DATA_HOME", dir.resolve("data").toString());
        Path out = dir.resolve("stdout.txt");
        Path err = dir.resolve("stderr.txt");
        Process p = pb.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(p.waitFor(90, TimeUnit.SECONDS)).as("command finished").isTrue();
        return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void stderrIsEmptyOnSuccessAndOneLineOnFailureOnEveryJdk() throws Exception {
        List<Path> javas = javas();
        System.out.println("JDKs: " + javas);
        for (Path java : javas) {
            Path db = dir.resolve(java.getParent().getParent().getFileName() + ".db");
            Result list = run(java, "list", "--db", db.toString());
            assertThat(list.code()).as(java + " list").isZero();
            assertThat(list.err()).as(java + " stderr of a successful list").isEmpty();
            assertThat(list.out()).contains("Mia Nguyen (example)");

            Path file = dir.resolve("mia.homeplan.json");
            Result export = run(java, "export", "--family", list.out().split("\t")[0], "-o", file.toString(), "--db", db.toString());
            assertThat(export.code()).as(java + " export").isZero();
            assertThat(export.err()).as(java + " stderr of a successful export").isEmpty();

            Result failed = run(java, "import", dir.resolve("missing.homeplan.json").toString(), "--db", db.toString());
            assertThat(failed.code()).as(java + " failing import").isEqualTo(Cli.FAILED);
            assertThat(failed.err().lines()).as(java + " stderr of a failure").singleElement().asString().startsWith("homeplan: ");
        }
    }
}
