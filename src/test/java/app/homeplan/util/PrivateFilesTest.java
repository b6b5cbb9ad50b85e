package app.homeplan.util;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.homeplan.plan.Family;
import app.homeplan.store.BackupKind;
import app.homeplan.store.Store;
import app.homeplan.testing.Stores;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Health data on disk is readable by this user only: the data file, its side files, backups, family
 * files and PDFs; exports are written whole or not at all. (Linux/macOS: tests run on POSIX file systems.)
 */
class PrivateFilesTest {
    @TempDir
    Path dir;

    private static String perms(Path p) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
    }

    @Test
    void everyFileHomeplanKeepsBesideTheDataFileIsPrivate() throws Exception {
        Path folder = dir.resolve("homeplan");
        Path db = folder.resolve("homeplan.db");
        try (Store store = Stores.open(db)) {
            store.families().insert(Family.newFor("Ada"));
            store.database().backups().create(store.database().connection(), BackupKind.DAILY);
            // while open: the data file, SQLite's -wal and -shm files and Homeplan's lock
            try (Stream<Path> files = Files.list(folder)) {
                for (Path p : files.toList()) {
                    assertThat(perms(p)).as(p.getFileName().toString())
                            .isEqualTo(Files.isDirectory(p) ? "rwx------" : "rw-------");
                }
            }
            assertThat(folder.resolve("homeplan.db-wal")).exists();
            assertThat(folder.resolve("homeplan.db-shm")).exists();
            assertThat(folder.resolve("homeplan.db.lock")).exists();
        }
        assertThat(perms(folder)).isEqualTo("rwx------");
        try (Stream<Path> backups = Files.list(folder.resolve("backups"))) {
            assertThat(backups.toList()).isNotEmpty().allSatisfy(p -> assertThat(perms(p)).isEqualTo("rw-------"));
        }
    }

    @Test
    void anExportIsWrittenPrivatelyAndWholeOrNotAtAll() throws Exception {
        Path export = dir.resolve("Mia's plan.json");
        PrivateFiles.writeAtomically(export, out -> out.write("first".getBytes(StandardCharsets.UTF_8)));
        assertThat(perms(export)).isEqualTo("rw-------");
        assertThat(export).hasContent("first");

        assertThatThrownBy(() -> PrivateFiles.writeAtomically(export, out -> {
            out.write("half of the second".getBytes(StandardCharsets.UTF_8));
            throw new IOException("disk full");
        })).hasMessage("disk full");
        assertThat(export).as("a failed write leaves the old file").hasContent("first");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("Mia's plan.json");
        }

        PrivateFiles.writeAtomically(export, out -> out.write("second".getBytes(StandardCharsets.UTF_8)));
        assertThat(export).hasContent("second");
        assertThat(perms(export)).isEqualTo("rw-------");
    }

    @Test
    void theTemporaryFileIsPrivateFromTheFirstByteAndHidden() throws Exception {
        List<String> seen = new ArrayList<>();
        PrivateFiles.writeAtomically(dir.resolve("plan.pdf"), out -> {
            try (Stream<Path> files = Files.list(dir)) {
                for (Path p : files.toList()) {
                    seen.add(p.getFileName() + " " + perms(p));
                }
            }
            out.write(1);
        });
        assertThat(seen).singleElement().asString().matches("\\.homeplan-.*\\.part rw-------");
    }

    @Test
    void bytesReplaceAFileAnyoneCouldReadWithAPrivateOne() throws Exception {
        Path file = Files.writeString(dir.resolve("mia.homeplan.json"), "an old export");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        PrivateFiles.write(file, "new".getBytes(StandardCharsets.UTF_8));
        assertThat(file).hasContent("new");
        assertThat(perms(file)).isEqualTo("rw-------");
    }

    @Test
    void aFailureThatIsNotAnIoErrorAlsoLeavesTheOldFileAndNoTemporaryFile() throws Exception {
        Path file = Files.writeString(dir.resolve("plan.pdf"), "old");
        assertThatThrownBy(() -> PrivateFiles.writeAtomically(file, out -> {
            out.write(new byte[100_000]);
            throw new IllegalStateException("the renderer gave up");
        })).hasMessage("the renderer gave up");
        assertThat(file).hasContent("old");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void aFolderIsNeverReplaced() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("plans"));
        assertThatThrownBy(() -> PrivateFiles.write(folder, new byte[] {1}))
                .isInstanceOf(java.nio.file.FileSystemException.class).hasMessageContaining("is a folder");
        assertThat(folder).isEmptyDirectory();
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(folder);
        }
    }

    @Test
    void foldersMadeForTheDataArePrivateAndFilesAreCreatedNewOnly() throws Exception {
        Path folder = dir.resolve("a/b");
        PrivateFiles.createFolders(folder);
        assertThat(perms(dir.resolve("a"))).isEqualTo("rwx------");
        assertThat(perms(folder)).isEqualTo("rwx------");
        Path file = folder.resolve("x.db");
        PrivateFiles.createFile(file);
        assertThat(perms(file)).isEqualTo("rw-------");
        assertThatThrownBy(() -> PrivateFiles.createFile(file)).isInstanceOf(java.nio.file.FileAlreadyExistsException.class);
        assertThatThrownBy(() -> PrivateFiles.createForWriting(file).close())
                .isInstanceOf(java.nio.file.FileAlreadyExistsException.class);
    }
}
