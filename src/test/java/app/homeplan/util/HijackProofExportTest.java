package app.homeplan.util;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.homeplan.plan.Family;
import app.homeplan.store.Store;
import app.homeplan.testing.CliRun;
import app.homeplan.testing.Stores;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 21: an export (family file or PDF) cannot be taken over by another account on the way. The
 * attacker here is a second writer in this process renaming its own world-readable file over each
 * {@code .homeplan-*.part} as it appears, the attack the security review ran from a second account;
 * what is checked (folder modes, file keys, the bytes under the name) does not depend on which
 * account renames, so one account is enough to show it is refused.
 */
class HijackProofExportTest {
    private static final byte[] FAMILY = "Mia's whole family".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path dir;

    private static String perms(Path p) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(p, LinkOption.NOFOLLOW_LINKS));
    }

    private Path folderWithMode(String name, String mode) throws IOException {
        Path folder = Files.createDirectory(dir.resolve(name));
        Files.setAttribute(folder, "unix:mode", Integer.parseInt(mode, 8));
        return folder;
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aSecondWriterSwappingEveryTemporaryFileNeverEndsUpAsTheExport() throws Exception {
        Path folder = folderWithMode("mine", "700");
        Path export = folder.resolve("mia.homeplan.json");
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicInteger swaps = new AtomicInteger();
        Thread attacker = new Thread(() -> {
            int n = 0;
            while (running.get()) {
                try (Stream<Path> files = Files.list(folder)) {
                    for (Path p : files.toList()) {
                        String name = p.getFileName().toString();
                        if (name.startsWith(".homeplan-") && name.endsWith(".part")
                                && Files.getOwner(p, LinkOption.NOFOLLOW_LINKS) != null
                                && Files.size(p) < FAMILY.length) {
                            Path mine = Files.writeString(folder.resolve("theirs-" + n++), "the other account's file");
                            Files.setPosixFilePermissions(mine, PosixFilePermissions.fromString("rw-rw-rw-"));
                            Files.move(mine, p, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                            swaps.incrementAndGet();
                        }
                    }
                } catch (IOException raceLost) {
                    // The file went before it could be swapped: try the next one.
                }
            }
        });
        attacker.start();
        int refused = 0;
        try {
            for (int i = 0; i < 30; i++) {
                int swapsBefore = swaps.get();
                try {
                    PrivateFiles.writeAtomically(export, out -> {
                        out.write(FAMILY, 0, 4);
                        out.flush();
                        // Give the second writer its chance: wait until it has renamed its file over ours.
                        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
                        while (swaps.get() == swapsBefore && System.nanoTime() < deadline) {
                            Thread.onSpinWait();
                        }
                        out.write(FAMILY, 4, FAMILY.length - 4);
                    });
                } catch (PrivateFiles.TakenOverException e) {
                    refused++;
                }
                // (The swap may also land before the first byte is written; that export is refused the same way.)
                if (Files.exists(export, LinkOption.NOFOLLOW_LINKS)) {
                    assertThat(Files.readAllBytes(export)).as("export %d", i).isEqualTo(FAMILY);
                    assertThat(perms(export)).isEqualTo("rw-------");
                }
            }
        } finally {
            running.set(false);
            attacker.join();
        }
        assertThat(swaps.get()).as("the second writer swapped every export's temporary file").isGreaterThanOrEqualTo(30);
        assertThat(refused).as("every swapped export is refused").isEqualTo(30);
        assertThat(export).doesNotExist();
        assertThat(names(folder)).allMatch(n -> n.startsWith("theirs-"), "only the other writer's own files are left");
    }

    @Test
    void aFolderOtherAccountsMayChangeWithoutTheStickyBitIsRefusedBeforeAnythingIsWritten() throws Exception {
        for (String mode : List.of("777", "757", "2777")) {
            Path folder = folderWithMode("shared-" + mode, mode);
            Path export = folder.resolve("mia.pdf");
            AtomicBoolean called = new AtomicBoolean();
            Path real = folder.toRealPath();
            assertThatThrownBy(() -> PrivateFiles.writeAtomically(export, out -> called.set(true)))
                    .isInstanceOfSatisfying(PrivateFiles.SharedFolderException.class,
                            e -> assertThat(e.folder()).isEqualTo(real));
            assertThat(called).as(mode).isFalse();
            assertThat(names(folder)).as(mode).isEmpty();
        }
    }

    @Test
    void aGroupWritableFolderOfAnotherGroupIsShared() throws Exception {
        Path folder = folderWithMode("team", "770");
        Files.setAttribute(folder, "posix:group",
                folder.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByGroupName("users"));
        assertThatThrownBy(() -> PrivateFiles.write(folder.resolve("mia.pdf"), FAMILY))
                .isInstanceOf(PrivateFiles.SharedFolderException.class);
        assertThat(names(folder)).isEmpty();
    }

    @Test
    void stickyShareAndTheOwnersPrivateGroupAreFine() throws Exception {
        // In a sticky folder (like /tmp) only a file's owner may rename it; a folder whose group is the
        // owner's own one-person group is not shared.
        for (String mode : List.of("1777", "1770", "775", "755", "700")) {
            Path folder = folderWithMode("ok-" + mode, mode);
            Path export = folder.resolve("mia.homeplan.json");
            PrivateFiles.write(export, FAMILY);
            assertThat(Files.readAllBytes(export)).as(mode).isEqualTo(FAMILY);
            assertThat(perms(export)).isEqualTo("rw-------");
        }
    }

    @Test
    void linksPipesAndFoldersAreNeverWrittenOverOrThrough() throws Exception {
        Path elsewhere = Files.writeString(dir.resolve("notes.txt"), "someone's notes");
        Path link = Files.createSymbolicLink(dir.resolve("mia.homeplan.json"), elsewhere);
        assertThatThrownBy(() -> PrivateFiles.write(link, FAMILY)).isInstanceOf(PrivateFiles.NotARegularFileException.class);
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(elsewhere).hasContent("someone's notes");

        Path dangling = Files.createSymbolicLink(dir.resolve("plan.pdf"), dir.resolve("nowhere.pdf"));
        assertThatThrownBy(() -> PrivateFiles.write(dangling, FAMILY)).isInstanceOf(PrivateFiles.NotARegularFileException.class);
        assertThat(dir.resolve("nowhere.pdf")).doesNotExist();

        Path fifo = dir.resolve("pipe.pdf");
        assertThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor()).isZero();
        assertThatThrownBy(() -> PrivateFiles.write(fifo, FAMILY)).isInstanceOf(PrivateFiles.NotARegularFileException.class);
        assertThat(Files.isRegularFile(fifo, LinkOption.NOFOLLOW_LINKS)).isFalse();
        assertThat(Files.exists(fifo, LinkOption.NOFOLLOW_LINKS)).isTrue();
        assertThat(names(dir)).containsExactly("mia.homeplan.json", "notes.txt", "pipe.pdf", "plan.pdf");
    }

    // --- what a user sees -------------------------------------------------------------------------

    private final CliRun cli = new CliRun();

    @Test
    void exportsIntoASharedFolderOrOverALinkAreRefusedInOneSentence() throws Exception {
        Path db = dir.resolve("homeplan.db");
        long id;
        try (Store store = Stores.open(db)) {
            id = store.families().insert(Family.newFor("Mia")).id();
        }
        Path share = folderWithMode("exports", "777");
        String family = Long.toString(id);

        assertThat(cli.run("export", "--family", family, "-o", share.resolve("mia.homeplan.json").toString(), "--db", db.toString()))
                .isEqualTo(1);
        assertThat(cli.errorLine()).isEqualTo("homeplan: Homeplan did not save " + share.resolve("mia.homeplan.json")
                + ": other accounts on this computer may change the folder " + share.toRealPath()
                + ", so one of them could swap the file while it is written. Save it in a folder of your own,"
                + " such as your Documents folder, and copy it from there.");
        assertThat(cli.run("export-pdf", "--family", family, "-o", share.resolve("mia.pdf").toString(), "--db", db.toString()))
                .isEqualTo(1);
        assertThat(cli.errorLine()).contains("did not save the PDF").contains("other accounts on this computer may change the folder");
        assertThat(names(share)).isEmpty();

        Path link = Files.createSymbolicLink(dir.resolve("plan.pdf"), dir.resolve("elsewhere.pdf"));
        assertThat(cli.run("export-pdf", "--family", family, "-o", link.toString(), "--db", db.toString())).isEqualTo(1);
        assertThat(cli.errorLine()).contains("is not an ordinary file (it is a link, a pipe or a device)");
        assertThat(dir.resolve("elsewhere.pdf")).doesNotExist();
    }
}
