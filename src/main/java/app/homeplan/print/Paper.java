package app.homeplan.print;

import com.ibm.icu.util.LocaleData;
import com.ibm.icu.util.ULocale;
import java.util.Locale;

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
