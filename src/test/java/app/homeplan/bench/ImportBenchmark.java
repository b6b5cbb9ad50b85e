package app.homeplan.bench;

import app.homeplan.fileformat.FamilyFile;
import app.homeplan.fileformat.FamilyFileLimitsTest;
import app.homeplan.plan.Family;
import app.homeplan.plan.FamilyLimits;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Writes the family files the import benchmark ({@code src/bench/import.sh}) imports, each in a fresh
 * JVM with {@code homeplan import}: the largest family the limits allow (every list full, a million
 * four-byte characters of text) as Homeplan writes it, the same family as another program may write it
 * (every character outside ASCII escaped, {@code \uD83D\uDE00}, and four spaces of indent: about 18 MB,
 * near the 20 MB a family file may have), and a file of that size with more text than a family may
 * hold (refused, as it must be). A benchmark helper, not a test.
 *
 * <p>Argument: the folder to write into.
 */
public final class ImportBenchmark {
    /** Spaces per level of indent: the file another program writes comes to about 18 MB. */
    private static final int INDENT = Integer.getInteger("bench.indent", 24);

    private ImportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args[0].equals("--in-process")) {
            inProcess(Path.of(args[1]), Path.of(args[2]), Integer.parseInt(args[3]));
            return;
        }
        Path dir = Files.createDirectories(Path.of(args[0]));
        Family largest = FamilyFileLimitsTest.largest(FamilyLimits.TOTAL_TEXT);
        byte[] homeplan = FamilyFile.toBytes(largest);
        write(dir.resolve("largest.homeplan.json"), homeplan);

        ObjectMapper json = JsonMapper.builder().build();
        JsonNode tree = json.readTree(homeplan);
        ObjectMapper escaping = JsonMapper.builder()
                .enable(JsonWriteFeature.ESCAPE_NON_ASCII)
                .enable(SerializationFeature.INDENT_OUTPUT)
                .defaultPrettyPrinter(new com.fasterxml.jackson.core.util.DefaultPrettyPrinter()
                        .withObjectIndenter(new com.fasterxml.jackson.core.util.DefaultIndenter(" ".repeat(INDENT), "\n"))
                        .withArrayIndenter(new com.fasterxml.jackson.core.util.DefaultIndenter(" ".repeat(INDENT), "\n")))
                .build();
        write(dir.resolve("largest-escaped.homeplan.json"), escaping.writeValueAsBytes(tree));

        // As above with one review note a third longer: past the text a family may hold.
        ObjectNode tooMuch = tree.deepCopy();
        ObjectNode review = (ObjectNode) ((ArrayNode) tooMuch.get("family").get("reviews")).get(0);
        review.put("notes", review.get("notes").textValue() + "\uD83D\uDE00".repeat(FamilyLimits.TEXT / 3));
        write(dir.resolve("too-much-text.homeplan.json"), escaping.writeValueAsBytes(tooMuch));
    }

    /**
     * Imports {@code file} {@code runs} times in this JVM, as the window does (read, then insert on a
     * database left open), each into a new database in {@code work}: the first run is the cold one of
     * a fresh process, the later ones show what the work itself costs once the code is compiled.
     */
    private static void inProcess(Path file, Path work, int runs) {
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        for (int i = 0; i < runs; i++) {
            Path db = work.resolve("in-process-" + i + ".db");
            long start = System.nanoTime();
            long cpu = threads.getCurrentThreadCpuTime();
            Family family = FamilyFile.read(file);
            long read = System.nanoTime();
            long readCpu = threads.getCurrentThreadCpuTime();
            try (app.homeplan.store.Store store = app.homeplan.testing.Stores.open(db)) {
                long opened = System.nanoTime();
                store.families().insert(family);
                long end = System.nanoTime();
                System.out.printf(Locale.ROOT, "import %d: read %.0f ms (this thread's processor %.0f ms), open the database %.0f ms, insert %.0f ms; peak %s%n",
                        i + 1, (read - start) / 1e6, (readCpu - cpu) / 1e6, (opened - read) / 1e6, (end - opened) / 1e6,
                        PeakMemory.vmHwm());
            }
        }
    }

    private static void write(Path file, byte[] bytes) throws java.io.IOException {
        Files.write(file, bytes);
        System.out.printf(Locale.ROOT, "%s: %.1f MB%n", file.getFileName(), bytes.length / 1024.0 / 1024.0);
    }
}
