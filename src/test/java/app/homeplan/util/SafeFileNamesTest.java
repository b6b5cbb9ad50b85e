package app.homeplan.util;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SafeFileNamesTest {
    private static final String EXT = ".homeplan.json";

    private static String name(String text) {
        return SafeFileNames.of(text, EXT, "family");
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
}
