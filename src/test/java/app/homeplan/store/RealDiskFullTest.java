package app.homeplan.store;

import static org.assertj.core.api.Assertions.assertThat;

import app.homeplan.testing.ChildJvm;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A really full disk, not a simulated one: the autosave runs in a child process on a 2 MB tmpfs
 * mounted in a private mount namespace ({@code unshare -Urm}, no root needed where user namespaces
 * are allowed). {@code DatabaseSafetyTest} covers the same path everywhere with SQLite's page limit;
 * this one shows the operating system's "no space left" arrives as the same sentence, that what was
 * saved stays, and that saving works again once space is freed.
 */
class RealDiskFullTest {
    @TempDir
    Path dir;

    @Test
    void aFullDiskSaysSoKeepsWhatWasSavedAndSavesAgainOnceThereIsSpace() throws Exception {
        Path mount = dir.resolve("small-disk");
        Files.createDirectories(mount);
        Path db = mount.resolve("homeplan.db");
        List<String> java = ChildJvm.command(List.of(), DiskFullSaver.class, db.toString());
        String script = "mount -t tmpfs -o size=2m homeplan-test \"$0\" || exit 97; exec \"$@\"";
        List<String> command = new ArrayList<>(List.of("unshare", "-Urm", "sh", "-c", script, mount.toString()));
        command.addAll(java);
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        Process p;
        try {
            p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        } catch (java.io.IOException noUnshare) {
            Assumptions.abort("unshare is not installed here");
            return;
        }
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        Assumptions.assumeFalse(p.exitValue() == 97 || Files.readString(err).contains("unshare: "),
                "no private tmpfs here (user namespaces not allowed): " + Files.readString(err));

        List<String> lines = Files.readAllLines(out);
        assertThat(p.exitValue()).as(Files.readString(err)).isZero();
        assertThat(lines).contains("problem DISK_FULL",
                "message The disk is full, so Homeplan could not save to " + db + ". Free some space; your work is still on screen.",
                "kept true", "resumed true", "integrity ok");
    }
}
