package app.homeplan.about;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every library shipped in target/lib (what the packaged app carries) is named in the About box's
 * third-party notices, so a new dependency cannot ship without its licence being listed.
 */
class ThirdPartyNoticesIT {
    /** Jar file name prefix -> the name the notices use for it. */
    private static final Map<String, String> NAMES = Map.ofEntries(
            Map.entry("javafx-", "JavaFX"), Map.entry("atlantafx-", "AtlantaFX"), Map.entry("controlsfx-", "ControlsFX"),
            Map.entry("ikonli-", "Ikonli"), Map.entry("sqlite-jdbc-", "SQLite JDBC"), Map.entry("pdfbox-", "PDFBox"),
            Map.entry("fontbox-", "FontBox"), Map.entry("xmpbox-", "XmpBox"), Map.entry("commons-logging-", "Commons Logging"),
            Map.entry("jackson-", "Jackson"), Map.entry("json-schema-validator-", "json-schema-validator"),
            Map.entry("itu-", "ITU"), Map.entry("slf4j-", "SLF4J"), Map.entry("openhtmltopdf-", "openhtmltopdf"),
            Map.entry("icu4j-", "ICU4J"), Map.entry("graphics2d-", "PdfBoxGraphics2D"),
            Map.entry("postgresql-", "PostgreSQL JDBC Driver"), Map.entry("checker-qual-", "Checker Framework"),
            Map.entry("picocli-", "picocli"));

    @Test
    void everyShippedLibraryIsInTheNotices() throws Exception {
        Path lib = Path.of(System.getProperty("homeplan.jar", "target/homeplan.jar")).resolveSibling("lib");
        List<String> jars;
        try (Stream<Path> files = Files.list(lib)) {
            jars = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".jar")).sorted().toList();
        }
        assertThat(jars).isNotEmpty();
        String notices = About.bundledNotices();
        for (String jar : jars) {
            String name = NAMES.entrySet().stream().filter(e -> jar.startsWith(e.getKey())).map(Map.Entry::getValue)
                    .findFirst().orElse(null);
            assertThat(name).as("%s is shipped: add it and its licence to third-party-notices.txt, and here", jar).isNotNull();
            assertThat(notices).as("notices name %s (%s)", name, jar).contains(name);
        }
    }
}
