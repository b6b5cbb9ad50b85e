package app.homeplan.i18n;

import java.util.Locale;

/**
 * Where a piece of text takes its words and number conventions from: the app's own language
 * ({@link Messages#wording()}) or a printout's language (a language pack). Code that words sentences
 * for both the screen and a printout (scores, coverage sentences) takes one of these.
 */
public interface Wording {
    /** The wording for a key with its arguments filled in. */
    String text(String key, Object... args);

    /** The locale numbers are written in (decimal mark and digits). */
    Locale numberLocale();
}
