package app.homeplan.library;

import app.homeplan.i18n.Messages;
import java.util.EnumSet;
import java.util.Set;

/**
 * A safety need of a strategy or routine (DOMAIN.md, Safety). Each one has a fixed plain line that the
 * printed plan adds to the routine where it applies; see docs/clinical-basis.md for the sources.
 */
public enum SafetyTag {
    /** Safe sleep for babies under 12 months: on the back, own cot, nothing else in it. */
    SLEEP,
    /** Bath, shower and water play: within arm's reach, never alone. */
    WATER,
    /** Eating and drinking: upright, adult present, stop signs for swallowing trouble. */
    MEALS,
    /** Car: parked, harness done up and checked by an adult, no puffy coat. */
    CAR,
    /** Walking near roads and car parks. */
    ROAD,
    /** Hot water and cooking. */
    HOT;

    /** Babies sleep under the safe-sleep rules until this age. */
    public static final int SAFE_SLEEP_UNTIL_MONTHS = 12;

    /** The plain line the printed plan adds, with the child's name. */
    public String line(String childName) {
        return Messages.get("library.safety." + name(), childName);
    }

    /** Word beginnings in a routine's own name that show it needs this line ("bath", "swim"), from the bundle. */
    String routineWords() {
        return Messages.get("library.safety." + name() + ".routineWords");
    }

    /** What a built-in routine needs by its nature, whatever strategies are used in it. */
    public static Set<SafetyTag> forRoutine(String routineKey) {
        if (routineKey == null) {
            return EnumSet.noneOf(SafetyTag.class);
        }
        return switch (routineKey) {
            case "bedtime", "nap" -> EnumSet.of(SLEEP);
            case "bath", "shower" -> EnumSet.of(WATER);
            case "breakfast", "lunch", "dinner", "snack" -> EnumSet.of(MEALS);
            case "car" -> EnumSet.of(CAR);
            case "walking" -> EnumSet.of(ROAD);
            default -> EnumSet.noneOf(SafetyTag.class);
        };
    }
}
