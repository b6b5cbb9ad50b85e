package app.homeplan.print;

import com.ibm.icu.util.LocaleData;
import com.ibm.icu.util.ULocale;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The paper the plan is printed on. */
public enum Paper {
    A4("A4", 210f, 297f),
    LETTER("letter", 215.9f, 279.4f);

    private final String cssName;
    private final float widthMm;
    private final float heightMm;

    Paper(String cssName, float widthMm, float heightMm) {
        this.cssName = cssName;
        this.widthMm = widthMm;
        this.heightMm = heightMm;
    }

    /**
     * The paper people in a locale's country buy: US Letter in the US, Canada, Mexico, the
     * Philippines and a few more (CLDR's list, read through ICU), A4 everywhere else.
     */
    public static Paper forLocale(Locale locale) {
        if (locale == null || locale.getCountry().isEmpty()) {
            return A4;
        }
        LocaleData.PaperSize size = LocaleData.getPaperSize(ULocale.forLocale(locale));
        return size.getWidth() == 216 && size.getHeight() == 279 ? LETTER : A4;
    }

    /**
     * The paper this computer is set up for. On Linux and other Unix systems that is the paper setting,
     * {@code LC_PAPER} ({@code LC_ALL} overrides it, {@code LANG} stands in for it); "C" and "POSIX" name
     * no country, so A4, the international size (Java itself reports en_US for them, which would wrongly
     * say Letter). Where none of these is set (Windows, a Mac app), Java's own locale.
     */
    public static Paper forThisComputer() {
        return forComputer(System.getenv(), Locale.getDefault());
    }

    static Paper forComputer(Map<String, String> environment, Locale javaLocale) {
        for (String setting : List.of("LC_ALL", "LC_PAPER", "LANG")) {
            String value = environment.get(setting);
            if (value != null && !value.isBlank()) {
                return forLocale(posixLocale(value));
            }
        }
        return forLocale(javaLocale);
    }

    /** "en_US.UTF-8" or "es_MX@euro" as a locale; "C", "C.UTF-8" and "POSIX" as a locale with no country. */
    static Locale posixLocale(String value) {
        String name = value.strip();
        int end = name.length();
        for (char stop : new char[] {'.', '@'}) {
            int at = name.indexOf(stop);
            if (at >= 0 && at < end) {
                end = at;
            }
        }
        String[] parts = name.substring(0, end).split("_", 2);
        if (parts[0].equals("C") || parts[0].equals("POSIX")) {
            return Locale.ROOT;
        }
        return new Locale(parts[0], parts.length > 1 ? parts[1] : "");
    }

    /** The value the command line accepts ({@code a4}, {@code letter}). */
    public String optionName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The CSS {@code @page size} keyword. */
    String cssName() {
        return cssName;
    }

    public float widthMm() {
        return widthMm;
    }

    public float heightMm() {
        return heightMm;
    }

    /** Reads {@code a4} or {@code letter} (any case); null when it is neither. */
    public static Paper fromOptionName(String value) {
        if (value == null) {
            return null;
        }
        for (Paper p : values()) {
            if (p.optionName().equalsIgnoreCase(value.strip())) {
                return p;
            }
        }
        return null;
    }
}
