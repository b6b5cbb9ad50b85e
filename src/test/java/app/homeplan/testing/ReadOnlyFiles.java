package app.homeplan.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;

/**
 * Makes files and folders really read-only for the test's user, and back. For an ordinary user that
 * is taking away write permission; root ignores permissions, so as root the Linux "immutable"
 * attribute ({@code chattr +i}) is used, which even root cannot write through.
 */
public final class ReadOnlyFiles {
    private ReadOnlyFiles() {
    }

    public static boolean runningAsRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    public static void makeReadOnly(Path path) throws IOException, InterruptedException {
        if (runningAsRoot()) {
            Assumptions.assumeTrue(chattr("+i", path), "needs chattr to make a file read-only for root");
        } else {
            Set<PosixFilePermission> perms = new HashSet<>(Files.getPosixFilePermissions(path));
            perms.removeAll(Set.of(PosixFilePermission.OWNER_WRITE, PosixFilePermission.GROUP_WRITE,
                    PosixFilePermission.OTHERS_WRITE));
            Files.setPosixFilePermissions(path, perms);
        }
        Assumptions.assumeFalse(Files.isWritable(path), "could not make " + path + " read-only here");
    }

    public static void makeWritable(Path path) throws IOException, InterruptedException {
        if (runningAsRoot()) {
            chattr("-i", path);
        } else if (Files.exists(path)) {
            Set<PosixFilePermission> perms = new HashSet<>(Files.getPosixFilePermissions(path));
            perms.add(PosixFilePermission.OWNER_WRITE);
            Files.setPosixFilePermissions(path, perms);
        }
    }

    private static boolean chattr(String flag, Path path) throws IOException, InterruptedException {
        try {
            Process p = new ProcessBuilder("chattr", flag, path.toString()).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor() == 0;
        } catch (IOException noChattr) {
            return false;
        }
    }
}
