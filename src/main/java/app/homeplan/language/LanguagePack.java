package app.homeplan.language;

import app.homeplan.i18n.Messages;
import app.homeplan.i18n.Wording;
import java.nio.file.Path;
import java.text.DecimalFormatSymbols;
import java.text.MessageFormat;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The fixed words of a family's printouts in one language, with that language's conventions (how a
 * date reads, the names of the months and weekdays, which digits numbers use, which way the text
 * runs), read from a plain file (docs/language-packs.md). Nothing here comes from the computer's
 * locale: the same pack prints the same words on every computer.
 *
 * <p>A key the pack does not have is taken from {@code fallback} (English), so a pack a clinic is
 * still writing prints whole; {@link #missingKeys} says which are missing.
 *
 * @param code     the pack's code, a BCP 47 tag ("es", "zh-Hans"), also the PDF's /Lang
 * @param strings  every line of the file: the {@code pack.*} facts, the {@code date.*} conventions and
 *                 the wording, as MessageFormat patterns
 * @param source   where it was read from (a file in the data folder, or null when shipped)
 * @param fallback the pack a missing key comes from (null for English, which is complete)
 */
public record LanguagePack(String code, Map<String, String> strings, Path source, LanguagePack fallback)
        implements Wording {
    public static final String ENGLISH = "en";

    public LanguagePack {
        strings = Map.copyOf(strings);
    }

    /** The language's own name ("Tiếng Việt"). */
    public String name() {
        return strings.getOrDefault("pack.name", code);
    }

    /**
     * The language's own name as it is written inside a sentence ("español", "tiếng Việt": lower case
     * there), from {@code pack.nameInSentence}; the name itself where the pack does not say.
     */
    public String nameInSentence() {
        return strings.getOrDefault("pack.nameInSentence", name());
    }

    /** The language's name in English ("Vietnamese"). */
    public String englishName() {
        return strings.getOrDefault("pack.englishName", name());
    }

    /**
     * "Tiếng Việt (Vietnamese)", or "English", for lists on screen. A right-to-left name starts with a
     * left-to-right mark: the label is an English line, and on screen (JavaFX takes a line's direction
     * from its first letter) "العربية (Arabic) — draft" would otherwise read from the right, scrambled.
     */
    public String label() {
        String label = name().equals(englishName()) ? name() : name() + " (" + englishName() + ")";
        return rightToLeft() ? "\u200E" + label : label;
    }

    /**
     * The label and whether a qualified person checked the translation, for choosing a language on
     * screen: "Tiếng Việt (Vietnamese) — draft translation, not yet checked" or "… — checked by Lan
     * Nguyễn on 6 Dec 2026" (the status is never hidden); English, Homeplan's own words, by its name.
     */
    public String labelWithStatus() {
        if (isSource()) {
            return label();
        }
        if (!checked()) {
            return Messages.get("language.status.draft", label());
        }
        String on = checkedOn();
        try {
            on = java.time.format.DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.MEDIUM)
                    .withLocale(Messages.locale()).format(LocalDate.parse(on));
        } catch (java.time.format.DateTimeParseException typedByHand) {
            // A date not written as 2026-12-06 shows as typed, as the plan prints it.
        }
        return Messages.get("language.status.checked", label(), checkedBy(), on);
    }

    public boolean rightToLeft() {
        return "rtl".equalsIgnoreCase(strings.getOrDefault("pack.direction", "ltr").strip());
    }

    /** True when a qualified translator has checked the pack (and said who and when). */
    public boolean checked() {
        return "checked".equalsIgnoreCase(strings.getOrDefault("pack.status", "draft").strip())
                && !checkedBy().isBlank() && !checkedOn().isBlank();
    }

    public String checkedBy() {
        return strings.getOrDefault("pack.checkedBy", "").strip();
    }

    public String checkedOn() {
        return strings.getOrDefault("pack.checkedOn", "").strip();
    }

    /** True for English, the language Homeplan is written in (not a translation). */
    public boolean isSource() {
        return fallback == null;
    }

    /** The names a caregiver's "preferred language" may give for this language, folded for matching. */
    public List<String> namesForMatching() {
        String names = strings.getOrDefault("pack.names", "") + "," + code + "," + englishName() + "," + name();
        return Arrays.stream(names.split(",")).map(LanguagePack::fold).filter(s -> !s.isEmpty()).distinct().toList();
    }

    /** The locale for numbers: the pack's language with its digits ({@code pack.numbers}: latn, arab, ...). */
    @Override
    public Locale numberLocale() {
        String numbers = strings.getOrDefault("pack.numbers", "latn").strip();
        return new Locale.Builder().setLanguageTag(code).setUnicodeLocaleKeyword("nu", numbers).build();
    }

    public Locale locale() {
        return Locale.forLanguageTag(code);
    }

    /** True when this pack (not its fallback) has the key. */
    public boolean has(String key) {
        return strings.containsKey(key);
    }

    /** The pattern for a key: this pack's, else the fallback's, else empty. */
    public Optional<String> pattern(String key) {
        String own = strings.get(key);
        if (own != null) {
            return Optional.of(own);
        }
        return fallback == null ? Optional.empty() : fallback.pattern(key);
    }

    /** The wording for a key with its arguments, numbers in this pack's digits; the key itself when no pack has it. */
    @Override
    public String text(String key, Object... args) {
        Optional<String> pattern = pattern(key);
        if (pattern.isEmpty()) {
            return key;
        }
        return new MessageFormat(pattern.get(), numberLocale()).format(args);
    }

    /** A date as this language writes it in full ("5 September 2026", "5 tháng 9 năm 2026"). */
    public String date(LocalDate day) {
        String month = list("date.months", 12).get(day.getMonthValue() - 1);
        return text("date.long", digits(Integer.toString(day.getDayOfMonth())), month, digits(Integer.toString(day.getYear())));
    }

    /** A weekday's short name, for the tracker's columns. */
    public String weekdayShort(DayOfWeek day) {
        return list("date.weekdays", 7).get(day.getValue() - 1);
    }

    /**
     * The narrowest names of the weekdays, Monday first ({@code date.weekdaysNarrow}, optional): for a
     * tracker whose day columns are too narrow for the short names even in small type.
     */
    public Optional<List<String>> weekdaysNarrow() {
        List<String> names = Arrays.stream(strings.getOrDefault("date.weekdaysNarrow", "").split(","))
                .map(String::strip).filter(n -> !n.isEmpty()).toList();
        return names.size() == 7 ? Optional.of(names) : Optional.empty();
    }

    /** ASCII digits in this pack's digits (a year must not be grouped like a number: "2026", not "2,026"). */
    public String digits(String ascii) {
        char zero = DecimalFormatSymbols.getInstance(numberLocale()).getZeroDigit();
        if (zero == '0') {
            return ascii;
        }
        StringBuilder out = new StringBuilder(ascii.length());
        for (char c : ascii.toCharArray()) {
            out.append(c >= '0' && c <= '9' ? (char) (zero + (c - '0')) : c);
        }
        return out.toString();
    }

    private List<String> list(String key, int size) {
        List<String> items = Arrays.stream(pattern(key).orElse("").split(",")).map(String::strip).toList();
        if (items.size() != size && fallback != null) {
            return fallback.list(key, size);
        }
        return items;
    }

    /** The keys of {@code required} this pack leaves to its fallback. */
    public List<String> missingKeys(java.util.Collection<String> required) {
        return required.stream().filter(k -> !strings.containsKey(k)).sorted().toList();
    }

    /** Lower case without accents or spaces at the ends, for matching names of languages. */
    static String fold(String text) {
        String decomposed = java.text.Normalizer.normalize(text.strip().toLowerCase(Locale.ROOT), java.text.Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}+", "").replace('đ', 'd');
    }
}
