package app.homeplan.print;

import app.homeplan.i18n.Messages;
import java.text.Normalizer;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which days of the week a strategy's "how often" plans, for the tracker's tick boxes: "Every weekday"
 * is Monday to Friday, "At the weekend" Saturday and Sunday, "Mondays and Thursdays" those two days.
 * Anything else ("Every day", "Twice a week", "After school", words we cannot read) is every day: the
 * family then chooses the days, and the tracker never takes a day away that they might have meant.
 */
final class PracticeDays {
    static final Set<DayOfWeek> EVERY_DAY = EnumSet.allOf(DayOfWeek.class);
    private static final Set<DayOfWeek> WEEKDAYS = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);
    private static final Set<DayOfWeek> WEEKEND = EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
    private static final Pattern NOT_LETTER = Pattern.compile("[^\\p{L}\\p{M}]+");

    private PracticeDays() {
    }

    /** The days planned by all of a goal's strategies in one routine together; every day when none says. */
    static Set<DayOfWeek> union(Collection<String> howOftens, Locale locale) {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (String howOften : howOftens) {
            days.addAll(of(howOften, locale));
        }
        return days.isEmpty() ? EVERY_DAY : days;
    }

    /** The days one "how often" names; every day when it names none (or is blank). */
    static Set<DayOfWeek> of(String howOften, Locale locale) {
        String words = " " + NOT_LETTER.matcher(fold(howOften, locale)).replaceAll(" ").strip() + " ";
        if (words.isBlank() || containsAny(words, "print.tracker.days.everyDay")) {
            return EVERY_DAY;
        }
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        if (containsAny(words, "print.tracker.days.weekdays")) {
            days.addAll(WEEKDAYS);
        }
        if (containsAny(words, "print.tracker.days.weekend")) {
            days.addAll(WEEKEND);
        }
        for (DayOfWeek day : DayOfWeek.values()) {
            if (namesDay(words, day, locale) || !locale.getLanguage().equals("en") && namesDay(words, day, Locale.ENGLISH)) {
                days.add(day);
            }
        }
        return days.isEmpty() ? EVERY_DAY : days;
    }

    private static boolean namesDay(String words, DayOfWeek day, Locale locale) {
        // Whole names only, "Monday" or "Mondays": a short form could be another word ("in the sun").
        String full = fold(day.getDisplayName(TextStyle.FULL, locale), locale);
        return words.contains(" " + full + " ") || words.contains(" " + full + "s ");
    }

    /** True when the words hold one of the phrases listed (separated by |) under the key. */
    private static boolean containsAny(String words, String key) {
        for (String phrase : Messages.get(key).split("\\|")) {
            String p = phrase.strip().toLowerCase(Locale.ROOT);
            if (!p.isEmpty() && words.contains(" " + p + " ")) {
                return true;
            }
        }
        return false;
    }

    private static String fold(String text, Locale locale) {
        return Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFC).toLowerCase(locale);
    }
}
