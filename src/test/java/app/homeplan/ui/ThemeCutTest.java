package app.homeplan.ui;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javafx.css.CssParser;
import javafx.css.Rule;
import javafx.css.Selector;
import javafx.css.Stylesheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Homeplan's theme ({@link Theme}) is AtlantaFX's Primer Light, less the selectors of controls Homeplan never
 * shows, cut by the build from the AtlantaFX jar ({@link ThemeCut}): every rule that can match a node of
 * Homeplan's windows is there, in its place, with the same declarations, so every screen looks as it did with
 * the whole theme.
 */
class ThemeCutTest {
    private static final String BUILD = "the build makes it (pom.xml, execution theme-cut: ./mvnw -q -o test-compile"
            + " exec:java@theme-cut)";

    @TempDir
    Path dir;

    @Test
    void theBuiltThemeIsWhatThemeCutMakesOfTheAtlantaFxJarOnTheClassPath() throws Exception {
        URL built = Theme.class.getResource(Theme.STYLESHEET);
        assertThat(built).as(BUILD).isNotNull();
        assertThat(Theme.stylesheet()).isEqualTo(built.toExternalForm());
        String text;
        try (InputStream in = built.openStream()) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(text).as(BUILD).isEqualTo(ThemeCut.cut(ThemeCut.source()));

        Path css = dir.resolve("theme.css");
        Files.writeString(css, text, StandardCharsets.UTF_8);
        Path bss = dir.resolve("theme.bss");
        Stylesheet.convertToBinary(css.toFile(), bss.toFile());
        URL builtBinary = Theme.class.getResource(Theme.STYLESHEET.replace(".css", ".bss"));
        assertThat(builtBinary).as("the binary form JavaFX loads; " + BUILD).isNotNull();
        // The binary form holds the address of the file it was made from (images' url()s are read against it).
        assertThat(rules(Stylesheet.loadBinary(builtBinary))).as("the binary form JavaFX loads is the text's; " + BUILD)
                .isEqualTo(rules(Stylesheet.loadBinary(bss.toUri().toURL())));
    }

    @Test
    void withoutTheCutTheAppShowsAtlantaFxsWholeTheme() {
        String whole = Theme.stylesheet(null);
        assertThat(whole).isEqualTo(new PrimerLight().getUserAgentStylesheet());
        assertThat(Theme.class.getResource(whole)).as("AtlantaFX's theme is on the class path").isNotNull();
    }

    /** Each rule's selectors and declarations, the address of its stylesheet left out. */
    private static List<String> rules(Stylesheet sheet) {
        return sheet.getRules().stream().map(r -> r.getSelectors().stream().map(Selector::toString).toList() + " "
                + r.getDeclarations().toString().replaceAll("file:[^<\\s]*\\.[bc]ss", "theme")).toList();
    }

    @Test
    void everyRuleThatCanMatchIsKeptInItsPlaceWithItsDeclarations() throws Exception {
        URL wholeUrl = Theme.class.getResource(ThemeCut.SOURCE);
        URL cutUrl = Theme.class.getResource(Theme.STYLESHEET);
        Stylesheet whole = new CssParser().parse(wholeUrl);
        Stylesheet cut = new CssParser().parse(cutUrl);
        List<String> expected = new ArrayList<>();
        for (Rule rule : whole.getRules()) {
            List<String> selectors = rule.getSelectors().stream().map(Selector::toString)
                    .filter(s -> !ThemeCut.namesNeverShown(s)).toList();
            if (!selectors.isEmpty()) {
                // an image's url() keeps the address of its stylesheet: the two files' differ
                expected.add(selectors + " " + rule.getDeclarations().toString().replace(wholeUrl.toExternalForm(), "theme"));
            }
        }
        List<String> actual = cut.getRules().stream().map(r -> r.getSelectors().stream().map(Selector::toString).toList()
                + " " + r.getDeclarations().toString().replace(cutUrl.toExternalForm(), "theme")).toList();
        assertThat(actual).isEqualTo(expected);
        assertThat(actual.size()).as("rules left of " + whole.getRules().size()).isLessThan(whole.getRules().size() * 4 / 5);
    }

    @Test
    void homeplanMakesNoneOfTheControlsWhoseRulesAreLeftOut() throws IOException {
        Pattern controls = Pattern.compile("\\b(TreeView|TreeTableView|ColorPicker|HTMLEditor|MenuBar|MenuButton"
                + "|SplitMenuButton|ToolBar|SplitPane|Accordion|Pagination|ToggleSwitch|Breadcrumbs|Popover"
                + "|Notification|Message|Card|Tile|ModalPane|ModalBox|RingProgressIndicator|BBCodeParser)\\b");
        Pattern imports = Pattern.compile("^import (javafx\\.scene\\.control|atlantafx\\.base\\.controls|atlantafx\\.base\\.util"
                + "|javafx\\.scene\\.web)\\.(\\w+);", Pattern.MULTILINE);
        Pattern quoted = Pattern.compile("\"([\\w -]+)\"");
        Pattern cssClass = Pattern.compile("\\.([a-zA-Z][\\w-]*)");
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String name = file.toString();
                if (name.endsWith(".java")) {
                    String text = Files.readString(file);
                    Matcher i = imports.matcher(text);
                    while (i.find()) {
                        if (controls.matcher(i.group(2)).matches() || i.group(1).equals("javafx.scene.web")) {
                            found.add(file + ": imports " + i.group(1) + "." + i.group(2));
                        }
                    }
                    Matcher q = quoted.matcher(text);
                    while (q.find()) {
                        for (String word : q.group(1).split(" ")) { // a style class, or several (not a "message.key")
                            if (ThemeCut.NEVER_SHOWN.contains(word)) {
                                found.add(file + ": style class \"" + word + "\"");
                            }
                        }
                    }
                } else if (name.endsWith(".css") && !name.contains("/ui/theme/")) {
                    Matcher c = cssClass.matcher(Files.readString(file).replaceAll("(?s)/\\*.*?\\*/", ""));
                    while (c.find()) {
                        if (ThemeCut.NEVER_SHOWN.contains(c.group(1))) {
                            found.add(file + ": ." + c.group(1));
                        }
                    }
                }
            }
        }
        assertThat(found).as("Homeplan uses what ThemeCut.NEVER_SHOWN leaves out of the theme: take it out of"
                + " that list").isEmpty();
    }
}
