package app.homeplan.print;

import app.homeplan.language.LanguagePack;
import app.homeplan.language.LanguagePacks;
import app.homeplan.plan.Caregiver;
import app.homeplan.plan.Family;
import java.lang.Character.UnicodeScript;
import java.util.Optional;

/**
 * The language of a piece of the family's own text, for the PDF's text layer (/Lang on its run, so a
 * screen reader reads it with the right voice): none when it is in the plan language's script (it is
 * read as the plan's language); else the language of a caregiver whose language has that script; else
 * the script's usual language (Arabic, Hebrew, Chinese, and English for Latin letters).
 */
final class TextLanguage {
    private final UnicodeScript planScript;
    private final Family family;
    private final LanguagePacks packs;

    TextLanguage(LanguagePack plan, Family family, LanguagePacks packs) {
        this.planScript = script(plan.name()).orElse(UnicodeScript.LATIN);
        this.family = family;
        this.packs = packs;
    }

    /** The BCP 47 tag for this text's run, or empty when it reads as the plan's language. */
    Optional<String> of(String text) {
        Optional<UnicodeScript> script = script(text);
        if (script.isEmpty() || script.get() == planScript) {
            return Optional.empty();
        }
        for (Caregiver c : family.caregivers()) {
            Optional<LanguagePack> pack = packs.matching(c.preferredLanguage());
            if (pack.isPresent() && script(pack.get().name()).equals(script)
                    && (!pack.get().code().equals("vi") || looksVietnamese(text))) {
                return Optional.of(pack.get().code());
            }
        }
        return Optional.ofNullable(switch (script.get()) {
            case ARABIC -> "ar";
            case HEBREW -> "he";
            case HAN, HIRAGANA, KATAKANA -> "zh";
            case HANGUL -> "ko";
            case LATIN -> "en";
            default -> null;
        });
    }

    /** Vietnamese is written in Latin letters, but nearly every sentence has a letter only it uses (ư, ơ, đ, ạ...). */
    static boolean looksVietnamese(String text) {
        return text.chars().anyMatch(c -> c >= 0x1EA0 && c <= 0x1EF9 || "ăâđêôơưĂÂĐÊÔƠƯ".indexOf(c) >= 0);
    }

    /** The script of the first letter (Latin, Arabic, Han...), if any. */
    static Optional<UnicodeScript> script(String text) {
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isLetter(c)) {
                return Optional.of(UnicodeScript.of(c));
            }
        }
        return Optional.empty();
    }
}
