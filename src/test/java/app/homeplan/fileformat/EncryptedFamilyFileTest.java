package app.homeplan.fileformat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.homeplan.Main;
import app.homeplan.plan.Family;
import app.homeplan.store.Store;
import app.homeplan.testing.ChildJvm;
import app.homeplan.testing.DatabaseSnapshot;
import app.homeplan.testing.Stores;
import app.homeplan.testing.TestFamilies;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 17: a family file locked with a passphrase. Real files, the real JDK ciphers; the command
 * line runs in a separate Java process so that HOMEPLAN_PASSPHRASE is set as a user would set it, and
 * without a terminal (as in a script).
 */
class EncryptedFamilyFileTest {
    private static final char[] PASSPHRASE = "kangaroo paw at dusk".toCharArray();

    @TempDir
    Path dir;

    private static FamilyFileException.Problem problem(Throwable e) {
        return ((FamilyFileException) e).problem();
    }

    @Test
    void aLockedFileHoldsNothingReadableAndOpensOnlyWithItsPassphrase() throws Exception {
        Family family = TestFamilies.everyField();
        Path file = dir.resolve("mia.homeplan.json");
        FamilyFile.writeEncrypted(family, file, PASSPHRASE.clone());

        byte[] sealed = Files.readAllBytes(file);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(new String(sealed, 0, 8, StandardCharsets.US_ASCII)).isEqualTo("HPFAMENC");
        assertThat(sealed[8]).isEqualTo((byte) 1);
        assertThat(ByteBuffer.wrap(sealed, 9, 4).getInt()).isEqualTo(600_000);
        String asText = new String(sealed, StandardCharsets.ISO_8859_1);
        assertThat(asText).doesNotContain(family.child().name()).doesNotContain("homeplan-family").doesNotContain("goals");
        assertThat(sealed.length).isEqualTo(FamilyFile.toBytes(family).length + 41 + 16);

        assertThat(FamilyFile.read(file, PASSPHRASE::clone)).isEqualTo(FamilyFile.fromBytes(FamilyFile.toBytes(family), "x"));

        assertThatThrownBy(() -> FamilyFile.read(file, "kangaroo paw at dawn"::toCharArray))
                .satisfies(e -> assertThat(problem(e)).isEqualTo(FamilyFileException.Problem.WRONG_PASSPHRASE))
                .hasMessage("The passphrase does not open mia.homeplan.json: either it is not the passphrase the file was"
                        + " locked with, or the file was changed after it was made. Nothing was imported; try the passphrase"
                        + " again, or ask for the file again.");
        assertThatThrownBy(() -> FamilyFile.read(file))
                .satisfies(e -> assertThat(problem(e)).isEqualTo(FamilyFileException.Problem.NEEDS_PASSPHRASE))
                .hasMessage("mia.homeplan.json is a locked family file. Give its passphrase to open it.");

        // Locking the same family twice gives different files (random salt and nonce).
        Path again = dir.resolve("again.homeplan.json");
        FamilyFile.writeEncrypted(family, again, PASSPHRASE.clone());
        assertThat(Files.readAllBytes(again)).isNotEqualTo(sealed);
        assertThat(Arrays_equalRange(Files.readAllBytes(again), sealed, 13, 41)).isFalse();
    }

    private static boolean Arrays_equalRange(byte[] a, byte[] b, int from, int to) {
        return java.util.Arrays.equals(a, from, to, b, from, to);
    }

    @Test
    void anyChangedByteOpensNothing() throws Exception {
        Path file = dir.resolve("mia.homeplan.json");
        FamilyFile.writeEncrypted(TestFamilies.everyField(), file, PASSPHRASE.clone());
        byte[] sealed = Files.readAllBytes(file);
        // an iteration count, the salt, the nonce, the first and a middle byte of the content, the tag's last byte
        for (int at : new int[] {12, 13, 29, 41, 42, sealed.length / 2, sealed.length - 1}) {
            byte[] changed = sealed.clone();
            changed[at] ^= 0x01;
            Path tampered = Files.write(dir.resolve("tampered-" + at + ".homeplan.json"), changed);
            assertThatThrownBy(() -> FamilyFile.read(tampered, PASSPHRASE::clone)).as("byte %d", at)
                    .satisfies(e -> assertThat(problem(e)).isEqualTo(FamilyFileException.Problem.WRONG_PASSPHRASE));
        }
        Path cut = Files.write(dir.resolve("cut.homeplan.json"), java.util.Arrays.copyOf(sealed, 50));
        assertThatThrownBy(() -> FamilyFile.read(cut, PASSPHRASE::clone)).hasMessageContaining("has been cut short");
        byte[] newer = sealed.clone();
        newer[8] = 2;
        Path future = Files.write(dir.resolve("future.homeplan.json"), newer);
        assertThatThrownBy(() -> FamilyFile.read(future, PASSPHRASE::clone))
                .hasMessageContaining("was locked by a newer version of Homeplan");
    }

