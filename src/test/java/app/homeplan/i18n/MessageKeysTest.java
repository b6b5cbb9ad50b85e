package app.homeplan.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every message key the code names is in the English bundles, and every key there is used: a key is
 * used when the code spells it out, or builds it from a spelt-out start ({@code "cli.usage." + name},
 * {@code question + ".title"} with {@code question = "common.unsaved.leave"}) or a spelt-out key and a
 * spelt-out ending ({@code titleKey + ".short"}). Reads the source as text, as a reviewer would.
 */
class MessageKeysTest {
    private static final Path SOURCES = Path.of("src/main/java");
    private static final Path BUNDLES = Path.of("src/main/resources/i18n");
    private static final Pattern STRING = Pattern.compile("\"((?:[^\"\\\\\\n]|\\\\.)*)\"");
    private static final Pattern KEY_LIKE = Pattern.compile("[a-z][A-Za-z0-9]*(\\.[A-Za-z0-9_-]+)+\\.?");
    private static final Pattern FILE_NAME = Pattern.compile(".*\\.(css|html|properties|png|json|sql|txt|ttf|otf|db|pdf)");

    /** Keys in the bundles that no code names, each with why it stays. */
    private static final Map<String, String> UNUSED_ON_PURPOSE = Map.of(
            "print.cover.family", "no longer printed on the cover; translated in the language packs, left for the "
                    + "print and language engineers to remove together",
            "print.cover.family.interpreter", "as print.cover.family");

    /** Keys the example family names relative to {@code example.} (ExampleFamily.text). */
    private static final String EXAMPLE = "example.";

    private static Map<String, String> keys;
    private static Set<String> literals;

    @BeforeAll
    static void read() throws IOException {
        keys = new TreeMap<>();
        try (Stream<Path> files = Files.list(BUNDLES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".properties")).toList()) {
                Properties bundle = new Properties();
                try (Reader in = Files.newBufferedReader(file, StandardCharsets.ISO_8859_1)) {
                    bundle.load(in);
                }
                bundle.stringPropertyNames().forEach(k -> keys.put(k, file.getFileName().toString()));
            }
        }
        literals = new TreeSet<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = STRING.matcher(Files.readString(file));
                while (m.find()) {
                    literals.add(m.group(1));
                }
            }
        }
        assertThat(keys).hasSizeGreaterThan(500);
        assertThat(literals).contains("cli.usage.", "common.error.unexpected");
    }

    @Test
    void everyKeyTheCodeNamesIsInTheEnglishBundles() {
        Set<String> prefixes = new TreeSet<>();
        keys.keySet().forEach(k -> prefixes.add(k.substring(0, k.indexOf('.') + 1)));
        Set<String> missing = new TreeSet<>();
        for (String literal : literals) {
            boolean keyLike = KEY_LIKE.matcher(literal).matches() && !FILE_NAME.matcher(literal).matches()
                    && prefixes.stream().anyMatch(literal::startsWith);
            if (keyLike && !isKeyOrStartOfKeys(literal) && !keys.containsKey(EXAMPLE + literal)) {
                missing.add(literal);
            }
        }
        assertThat(missing).as("named in src/main/java but in no bundle of src/main/resources/i18n").isEmpty();
    }

    @Test
    void everyKeyInTheBundlesIsUsed() {
        Set<String> endings = new TreeSet<>();
        literals.stream().filter(l -> l.matches("\\.[A-Za-z0-9_.-]+")).forEach(endings::add);
        Set<String> unused = new TreeSet<>();
        for (String key : keys.keySet()) {
            if (!used(key, endings) && !UNUSED_ON_PURPOSE.containsKey(key)) {
                unused.add(key + " (" + keys.get(key) + ")");
            }
        }
        assertThat(unused).as("in the bundles but named by no code; remove them or say in UNUSED_ON_PURPOSE why they stay")
                .isEmpty();
    }

    @Test
    void keysKeptOnPurposeAreStillThere() {
        assertThat(keys).containsKeys(UNUSED_ON_PURPOSE.keySet().toArray(String[]::new));
    }

    private static boolean isKeyOrStartOfKeys(String literal) {
        String start = literal.endsWith(".") ? literal : literal + ".";
        return keys.containsKey(literal) || keys.keySet().stream().anyMatch(k -> k.startsWith(start));
    }

    private static boolean used(String key, Set<String> endings) {
        if (literals.contains(key)) {
            return true;
        }
        if (key.startsWith(EXAMPLE) && literals.contains(key.substring(EXAMPLE.length()))) {
            return true;
        }
        for (int dot = key.indexOf('.'); dot > 0; dot = key.indexOf('.', dot + 1)) {
            String start = key.substring(0, dot);
            // Built from a spelt-out start: "cli.usage." + name, or "common.unsaved.leave" + ".title".
            boolean namedStart = start.contains(".") && literals.contains(start) && !keys.containsKey(start);
            if (literals.contains(start + ".") || namedStart) {
                return true;
            }
            // A spelt-out key and a spelt-out ending: titleKey + ".short".
            if (literals.contains(start) && endings.contains(key.substring(dot))) {
                return true;
            }
        }
        return false;
    }
}
