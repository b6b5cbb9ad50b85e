package app.homeplan.language;

import app.homeplan.i18n.Messages;
import app.homeplan.util.PrivateFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A clinic's corrections to one language pack and its "checked" mark, kept in the data folder's
 * {@code language-packs/CODE.properties} (docs/language-packs.md): the file holds only the lines that
 * differ from the shipped pack (every line, for a language the clinic added) and the pack's status.
 * Lines the file has that the editor does not show (a clinic's own {@code pack.names}, say) are kept.
 *
 * <p>Wording is shown and typed as people write it ("l'enfant"); in the file an apostrophe is written
 * twice, as every pack's patterns are.
 */
public final class PackCorrections {
    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)");
    /** The status lines, first in the file. */
    private static final List<String> STATUS_KEYS = List.of("pack.status", "pack.checkedBy", "pack.checkedOn");

    private final Path file;
    private final String code;
    private final LanguagePack english;
    /** The pack as shipped with Homeplan; null for a language the clinic added. */
    private final LanguagePack shipped;
    /** What the clinic's file says now (read, then changed here), in patterns. */
    private final Map<String, String> fileLines;

    private PackCorrections(Path file, String code, LanguagePack english, LanguagePack shipped, Map<String, String> fileLines) {
        this.file = file;
        this.code = code;
        this.english = english;
        this.shipped = shipped;
        this.fileLines = fileLines;
    }

    /**
     * The corrections of the pack {@code code} kept beside the database in {@code dataFolder}.
     *
     * @throws IOException when the clinic's file exists but cannot be read (nothing is changed)
     */
    public static PackCorrections open(Path dataFolder, String code) throws IOException {
        LanguagePacks builtIn = LanguagePacks.shipped();
        LanguagePack shipped = builtIn.find(code).filter(p -> !p.isSource()).orElse(null);
        String exact = shipped == null ? code : shipped.code();
        Path file = dataFolder.resolve(LanguagePacks.FOLDER).resolve(exact + ".properties");
        Map<String, String> lines = Files.exists(file) ? new LinkedHashMap<>(LanguagePacks.read(file)) : new LinkedHashMap<>();
        return new PackCorrections(file, exact, builtIn.english(), shipped, lines);
    }

    /** The file this pack's corrections are saved in. */
    public Path file() {
        return file;
    }

    public String code() {
        return code;
    }

    /** The order the editor lists lines in: the plan's own words first, the library's, then how dates are written. */
    private static final List<String> GROUPS = List.of("print.", "plan.", "review.", "library.routine.",
            "library.safety.", "library.strategy.", "date.");

    /**
     * The lines a family reads ({@link LanguagePacks#familyCopyKeys}, and how dates are written: the
     * months and weekday names), in the order the editor lists them.
     */
    public List<String> keys() {
        List<String> keys = new ArrayList<>(LanguagePacks.shipped().familyCopyKeys());
        keys.addAll(List.of("date.long", "date.months", "date.weekdays"));
        keys.sort(java.util.Comparator.comparingInt(PackCorrections::group));
        return keys;
    }

    private static int group(String key) {
        for (int i = 0; i < GROUPS.size(); i++) {
            if (key.startsWith(GROUPS.get(i))) {
                return i;
            }
        }
        return GROUPS.size();
    }

    /** The English of a line, as typed (apostrophes single). */
    public String english(String key) {
        return typed(english.pattern(key).orElse(""));
    }

    /** The pack's wording of a line now (the clinic's correction, else the shipped one), as typed; empty when it has none. */
    public String text(String key) {
        String own = fileLines.get(key);
        if (own == null && shipped != null) {
            own = shipped.strings().get(key);
        }
        return own == null ? "" : typed(own);
    }

    /** True when the clinic's file changes this line from what Homeplan ships. */
    public boolean corrected(String key) {
        return fileLines.containsKey(key);
    }

    /**
     * Changes a line to the words typed. Wording the same as the shipped pack's is not kept as a
     * correction; an empty text leaves the line to the shipped wording (or English, where none).
     * A change to a pack marked checked takes the mark back ({@link #markDraft}): the checker read
     * other words, so the plan must not say these were checked.
     *
     * @return true when this change took the checked mark back
     */
    public boolean set(String key, String typedText) {
        String text = typedText == null ? "" : typedText.strip();
        String shippedPattern = shipped == null ? null : shipped.strings().get(key);
        String before = fileLines.get(key);
        if (text.isEmpty() || pattern(text).equals(shippedPattern)) {
            fileLines.remove(key);
        } else {
            fileLines.put(key, pattern(text));
        }
        if (!java.util.Objects.equals(before, fileLines.get(key)) && checked()) {
            markDraft();
            return true;
        }
        return false;
    }

    /** What is wrong with the words typed for a line, as a sentence; empty when they can be printed. */
    public Optional<String> problem(String key, String typedText) {
        String text = typedText == null ? "" : typedText.strip();
        if (text.isEmpty()) {
            return Optional.empty();
        }
        if (key.equals("date.months") || key.equals("date.weekdays")) {
            int wanted = key.equals("date.months") ? 12 : 7;
            int given = text.split(",", -1).length;
            return given == wanted ? Optional.empty() : Optional.of(Messages.get("language.editor.problem.list", wanted, given));
        }
        try {
            new MessageFormat(pattern(text)).format(new Object[] {1, 2, 3, 4, 5, 6});
        } catch (IllegalArgumentException e) {
            return Optional.of(Messages.get("language.editor.problem.braces"));
        }
        Set<String> expected = arguments(english.pattern(key).orElse(""));
        Set<String> given = arguments(text);
        if (!given.equals(expected)) {
            return Optional.of(Messages.get("language.editor.problem.fillIns", String.join(" ", braces(expected)),
                    given.isEmpty() ? Messages.get("language.editor.problem.none") : String.join(" ", braces(given))));
        }
        return Optional.empty();
    }

    /** True when the pack as it stands now says a qualified person checked it (and who, and when). */
    public boolean checked() {
        return "checked".equalsIgnoreCase(status("pack.status")) && !checkedBy().isEmpty() && !checkedOn().isEmpty();
    }

    public String checkedBy() {
        return status("pack.checkedBy");
    }

    public String checkedOn() {
        return status("pack.checkedOn");
    }

    /** Marks the pack checked by this person on this day (written to the file on {@link #save}). */
    public void markChecked(String checkedBy, LocalDate checkedOn) {
        fileLines.put("pack.status", "checked");
        fileLines.put("pack.checkedBy", checkedBy.strip());
        fileLines.put("pack.checkedOn", checkedOn.toString());
    }

    /** Takes the mark back: the pack prints as a draft again. */
    public void markDraft() {
        fileLines.put("pack.status", "draft");
        fileLines.put("pack.checkedBy", "");
        fileLines.put("pack.checkedOn", "");
    }

    /** Writes the clinic's file whole or not at all (the folder is made if missing). */
    public void save() throws IOException {
        write(file, content());
    }

    /**
     * The clinic's file as it would be saved now: a header, the status lines, then the corrections by
     * key. Made on the caller's thread (cheap), so a screen can write it on another ({@link #write}).
     */
    public String content() {
        StringBuilder out = new StringBuilder();
        Messages.get("language.editor.fileHeader", code).lines().forEach(line -> out.append("# ").append(line).append('\n'));
        Map<String, String> rest = new TreeMap<>(fileLines);
        for (String key : STATUS_KEYS) {
            if (rest.containsKey(key)) {
                out.append(line(key, rest.remove(key)));
            }
        }
        rest.forEach((key, value) -> out.append(line(key, value)));
        return out.toString();
    }

    /** Writes a pack file's content whole or not at all, making its folder if missing. */
    public static void write(Path file, String content) throws IOException {
        PrivateFiles.createFolders(file.getParent());
        PrivateFiles.write(file, content.getBytes(StandardCharsets.UTF_8));
    }

    private String status(String key) {
        String value = fileLines.get(key);
        if (value == null && shipped != null) {
            value = shipped.strings().get(key);
        }
        return value == null ? "" : value.strip();
    }

    /** A pattern as a person types it: the doubled apostrophes single. */
    public static String typed(String pattern) {
        return pattern.replace("''", "'");
    }

    /** Typed words as a pattern: every apostrophe doubled (nothing typed is ever quoting). */
    public static String pattern(String typed) {
        return typed.replace("''", "'").replace("'", "''");
    }

    /** The numbers of the {n} parts a pattern fills in. */
    static Set<String> arguments(String pattern) {
        Set<String> found = new TreeSet<>();
        Matcher m = ARGUMENT.matcher(pattern);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    private static List<String> braces(Set<String> numbers) {
        return numbers.stream().map(n -> "{" + n + "}").toList();
    }

    /** One line of a .properties file, read back exactly by {@link java.util.Properties#load(java.io.Reader)}. */
    static String line(String key, String value) {
        return escape(key, true) + "=" + escape(value, false) + "\n";
    }

    private static String escape(String text, boolean key) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\f' -> out.append("\\f");
                case ' ' -> out.append(key || i == 0 ? "\\ " : " ");
                case '=', ':', '#', '!' -> out.append(key || i == 0 ? "\\" + c : String.valueOf(c));
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
