package app.homeplan.ui;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.css.Stylesheet;

/**
 * Makes Homeplan's copy of AtlantaFX's Primer Light theme: the same stylesheet without the selectors of
 * controls Homeplan never shows (tree views, colour pickers, HTML editors, menu bars, AtlantaFX's own
 * toggle switches, cards, popovers...), as text and as JavaFX's binary form ({@code .bss}, which
 * JavaFX's StyleManager reads instead of the text when it lies beside it). JavaFX reads, partitions and
 * matches against every rule of the theme at start-up, before the first frame, so rules that can match
 * nothing cost start-up time and change nothing on the screen: a rule keeps the selectors that can still
 * match, in its place, with its declarations untouched.
 *
 * <p>Made by the build, from the AtlantaFX jar on the class path, into {@code target/classes} (pom.xml,
 * execution {@code theme-cut}, after the tests compile and before they run and the jar is made): Homeplan's
 * sources hold none of AtlantaFX's stylesheet. {@code ThemeCutTest} checks the built files are what this
 * makes, and fails when Homeplan starts to use a style class this leaves out. By hand:
 * <pre>./mvnw -q -o test-compile exec:java@theme-cut</pre>
 */
public final class ThemeCut {
    static final String SOURCE = "/atlantafx/base/theme/primer-light.css";
    /** Where in the classes folder it goes ({@link Theme#STYLESHEET}'s folder). */
    static final String FOLDER = "app/homeplan/ui/theme";
    static final String NAME = "primer-light-homeplan";

    /**
     * Style classes of controls Homeplan never makes (nor do the controls it makes, inside their skins).
     * A selector naming one of them matches nothing in Homeplan's windows. (Homeplan's own stylesheet names
     * "tree-view" and "menu-button" in its focus rules: their rules stay.)
     */
    static final Set<String> NEVER_SHOWN = Set.of(
            // TreeView, TreeTableView
            "tree-cell", "tree-disclosure-node", "tree-table-view", "tree-table-row-cell",
            "tree-table-cell", "check-box-tree-table-cell",
            // ColorPicker and its dialog
            "color-picker", "color-picker-label", "color-palette", "color-palette-region", "color-picker-grid",
            "color-square", "color-rect", "color-rect-border", "color-rect-pane", "color-bar", "color-input-field",
            "current-new-color-grid", "custom-color-dialog", "customcolor-controls-background", "picker-color",
            "picker-color-rect", "webcolor-field", "web-field", "hover-square", "controls-pane", "settings-label",
            "settings-unit",
            // HTMLEditor
            "html-editor", "html-editor-align-center", "html-editor-align-justify", "html-editor-align-left",
            "html-editor-align-right", "html-editor-background", "html-editor-bold", "html-editor-bullets",
            "html-editor-copy", "html-editor-cut", "html-editor-foreground", "html-editor-hr", "html-editor-indent",
            "html-editor-italic", "html-editor-numbers", "html-editor-outdent", "html-editor-paste",
            "html-editor-strike", "html-editor-underline",
            // MenuBar, MenuButton, SplitMenuButton, ToolBar, SplitPane, Accordion, Pagination
            "menu-bar", "split-menu-button", "split-arrows-horizontal", "split-arrows-vertical",
            "tool-bar", "tool-bar-overflow-button", "split-pane", "split-pane-divider", "horizontal-grabber",
            "vertical-grabber", "accordion", "first-titled-pane", "pagination", "pagination-control",
            "number-button", "page-information", "bullet-button",
            // AtlantaFX's own controls and text helpers Homeplan does not use
            "toggle-switch", "breadcrumbs", "popover", "notification", "message", "card", "tile", "tile-base",
            "modal-box", "modal-pane", "ring-progress-indicator", "bb-code");

    private static final Pattern STYLE_CLASS = Pattern.compile("\\.([a-zA-Z][\\w-]*)");

    private ThemeCut() {
    }

    /** Writes the cut theme and its {@code .bss} into the classes folder given (target/classes). */
    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: ThemeCut <classes folder>");
        }
        Path out = Path.of(args[0]).resolve(FOLDER);
        Files.createDirectories(out);
        Path css = out.resolve(NAME + ".css");
        Files.writeString(css, cut(source()), StandardCharsets.UTF_8);
        // The .bss keeps the address of the file it was made from, for url()s relative to it; this theme's
        // images are data: URLs or absolute paths, so the address is never read.
        Stylesheet.convertToBinary(css.toFile(), out.resolve(NAME + ".bss").toFile());
    }

    static String source() throws IOException {
        try (InputStream in = ThemeCut.class.getResourceAsStream(SOURCE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /**
     * The theme's text without the selectors that name a {@link #NEVER_SHOWN} class; a rule left with no
     * selector goes, and so do comments. The theme is flat ({@code selectors { declarations }}, no
     * at-rules), which {@code ThemeCutTest} checks by parsing both.
     */
    static String cut(String theme) {
        StringBuilder out = new StringBuilder("/* AtlantaFX " + SOURCE + " (MIT licence) without the selectors of"
                + " controls Homeplan never shows. Made by Homeplan's build (ThemeCut, src/test). */\n");
        String text = theme.replaceAll("(?s)/\\*.*?\\*/", "");
        int at = 0;
        while (true) {
            int open = text.indexOf('{', at);
            if (open < 0) {
                break;
            }
            int close = text.indexOf('}', open);
            List<String> kept = new ArrayList<>();
            for (String selector : text.substring(at, open).split(",")) {
                String s = selector.strip();
                if (!s.isEmpty() && !namesNeverShown(s)) {
                    kept.add(s);
                }
            }
            if (!kept.isEmpty()) {
                out.append(String.join(",\n", kept)).append(" ").append(text, open, close + 1).append("\n\n");
            }
            at = close + 1;
        }
        return out.toString();
    }

    static boolean namesNeverShown(String selector) {
        Matcher m = STYLE_CLASS.matcher(selector);
        while (m.find()) {
            if (NEVER_SHOWN.contains(m.group(1))) {
                return true;
            }
        }
        return false;
    }
}
