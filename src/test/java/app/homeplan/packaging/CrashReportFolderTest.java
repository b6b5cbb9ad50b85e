package app.homeplan.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import app.homeplan.store.DataLocation;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 21: the Windows and macOS launchers send a JVM crash report (it holds the command line, and file
 * names often hold a child's name) to the same per-user folder Homeplan keeps its data in, never the
 * working folder. The installer build (src/packaging/Package.java) is compiled here as it is run, and
 * its option is expanded the way jpackage's launcher expands it (JDK 25+: ${NAME} from the environment;
 * checked by hand with JDK 25's jpackage, see docs/privacy.md) and compared with store/DataLocation.
 */
class CrashReportFolderTest {
    @TempDir
    static Path classes;
    private static Method crashLog;

    @BeforeAll
    static void compileTheInstallerBuild() throws Exception {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        assertThat(javac.run(null, null, null, "-d", classes.toString(), "src/packaging/Package.java")).isZero();
        URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, CrashReportFolderTest.class.getClassLoader());
        crashLog = loader.loadClass("Package").getDeclaredMethod("nativeLauncherCrashLog", String.class, int.class);
        crashLog.setAccessible(true);
    }

    private static String option(String os, int runtime) throws Exception {
        return (String) crashLog.invoke(null, os, runtime);
    }

    /** What jpackage's launcher does with the option: quotes gone, ${NAME} from the environment. */
    private static Path expanded(String option, Map<String, String> env) {
        String unquoted = option.startsWith("\"") ? option.substring(1, option.length() - 1) : option;
        assertThat(unquoted).startsWith("-XX:ErrorFile=");
        Matcher m = Pattern.compile("\\$\\{([A-Za-z_]+)}").matcher(unquoted.substring("-XX:ErrorFile=".length()));
        StringBuilder path = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(path, Matcher.quoteReplacement(env.get(m.group(1))));
        }
        m.appendTail(path);
        return Path.of(path.toString().replace('\\', '/'));
    }

    @Test
    void windowsSendsCrashReportsToTheDataFolder() throws Exception {
        Map<String, String> env = Map.of("LOCALAPPDATA", "/Users/lan/AppData/Local");
        Path report = expanded(option("windows 11", 25), env);
        assertThat(report.getParent()).isEqualTo(DataLocation.dataFolder(env, "Windows 11", Path.of("/Users/lan")));
        assertThat(report.getFileName().toString()).isEqualTo("crash-%p.log");
    }

    @Test
    void macOsSendsCrashReportsToTheDataFolderInOneOptionDespiteTheSpace() throws Exception {
        Map<String, String> env = Map.of("HOME", "/Users/lan");
        String option = option("mac os x", 25);
        assertThat(option).as("quoted, so jpackage keeps \"Application Support\" in one option").startsWith("\"").endsWith("\"");
        Path report = expanded(option, env);
        assertThat(report.getParent()).isEqualTo(DataLocation.dataFolder(env, "Mac OS X", Path.of("/Users/lan")));
    }

    @Test
    void aLauncherThatCannotExpandTheFolderGetsNoOptionAndLinuxHasItsOwnLauncher() throws Exception {
        assertThat(option("windows 11", 17)).isNull();
        assertThat(option("mac os x", 21)).isNull();
        assertThat(option("linux", 25)).isNull();
        assertThat(Files.readString(Path.of("src/packaging/Package.java")))
                .contains("-XX:ErrorFile=$data/crash-%p.log")
                .contains("${XDG_DATA_HOME:-$HOME/.local/share}/homeplan");
    }
}
