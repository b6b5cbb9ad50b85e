import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.spi.ToolProvider;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Builds Homeplan's native packages with the JDK's own tools (run by {@code ./mvnw -Pinstaller package},
 * after the jar and its libraries are in target/; or by hand: {@code java src/packaging/Package.java}).
 *
 * <ol>
 * <li>JavaFX's modular jars become jmods, their native libraries set apart, so that jlink places the
 *     libraries in the runtime's lib folder (loaded from there, not unpacked at every start).</li>
 * <li>jlink makes a runtime: JavaFX plus the JDK modules the app and its libraries use (jdeps lists
 *     them). The app's jar and its other libraries (PDFBox, SQLite, ...) stay on the class path, as
 *     jlink refuses automatic modules. {@code bin/java} is kept: the class-data archive is made with it.</li>
 * <li>jpackage makes the app image (target/jpackage/image), with the icon and the JVM options below.</li>
 * <li>A training run starts the app image once (under Xvfb on Linux if there is no display): it imports
 *     a family file a few times on the command line, then shows the home screen, warms up in the
 *     background and quits, recording the classes it loaded ({@code app.homeplan.TrainingRun}).</li>
 * <li>jpackage makes the installers for this system from the image (Linux: .deb; Windows: .msi, needs the
 *     WiX Toolset 3; macOS: .dmg) into target/jpackage/installer.</li>
 * <li>The class-data (AppCDS) archive is made from that list for the app image in place. Java 17 ties an
 *     archive to the absolute paths of the jars, so the .deb makes its own archive when installed
 *     (src/packaging/linux/postinst); elsewhere the app starts without one (slower, otherwise the same).</li>
 * </ol>
 * With a JDK 25 or newer (JEP 483/514/515) the training run writes an AOT cache instead: loaded and
 * linked classes plus method profiles, about twice the start-up gain of AppCDS on 17. It moves with the
 * image (JDK 25 relocates it when the app folder keeps its layout), so every installer ships it as made.
 * The app's source and its plain jar stay Java 17; only the bundled runtime changes.
 *
 * Options: {@code --types app-image,deb} ({@code default}: the app image and this system's installer),
 * {@code --target DIR} (default target), {@code --version V} (default: from the jar's manifest),
 * {@code --jdk PATH|auto} (the JDK whose jlink, jmod and jpackage make the runtime; {@code auto}, the
 * default: the newest JDK 25+ installed beside the running one, else the running one).
 */
public final class Package {
    static final String NAME = "Homeplan";
    static final String VENDOR = "Homeplan";
    static final String DESCRIPTION = "Family-centred, routines-based goal setting and printable home plans";
    static final String MAIN_CLASS = "app.homeplan.Main";
    /** The training run's entry: family-file imports on the command line, then the window (same class path). */
    static final String TRAINING_CLASS = "app.homeplan.TrainingRun";
    static final String MAIN_JAR = "homeplan.jar";
    /** Where the .deb installs (jpackage: --install-dir /opt plus the package name). */
    static final String LINUX_INSTALL_DIR = "/opt/homeplan";
    /** Same on every build: Windows uses it to upgrade an installed Homeplan instead of installing it twice. */
    static final String WINDOWS_UPGRADE_UUID = "5b0b7e3c-4f0e-4a43-9d35-6a3c1f1e8a21";

    /**
     * JDK modules for the class path's jars, from {@code jdeps --print-module-deps} on target/lib plus
     * what is reached by reflection or services: java.xml (preferences, PDF layout), java.naming
     * (none yet), jdk.localedata (dates in the user's language), jdk.charsets (legacy encodings in
     * imported files), jdk.crypto.ec (none). JavaFX's modules bring their own requirements.
     */
    static final List<String> MODULES = List.of("javafx.controls", "java.desktop", "java.logging", "java.management",
            "java.prefs", "java.sql", "java.xml", "jdk.unsupported", "jdk.localedata", "jdk.charsets");

    /**
     * JVM options of the packaged app (docs/benchmarks.md has the figures behind each):
     * the class-data archive, used when it matches the jars (else the JVM starts without it, silently, so
     * the command line's output stays clean); C1 only, since start-up and first use are what a clinician
     * waits for, and with two busy cores C1 also gave the faster PDF exports; Serial GC and a small
     * initial heap: a desktop heap of about 50 MB live, 60-70 MB less resident memory than G1's defaults.
     */
    static List<String> javaOptions(String appDir, String nativeDir, int runtimeVersion) {
        List<String> options = new ArrayList<>(archiveOptions(appDir, runtimeVersion));
        options.addAll(List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xms32m",
                // SQLite's native library ships unpacked beside the jars: nothing is written to the temp
                // folder at start (some clinic computers forbid running files from there).
                "-Dorg.sqlite.lib.path=" + nativeDir, "-Dorg.sqlite.lib.name=" + sqliteLibraryName()));
        if (runtimeVersion >= 24) {
            // Newer runtimes warn on stderr about JavaFX's and SQLite's native libraries and JavaFX 21's
            // use of sun.misc.Unsafe; the command line's contract is one line on stderr, and only on failure.
            // (Options a 17 runtime would refuse, so only for the runtimes that know them.)
            options.addAll(List.of("--enable-native-access=ALL-UNNAMED,javafx.graphics",
                    "--sun-misc-unsafe-memory-access=allow"));
        }
        return options;
    }

    /**
     * Where the Windows and macOS launchers (jpackage's own) send a JVM crash report: the per-user data
     * folder Homeplan keeps its data file in (store/DataLocation), never the working folder, since a
     * report holds the command line and file names often hold a child's name. jpackage's launcher
     * expands environment variables in its options from JDK 25 (JDK-8341641); before that it cannot
     * name a per-user folder, so null. The value is one option: jpackage splits an option at spaces
     * unless quoted, and "Application Support" has one. Linux has its own launcher (writeLinuxLauncher).
     */
    static String nativeLauncherCrashLog(String os, int runtimeVersion) {
        if (runtimeVersion < AOT_CACHE_VERSION) {
            return null;
        }
        if (os.contains("win")) {
            return "-XX:ErrorFile=${LOCALAPPDATA}\\Homeplan\\crash-%p.log";
        }
        if (os.contains("mac")) {
            return "\"-XX:ErrorFile=${HOME}/Library/Application Support/Homeplan/crash-%p.log\"";
        }
        return null;
    }

    /** The start-up archive's options: AppCDS up to Java 24, the AOT cache from 25; silent when it does not fit. */
    static List<String> archiveOptions(String appDir, int runtimeVersion) {
        return runtimeVersion >= AOT_CACHE_VERSION
                ? List.of("-XX:AOTCache=" + appDir + "/" + AOT_CACHE, "-Xlog:aot=off")
                : List.of("-XX:SharedArchiveFile=" + appDir + "/homeplan.jsa", "-Xshare:auto", "-Xlog:cds=off", "-Xlog:cds+dynamic=off");
    }

    /** JDK 25: AOT cache made in one training run ({@code -XX:AOTCacheOutput}), with method profiles. */
    static final int AOT_CACHE_VERSION = 25;
    static final String AOT_CACHE = "homeplan.aot";

    /** The JDK that makes the runtime (its jlink, jmod, jpackage), and its feature version. */
    static Path jdk = Path.of(System.getProperty("java.home"));
    static int runtimeVersion = Runtime.version().feature();

    static final String OS = System.getProperty("os.name").toLowerCase(Locale.ROOT);
    static final boolean WINDOWS = OS.contains("win");
    static final boolean MAC = OS.contains("mac");

    public static void main(String[] args) throws Exception {
        Map<String, String> options = parse(args);
        Path target = Path.of(options.getOrDefault("target", "target")).toAbsolutePath();
        Path jar = target.resolve(MAIN_JAR);
        Path libs = target.resolve("lib");
        require(Files.isRegularFile(jar) && Files.isDirectory(libs), "run ./mvnw package first: no " + jar + " or " + libs);
        String version = options.getOrDefault("version", manifestVersion(jar));
        String typeList = options.getOrDefault("types", "default").replace("default", "app-image," + defaultInstaller());
        List<String> types = Arrays.asList(typeList.split(","));
        jdk = chooseJdk(options.getOrDefault("jdk", "auto"));
        runtimeVersion = featureVersion(jdk);
        System.out.println("runtime from: " + jdk + " (Java " + runtimeVersion + ")");

        Path work = target.resolve("jpackage");
        deleteTree(work);
        Files.createDirectories(work);

        Path jmods = makeJavaFxJmods(libs, work.resolve("jmods"), work.resolve("jmods-work"));
        Path runtime = work.resolve("runtime");
        // The JDK's own jmods (Debian: package openjdk-17-jmods); a JDK without them can link from itself
        // only if it was built to (JDK 24+, JEP 493).
        Path jdkJmods = jdk.resolve("jmods");
        String modulePath = Files.isDirectory(jdkJmods) ? jdkJmods + java.io.File.pathSeparator + jmods : jmods.toString();
        run("jlink", "--module-path", modulePath,
                "--add-modules", String.join(",", MODULES),
                "--strip-debug", "--no-header-files", "--no-man-pages",
                "--output", runtime.toString());

        Path input = stageInput(jar, libs, work.resolve("input"));
        Path images = work.resolve("image");
        List<String> image = new ArrayList<>(List.of("--type", "app-image", "--name", NAME, "--app-version", version,
                "--vendor", VENDOR, "--description", DESCRIPTION, "--copyright", "Homeplan contributors",
                "--input", input.toString(), "--main-jar", MAIN_JAR, "--main-class", MAIN_CLASS,
                "--runtime-image", runtime.toString(), "--dest", images.toString(), "--icon", icon().toString()));
        for (String option : javaOptions("$APPDIR", "$APPDIR/native", runtimeVersion)) {
            image.addAll(List.of("--java-options", option));
        }
        String crashLog = nativeLauncherCrashLog(OS, runtimeVersion);
        if (crashLog != null) {
            image.addAll(List.of("--java-options", crashLog));
        } else if (WINDOWS || MAC) {
            System.out.println("WARNING: a Java " + runtimeVersion + " launcher cannot place crash reports in the data"
                    + " folder (it expands no environment variables before JDK 25): build with --jdk set to a JDK 25+");
        }
        run("jpackage", image.toArray(String[]::new));
        Layout app = Layout.of(images.toRealPath());
        if (!WINDOWS && !MAC) {
            writeLinuxLauncher(app);
        }

        boolean trained = train(app, work);
        List<String> installers = types.stream().filter(t -> !t.equals("app-image")).toList();
        for (String type : installers) {
            makeInstaller(type, app, version, work);
        }
        if (trained && runtimeVersion < AOT_CACHE_VERSION) {
            dumpArchive(app);
        }
        System.out.println("app image: " + app.root());
        if (!installers.isEmpty()) {
            try (Stream<Path> made = Files.list(work.resolve("installer"))) {
                made.forEach(p -> System.out.println("installer: " + p));
            }
        }
    }

    // --- 1. JavaFX jmods ----------------------------------------------------------------------------

    /** One jmod per JavaFX platform jar (javafx-base-21-linux.jar ...), its native libraries as --libs. */
    static Path makeJavaFxJmods(Path libs, Path jmods, Path scratch) throws Exception {
        Files.createDirectories(jmods);
        List<Path> platformJars;
        try (Stream<Path> files = Files.list(libs)) {
            platformJars = files.filter(p -> p.getFileName().toString().matches("javafx-[a-z]+-[0-9.]+-[a-z0-9-]+\\.jar"))
                    .sorted().toList();
        }
        require(!platformJars.isEmpty(), "no JavaFX platform jars (javafx-*-<os>.jar) in " + libs);
        for (Path fxJar : platformJars) {
            ModuleDescriptor descriptor = ModuleFinder.of(fxJar).findAll().stream().findFirst()
                    .map(ModuleReference::descriptor).orElseThrow(() -> new IllegalStateException("not modular: " + fxJar));
            Path classes = scratch.resolve(descriptor.name()).resolve("classes");
            Path natives = scratch.resolve(descriptor.name()).resolve("lib");
            Files.createDirectories(classes);
            Files.createDirectories(natives);
            try (ZipFile zip = new ZipFile(fxJar.toFile())) {
                for (ZipEntry entry : zip.stream().filter(e -> !e.isDirectory()).toList()) {
                    String name = entry.getName();
                    if (name.startsWith("META-INF/") && !name.startsWith("META-INF/versions/")) {
                        continue;
                    }
                    boolean nativeLibrary = !name.contains("/") && name.matches(".*\\.(so|dll|dylib)$");
                    Path out = (nativeLibrary ? natives : classes).resolve(name);
                    Files.createDirectories(out.getParent());
                    try (InputStream in = zip.getInputStream(entry)) {
                        Files.copy(in, out);
                    }
                }
            }
            List<String> args = new ArrayList<>(List.of("create", "--class-path", classes.toString()));
            try (Stream<Path> libsInJar = Files.list(natives)) {
                if (libsInJar.findAny().isPresent()) {
                    args.addAll(List.of("--libs", natives.toString()));
                }
            }
            args.add(jmods.resolve(descriptor.name() + ".jmod").toString());
            run("jmod", args.toArray(String[]::new));
        }
        return jmods;
    }

    // --- 2. the app's own files ---------------------------------------------------------------------

    /** homeplan.jar, lib/ without JavaFX (it is in the runtime), native/ with SQLite's library for this system. */
    static Path stageInput(Path jar, Path libs, Path input) throws IOException {
        Files.createDirectories(input.resolve("lib"));
        Files.copy(jar, input.resolve(MAIN_JAR), StandardCopyOption.COPY_ATTRIBUTES);
        Path sqliteJar = null;
        try (Stream<Path> files = Files.list(libs)) {
            for (Path lib : files.sorted().toList()) {
                String name = lib.getFileName().toString();
                if (name.startsWith("javafx-")) {
                    continue;
                }
                if (name.startsWith("sqlite-jdbc-")) {
                    sqliteJar = lib;
                }
                Files.copy(lib, input.resolve("lib").resolve(name), StandardCopyOption.COPY_ATTRIBUTES);
            }
        }
        require(sqliteJar != null, "no sqlite-jdbc jar in " + libs);
        String inJar = "org/sqlite/native/" + sqliteOsFolder() + "/" + sqliteArchFolder() + "/" + sqliteLibraryName();
        try (ZipFile zip = new ZipFile(sqliteJar.toFile())) {
            ZipEntry entry = zip.getEntry(inJar);
            require(entry != null, "sqlite-jdbc has no native library for this system: " + inJar);
            Files.createDirectories(input.resolve("native"));
            try (InputStream in = zip.getInputStream(entry)) {
                Files.copy(in, input.resolve("native").resolve(sqliteLibraryName()));
            }
        }
        return input;
    }

    static String sqliteOsFolder() {
        return WINDOWS ? "Windows" : MAC ? "Mac" : "Linux";
    }

    static String sqliteArchFolder() {
        String arch = System.getProperty("os.arch");
        return switch (arch) {
            case "amd64", "x86_64" -> "x86_64";
            case "aarch64", "arm64" -> "aarch64";
            default -> arch;
        };
    }

    static String sqliteLibraryName() {
        return WINDOWS ? "sqlitejdbc.dll" : MAC ? "libsqlitejdbc.dylib" : "libsqlitejdbc.so";
    }

    static Path icon() {
        String file = WINDOWS ? "homeplan.ico" : MAC ? "homeplan.icns" : "homeplan.png";
        Path icon = Path.of("assets", "icons", file).toAbsolutePath();
        require(Files.isRegularFile(icon), "no icon at " + icon);
        return icon;
    }

    // --- 3. training run and class-data archive ----------------------------------------------------

    /** Where things are in an app image on this system. */
    record Layout(Path root, Path launcher, Path appDir, Path java, Path config) {
        static Layout of(Path images) {
            if (MAC) {
                Path root = images.resolve(NAME + ".app");
                Path contents = root.resolve("Contents");
                return new Layout(root, contents.resolve("MacOS").resolve(NAME), contents.resolve("app"),
                        contents.resolve("runtime/Contents/Home/bin/java"), contents.resolve("app").resolve(NAME + ".cfg"));
            }
            Path root = images.resolve(NAME);
            if (WINDOWS) {
                return new Layout(root, root.resolve(NAME + ".exe"), root.resolve("app"),
                        root.resolve("runtime/bin/java.exe"), root.resolve("app").resolve(NAME + ".cfg"));
            }
            return new Layout(root, root.resolve("bin").resolve(NAME), root.resolve("lib/app"),
                    root.resolve("lib/runtime/bin/java"), root.resolve("lib/app").resolve(NAME + ".cfg"));
        }

        /** The class path exactly as the launcher passes it, with $APPDIR as given. */
        List<String> classPath(String appDir) throws IOException {
            return Files.readAllLines(config, StandardCharsets.UTF_8).stream()
                    .filter(l -> l.startsWith("app.classpath="))
                    .map(l -> l.substring("app.classpath=".length()).replace("$APPDIR", appDir)).toList();
        }

        /** The launcher's JVM options (except the archive's), with $APPDIR as given. */
        List<String> javaOptions(String appDir) throws IOException {
            return Files.readAllLines(config, StandardCharsets.UTF_8).stream()
                    .filter(l -> l.startsWith("java-options="))
                    .map(l -> l.substring("java-options=".length()).replace("$APPDIR", appDir))
                    .filter(o -> !o.startsWith("-XX:SharedArchiveFile=") && !o.startsWith("-Xshare:")
                            && !o.startsWith("-XX:AOTCache=") && !o.contains("-XX:ErrorFile=")).toList();
        }
    }

    /**
     * Starts the app once, as its launcher would (same runtime, options and class path) plus
     * -XX:DumpLoadedClassList (or, from JDK 25, -XX:AOTCacheOutput, which writes the AOT cache when the
     * run ends), on a fresh database: a few family-file imports on the command line (a cold import is most
     * of the 18 MB import's time), then the window until the home screen is up and the warm-up is done.
     */
    static boolean train(Layout app, Path work) throws Exception {
        List<String> command = new ArrayList<>();
        boolean display = WINDOWS || MAC || !System.getenv().getOrDefault("DISPLAY", "").isBlank();
        if (!display) {
            if (onPath("xvfb-run")) {
                command.addAll(List.of("xvfb-run", "-a", "-s", "-screen 0 1400x900x24"));
            } else {
                System.out.println("WARNING: no display and no xvfb-run: no class-data archive; the app starts more slowly");
                return false;
            }
        }
        boolean aot = runtimeVersion >= AOT_CACHE_VERSION;
        Path classList = app.appDir().resolve(aot ? AOT_CACHE : "homeplan.classlist");
        Path home = work.resolve("training-home");
        Files.createDirectories(home);
        String appDir = app.appDir().toString();
        command.add(app.java().toString());
        command.addAll(app.javaOptions(appDir));
        command.addAll(List.of(aot ? "-XX:AOTCacheOutput=" + classList : "-XX:DumpLoadedClassList=" + classList,
                // Its own preferences: the training run never touches the builder's.
                "-Djava.util.prefs.userRoot=" + home.resolve("prefs"),
                "-cp", String.join(java.io.File.pathSeparator, app.classPath(appDir)), TRAINING_CLASS,
                "--db", home.resolve("training.db").toString(), "--quit-after-startup"));
        ProcessBuilder pb = new ProcessBuilder(command).inheritIO();
        pb.environment().remove("HOMEPLAN_DB");
        Process process = pb.start();
        if (!process.waitFor(300, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            System.out.println("WARNING: the training run did not finish: no class-data archive");
            return false;
        }
        if (process.exitValue() != 0 || !Files.isRegularFile(classList) || Files.size(classList) == 0) {
            System.out.println("WARNING: the training run failed (exit " + process.exitValue() + "): no class-data archive");
            Files.deleteIfExists(classList);
            return false;
        }
        return true;
    }

    /**
     * Linux: a shell launcher instead of jpackage's. jpackage's Linux launcher asks rpm and dpkg which
     * package owns it at every start (JDK 17 to 25: LinuxPackage.c), 0.1 s here and more on a desktop
     * with thousands of packages; this starts the bundled Java directly with the same options and class
     * path. The path is resolved with readlink -f so it matches the class-data archive's.
     */
    static void writeLinuxLauncher(Layout app) throws IOException {
        String options = app.javaOptions("$app").stream().map(o -> "  \"" + o + "\" \\\n").collect(Collectors.joining());
        String script = "#!/bin/sh\n"
                + "# Starts Homeplan with the Java runtime bundled beside it (written by src/packaging/Package.java).\n"
                + "# HOMEPLAN_JAVA_OPTIONS adds JVM options, e.g. for diagnosis.\n"
                + "root=$(dirname \"$(dirname \"$(readlink -f \"$0\")\")\")\n"
                + "app=\"$root/lib/app\"\n"
                + "# A JVM crash report holds the command line (file names often hold a child's name): it goes to\n"
                + "# the private data folder (0700), not the working folder.\n"
                + "data=\"${XDG_DATA_HOME:-$HOME/.local/share}/homeplan\"\n"
                + "mkdir -p -m 700 \"$data\" 2>/dev/null\n"
                + "# shellcheck disable=SC2086\n"
                + "exec \"$root/lib/runtime/bin/java\" \\\n"
                + archiveOptions("$app", runtimeVersion).stream().map(o -> "  \"" + o + "\" \\\n").collect(Collectors.joining())
                + "  \"-XX:ErrorFile=$data/crash-%p.log\" \\\n"
                + options
                + "  $HOMEPLAN_JAVA_OPTIONS \\\n"
                + "  -cp \"" + String.join(":", app.classPath("$app")) + "\" \\\n"
                + "  " + MAIN_CLASS + " \"$@\"\n";
        Files.writeString(app.launcher(), script, StandardCharsets.UTF_8);
        app.launcher().toFile().setExecutable(true, false);
    }

    /** Makes homeplan.jsa in the app image from the training run's class list (also what postinst runs). */
    static void dumpArchive(Layout app) throws Exception {
        String appDir = app.appDir().toString();
        List<String> command = new ArrayList<>(List.of(app.java().toString()));
        command.addAll(app.javaOptions(appDir));
        command.addAll(List.of("-Xshare:dump", "-XX:SharedClassListFile=" + appDir + "/homeplan.classlist",
                "-XX:SharedArchiveFile=" + appDir + "/homeplan.jsa",
                "-cp", String.join(java.io.File.pathSeparator, app.classPath(appDir))));
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(app.appDir().getParent().resolve("cds-dump.log").toFile()).start();
        require(process.waitFor(300, TimeUnit.SECONDS) && process.exitValue() == 0,
                "making the class-data archive failed; see " + app.appDir().getParent().resolve("cds-dump.log"));
    }

    // --- 4. installers -------------------------------------------------------------------------------

    static String defaultInstaller() {
        return WINDOWS ? "msi" : MAC ? "dmg" : "deb";
    }

    static void makeInstaller(String type, Layout app, String version, Path work) throws Exception {
        List<String> args = new ArrayList<>(List.of("--type", type, "--app-image", app.root().toString(),
                "--name", NAME, "--app-version", version, "--vendor", VENDOR, "--description", DESCRIPTION,
                "--copyright", "Homeplan contributors", "--dest", work.resolve("installer").toString(),
                "--icon", icon().toString()));
        switch (type) {
            case "deb", "rpm" -> {
                Path resources = linuxResources(app, work.resolve("installer-resources"));
                args.addAll(List.of("--linux-package-name", "homeplan", "--install-dir", "/opt", "--linux-shortcut",
                        "--linux-menu-group", "Office;MedicalSoftware;", "--linux-app-category", "misc",
                        "--linux-deb-maintainer", "homeplan@example.org", "--resource-dir", resources.toString()));
            }
            case "msi", "exe" -> args.addAll(List.of("--win-menu", "--win-menu-group", NAME, "--win-shortcut",
                    "--win-dir-chooser", "--win-per-user-install", "--win-upgrade-uuid", WINDOWS_UPGRADE_UUID));
            case "dmg", "pkg" -> args.addAll(List.of("--mac-package-identifier", "app.homeplan",
                    "--mac-package-name", NAME));
            default -> throw new IllegalArgumentException("unknown package type: " + type);
        }
        // Java 17's archive fits only where it was built, so an installed copy makes its own; JDK 25's
        // AOT cache moves with the image and ships as made.
        Path archive = app.appDir().resolve("homeplan.jsa");
        Files.deleteIfExists(archive);
        run("jpackage", args.toArray(String[]::new));
    }

    /**
     * postinst makes the class-data archive for the installed paths (no display needed: it reads the
     * class list); prerm removes it. jpackage fills in the menu commands, this the install folder.
     */
    static Path linuxResources(Layout app, Path resources) throws IOException {
        Files.createDirectories(resources);
        String installed = LINUX_INSTALL_DIR + "/lib/app";
        String dump = runtimeVersion >= AOT_CACHE_VERSION ? ": # the AOT cache ships in the package" : "\"" + LINUX_INSTALL_DIR + "/lib/runtime/bin/java\" "
                + app.javaOptions(installed).stream().map(o -> "'" + o + "'").collect(Collectors.joining(" "))
                + " -Xshare:dump -XX:SharedClassListFile=" + installed + "/homeplan.classlist"
                + " -XX:SharedArchiveFile=" + installed + "/homeplan.jsa"
                + " -cp '" + String.join(":", app.classPath(installed)) + "' >/dev/null 2>&1 || true";
        for (String script : List.of("postinst", "prerm")) {
            String template = Files.readString(Path.of("src", "packaging", "linux", script), StandardCharsets.UTF_8);
            Files.writeString(resources.resolve(script),
                    template.replace("@CDS_DUMP@", dump).replace("@INSTALL_DIR@", LINUX_INSTALL_DIR), StandardCharsets.UTF_8);
        }
        return resources;
    }

    // --- helpers -------------------------------------------------------------------------------------

    /** Runs one of the chosen JDK's tools: in this JVM when that JDK is this one, else as a process. */
    static void run(String tool, String... args) throws IOException, InterruptedException {
        System.out.println("> " + tool + " " + String.join(" ", args));
        if (jdk.equals(Path.of(System.getProperty("java.home")))) {
            ToolProvider provider = ToolProvider.findFirst(tool)
                    .orElseThrow(() -> new IllegalStateException(tool + " is missing: use a full JDK 17 or newer"));
            PrintWriter out = new PrintWriter(System.out, true);
            int code = provider.run(out, out, args);
            require(code == 0, tool + " failed (exit " + code + ")");
            return;
        }
        List<String> command = new ArrayList<>(List.of(jdk.resolve("bin").resolve(WINDOWS ? tool + ".exe" : tool).toString()));
        command.addAll(List.of(args));
        int code = new ProcessBuilder(command).inheritIO().start().waitFor();
        require(code == 0, tool + " failed (exit " + code + ")");
    }

    /**
     * {@code auto}: the newest JDK of version 25 or later installed beside the running one (same parent
     * folder: /usr/lib/jvm, /Library/Java/JavaVirtualMachines, Program Files\Eclipse Adoptium ...) that has
     * jpackage; else the running JDK. A path: that JDK.
     */
    static Path chooseJdk(String option) throws IOException {
        Path running = Path.of(System.getProperty("java.home"));
        if (!option.equals("auto")) {
            Path chosen = Path.of(option).toAbsolutePath().normalize();
            require(Files.isExecutable(chosen.resolve("bin").resolve(WINDOWS ? "jpackage.exe" : "jpackage")),
                    "--jdk " + option + " is not a JDK with jpackage");
            return chosen;
        }
        Path best = running;
        int bestVersion = Runtime.version().feature();
        Path parent = running.getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            return running;
        }
        try (Stream<Path> siblings = Files.list(parent)) {
            for (Path candidate : siblings.sorted().toList()) {
                Path home = Files.isDirectory(candidate.resolve("Contents/Home")) ? candidate.resolve("Contents/Home") : candidate;
                if (!Files.isExecutable(home.resolve("bin").resolve(WINDOWS ? "jpackage.exe" : "jpackage"))) {
                    continue;
                }
                int version = featureVersion(home);
                if (version >= AOT_CACHE_VERSION && version > bestVersion) {
                    best = home.toRealPath();
                    bestVersion = version;
                }
            }
        }
        return best;
    }

    /** The feature version from a JDK's release file (JAVA_VERSION="25.0.3"); 17 if it cannot be read. */
    static int featureVersion(Path home) throws IOException {
        Path release = home.resolve("release");
        if (!Files.isRegularFile(release)) {
            return Runtime.version().feature();
        }
        for (String line : Files.readAllLines(release, StandardCharsets.UTF_8)) {
            if (line.startsWith("JAVA_VERSION=")) {
                String version = line.substring("JAVA_VERSION=".length()).replace("\"", "");
                return Runtime.Version.parse(version).feature();
            }
        }
        return Runtime.version().feature();
    }

    static boolean onPath(String command) {
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator))
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, command)));
    }

    static String manifestVersion(Path jar) throws IOException {
        try (java.util.jar.JarFile file = new java.util.jar.JarFile(jar.toFile())) {
            String v = file.getManifest().getMainAttributes().getValue("Implementation-Version");
            require(v != null, "no Implementation-Version in " + jar);
            return v;
        }
    }

    static Map<String, String> parse(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            require(args[i].startsWith("--"), "options are --name value pairs: " + args[i]);
            options.put(args[i].substring(2), args[i + 1]);
        }
        return options;
    }

    static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalStateException(message);
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                file.toFile().setWritable(true);
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
                Files.delete(d);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
