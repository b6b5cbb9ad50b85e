package app.homeplan.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import app.homeplan.plan.Family;
import app.homeplan.testing.CliRun;
import app.homeplan.testing.Stores;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 21: a data file in a shared place does not leak. Pre-created {@code -wal}/{@code -shm} files of
 * another account, folders others may change, links in a side file's place, loose modes. The cases
 * with another account's files make them with {@code chown}, which needs root (as the build here runs);
 * run as another user they are skipped, saying so.
 */
class DataFolderCheckTest {
    @TempDir
    Path dir;

    private final CliRun cli = new CliRun();

    private static String perms(Path p) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(p, LinkOption.NOFOLLOW_LINKS));
    }

    private Path folderWithMode(String name, String mode) throws IOException {
        Path folder = Files.createDirectory(dir.resolve(name));
        Files.setAttribute(folder, "unix:mode", Integer.parseInt(mode, 8));
        return folder;
    }

    private static UserPrincipal nobody() throws IOException {
        assumeTrue("root".equals(System.getProperty("user.name")),
                "making a file that belongs to another account needs root (chown); run the build as root to check it");
        return Path.of("/").getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("nobody");
    }

    private static Path othersFile(Path file, UserPrincipal other) throws IOException {
        Files.createFile(file);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-rw-rw-"));
        Files.setOwner(file, other);
        return file;
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void workingFilesAnotherAccountMadeAheadInAStickyShareAreRefusedAndNothingIsWrittenIntoThem() throws Exception {
        UserPrincipal other = nobody();
        Path share = folderWithMode("share", "1777");
        Path db = share.resolve("clinic.db");
        Path wal = othersFile(share.resolve("clinic.db-wal"), other);
        Path shm = othersFile(share.resolve("clinic.db-shm"), other);

        assertThatThrownBy(() -> Stores.open(db))
                .isInstanceOfSatisfying(StoreException.class, e -> assertThat(e.problem()).isEqualTo(StoreException.Problem.CANNOT_OPEN))
                .hasMessage("The file " + wal + " beside the data file belongs to another account (nobody), which could read"
                        + " the family data written into it. Homeplan did not open " + db + ". Delete " + wal
                        + " (or ask an administrator to), then open the data file again.");
        assertThat(db).doesNotExist();
        assertThat(wal).isEmptyFile();
        assertThat(shm).isEmptyFile();

        // An existing family in the share: still refused, and the family never reaches their files.
        Files.delete(wal);
        Files.delete(shm);
        try (Store store = Stores.open(db)) {
            store.families().insert(Family.newFor("Mia"));
        }
        othersFile(wal, other);
        othersFile(shm, other);
        assertThat(cli.run("list", "--db", db.toString())).isEqualTo(1);
        assertThat(cli.errorLine()).contains("belongs to another account (nobody)");
        assertThat(wal).isEmptyFile();
        assertThat(shm).isEmptyFile();
    }

    @Test
    void aDataFileOfAnotherAccountThatAnyoneMayChangeIsNotOpenedForWriting() throws Exception {
        UserPrincipal other = nobody();
        Path folder = Files.createDirectory(dir.resolve("copied"));
        Path db = folder.resolve("homeplan.db");
        try (Store store = Stores.open(db)) {
            store.families().insert(Family.newFor("Mia"));
        }
        Files.setPosixFilePermissions(db, PosixFilePermissions.fromString("rw-rw-rw-"));
        Files.setOwner(db, other);
        byte[] before = Files.readAllBytes(db);
        assertThatThrownBy(() -> Stores.open(db)).isInstanceOf(StoreException.class)
                .hasMessage("The data file " + db + " belongs to another account (nobody), so that account could read"
                        + " everything saved in it. Homeplan did not open it. Copy it to a folder of your own and open the copy.");
        assertThat(Files.readAllBytes(db)).isEqualTo(before);
        assertThat(perms(db)).isEqualTo("rw-rw-rw-");
    }

    @Test
    void aFolderOthersMayChangeIsRefusedWithTheFileUntouched() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("team"));
        Path db = folder.resolve("homeplan.db");
        try (Store store = Stores.open(db)) {
            store.families().insert(Family.newFor("Mia"));
        }
        byte[] before = Files.readAllBytes(db);
        Files.setAttribute(folder, "unix:mode", 0777);
        assertThat(cli.run("list", "--db", db.toString())).isEqualTo(1);
        assertThat(cli.errorLine()).isEqualTo("homeplan: Other accounts on this computer may change the folder " + folder
                + ", so they could read or swap the family data in " + db + ". Homeplan did not open it. Move the data file to"
                + " a folder of your own (Homeplan's usual data folder is private) and open it there.");
        assertThat(Files.readAllBytes(db)).isEqualTo(before);
        assertThat(names(folder)).containsExactly("homeplan.db", "homeplan.db.lock");

        // With the sticky bit (only a file's owner may rename it) the same folder is fine.
        Files.setAttribute(folder, "unix:mode", 01777);
        assertThat(cli.run("list", "--db", db.toString())).isZero();
        assertThat(cli.out()).contains("Mia");
    }

    @Test
    void looseModesOnThisUsersFilesAreTightenedOnOpen() throws Exception {
        Path folder = folderWithMode("mine", "755");
        Path db = folder.resolve("homeplan.db");
        try (Store store = Stores.open(db)) {
            store.families().insert(Family.newFor("Mia"));
        }
        Files.setPosixFilePermissions(db, PosixFilePermissions.fromString("rw-r--r--"));
        Files.setPosixFilePermissions(DatabaseLock.lockFile(db), PosixFilePermissions.fromString("rw-rw-rw-"));
        try (Store store = Stores.open(db)) {
            assertThat(store.families().listAll().toString()).contains("Mia");
            assertThat(perms(db)).isEqualTo("rw-------");
            assertThat(perms(folder.resolve("homeplan.db-wal"))).isEqualTo("rw-------");
            assertThat(perms(folder.resolve("homeplan.db-shm"))).isEqualTo("rw-------");
            assertThat(perms(DatabaseLock.lockFile(db))).isEqualTo("rw-------");
        }
        assertThat(perms(folder)).as("a folder the user chose keeps its mode: the files in it are private").isEqualTo("rwxr-xr-x");
    }

    @Test
    void aLinkInPlaceOfAWorkingFileIsRefused() throws Exception {
        Path db = dir.resolve("homeplan.db");
        try (Store store = Stores.open(db)) {
            store.families().insert(Family.newFor("Mia"));
        }
        Path elsewhere = Files.createFile(dir.resolve("elsewhere"));
        Path wal = Files.createSymbolicLink(dir.resolve("homeplan.db-wal"), elsewhere);
        assertThatThrownBy(() -> Stores.open(db)).isInstanceOf(StoreException.class)
                .hasMessage(wal + " beside the data file is a link or a special file, not an ordinary file, so Homeplan did"
                        + " not open " + db + ". Delete " + wal + ", then open the data file again.");
        assertThat(elsewhere).isEmptyFile();
    }
}
