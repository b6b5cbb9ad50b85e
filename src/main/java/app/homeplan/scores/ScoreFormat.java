package app.homeplan.scores;

import app.homeplan.i18n.Messages;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.OptionalDouble;

/**
 * How scores are shown, in one place: one decimal, halves rounded away from zero (2.25 shows as
 * 2.3, as a clinician rounding by hand would), never "-0.0", and a real minus sign for changes.
 */
public final class ScoreFormat {
    /** Shown where there is no score. */
    public static final String NONE = "\u2014";
    private static final char MINUS = '\u2212';

    private ScoreFormat() {
    }

    /**
     * The value rounded to one decimal. Decimal rounding of the value as written (BigDecimal.valueOf),
     * so 2.25 becomes 2.3 even though the double nearest 2.25 is exact and 0.15's is a little below.
     */
    public static double round(double value) {
        double rounded = BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP).doubleValue();
        return rounded == 0 ? 0.0 : rounded;
    }

    /** "55.0", "2.3" (in the user's locale's decimal mark). */
    public static String oneDecimal(double value) {
        return pattern().format(round(value)).replace('-', MINUS);
    }

    public static String oneDecimal(OptionalDouble value) {
        return value.isPresent() ? oneDecimal(value.getAsDouble()) : NONE;
    }

    /** A change with its sign: "+2.5", "−1.0", "0.0". */
    public static String signed(double value) {
        double r = round(value);
        return (r > 0 ? "+" : "") + oneDecimal(r);
    }

    public static String signed(OptionalDouble value) {
        return value.isPresent() ? signed(value.getAsDouble()) : NONE;
    }

    /** A whole-number change or GAS level with its sign: "+2", "−1", "0". */
    public static String signed(int value) {
        return value > 0 ? "+" + value : value < 0 ? MINUS + Integer.toString(-value) : "0";
    }

    /** A rating that may be missing: "7" or "—". */
    public static String rating(Integer value) {
        return value == null ? NONE : Integer.toString(value);
    }

    /** A GAS level that may be missing: "+1", "−2", "0" or "—". */
    public static String level(Integer value) {
        return value == null ? NONE : signed(value);
    }

    private static DecimalFormat pattern() {
        Locale locale = Messages.locale();
        return new DecimalFormat("0.0", DecimalFormatSymbols.getInstance(locale));
    }
}
