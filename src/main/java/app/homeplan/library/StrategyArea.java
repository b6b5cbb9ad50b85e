package app.homeplan.library;

import app.homeplan.i18n.Messages;
import app.homeplan.plan.SearchText;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** What a strategy helps with. Each area has a name and the words in a goal that point to it. */
public enum StrategyArea {
    COMMUNICATION, MOVEMENT, SELF_CARE, FEEDING, SLEEP, PLAY_SOCIAL, REGULATION,
    /** The family's own outcomes (a break, support, childcare, wellbeing), not the child's. */
    FAMILY;

    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    public String displayName() {
        return Messages.get("library.area." + name());
    }

    /** Word beginnings (folded) that point a goal at this area, from the bundle. */
    public List<String> cueWords() {
        return Arrays.stream(Messages.get("library.area." + name() + ".words").split(","))
                .map(SearchText::fold).filter(w -> !w.isEmpty()).toList();
    }

    /** The areas a goal's words point to ("feed herself with a spoon" points to eating). */
    public static Set<StrategyArea> of(String goalText) {
        String words = " " + NON_WORD.matcher(SearchText.fold(goalText)).replaceAll(" ").strip() + " ";
        Set<StrategyArea> found = EnumSet.noneOf(StrategyArea.class);
        for (StrategyArea area : values()) {
            for (String cue : area.cueWords()) {
                if (words.contains(" " + cue)) {
                    found.add(area);
                    break;
                }
            }
        }
        return found;
    }
}
