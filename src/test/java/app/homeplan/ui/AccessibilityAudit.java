package app.homeplan.ui;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import javafx.event.Event;
import javafx.event.EventTarget;
import javafx.geometry.Bounds;
import javafx.scene.AccessibleAttribute;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.LinearGradient;
import javafx.scene.paint.Paint;
import javafx.scene.paint.RadialGradient;
import javafx.scene.paint.Stop;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Reads one screen the way a screen reader and a low-vision user meet it, from the scene graph's own
 * accessibility attributes and paints (call on the FX thread):
 * <ul>
 * <li>the name each focusable control is announced by, by the Windows bridge's rule (a text field,
 *     text area or combo box is named by its linked label only: its own text is its value), and for
 *     lists, tables and tab panes also the name of every item shown (what is announced when an item
 *     takes focus);</li>
 * <li>names that are missing, that still carry a mnemonic underscore, or that are only a number or
 *     sign ("7", "+2": nothing says which goal or which scale);</li>
 * <li>every text and icon against its nearest background, composited from the fills of the regions
 *     it sits in: at least 4.6:1 for text and 3.1:1 for large text and icons (WCAG AA's 4.5 and 3.0,
 *     with a margin for rounding and anti-aliasing);</li>
 * <li>Tab from the first control round the screen: every focusable control must be reached, Tab must
 *     never type into a field, and focus must never stay put.</li>
 * </ul>
 */
final class AccessibilityAudit {
    static final double TEXT_MINIMUM = 4.6;
    static final double LARGE_MINIMUM = 3.1;
    private static final Pattern ONLY_A_NUMBER = Pattern.compile("[+\\-\u2212]?\\d+([.,]\\d+)?");
    /** Fields: what they hold is their value, so their label is all that says what they are. */
    private static final Set<AccessibleRole> FIELDS = Set.of(AccessibleRole.TEXT_FIELD, AccessibleRole.TEXT_AREA,
            AccessibleRole.COMBO_BOX, AccessibleRole.DATE_PICKER, AccessibleRole.PASSWORD_FIELD, AccessibleRole.SPINNER);
    private static final Set<AccessibleRole> NAMED_BY_LABEL = Set.of(AccessibleRole.TEXT_FIELD, AccessibleRole.TEXT_AREA,
            AccessibleRole.COMBO_BOX);

    /** What one screen state came to. */
    static final class Result {
        final String screen;
        int controls;
        int items;
        int textPairs;
        int tabStops;
        long millis;
        long tabMillis;
        double lowestRatio = Double.MAX_VALUE;
        String lowestWhat = "";
        final List<String> unnamed = new ArrayList<>();
        final List<String> mnemonics = new ArrayList<>();
        final List<String> meaningless = new ArrayList<>();
        final List<String> lowContrast = new ArrayList<>();
        final List<String> unreachable = new ArrayList<>();
        final List<String> tabTraps = new ArrayList<>();
        /** Every control's announced name, in scene graph order, for the docs and for a person reading the log. */
        final List<String> announced = new ArrayList<>();
        /** The controls in the order Tab reaches them, from the first. */
        final List<Node> tabOrder = new ArrayList<>();

        Result(String screen) {
            this.screen = screen;
        }

        int problems() {
            return unnamed.size() + mnemonics.size() + meaningless.size() + lowContrast.size() + unreachable.size()
                    + tabTraps.size();
        }

        List<String> problemLines() {
            List<String> lines = new ArrayList<>();
            unnamed.forEach(s -> lines.add(screen + ": no name: " + s));
            mnemonics.forEach(s -> lines.add(screen + ": mnemonic underscore read aloud: " + s));
            meaningless.forEach(s -> lines.add(screen + ": name says nothing: " + s));
            lowContrast.forEach(s -> lines.add(screen + ": contrast: " + s));
            unreachable.forEach(s -> lines.add(screen + ": not reached by Tab: " + s));
            tabTraps.forEach(s -> lines.add(screen + ": Tab trap: " + s));
            return lines;
        }
    }

    private AccessibilityAudit() {
    }

