package app.homeplan.library;

import app.homeplan.i18n.Messages;
import app.homeplan.plan.SearchText;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * One strategy in the library: what it helps with, the routines it fits (empty = any routine) and its
 * words. A built-in strategy's words come from the bundle with the child's name filled in; a
 * clinician's own strategy keeps exactly what was typed.
 *
 * @param key         "comm.choices" for a built-in one, {@link #CUSTOM_PREFIX} + uid for the clinician's own
 * @param customTitle the clinician's title (empty for built-in strategies)
 * @param customText  the clinician's text (empty for built-in strategies)
 * @param ages        the ages it suits (any age for the clinician's own)
 * @param safety      the safety lines it needs wherever it is used (none for the clinician's own: the
 *                    routine's own lines still print)
 */
public record LibraryStrategy(String key, StrategyArea area, Set<String> routineKeys, boolean custom,
                              String customTitle, String customText, AgeRange ages, Set<SafetyTag> safety) {
    public static final String CUSTOM_PREFIX = "custom:";

    public LibraryStrategy {
        routineKeys = Set.copyOf(routineKeys);
        customTitle = customTitle == null ? "" : customTitle;
        customText = customText == null ? "" : customText;
        ages = ages == null ? AgeRange.ANY : ages;
        safety = safety == null || safety.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(safety));
    }

    static LibraryStrategy builtIn(String key, StrategyArea area, Set<String> routineKeys, AgeRange ages,
                                   Set<SafetyTag> safety) {
        return new LibraryStrategy(key, area, routineKeys, false, "", "", ages, safety);
    }

    public static LibraryStrategy own(String uid, StrategyArea area, Set<String> routineKeys, String title, String text) {
        return new LibraryStrategy(CUSTOM_PREFIX + uid, area, routineKeys, true, title, text, AgeRange.ANY, Set.of());
    }

    /** True when it suits a child of this age; an unknown age (null) suits every strategy. */
    public boolean suitsAge(Integer months) {
        return months == null || ages.fits(months);
    }

    /** The uid in the database of a clinician's own strategy. */
    public String customUid() {
        return custom ? key.substring(CUSTOM_PREFIX.length()) : "";
    }

    public boolean fitsAnyRoutine() {
        return routineKeys.isEmpty();
    }

    /** True when the strategy suits a routine of the family (a typed-in routine has no library key). */
    public boolean fits(String routineLibraryKey) {
        return fitsAnyRoutine() || routineKeys.contains(routineLibraryKey);
    }

    public String title(String childName) {
        return custom ? customTitle : Messages.get("library.strategy." + key + ".title", childName);
    }

    public String text(String childName) {
        return custom ? customText : Messages.get("library.strategy." + key + ".text", childName);
    }

    /** True when every word of the query appears in the title, text or area (accents and case ignored). */
    boolean matches(String[] queryWords, String childName) {
        String haystack = SearchText.fold(title(childName) + " " + text(childName) + " " + area.displayName());
        for (String word : queryWords) {
            if (!haystack.contains(word)) {
                return false;
            }
        }
        return true;
    }
}
