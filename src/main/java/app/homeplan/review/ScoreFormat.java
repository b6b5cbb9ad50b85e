package app.homeplan.review;

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
        return oneDecimal(value, Messages.locale());
    }

    /** "55.0", "2,3", "٢٫٣": in a printout's language (its decimal mark and digits). */
    public static String oneDecimal(double value, Locale locale) {
        return new DecimalFormat("0.0", DecimalFormatSymbols.getInstance(locale)).format(round(value)).replace('-', MINUS);
    }

    public static String oneDecimal(OptionalDouble value) {
        return oneDecimal(value, Messages.locale());
    }

    public static String oneDecimal(OptionalDouble value, Locale locale) {
        return value.isPresent() ? oneDecimal(value.getAsDouble(), locale) : NONE;
    }

    /** A change with its sign: "+2.5", "−1.0", "0.0". */
    public static String signed(double value) {
        return signed(value, Messages.locale());
    }

    public static String signed(double value, Locale locale) {
        double r = round(value);
        return (r > 0 ? "+" : "") + oneDecimal(r, locale);
    }

    public static String signed(OptionalDouble value) {
        return signed(value, Messages.locale());
    }

    public static String signed(OptionalDouble value, Locale locale) {
        return value.isPresent() ? signed(value.getAsDouble(), locale) : NONE;
    }

    /** A whole-number change or GAS level with its sign: "+2", "−1", "0". */
    public static String signed(int value) {
        return signed(value, Locale.ROOT);
    }

    public static String signed(int value, Locale locale) {
        String digits = whole(Math.abs(value), locale);
        return value > 0 ? "+" + digits : value < 0 ? MINUS + digits : digits;
    }

    /** A rating that may be missing: "7" or "—". */
    public static String rating(Integer value) {
        return rating(value, Locale.ROOT);
    }

    public static String rating(Integer value, Locale locale) {
        return value == null ? NONE : whole(value, locale);
    }

    /** A GAS level that may be missing: "+1", "−2", "0" or "—". */
    public static String level(Integer value) {
        return level(value, Locale.ROOT);
    }

    public static String level(Integer value, Locale locale) {
        return value == null ? NONE : signed(value, locale);
    }

    /** A whole number in the locale's digits, never grouped. */
    private static String whole(int value, Locale locale) {
        return new DecimalFormat("0", DecimalFormatSymbols.getInstance(locale)).format(value);
    }
}