    /** Names and contrast of everything on the scene, then a walk round it with Tab. On the FX thread. */
    static Result audit(String screen, Scene scene) {
        long started = System.nanoTime();
        Result result = new Result(screen);
        List<Node> focusable = new ArrayList<>();
        List<Text> texts = new ArrayList<>();
        List<Node> charts = new ArrayList<>();
        collect(scene.getRoot(), focusable, texts, charts);
        for (Node chart : charts) {
            String words = announcedName(chart);
            if (!words.matches(".*\\d.*")) {
                result.unnamed.add(describe(chart) + " (a chart needs its numbers as a text alternative)");
            }
        }
        for (Node control : focusable) {
            checkNames(result, control);
        }
        result.controls = focusable.size();
        for (Text text : texts) {
            checkContrast(result, scene, text);
        }
        long named = System.nanoTime();
        walkTabs(result, scene, focusable);
        result.millis = (System.nanoTime() - started) / 1_000_000;
        result.tabMillis = (System.nanoTime() - named) / 1_000_000;
        return result;
    }

    private static void collect(Node node, List<Node> focusable, List<Text> texts, List<Node> charts) {
        if (!node.isVisible()) {
            return;
        }
        // What can take focus, and what can be used but was left out of the Tab order (JavaFX's own
        // "Show Details" in a dialog): both must be reached. A control's own parts (a combo box's
        // editor) go with it.
        if (!node.isDisabled() && (node.isFocusTraversable() || (usable(node) && !partOfAControl(node)))) {
            focusable.add(node);
        }
        if (node instanceof javafx.scene.chart.Chart) {
            charts.add(node);
        }
        if (node instanceof Text text && !text.isDisabled() && text.getText() != null && !text.getText().isBlank()) {
            texts.add(text);
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                collect(child, focusable, texts, charts);
            }
        }
    }

    private static boolean usable(Node node) {
        return node instanceof javafx.scene.control.ButtonBase || node instanceof TextInputControl
                || node instanceof javafx.scene.control.ComboBoxBase<?> || node instanceof javafx.scene.control.ListView<?>
                || node instanceof javafx.scene.control.TableView<?> || node instanceof javafx.scene.control.ChoiceBox<?>;
    }

    private static boolean partOfAControl(Node node) {
        for (Node n = node.getParent(); n != null; n = n.getParent()) {
            if (usable(n) || n instanceof javafx.scene.control.Spinner<?>) {
                return true;
            }
        }
        return false;
    }

    // ---- names ----

    /** The name the Windows bridge announces for a node (UIA_NamePropertyId), as WinAccessible works it out. */
    static String announcedName(Node node) {
        Object role = node.queryAccessibleAttribute(AccessibleAttribute.ROLE);
        String name = NAMED_BY_LABEL.contains(role) ? null : string(node.queryAccessibleAttribute(AccessibleAttribute.TEXT));
        if (name == null || name.isBlank()) {
            Object label = node.queryAccessibleAttribute(AccessibleAttribute.LABELED_BY);
            if (label instanceof Node labelNode) {
                name = string(labelNode.queryAccessibleAttribute(AccessibleAttribute.TEXT));
            }
        }
        return name == null ? "" : name.strip();
    }

    /** What a text field, text area or combo box reports as its value (the typed text). */
    static String announcedValue(Node node) {
        return NAMED_BY_LABEL.contains(node.queryAccessibleAttribute(AccessibleAttribute.ROLE))
                ? string(node.queryAccessibleAttribute(AccessibleAttribute.TEXT)) : null;
    }

    private static String string(Object value) {
        return value instanceof String s ? s : null;
    }

    private static void checkNames(Result result, Node control) {
        Object role = control.queryAccessibleAttribute(AccessibleAttribute.ROLE);
        String name = announcedName(control);
        String value = announcedValue(control);
        result.announced.add(role + " \"" + name + "\"" + (value == null || value.isEmpty() ? "" : " = \"" + value + "\""));
        if (role != AccessibleRole.TAB_PANE) { // a tab pane is announced by its tab that has focus
            judge(result, control, name);
        }
        // A list, table or tab pane announces the item that has focus: every item shown needs its own name.
        if (role == AccessibleRole.LIST_VIEW || role == AccessibleRole.TABLE_VIEW || role == AccessibleRole.TREE_VIEW) {
            for (Node cell : cells(control)) {
                result.items++;
                String words = announcedName(cell);
                result.announced.add("   item \"" + words + "\"");
                judge(result, cell, words);
            }
        } else if (role == AccessibleRole.TAB_PANE) {
            Object item = control.queryAccessibleAttribute(AccessibleAttribute.FOCUS_ITEM);
            if (item instanceof Node tab) {
                result.items++;
                judge(result, tab, announcedName(tab));
            }
        }
    }

    private static void judge(Result result, Node node, String name) {
        Object label = node.queryAccessibleAttribute(AccessibleAttribute.LABELED_BY);
        String labelText = label instanceof Node l ? string(l.queryAccessibleAttribute(AccessibleAttribute.TEXT)) : null;
        if (labelText != null && !labelText.isBlank() && !name.contains(labelText.strip()) && FIELDS.contains(
                node.queryAccessibleAttribute(AccessibleAttribute.ROLE))) {
            // A date picker reads its date as its name, a field with accessible text that text: the label is never heard.
            result.unnamed.add(describe(node) + " is announced as \"" + name + "\", not by its label \"" + labelText.strip() + "\"");
        } else if (name.isEmpty()) {
            result.unnamed.add(describe(node));
        } else if (name.contains("_")) {
            result.mnemonics.add(describe(node) + " \"" + name + "\"");
        } else if (ONLY_A_NUMBER.matcher(name).matches()) {
            result.meaningless.add(describe(node) + " \"" + name + "\"");
        }
    }

    /** The cells a list or table shows with an item in them (the ones a screen reader can land on). */
    private static List<Node> cells(Node container) {
        List<Node> cells = new ArrayList<>();
        collectCells(container, cells);
        return cells;
    }

    private static void collectCells(Node node, List<Node> cells) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof IndexedCell<?> cell && !(node instanceof javafx.scene.control.TableRow<?>)) {
            if (!cell.isEmpty() && cell.getItem() != null && cell.getIndex() >= 0) {
                cells.add(cell);
            }
            return;
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                collectCells(child, cells);
            }
        }
    }

    static String describe(Node node) {
        StringBuilder s = new StringBuilder(node.getClass().getSimpleName().isEmpty()
                ? node.getClass().getSuperclass().getSimpleName() : node.getClass().getSimpleName());
        if (node.getId() != null) {
            s.append('#').append(node.getId());
        }
        for (String style : node.getStyleClass()) {
            s.append('.').append(style);
        }
        if (node instanceof javafx.scene.control.Labeled labeled && labeled.getText() != null) {
            s.append(" \"").append(shorten(labeled.getText())).append('"');
        } else if (node instanceof TextInputControl input) {
            s.append(" \"").append(shorten(input.getText())).append('"');
        }
        Node parent = node.getParent();
        for (int up = 0; parent != null && up < 6; up++, parent = parent.getParent()) {
            if (parent.getId() != null) {
                s.append(" in #").append(parent.getId());
                break;
            }
        }
        return s.toString();
    }

    private static String shorten(String text) {
        String oneLine = text == null ? "" : text.replace('\n', ' ');
        return oneLine.length() > 40 ? oneLine.substring(0, 40) + "..." : oneLine;
    }

    // ---- contrast ----

    private static void checkContrast(Result result, Scene scene, Text text) {
        Bounds bounds = text.localToScene(text.getBoundsInLocal());
        if (bounds == null || bounds.getWidth() <= 0 || bounds.getHeight() <= 0) {
            return;
        }
        Color background = background(scene, text);
        double opacity = 1;
        for (Node n = text; n != null; n = n.getParent()) {
            opacity *= n.getOpacity();
        }
        double ratio = Double.MAX_VALUE;
        Color worst = null;
        for (Color fill : colours(text.getFill())) {
            if (fill.getOpacity() * opacity <= 0.01) {
                continue; // nothing drawn (a prompt made transparent, a hidden part of a skin)
            }
            Color drawn = over(fill, background, fill.getOpacity() * opacity);
            double r = ratio(drawn, background);
            if (r < ratio) {
                ratio = r;
                worst = drawn;
            }
        }
        if (worst == null) {
            return;
        }
        result.textPairs++;
        boolean icon = text instanceof FontIcon;
        double minimum = icon || large(text.getFont()) ? LARGE_MINIMUM : TEXT_MINIMUM;
        String what = (icon ? "icon " : "text ") + "\"" + shorten(text.getText()) + "\" " + hex(worst) + " on "
                + hex(background) + String.format(Locale.ROOT, " %.2f", ratio) + " (needs " + minimum + ") "
                + describe(text.getParent() == null ? text : owner(text));
        if (ratio < result.lowestRatio) {
            result.lowestRatio = ratio;
            result.lowestWhat = what;
        }
        if (ratio < minimum) {
            result.lowContrast.add(what);
        }
    }

    /** The node a skin's text belongs to (a label, a button), for saying where it is. */
    private static Node owner(Text text) {
        Node n = text.getParent();
        while (n != null && n.getStyleClass().isEmpty() && n.getParent() != null) {
            n = n.getParent();
        }
        return n == null ? text : n;
    }

    /** WCAG's large text: 18 pt (24 px), or 14 pt (18.66 px) bold. */
    private static boolean large(Font font) {
        boolean bold = font.getStyle().toLowerCase(Locale.ROOT).contains("bold")
                || FontWeight.findByName(font.getStyle()) == FontWeight.BOLD;
        return font.getSize() >= 24 || (bold && font.getSize() >= 18.66);
    }

    /** What lies under a node: the scene's fill with the fills of every region it sits in painted over it. */
    private static Color background(Scene scene, Node node) {
        List<Region> regions = new ArrayList<>();
        for (Node n = node.getParent(); n != null; n = n.getParent()) {
            if (n instanceof Region region) {
                regions.add(0, region);
            }
        }
        Color colour = scene.getFill() instanceof Color c && c.getOpacity() > 0 ? over(c, Color.WHITE, c.getOpacity()) : Color.WHITE;
        for (Region region : regions) {
            Background background = region.getBackground();
            if (background == null) {
                continue;
            }
            for (BackgroundFill fill : background.getFills()) {
                List<Color> options = colours(fill.getFill());
                if (options.isEmpty()) {
                    continue;
                }
                Color c = options.get(options.size() / 2);
                colour = over(c, colour, c.getOpacity());
            }
        }
        return colour;
    }

    private static List<Color> colours(Paint paint) {
        if (paint instanceof Color c) {
            return List.of(c);
        }
        List<Stop> stops = paint instanceof LinearGradient l ? l.getStops()
                : paint instanceof RadialGradient r ? r.getStops() : List.of();
        return stops.stream().map(Stop::getColor).toList();
    }

    private static Color over(Color top, Color under, double alpha) {
        return Color.color(top.getRed() * alpha + under.getRed() * (1 - alpha),
                top.getGreen() * alpha + under.getGreen() * (1 - alpha),
                top.getBlue() * alpha + under.getBlue() * (1 - alpha));
    }

    /** WCAG 2.1 contrast ratio. */
    static double ratio(Color a, Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(Color c) {
        return 0.2126 * channel(c.getRed()) + 0.7152 * channel(c.getGreen()) + 0.0722 * channel(c.getBlue());
    }

    private static double channel(double v) {
        return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }

    static String hex(Color c) {
        return String.format(Locale.ROOT, "#%02x%02x%02x", Math.round(c.getRed() * 255), Math.round(c.getGreen() * 255),
                Math.round(c.getBlue() * 255));
    }

    // ---- Tab ----

    /**
     * Tab from the first control until focus comes back round: every focusable control must be
     * reached, no Tab may change a field's text, and each Tab must move focus somewhere.
     */
    private static void walkTabs(Result result, Scene scene, List<Node> focusable) {
        if (focusable.isEmpty()) {
            return;
        }
        Node start = focusable.get(0);
        start.requestFocus();
        start = scene.getFocusOwner();
        Set<Node> reached = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        Map<TextInputControl, String> texts = new IdentityHashMap<>();
        for (Node n : focusable) {
            if (n instanceof TextInputControl input) {
                texts.put(input, input.getText());
            }
        }
        Set<String> traps = new LinkedHashSet<>();
        int limit = focusable.size() * 2 + 10;
        for (int i = 0; i < limit && start != null; i++) {
            Node before = scene.getFocusOwner();
            if (reached.add(before)) {
                result.tabOrder.add(before);
            }
            String typedBefore = before instanceof TextInputControl input ? input.getText() : null;
            tab(scene, false);
            Node after = scene.getFocusOwner();
            if (before instanceof TextInputControl input && !input.getText().equals(typedBefore)) {
                traps.add(describe(before) + ": Tab typed into it");
                input.setText(typedBefore);
            }
            if (after == before) {
                traps.add(describe(before) + ": Tab left focus where it was");
                tab(scene, true); // Ctrl+Tab, the way out of a text area
                if (scene.getFocusOwner() == before) {
                    break;
                }
            }
            if (scene.getFocusOwner() == start) {
                break;
            }
        }
        result.tabStops = reached.size();
        for (Node n : focusable) {
            if (!reached.contains(n) && !insideReached(n, reached) && !groupReached(n, reached)) {
                result.unreachable.add(describe(n));
            }
        }
        result.tabTraps.addAll(traps);
        texts.forEach((input, text) -> {
            if (!input.getText().equals(text)) {
                input.setText(text);
            }
        });
    }

    /** A toggle of a group is reached with the group: Tab goes to its chosen one, arrow keys move within it. */
    private static boolean groupReached(Node node, Set<Node> reached) {
        if (node instanceof javafx.scene.control.Toggle toggle && toggle.getToggleGroup() != null) {
            return toggle.getToggleGroup().getToggles().stream().anyMatch(t -> t instanceof Node n && reached.contains(n));
        }
        return false;
    }

    /** A control that hands its focus to a part of itself (a combo box's editor) counts as reached with it. */
    private static boolean insideReached(Node node, Set<Node> reached) {
        for (Node r : reached) {
            for (Node n = r; n != null; n = n.getParent()) {
                if (n == node) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Tab as the keyboard sends it: pressed, typed, released, each to whatever has focus at that moment. */
    private static void tab(Scene scene, boolean control) {
        fire(scene, new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.TAB, false, control, false, false));
        fire(scene, new KeyEvent(KeyEvent.KEY_TYPED, "\t", "", KeyCode.UNDEFINED, false, control, false, false));
        fire(scene, new KeyEvent(KeyEvent.KEY_RELEASED, "", "", KeyCode.TAB, false, control, false, false));
    }

    private static void fire(Scene scene, KeyEvent event) {
        EventTarget target = scene.getFocusOwner() != null ? scene.getFocusOwner() : scene;
        Event.fireEvent(target, event);
    }

    // ---- the table a person reads ----

    static String table(List<Result> results) {
        StringBuilder s = new StringBuilder();
        String format = "%-44s %8s %6s %7s %9s %6s %7s %-8s %9s %10s %6s %8s%n";
        s.append(String.format(Locale.ROOT, format, "screen", "controls", "items", "unnamed", "mnemonic",
                "vague", "pairs", "lowest", "contrast", "tab stops", "traps", "ms/tab"));
        for (Result r : results) {
            s.append(String.format(Locale.ROOT, format, r.screen, r.controls, r.items, r.unnamed.size(),
                    r.mnemonics.size(), r.meaningless.size(), r.textPairs,
                    r.lowestRatio == Double.MAX_VALUE ? "-" : String.format(Locale.ROOT, "%.2f", r.lowestRatio),
                    r.lowContrast.size() + " low", r.tabStops + (r.unreachable.isEmpty() ? "" : " -" + r.unreachable.size()),
                    r.tabTraps.size(), r.millis + "/" + r.tabMillis));
        }
        return s.toString();
    }
}
