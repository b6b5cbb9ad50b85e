package app.homeplan.i18n;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every user-visible sentence comes from here. Each feature folder owns one bundle
 * ({@code i18n/<feature>.properties}), so features can grow their wording without touching each
 * other's files; a key is looked up in all of them.
 *
 * <p>Values are always {@link MessageFormat} patterns, with or without arguments: write an
 * apostrophe as {@code ''} ("we''ll know"). {@code MessagesTest} checks every bundle for this.
 */
public final class Messages {
    /** The bundles, one per feature folder. A missing one is skipped. */
    public static final List<String> BUNDLES = List.of(
            "common", "plan", "store", "families", "cli", "library", "intake", "print", "review",
            "fileformat", "safety", "about", "example", "language", "clinic");

    /**
     * When true (the tests set {@code -Dhomeplan.messages.strict=true}), a missing key throws, so the
     * test that shows it fails; for users it shows as the key itself rather than stopping the screen.
     */
    private static volatile boolean strict = Boolean.getBoolean("homeplan.messages.strict");

    /** Keys found missing in this run, each reported once (a screen may ask for one on every layout). */
    private static final Set<String> REPORTED = ConcurrentHashMap.newKeySet();
    private static final System.Logger LOG = System.getLogger(Messages.class.getName());

    private static volatile Locale locale = Locale.getDefault();
    private static volatile List<ResourceBundle> bundles = load(locale);

    private Messages() {
    }

    public static Locale locale() {
        return locale;
    }

    /** Switches the language of every message from now on (tests pin English with this). */
    public static synchronized void setLocale(Locale newLocale) {
        locale = newLocale;
        bundles = load(newLocale);
    }

    /**
     * The message for a key, with arguments filled in. A missing key is a mistake {@code MessageKeysTest}
     * looks for; while testing it throws, else it shows as the key itself and is reported once as a
     * warning (on the standard error stream unless logging is set up otherwise), never silently.
     */
    public static String get(String key, Object... args) {
        for (ResourceBundle bundle : bundles) {
            if (bundle.containsKey(key)) {
                return new MessageFormat(bundle.getString(key), locale).format(args);
            }
        }
        if (strict) {
            throw new MissingResourceException("No message \u201c" + key + "\u201d in the bundles " + BUNDLES,
                    "i18n", key);
        }
        if (REPORTED.add(key)) {
            LOG.log(System.Logger.Level.WARNING, "No message \u201c{0}\u201d in the bundles {1}: shown as the key. Please report it.",
                    key, BUNDLES);
        }
        return key;
    }

    /** Whether a missing key throws (tests) or shows as the key (users); returns the setting before. */
    static boolean strict(boolean on) {
        boolean was = strict;
        strict = on;
        return was;
    }

    /** The app's own language as a {@link Wording}, for code shared with printouts. */
    public static Wording wording() {
        return APP;
    }

    private static final Wording APP = new Wording() {
        @Override
        public String text(String key, Object... args) {
            return get(key, args);
        }

        @Override
        public Locale numberLocale() {
            return locale;
        }
    };

    public static boolean has(String key) {
        return bundles.stream().anyMatch(b -> b.containsKey(key));
    }

    /** The bundles in look-up order, for checks over every message. */
    public static List<ResourceBundle> bundles() {
        return bundles;
    }

    private static List<ResourceBundle> load(Locale forLocale) {
        List<ResourceBundle> loaded = new ArrayList<>();
        for (String name : BUNDLES) {
            try {
                loaded.add(ResourceBundle.getBundle("i18n." + name, forLocale,
                        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
            } catch (MissingResourceException absent) {
                // This feature has no wording yet.
            }
        }
        return List.copyOf(loaded);
    }
}