    @Test
    void aShortPassphraseLocksNothing() {
        Path file = dir.resolve("mia.homeplan.json");
        assertThatThrownBy(() -> FamilyFile.writeEncrypted(TestFamilies.everyField(), file, "1234567".toCharArray()))
                .hasMessageContaining("too short: use at least 8 characters");
        assertThat(file).doesNotExist();
    }

    // --- the command line, as a script runs it ------------------------------------------------------

    private record Run(int exit, String out, String err) {
    }

    private Run homeplan(String passphrase, String... args) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(ChildJvm.command(List.of(), Main.class, args))
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        Map<String, String> env = builder.environment();
        env.remove("HOMEPLAN_PASSPHRASE");
        env.remove("HOMEPLAN_DB");
        if (passphrase != null) {
            env.put("HOMEPLAN_PASSPHRASE", passphrase);
        }
        Process p = builder.start();
        byte[] out = p.getInputStream().readAllBytes();
        byte[] err = p.getErrorStream().readAllBytes();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Run(p.exitValue(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
    }

    private static String oneLine(Run run) {
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err().lines().toList()).hasSize(1);
        assertThat(run.err()).startsWith("homeplan: ").doesNotContain("Exception");
        return run.err().strip();
    }

    @Test
    void exportEncryptThenImportOnAnotherComputerAsksForThePassphrase() throws Exception {
        Path here = dir.resolve("here.db");
        long id;
        Family family = TestFamilies.everyField();
        try (Store store = Stores.open(here)) {
            id = store.families().insert(family).id();
        }
        Path file = dir.resolve("mia.homeplan.json");
        Run export = homeplan("kangaroo paw at dusk", "export", "--family", Long.toString(id), "-o", file.toString(),
                "--encrypt", "--db", here.toString());
        assertThat(export.exit()).as(export.err()).isZero();
        assertThat(export.out()).isEmpty();
        assertThat(export.err()).isEmpty();
        assertThat(EncryptedFamilyFile.isEncrypted(Files.readAllBytes(file))).isTrue();

        Path there = dir.resolve("there.db");
        try (Store store = Stores.open(there)) {
            store.families().listAll();
        }
        List<String> before = snapshot(there);
        String wrong = oneLine(homeplan("kangaroo paw at dawn", "import", file.toString(), "--db", there.toString()));
        assertThat(wrong).isEqualTo("homeplan: The passphrase does not open mia.homeplan.json: either it is not the"
                + " passphrase the file was locked with, or the file was changed after it was made. Nothing was imported;"
                + " try the passphrase again, or ask for the file again.");
        String none = oneLine(homeplan(null, "import", file.toString(), "--db", there.toString()));
        assertThat(none).isEqualTo("homeplan: " + file + " is a locked family file: set HOMEPLAN_PASSPHRASE to its"
                + " passphrase, or run import in a terminal to be asked for it.");
        byte[] changed = Files.readAllBytes(file);
        changed[changed.length / 2] ^= 0x20;
        Path tampered = Files.write(dir.resolve("tampered.homeplan.json"), changed);
        assertThat(oneLine(homeplan("kangaroo paw at dusk", "import", tampered.toString(), "--db", there.toString())))
                .contains("or the file was changed after it was made. Nothing was imported");
        assertThat(snapshot(there)).as("nothing stored").isEqualTo(before);

        Run imported = homeplan("kangaroo paw at dusk", "import", file.toString(), "--db", there.toString());
        assertThat(imported.exit()).as(imported.err()).isZero();
        long newId = Long.parseLong(imported.out().strip());
        try (Store store = Stores.open(there)) {
            Family back = store.families().load(newId).orElseThrow();
            assertThat(FamilyFile.toBytes(back)).isEqualTo(FamilyFile.toBytes(family));
        }

        // No passphrase anywhere: nothing is written.
        Path unlocked = dir.resolve("unlocked.homeplan.json");
        assertThat(oneLine(homeplan(null, "export", "--family", Long.toString(id), "-o", unlocked.toString(), "--encrypt",
                "--db", here.toString())))
                .isEqualTo("homeplan: --encrypt needs a passphrase: set HOMEPLAN_PASSPHRASE, or run export in a terminal to be"
                        + " asked for it.");
        assertThat(unlocked).doesNotExist();
    }

    private static List<String> snapshot(Path db) throws Exception {
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + db)) {
            return new ArrayList<>(DatabaseSnapshot.rows(c));
        }
    }
}
