package app.homeplan.library;

import app.homeplan.i18n.Messages;
import app.homeplan.i18n.Wording;
import app.homeplan.plan.Family;
import app.homeplan.plan.Routine;
import app.homeplan.plan.Strategy;
import app.homeplan.plan.SearchText;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which fixed safety lines a routine of a family's plan needs (DOMAIN.md, Safety): what the routine
 * needs by its nature (bath, meals, car, sleep; a routine the family named is read for the same words),
 * plus what each library strategy used in it needs. The safe-sleep line is for babies under 12 months,
 * and for a child whose date of birth is unknown (better said once too often than missed).
 */
public final class SafetyLines {
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    /** Children under 5 get the choking-foods line with the eating line. */
    static final int CHOKING_FOODS_UNTIL_MONTHS = 60;

    private SafetyLines() {
    }

    /** The safety needs of one routine, in a fixed order. */
    public static Set<SafetyTag> tags(Family family, Routine routine, LocalDate today) {
        Set<SafetyTag> tags = EnumSet.noneOf(SafetyTag.class);
        tags.addAll(SafetyTag.forRoutine(routine.libraryKey()));
        tags.addAll(fromName(routine.name()));
        StrategyLibrary library = StrategyLibrary.builtIn();
        for (Strategy s : family.strategies()) {
            if (s.routineId().equals(routine.id()) && !s.libraryKey().isBlank()) {
                library.find(s.libraryKey()).ifPresent(found -> tags.addAll(found.safety()));
            }
        }
        Integer months = ChildAge.months(family, today);
        if (months != null && months >= SafetyTag.SAFE_SLEEP_UNTIL_MONTHS) {
            tags.remove(SafetyTag.SLEEP);
        }
        return tags;
    }

    /** The plain lines to print for one routine, with the child's name; empty when none apply. */
    public static List<String> lines(Family family, Routine routine, LocalDate today) {
        return lines(Messages.wording(), family, routine, today);
    }

    /** The same lines in a printout's language. */
    public static List<String> lines(Wording w, Family family, Routine routine, LocalDate today) {
        return lines(w, family, routine, today, family.child().displayName());
    }

    /**
     * The same lines saying the child's name as {@code childName}: a printout says a very long name in
     * its first words, as its page header does, or a box of three lines would repeat 150 characters three times.
     */
    public static List<String> lines(Wording w, Family family, Routine routine, LocalDate today, String childName) {
        String child = childName;
        Integer months = ChildAge.months(family, today);
        List<String> lines = new ArrayList<>();
        for (SafetyTag tag : tags(family, routine, today)) {
            lines.add(w.text("library.safety." + tag.name(), child));
            if (tag == SafetyTag.MEALS && (months == null || months < CHOKING_FOODS_UNTIL_MONTHS)) {
                lines.add(w.text("library.safety.MEALS.under5", child));
            }
        }
        return lines;
    }

    /** A routine the family named in their own words: "Bath at Nana's" needs the water line too. */
    static Set<SafetyTag> fromName(String name) {
        String words = " " + NON_WORD.matcher(SearchText.fold(name == null ? "" : name)).replaceAll(" ").strip() + " ";
        Set<SafetyTag> found = EnumSet.noneOf(SafetyTag.class);
        for (SafetyTag tag : SafetyTag.values()) {
            boolean named = Arrays.stream(tag.routineWords().split(",")).map(SearchText::fold).map(String::strip)
                    .filter(w -> !w.isEmpty())
                    .anyMatch(w -> w.endsWith("*") ? words.contains(" " + w.substring(0, w.length() - 1))
                            : words.contains(" " + w + " "));
            if (named) {
                found.add(tag);
            }
        }
        return found;
    }
}
