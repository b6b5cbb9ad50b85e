package app.homeplan.packaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the app image that {@code ./mvnw -Pinstaller verify} builds (target/jpackage/image) as a clinic
 * computer would: its own launcher, its bundled Java, no JDK on the PATH, no JAVA_HOME.
 */
@Tag("installer")
class PackagedAppIT {
    private static final String OS = System.getProperty("os.name").toLowerCase(Locale.ROOT);

    @TempDir
    Path dir;

    record Result(int code, String out, String err) {
    }

    static Path image() {
        return Path.of(System.getProperty("homeplan.image", "target/jpackage/image"));
    }

    static Path launcher() {
        if (OS.contains("win")) {
            return image().resolve("Homeplan/Homeplan.exe");
        }
        if (OS.contains("mac")) {
            return image().resolve("Homeplan.app/Contents/MacOS/Homeplan");
        }
        return image().resolve("Homeplan/bin/Homeplan");
    }

    Result run(Map<String, String> extraEnv, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(launcher().toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile());
        Map<String, String> env = pb.environment();
        // No Java but the bundled one: nothing on the PATH beyond the system's basics.
        env.remove("JAVA_HOME");
        env.remove("JDK_JAVA_OPTIONS");
        env.remove("JAVA_TOOL_OPTIONS");
        env.remove("HOMEPLAN_DB");
        env.put("PATH", OS.contains("win") ? System.getenv("SystemRoot") + "\\System32" : "/usr/bin:/bin");
        env.put("HOME", dir.toString());
        env.put("XDG_DATA_HOME", dir.resolve("data").toString());
        env.put("LOCALAPPDATA", dir.resolve("data").toString());
        env.putAll(extraEnv);
        Path out = dir.resolve("stdout.txt");
        Path err = dir.resolve("stderr.txt");
        Process p = pb.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("the packaged app finished").isTrue();
        return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void theLauncherListsTheFamiliesOfANewDatabase() throws Exception {
        assertThat(launcher()).as("app image built by -Pinstaller").isExecutable();
        Path db = dir.resolve("families.db");

        Result r = run(Map.of(), "list", "--db", db.toString());

        assertThat(r.err()).isEmpty();
        assertThat(r.code()).isZero();
        assertThat(r.out().lines()).singleElement().asString()
                .matches("\\d+\tMia Nguyen \\(example\\)\tactive\t\\d{4}-\\d\\d-\\d\\d");
        assertThat(db).exists();
    }

    @Test
    void itShowsItsVersionAndUsesThePerUserDataFolderByDefault() throws Exception {
        Result version = run(Map.of(), "--version");
        assertThat(version.code()).isZero();
        assertThat(version.out().strip()).matches("Homeplan \\d+\\.\\d+\\.\\d+");

        Result list = run(Map.of(), "list");
        assertThat(list.code()).isZero();
        if (!OS.contains("win") && !OS.contains("mac")) {
            assertThat(dir.resolve("data/homeplan/homeplan.db")).exists();
        }
    }

    @Test
    void theBundledRuntimeHasJavaFxWithItsNativeLibrariesUnpacked() throws Exception {
        Path runtime = OS.contains("mac") ? image().resolve("Homeplan.app/Contents/runtime/Contents/Home")
                : OS.contains("win") ? image().resolve("Homeplan/runtime") : image().resolve("Homeplan/lib/runtime");
        assertThat(Files.readString(runtime.resolve("release"))).contains("javafx.controls");
        // Unpacked beside the JDK's own libraries, so JavaFX loads them from there at every start
        // instead of unpacking them from its jars first.
        String glass = OS.contains("win") ? "bin/glass.dll" : OS.contains("mac") ? "lib/libglass.dylib" : "lib/libglass.so";
        assertThat(runtime.resolve(glass)).exists();
    }

    /** The bundled runtime's feature version, from its release file. */
    static int runtimeVersion() throws IOException {
        Path runtime = OS.contains("mac") ? image().resolve("Homeplan.app/Contents/runtime/Contents/Home")
                : OS.contains("win") ? image().resolve("Homeplan/runtime") : image().resolve("Homeplan/lib/runtime");
        String version = Files.readAllLines(runtime.resolve("release")).stream().filter(l -> l.startsWith("JAVA_VERSION="))
                .findFirst().orElseThrow().replaceAll("JAVA_VERSION=\"?([0-9]+).*", "$1");
        return Integer.parseInt(version);
    }

    @Test
    void onLinuxTheStartUpArchiveFitsTheImage() throws Exception {
        assumeTrue(!OS.contains("win") && !OS.contains("mac"), "the archive is made for Linux only (src/packaging/Package.java)");
        // The training run needs a display (or xvfb-run); without one the image is made without an archive.
        boolean couldTrain = System.getenv("DISPLAY") != null || Stream.of(System.getenv("PATH").split(":"))
                .anyMatch(d -> Files.isExecutable(Path.of(d, "xvfb-run")));
        assumeTrue(couldTrain, "no display and no xvfb-run where the image was built");
        boolean aot = runtimeVersion() >= 25;
        Path archive = image().resolve(aot ? "Homeplan/lib/app/homeplan.aot" : "Homeplan/lib/app/homeplan.jsa");
        assertThat(archive).as("made by the training run").exists();
        // -XX:AOTMode=on / -Xshare:on make the JVM refuse to start if the archive does not fit the jars and
        // options it was made with.
        Result r = run(Map.of("HOMEPLAN_JAVA_OPTIONS", aot ? "-XX:AOTMode=on" : "-Xshare:on"), "--version");
        assertThat(r.err()).isEmpty();
        assertThat(r.code()).isZero();
    }

    @Test
    void onJava25TheAotCacheStillFitsWhenTheImageMoves() throws Exception {
        assumeTrue(!OS.contains("win") && !OS.contains("mac"), "the archive is made for Linux only (src/packaging/Package.java)");
        assumeTrue(runtimeVersion() >= 25, "the runtime is older than Java 25: AppCDS, made again where installed");
        Path archive = image().resolve("Homeplan/lib/app/homeplan.aot");
        assumeTrue(Files.exists(archive), "no AOT cache: the training run had no display");
        // As the .deb installs it: the same image in another folder (/opt/homeplan), its cache as made.
        Path moved = dir.resolve("installed");
        Process copy = new ProcessBuilder("cp", "-a", image().resolve("Homeplan").toString(), moved.toString()).inheritIO().start();
        assertThat(copy.waitFor(120, TimeUnit.SECONDS) && copy.exitValue() == 0).isTrue();
        // -XX:AOTMode=on: the JVM refuses to start if the cache does not fit the moved image.
        ProcessBuilder strict = new ProcessBuilder(moved.resolve("bin/Homeplan").toString(), "--version").redirectErrorStream(true);
        strict.environment().put("HOMEPLAN_JAVA_OPTIONS", "-XX:AOTMode=on");
        Process checked = strict.start();
        String out = new String(checked.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(checked.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(checked.exitValue()).as(out).isZero();
        assertThat(out.strip()).matches("Homeplan \\d+\\.\\d+\\.\\d+");
    }

    @Test
    void theDebPackageHasTheLauncherTheMenuEntryAndMakesItsArchiveOnInstall() throws Exception {
        Path installers = image().resolveSibling("installer");
        List<Path> debs;
        try (Stream<Path> files = Files.exists(installers) ? Files.list(installers) : Stream.empty()) {
            debs = files.filter(p -> p.toString().endsWith(".deb")).toList();
        }
        assumeTrue(!debs.isEmpty(), "no .deb built here (-Dinstaller.types=app-image, or not Linux)");
        Path deb = debs.get(0);
        String contents = dpkgDeb("-c", deb);
        boolean aot = runtimeVersion() >= 25;
        assertThat(contents).contains("./opt/homeplan/bin/Homeplan", "./opt/homeplan/lib/app/homeplan.jar",
                aot ? "./opt/homeplan/lib/app/homeplan.aot" : "./opt/homeplan/lib/app/homeplan.classlist",
                "./opt/homeplan/lib/homeplan-Homeplan.desktop", "./opt/homeplan/lib/runtime/lib/libglass.so");
        assertThat(contents).as("a Java 17 archive made here would not fit the installed paths").doesNotContain("homeplan.jsa");
        String control = dpkgDeb("-I", deb);
        assertThat(control).contains("Package: homeplan", "libgtk-3-0");
        Path unpacked = dir.resolve("control");
        dpkgDeb("-e", deb, unpacked.toString());
        String postinst = Files.readString(unpacked.resolve("postinst"));
        assertThat(postinst).contains("xdg-desktop-menu install");
        if (!aot) {
            assertThat(postinst).contains("-Xshare:dump", "/opt/homeplan/lib/app/homeplan.classlist");
        }
        assertThat(Files.readString(unpacked.resolve("prerm"))).contains("rm -f \"/opt/homeplan/lib/app/homeplan.jsa\"");
    }

    private static String dpkgDeb(String option, Path deb, String... more) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("dpkg-deb", option, deb.toString()));
        command.addAll(List.of(more));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        return out;
    }
}
