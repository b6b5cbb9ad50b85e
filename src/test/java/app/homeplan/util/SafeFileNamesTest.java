package app.homeplan.util;

import static org.assertj.core.api.Assertions.assertThat;

import app.homeplan.fileformat.FamilyFileViewModel;
import app.homeplan.i18n.Messages;
import app.homeplan.plan.Child;
import app.homeplan.plan.Family;
import app.homeplan.print.HomePlanPdf;
import app.homeplan.testing.HostileText;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class SafeFileNamesTest {
    private static final String EXT = ".homeplan.json";

    private static String name(String text) {
        return SafeFileNames.of(text, EXT, "family");
    }

    @BeforeAll
    static void english() {
        Messages.setLocale(Locale.ENGLISH);
    }

    /** What Export family file… offers in the save dialog for a child with this name. */
    private static String familyFileSuggestion(String childName) {
        return FamilyFileViewModel.suggestedFileName(childName);
    }

    /** What Export PDF… offers in the save dialog for a child called this (as the family calls the child). */
    private static String pdfSuggestion(String childName) {
        return HomePlanPdf.suggestedFileName(Family.newFor("Mia").toBuilder().child(new Child("Mia", childName, null)).build());
    }

    @Test
    void lettersOfEveryScriptAndEmojiAreKept() {
        assertThat(name("Mia Nguyen")).isEqualTo("Mia Nguyen.homeplan.json");
        assertThat(name("Nguyễn Thị Ánh")).isEqualTo("Nguyễn Thị Ánh.homeplan.json");
        assertThat(name("مريم بنت أحمد")).isEqualTo("مريم بنت أحمد.homeplan.json");
        assertThat(name("小明 🧸 👩‍👧‍👦")).isEqualTo("小明 🧸 👩‍👧‍👦.homeplan.json");
        // Decomposed accents are composed (NFC), so the same name gives the same file on every system.
        assertThat(name("Zoe\u0308")).isEqualTo("Zo\u00eb.homeplan.json");
    }

    @Test
    void charactersWindowsForbidsBecomeSpaces() {
        assertThat(name("Mia/Nguyen: \"Plan\" <2027>? a|b*c\\d")).isEqualTo("Mia Nguyen Plan 2027 a b c d.homeplan.json");
    }

    @Test
    void controlAndInvisibleDirectionCharactersAreRemoved() {
        assertThat(name("Mia\u0000\u0007\n\tNguyen")).isEqualTo("Mia Nguyen.homeplan.json");
        // A right-to-left override could make "evil\u202Enosj.exe" look like "evilexe.json".
        assertThat(name("evil\u202Enosj.exe")).isEqualTo("evilnosj.exe.homeplan.json");
    }

    @Test
    void noLeadingDotsAndNoTrailingDotsOrSpaces() {
        assertThat(name("..hidden")).isEqualTo("hidden.homeplan.json");
        assertThat(name("Mia. . ")).isEqualTo("Mia.homeplan.json");
        assertThat(name("   Mia   ")).isEqualTo("Mia.homeplan.json");
    }

    @Test
    void namesWindowsReservesGetAnUnderscore() {
        assertThat(name("CON")).isEqualTo("CON_.homeplan.json");
        assertThat(name("nul")).isEqualTo("nul_.homeplan.json");
        assertThat(name("Com1")).isEqualTo("Com1_.homeplan.json");
        assertThat(name("lpt9.backup")).isEqualTo("lpt9_.backup.homeplan.json");
        assertThat(name("Connor")).isEqualTo("Connor.homeplan.json");
    }

    @Test
    void nothingUsableLeftGivesTheFallback() {
        assertThat(name("")).isEqualTo("family.homeplan.json");
        assertThat(name(null)).isEqualTo("family.homeplan.json");
        assertThat(name("///...   ")).isEqualTo("family.homeplan.json");
        assertThat(SafeFileNames.of("?", ".pdf", "")).isEqualTo("file.pdf");
    }

    @Test
    void longNamesAreCutBetweenCharactersAsPeopleSeeThem() {
        String family = "👩‍👧‍👦";
        String name = name(family.repeat(100));

        assertThat(name.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(SafeFileNames.MAX_BYTES);
        String base = name.substring(0, name.length() - EXT.length());
        assertThat(base.replace(family, "")).isEmpty(); // only whole family emoji, none split
        assertThat(name("a".repeat(10_000))).hasSize(SafeFileNames.MAX_BYTES);
    }

    @Test
    void theNamesCanReallyBeCreatedHere(@TempDir Path dir) throws Exception {
        for (String text : new String[] {"Mia/Nguyen", "CON", "👩‍👧‍👦".repeat(100), "..", "a\u0000b", "مريم"}) {
            Path file = dir.resolve(name(text));
            Files.writeString(file, "x");
            assertThat(file).exists();
            assertThat(file.getParent()).isEqualTo(dir);
        }
    }

    /** Hostile names: HostileText's samples and the names that trouble one system or another. */
    static Stream<String> hostileNames() {
        List<String> names = new ArrayList<>(HostileText.texts());
        names.addAll(List.of("CON", "con", "NUL", "nul.txt", "COM1", "com9.tar.gz", "LPT1", "COM\u00B9", "CONIN$", "aux ",
                "PRN.", "Mia.", "Mia...", "Mia. . ", " Mia ", ".", "..", "...", "../", "../../etc/passwd",
                "..\\..\\Windows\\system32", "\\\\server\\share", "C:\\CON\\nul", "a:b", "Mia:Nguyen", "/", "\\",
                "~", "~/x", "-rf", "Mia\u0000Nguyen", "evil\u202Egpj.exe", "\u2067rtl\u2069", "👩🏽‍👧‍👦 Mia 🇻🇳",
                "👩‍👧‍👦".repeat(300), "a".repeat(300), "ệ".repeat(300), "e\u0301".repeat(200), "小明".repeat(200),
                "مريم".repeat(100)));
        return names.stream();
    }

    @ParameterizedTest
    @MethodSource("hostileNames")
    void whatTheExportsSuggestIsOneFileThatEverySystemAccepts(String childName, @TempDir Path dir) throws Exception {
        String fileName = familyFileSuggestion(childName);
        assertPortable(fileName, ".homeplan.json");
        assertPortable(pdfSuggestion(childName), ".pdf");
        for (String name : List.of(fileName, pdfSuggestion(childName))) {
            Path file = dir.resolve(name);
            assertThat(file.getParent()).as(name).isEqualTo(dir);
            Files.writeString(file, "x");
            try (Stream<Path> files = Files.list(dir)) {
                assertThat(files.map(p -> p.getFileName().toString())).as("created here as named").contains(name);
            }
        }
    }

    @Test
    void theExportsKeepTheNameReadableAndDefuseWhatWouldTroubleASystem() {
        assertThat(familyFileSuggestion("CON")).isEqualTo("CON_.homeplan.json");
        assertThat(pdfSuggestion("CON")).isEqualTo("CON home plan.pdf"); // "CON home plan" is no device name
        assertThat(familyFileSuggestion("nul.txt")).isEqualTo("nul_.txt.homeplan.json");
        assertThat(pdfSuggestion("nul.txt")).isEqualTo("nul_.txt home plan.pdf");
        assertThat(familyFileSuggestion("COM\u00B9")).isEqualTo("COM\u00B9_.homeplan.json");
        assertThat(familyFileSuggestion("Mia. . ")).isEqualTo("Mia.homeplan.json");
        assertThat(pdfSuggestion("Mia. . ")).isEqualTo("Mia home plan.pdf");
        assertThat(familyFileSuggestion("../../etc/passwd")).isEqualTo("etc passwd.homeplan.json");
        assertThat(pdfSuggestion("../../etc/passwd")).isEqualTo("etc passwd home plan.pdf");
        assertThat(familyFileSuggestion("C:\\CON\\nul")).isEqualTo("C CON nul.homeplan.json");
        assertThat(pdfSuggestion("\\\\server\\share")).isEqualTo("server share home plan.pdf");
        // The override is gone, so "gpj.exe" cannot pose as "exe.jpg"; the name still ends in .pdf.
        assertThat(pdfSuggestion("evil\u202Egpj.exe")).isEqualTo("evilgpj.exe home plan.pdf");
        assertThat(pdfSuggestion("👩🏽‍👧‍👦 Mia 🇻🇳")).isEqualTo("👩🏽‍👧‍👦 Mia 🇻🇳 home plan.pdf");
        assertThat(familyFileSuggestion("..")).isEqualTo("family.homeplan.json");
        assertThat(pdfSuggestion("..")).isEqualTo("home plan.pdf");
        assertThat(pdfSuggestion("\u0000\u202E")).isEqualTo("home plan.pdf");
        String longPdf = pdfSuggestion("👩‍👧‍👦".repeat(300));
        assertThat(longPdf).endsWith("👩‍👧‍👦 home plan.pdf");
        assertThat(longPdf.replace(" home plan.pdf", "").replace("👩‍👧‍👦", "")).as("whole emoji only").isEmpty();
    }

    private static final Set<String> WINDOWS_DEVICES = Set.of("CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$",
            "COM0", "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9", "COM\u00B9", "COM\u00B2",
            "COM\u00B3", "LPT0", "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9", "LPT\u00B9",
            "LPT\u00B2", "LPT\u00B3");

    /** The rules of Windows (the strictest), macOS and Linux for one file name, checked independently. */
    private static void assertPortable(String name, String extension) {
        assertThat(name).as("ends with its extension").endsWith(extension);
        assertThat(name.getBytes(StandardCharsets.UTF_8).length).as("UTF-8 bytes of %s", name).isLessThanOrEqualTo(255);
        assertThat(name.length()).as("UTF-16 units of %s", name).isLessThanOrEqualTo(255);
        assertThat(name).as("characters Windows refuses in %s", name).doesNotContainPattern("[<>:\"/\\\\|?*]");
        name.codePoints().forEach(cp -> {
            int type = Character.getType(cp);
            assertThat(type).as("U+%04X in %s", cp, name).isNotIn((int) Character.CONTROL, (int) Character.SURROGATE,
                    (int) Character.PRIVATE_USE, (int) Character.UNASSIGNED);
            assertThat(type == Character.FORMAT && cp != 0x200C && cp != 0x200D)
                    .as("invisible format mark U+%04X in %s", cp, name).isFalse();
        });
        assertThat(name).as("hidden or relative").doesNotStartWith(".").doesNotStartWith(" ");
        String stem = name.substring(0, name.length() - extension.length());
        assertThat(stem).as("Windows drops trailing dots and spaces").doesNotEndWith(".").doesNotEndWith(" ").isNotEmpty();
        int dot = name.indexOf('.');
        assertThat(WINDOWS_DEVICES).as("device name %s", name)
                .doesNotContain(name.substring(0, dot).strip().toUpperCase(Locale.ROOT));
        assertThat(Normalizer.isNormalized(name, Normalizer.Form.NFC)).as("NFC, the same name on every system").isTrue();
    }
}
