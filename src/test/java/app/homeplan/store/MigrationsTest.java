package app.homeplan.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The migrations are found by their file names, in a folder on disk and inside a jar alike, and a new
 * one in {@code db/migration/} after SQLite's V10 is PostgreSQL's next migration too.
 */
class MigrationsTest {
    @TempDir
    Path dir;

    @Test
    void theBundledMigrationsAreFoundInVersionOrder() {
        List<String> sqlite = Migrations.sqliteNames();
        assertThat(sqlite).hasSizeGreaterThanOrEqualTo(10).startsWith("V1__families.sql", "V2__own_strategies.sql");
        for (int i = 0; i < sqlite.size(); i++) {
            assertThat(sqlite.get(i)).startsWith("V" + (i + 1) + "__"); // V10 after V9, not after V1
        }
        assertThat(Database.knownVersion()).isEqualTo(sqlite.size());

        List<String> postgres = Migrations.postgres();
        assertThat(postgres.subList(0, Migrations.POSTGRES_OWN)).allMatch(p -> p.startsWith(Migrations.POSTGRES_FOLDER))
                .startsWith("db/migration/postgresql/V1__families.sql");
        assertThat(postgres).hasSize(Migrations.POSTGRES_OWN + sqlite.size() - Migrations.POSTGRES_JOINED);
        assertThat(Database.knownPostgresVersion()).isEqualTo(postgres.size());
        assertThat(Database.postgresMigrations().get(0)).contains("CREATE TABLE");
    }

    @Test
    void aMigrationAfterSqlitesTenthIsPostgresNextUnlessItHasItsOwnWords() {
        List<String> own = List.of("V1__families.sql", "V2__a.sql", "V3__b.sql", "V4__c.sql", "V5__d.sql",
                "V6__e.sql", "V12__differs.sql");
        List<String> shared = List.of("V1__families.sql", "V2__a.sql", "V3__a.sql", "V4__a.sql", "V5__a.sql",
                "V6__a.sql", "V7__a.sql", "V8__a.sql", "V9__a.sql", "V10__a.sql", "V11__same.sql", "V12__differs.sql",
                "postgresql", "README.md");
        assertThat(Migrations.postgresPaths(own.subList(0, 6), shared.subList(0, 10)))
                .hasSize(6).allMatch(p -> p.startsWith("db/migration/postgresql/"));

        assertThat(Migrations.postgresPaths(own, shared)).containsExactly(
                "db/migration/postgresql/V1__families.sql", "db/migration/postgresql/V2__a.sql",
                "db/migration/postgresql/V3__b.sql", "db/migration/postgresql/V4__c.sql",
                "db/migration/postgresql/V5__d.sql", "db/migration/postgresql/V6__e.sql",
                "db/migration/V11__same.sql", "db/migration/postgresql/V12__differs.sql");
    }

    @Test
    void aGapOrATakenNumberIsRefused() {
        List<String> tenShared = List.of("V1__a.sql", "V2__a.sql", "V3__a.sql", "V4__a.sql", "V5__a.sql",
                "V6__a.sql", "V7__a.sql", "V8__a.sql", "V9__a.sql", "V10__a.sql");
        assertThatThrownBy(() -> Migrations.postgresPaths(List.of("V1__a.sql", "V2__a.sql", "V3__a.sql", "V4__a.sql",
                "V5__a.sql", "V6__a.sql", "V7__pg_only.sql"), tenShared)).hasMessageContaining("V7__pg_only.sql is neither");
        assertThatThrownBy(() -> Migrations.numbered("db/migration/", List.of("V1__a.sql", "V3__c.sql")))
                .hasMessageContaining("not numbered 1 to 2");
        assertThatThrownBy(() -> Migrations.numbered("db/migration/", List.of("V1__a.sql", "V2__b.sql", "V2__c.sql")))
                .hasMessageContaining("V2__b.sql, V2__c.sql");
    }

    @Test
    void insideAJarTheFolderIsListedToo() throws Exception {
        Path jar = dir.resolve("app.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            List<String> entries = new java.util.ArrayList<>(List.of("db/migration/V1__families.sql",
                    "db/migration/postgresql/V1__families.sql", "db/other.sql", "db/migration/README.md"));
            for (int version = 2; version <= 10; version++) {
                entries.add("db/migration/V" + version + "__v.sql");
            }
            for (String name : entries) {
                out.putNextEntry(new JarEntry(name)); // no folder entries, as some jar tools write them
                out.write("SELECT 1;".getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        URL first = new URL("jar:" + jar.toUri() + "!/db/migration/V1__families.sql");

        List<String> names = Migrations.filesBeside(first, "db/migration/");

        assertThat(names).hasSize(11).contains("V1__families.sql", "V10__v.sql", "README.md")
                .doesNotContain("postgresql", "V1__families.sql/", "other.sql");
        assertThat(Migrations.numbered("db/migration/", names).values())
                .startsWith("V1__families.sql", "V2__v.sql").endsWith("V9__v.sql", "V10__v.sql").hasSize(10);
    }
}
