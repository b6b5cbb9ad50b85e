package app.homeplan.plan;

import app.homeplan.i18n.UserFacingException;

/**
 * A value that cannot be part of a plan (a satisfaction of 6, a strategy for a goal that is not there).
 * The message is a plain sentence from the resource bundles, fit to show to a user.
 */
public final class PlanValidationException extends UserFacingException {
    public PlanValidationException(String key, Object... args) {
        super(null, key, args);
    }
}
