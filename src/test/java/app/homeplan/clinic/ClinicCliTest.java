package app.homeplan.clinic;

import static org.assertj.core.api.Assertions.assertThat;

import app.homeplan.Commands;
import app.homeplan.fileformat.FamilyFile;
import app.homeplan.plan.Family;
import app.homeplan.store.PostgresServer;
import app.homeplan.store.Store;
import app.homeplan.testing.Stores;
import app.homeplan.testing.TestFamilies;
import app.homeplan.testing.TestPostgres;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line against a real PostgreSQL database: clinic init, list, import, export, export-pdf, access-log, backups. */
class ClinicCliTest {
    @TempDir
    Path dir;
    private final PostgresServer owner = TestPostgres.newEmptyDatabase();
    private final String db = "postgresql://" + TestPostgres.OWNER + "@localhost:" + TestPostgres.port() + "/"
            + owner.address().database();
    private String out;
    private String err;

    @Test
    void aClinicDatabaseIsSetUpUsedAndAuditedFromTheCommandLine() throws Exception {
        assertThat(run("clinic", "init", "--db", db)).isZero();
        assertThat(out).contains("is ready").contains(owner.address().database() + "_clinicians");
        assertThat(run("clinic", "add-clinician", "anna_cli", "--name", "Anna Nguyễn", "--db", db)).isZero();
        assertThat(out).contains("anna_cli (Anna Nguyễn)");

        Path file = dir.resolve("mia.homeplan.json");
        FamilyFile.write(TestFamilies.everyField(), file);
        assertThat(run("import", file.toString(), "--purpose", "Referral from the hospital", "--db", db)).isZero();
        long id = Long.parseLong(out.strip());
        assertThat(run("list", "--db", db)).isZero();
        assertThat(out).contains(id + "\t");
        assertThat(run("export", "--family", String.valueOf(id), "-o", dir.resolve("out.homeplan.json").toString(),
                "--db", db)).isZero();
        assertThat(run("export-pdf", "--family", String.valueOf(id), "-o", dir.resolve("plan.pdf").toString(),
                "--purpose", "Home visit", "--db", db)).isZero();
        assertThat(Files.size(dir.resolve("plan.pdf"))).isPositive();

        assertThat(run("access-log", "--family", String.valueOf(id), "--db", db)).isZero();
        List<String[]> lines = new ArrayList<>();
        for (String line : out.split("\n")) {
            lines.add(line.split("\t", -1));
        }
        assertThat(lines).extracting(f -> f[2]).containsExactly("import", "export", "print");
        assertThat(lines).allSatisfy(f -> {
            assertThat(f).hasSize(5);
            assertThat(f[0]).matches("\\d{4}-\\d\\d-\\d\\dT.*Z");
            assertThat(f[1]).isEqualTo(TestPostgres.OWNER);
            assertThat(f[3]).isEqualTo(String.valueOf(id));
        });
        assertThat(lines).extracting(f -> f[4]).containsExactly("Referral from the hospital", "-", "Home visit");

        assertThat(run("backups", "--db", db)).isZero();
        assertThat(out).contains("pg_dump");
        assertThat(run("restore", "x.db", "--db", db)).isEqualTo(1);
        assertThat(err).contains("pg_dump");
        try (Store store = Stores.open(owner)) {
            assertThat(store.families().load(id).map(Family::child)).isPresent();
        }
    }

    @Test
    void anUnreachableServerIsOneSentence() {
        assertThat(run("list", "--db", "postgresql://localhost:1/homeplan")).isEqualTo(1);
        assertThat(err).contains("cannot reach the clinic database postgresql://localhost:1/homeplan").doesNotContain("Exception");
        assertThat(err.strip().lines()).hasSize(1);
    }

    private int run(String... args) {
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        int code = Commands.cli(new PrintStream(o, true, StandardCharsets.UTF_8), new PrintStream(e, true, StandardCharsets.UTF_8))
                .run(List.of(args));
        out = o.toString(StandardCharsets.UTF_8);
        err = e.toString(StandardCharsets.UTF_8);
        return code;
    }
}
