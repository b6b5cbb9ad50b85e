package app.homeplan.library;

import app.homeplan.i18n.Messages;

/**
 * A routine from Homeplan's built-in list of everyday routines (MEISR-like, in Homeplan's own
 * words). {@code icon} is an Ikonli Material 2 literal, resolved by the UI.
 */
public record LibraryRoutine(String key, String usualTime, String icon) {

    /** The routine's everyday name in the user's language. */
    public String displayName() {
        return Messages.get("library.routine." + key);
    }

    /** A prompt for talking through this routine with the family. */
    public String prompt() {
        return Messages.get("library.routine." + key + ".prompt");
    }
}
