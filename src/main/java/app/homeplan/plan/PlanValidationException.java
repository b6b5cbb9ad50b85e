package app.homeplan.plan;

import app.homeplan.i18n.Messages;

/**
 * A value that cannot be part of a plan (a satisfaction of 6, a strategy for a goal that is not there).
 * The message is a plain sentence from the resource bundles, fit to show to a user.
 */
public final class PlanValidationException extends IllegalArgumentException {
    private final String key;
    private final transient Object[] args;

    public PlanValidationException(String key, Object... args) {
        super(Messages.get(key, args));
        this.key = key;
        this.args = args.clone();
    }

    public String key() {
        return key;
    }

    public Object[] args() {
        return args.clone();
    }
}
