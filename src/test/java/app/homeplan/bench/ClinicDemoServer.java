package app.homeplan.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

/**
 * A local PostgreSQL to try clinic mode on one computer (docs/clinic.md, "Trying it on one computer"): the
 * embedded server the tests use (binaries from Maven, no installation), on loopback at a fixed port, its
 * data kept in a folder between runs, with an empty database {@code homeplan}. Loopback logins are trusted,
 * as the embedded server sets itself up: for trying things out only, never for families' real records.
 * Runs until stopped (Ctrl+C). Usage: {@code src/bench/clinic-server.sh [PORT] [DATA_FOLDER]}.
 */
public final class ClinicDemoServer {
    private ClinicDemoServer() {
    }

    public static void main(String[] args) throws Exception {
        int port = args.length > 0 ? Integer.parseInt(args[0]) : 54329;
        Path data = Path.of(args.length > 1 ? args[1] : "target/clinic-demo-pg").toAbsolutePath();
        Files.createDirectories(data);
        EmbeddedPostgres server = EmbeddedPostgres.builder().setPort(port).setDataDirectory(data)
                .setCleanDataDirectory(false).start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                server.close();
            } catch (Exception ignored) {
                // stopping anyway
            }
        }, "stop-clinic-demo-server"));
        try (Connection c = server.getPostgresDatabase().getConnection(); Statement st = c.createStatement()) {
            boolean exists;
            try (ResultSet rs = st.executeQuery("SELECT 1 FROM pg_database WHERE datname = 'homeplan'")) {
                exists = rs.next();
            }
            if (!exists) {
                st.execute("CREATE DATABASE homeplan");
            }
        }
        System.out.println("PostgreSQL is running. Owner's address: postgresql://postgres@localhost:" + port + "/homeplan");
        System.out.println("Data folder: " + data + "   Stop with Ctrl+C.");
        Thread.currentThread().join();
    }
}
