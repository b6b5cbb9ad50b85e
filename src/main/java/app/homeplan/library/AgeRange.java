package app.homeplan.library;

import app.homeplan.i18n.Messages;

/**
 * The ages, in whole months, a strategy suits: from {@code fromMonths} and, when {@code untilMonths}
 * is set, before {@code untilMonths} ("0-12" = babies under 12 months).
 */
public record AgeRange(int fromMonths, Integer untilMonths) {
    public static final AgeRange ANY = new AgeRange(0, null);

    public AgeRange {
        if (fromMonths < 0 || (untilMonths != null && untilMonths <= fromMonths)) {
            throw new IllegalArgumentException("Bad age range " + fromMonths + "-" + untilMonths);
        }
    }

    /** "12+" or "0-12" as written in strategies.txt. */
    static AgeRange parse(String text) {
        String t = text.strip();
        if (t.endsWith("+")) {
            return new AgeRange(Integer.parseInt(t.substring(0, t.length() - 1)), null);
        }
        String[] parts = t.split("-");
        if (parts.length != 2) {
            throw new IllegalArgumentException("Bad age range " + text);
        }
        return new AgeRange(Integer.parseInt(parts[0].strip()), Integer.parseInt(parts[1].strip()));
    }

    /** True when a child of this many whole months is inside the range. */
    public boolean fits(int months) {
        return months >= fromMonths && (untilMonths == null || months < untilMonths);
    }

    public boolean isAny() {
        return fromMonths == 0 && untilMonths == null;
    }

    /** Who it suits, in plain words: "from 12 months", "under 12 months", "from 6 months to 3 years". */
    public String describe() {
        if (untilMonths == null) {
            return Messages.get("library.age.from", ageWords(fromMonths));
        }
        if (fromMonths == 0) {
            return Messages.get("library.age.under", ageWords(untilMonths));
        }
        return Messages.get("library.age.between", ageWords(fromMonths), ageWords(untilMonths));
    }

    /** 9 -> "9 months", 24 -> "2 years", 30 -> "30 months". */
    public static String ageWords(int months) {
        return months >= 24 && months % 12 == 0 ? Messages.get("library.age.years", months / 12)
                : Messages.get("library.age.months", months);
    }
}
