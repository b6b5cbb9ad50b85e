package app.homeplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line runs on a machine (or in a script) without JavaFX: the built jar and its
 * libraries with every {@code javafx-*} jar left out of the class path. A command that reached a
 * screen class would fail here with NoClassDefFoundError.
 */
class CliWithoutJavaFxIT {
    @TempDir
    Path dir;

    record Result(int code, String out, String err) {
    }

    static String classPathWithoutJavaFx() throws IOException {
        Path jar = Path.of(System.getProperty("homeplan.jar", "target/homeplan.jar")).toAbsolutePath();
        List<String> entries = new ArrayList<>(List.of(jar.toString()));
        try (Stream<Path> libs = Files.list(jar.resolveSibling("lib"))) {
            entries.addAll(libs.filter(p -> !p.getFileName().toString().startsWith("javafx-"))
                    .map(Path::toString).sorted().collect(Collectors.toList()));
        }
        assertThat(entries).as("libraries next to the jar").hasSizeGreaterThan(5);
        return String.join(File.pathSeparator, entries);
    }

    Result run(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", classPathWithoutJavaFx(), "app.homeplan.Main"));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile());
        pb.environment().remove("HOMEPLAN_DB");
        pb.environment().put("HOME", dir.toString());
        pb.environment().put("XDG_DATA_HOME", dir.resolve("data").toString());
        Path out = dir.resolve("stdout.txt");
        Path err = dir.resolve("stderr.txt");
        Process p = pb.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(p.waitFor(90, TimeUnit.SECONDS)).as("command finished").isTrue();
        return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void listExportAndExportPdfRunWithoutJavaFx() throws Exception {
        Path db = dir.resolve("h.db");
        Result list = run("list", "--db", db.toString());
        assertThat(list.err()).isEmpty();
        assertThat(list.code()).isZero();
        String id = list.out().lines().filter(l -> l.contains("Mia Nguyen")).findFirst().orElseThrow().split("\t")[0];

        Result export = run("export", "--db", db.toString(), "--family", id, "-o", "mia.homeplan.json");
        assertThat(export.err()).isEmpty();
        assertThat(export.code()).isZero();
        assertThat(Files.readString(dir.resolve("mia.homeplan.json"))).contains("\"Mia\"");

        Result pdf = run("export-pdf", "--db", db.toString(), "--family", id, "-o", "plan.pdf");
        assertThat(pdf.err()).isEmpty();
        assertThat(pdf.code()).isZero();
        try (PDDocument doc = Loader.loadPDF(dir.resolve("plan.pdf").toFile())) {
            assertThat(new PDFTextStripper().getText(doc)).contains("Mia");
        }

        Result backups = run("backups", "--db", db.toString());
        assertThat(backups.err()).isEmpty();
        assertThat(backups.code()).isZero();
    }

    @Test
    void usageErrorsStayOneLineWithoutJavaFx() throws Exception {
        Result unknown = run("nonsense");
        assertThat(unknown.code()).isEqualTo(2);
        assertThat(unknown.err().lines()).hasSize(1).first().asString().startsWith("homeplan: ");
        Result help = run("--help");
        assertThat(help.code()).isZero();
        assertThat(help.out()).contains("export-pdf");
    }
}
