package app.homeplan.language;

import app.homeplan.i18n.Messages;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.Properties;
import java.util.ResourceBundle;

/**
 * The language packs Homeplan can print a family's copy in: English (the bundles Homeplan is written
 * in), the packs shipped in {@code i18n/packs/}, and packs a clinic keeps in the data folder's
 * {@code language-packs/} folder. A file there named like a shipped pack ({@code vi.properties})
 * overrides that pack's lines (a clinic's corrections and its "checked" mark); any other name adds a
 * language. Format: docs/language-packs.md.
 */
public final class LanguagePacks {
    /** The folder inside the data folder that holds a clinic's packs. */
    public static final String FOLDER = "language-packs";
    /** Shipped packs, in the order the picker shows them (English first). */
    public static final List<String> SHIPPED = List.of("en", "es", "vi", "ar", "zh-Hans");

    private static volatile LanguagePacks shipped;

    private final Map<String, LanguagePack> packs;
    private final List<String> problems;

    private LanguagePacks(Map<String, LanguagePack> packs, List<String> problems) {
        this.packs = packs;
        this.problems = List.copyOf(problems);
    }

    /** The shipped packs only (read once). */
    public static LanguagePacks shipped() {
        LanguagePacks loaded = shipped;
        if (loaded == null) {
            loaded = load(null);
            shipped = loaded;
        }
        return loaded;
    }

