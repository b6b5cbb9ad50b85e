package app.homeplan.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.kordamp.ikonli.IkonHandler;

/**
 * The app's copy of the Material icon pack lists only the handlers in src/packaging/ikonli (pom.xml,
 * "one-icon-font"), so Ikonli loads one font instead of four before the first frame. Every icon Homeplan
 * names must be among them, or it would show as an empty box (Ikonli throws for an icon no handler knows).
 */
class IconFontTest {
    private static final Path LIST = Path.of("src/packaging/ikonli/META-INF/services/org.kordamp.ikonli.IkonHandler");
    /** An icon literal in Java or CSS: the pack's prefix and the icon's name, as in "mdal-add". */
    private static final Pattern ICON = Pattern.compile("\"(md[a-z0-9]*-[a-z0-9_]+)\"");

    @Test
    void everyIconHomeplanNamesIsDrawnFromTheOneFontTheAppLoads() throws Exception {
        List<IkonHandler> handlers = listedHandlers();
        Set<String> icons = iconsNamedIn(Path.of("src/main"));
        assertThat(icons).as("icons found in src/main").hasSizeGreaterThan(20);
        for (String icon : icons) {
            assertThat(handlers).as(icon).anySatisfy(h -> {
                assertThat(h.supports(icon)).isTrue();
                assertThat(h.resolve(icon)).isNotNull();
            });
        }
        assertThat(handlers.stream().map(h -> h.getFontResource().toString()).distinct())
                .as("one font file for all of them").singleElement().asString().endsWith("/MaterialIcons.ttf");
    }

    @Test
    void theListLeavesOutThePacksOtherStyles() throws Exception {
        assertThat(listedHandlers()).extracting(h -> h.getClass().getSimpleName())
                .containsExactly("Material2ALIkonHandler", "Material2MZIkonHandler");
    }

    private static List<IkonHandler> listedHandlers() throws IOException {
        return Files.readAllLines(LIST).stream()
                .map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .map(IconFontTest::handler)
                .toList();
    }

    private static IkonHandler handler(String className) {
        try {
            return (IkonHandler) Class.forName(className).getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new AssertionError("the list names a handler the pack does not have: " + className, e);
        }
    }

    private static Set<String> iconsNamedIn(Path root) throws IOException {
        Set<String> icons = new TreeSet<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java") || p.toString().endsWith(".css")).toList()) {
                Matcher m = ICON.matcher(Files.readString(file));
                while (m.find()) {
                    icons.add(m.group(1));
                }
            }
        }
        return icons;
    }
}