    /**
     * The shipped packs with a clinic's packs from {@code dataFolder/language-packs/} on top. A file that
     * cannot be read is left out and named in {@link #problems()}; the shipped pack still prints.
     */
    public static LanguagePacks load(Path dataFolder) {
        Map<String, LanguagePack> packs = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        Map<String, String> englishStrings = englishStrings();
        LanguagePack english = new LanguagePack(LanguagePack.ENGLISH, englishStrings, null, null);
        for (String code : SHIPPED) {
            if (code.equals(LanguagePack.ENGLISH)) {
                packs.put(code, english);
            } else {
                packs.put(code, new LanguagePack(code, readResource(code), null, english));
            }
        }
        if (dataFolder != null) {
            Path folder = dataFolder.resolve(FOLDER);
            if (Files.isDirectory(folder)) {
                try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*.properties")) {
                    List<Path> sorted = new ArrayList<>();
                    files.forEach(sorted::add);
                    sorted.sort(null);
                    for (Path file : sorted) {
                        String code = file.getFileName().toString().replaceFirst("\\.properties$", "");
                        try {
                            Map<String, String> lines = read(file);
                            LanguagePack base = find(packs, code).orElse(null);
                            Map<String, String> merged = new LinkedHashMap<>();
                            if (base != null) {
                                merged.putAll(base.strings());
                                code = base.code();
                            }
                            merged.putAll(lines);
                            packs.put(code, new LanguagePack(code, merged, file,
                                    code.equals(LanguagePack.ENGLISH) ? null : english));
                        } catch (IOException | IllegalArgumentException e) {
                            problems.add(Messages.get("language.error.unreadable", file, e.getMessage()));
                        }
                    }
                } catch (IOException e) {
                    problems.add(Messages.get("language.error.unreadable", folder, e.getMessage()));
                }
            }
        }
        return new LanguagePacks(packs, problems);
    }

    /**
     * The packs a data file's plans print with: the shipped ones with the clinic's own from the
     * {@value #FOLDER} folder beside it on top; the shipped ones alone for a database with no file (a
     * clinic's PostgreSQL server). Reads files: call it off the FX thread.
     */
    public static LanguagePacks besideDatabase(Path databaseFile) {
        return load(databaseFile == null ? null : databaseFile.toAbsolutePath().getParent());
    }

    public List<LanguagePack> all() {
        return List.copyOf(packs.values());
    }

    public List<String> codes() {
        return List.copyOf(packs.keySet());
    }

    public LanguagePack english() {
        return packs.get(LanguagePack.ENGLISH);
    }

    /** The pack with this code (any case: "zh-hans" finds "zh-Hans"). */
    public Optional<LanguagePack> find(String code) {
        return find(packs, code);
    }

    /**
     * The keys a family can read on paper: every fixed word of the family's copy and of the progress
     * summary (with the score sentences it prints), the library's routine names, every built-in
     * strategy's words and the safety lines. A pack that has all of them prints no English word in a
     * family's copy; the pack editor lists them. The clinician copy and the app's screens stay English.
     */
    public List<String> familyCopyKeys() {
        return english().strings().keySet().stream().filter(LanguagePacks::isFamilyCopy).sorted().toList();
    }

    static boolean isFamilyCopy(String key) {
        if (key.startsWith("print.")) {
            return !key.startsWith("print.clinician.") && !key.startsWith("print.intake.")
                    && !key.startsWith("print.error.") && !key.startsWith("print.export.")
                    && !key.startsWith("print.progress.export.") && !key.startsWith("print.progress.fileName")
                    && !key.startsWith("print.tracker.days.");
        }
        if (key.startsWith("library.routine.")) {
            return key.chars().filter(c -> c == '.').count() == 2; // the name, not the wizard's prompts
        }
        if (key.startsWith("library.strategy.")) {
            return key.endsWith(".text"); // the words the family reads; titles are the clinician's list
        }
        if (key.startsWith("library.safety.")) {
            return !key.endsWith(".routineWords");
        }
        return key.startsWith("review.goals.") || key.equals("review.list.separator")
                || key.startsWith("review.family.average") || key.startsWith("review.gas.level.")
                || key.startsWith("plan.goalStatus.")
                || List.of("review.practice.few", "review.practice.every", "review.practice.allDays",
                        "review.practice.most", "review.practice.unnamedRoutine").contains(key);
    }

    /** Files in the data folder that could not be read, as sentences. */
    public List<String> problems() {
        return problems;
    }

    /** The pack a caregiver's "preferred language" names ("Vietnamese", "Tiếng Việt", "vi"), if any. */
    public Optional<LanguagePack> matching(String preferredLanguage) {
        String wanted = LanguagePack.fold(preferredLanguage == null ? "" : preferredLanguage);
        if (wanted.isEmpty()) {
            return Optional.empty();
        }
        for (LanguagePack pack : packs.values()) {
            for (String name : pack.namesForMatching()) {
                if (wanted.equals(name) || (" " + wanted.replaceAll("[^\\p{L}\\p{N}-]+", " ") + " ").contains(" " + name + " ")) {
                    return Optional.of(pack);
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<LanguagePack> find(Map<String, LanguagePack> packs, String code) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        return packs.values().stream().filter(p -> p.code().equalsIgnoreCase(code.strip())).findFirst();
    }

    /** English: the pack file's facts and date conventions, then every bundle's wording (the language Homeplan is written in). */
    private static Map<String, String> englishStrings() {
        Map<String, String> strings = new LinkedHashMap<>(readResource(LanguagePack.ENGLISH));
        for (String name : Messages.BUNDLES) {
            try {
                ResourceBundle bundle = ResourceBundle.getBundle("i18n." + name, Locale.ROOT,
                        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
                for (String key : bundle.keySet()) {
                    strings.putIfAbsent(key, bundle.getString(key));
                }
            } catch (MissingResourceException absent) {
                // a feature without wording
            }
        }
        return strings;
    }

    private static Map<String, String> readResource(String code) {
        try (InputStream in = LanguagePacks.class.getResourceAsStream("/i18n/packs/" + code + ".properties")) {
            if (in == null) {
                throw new IllegalStateException("The language pack " + code + " is missing from this copy of Homeplan.");
            }
            return read(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Map<String, String> read(Path file) throws IOException {
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(reader);
        }
    }

    private static Map<String, String> read(Reader reader) throws IOException {
        Properties properties = new Properties();
        properties.load(reader);
        Map<String, String> lines = new LinkedHashMap<>();
        properties.stringPropertyNames().stream().sorted().forEach(k -> lines.put(k, properties.getProperty(k)));
        return lines;
    }
}
