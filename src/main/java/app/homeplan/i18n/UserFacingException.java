package app.homeplan.i18n;

/**
 * A failure the user can understand and act on: its message is a whole sentence from the resource
 * bundles (what happened, what to do), fit for a dialog, a banner or the command line's one error line.
 * Every such exception of Homeplan extends this; {@link UserMessages#of} turns any failure into a sentence.
 */
public abstract class UserFacingException extends RuntimeException {
    private final String key;
    private final transient Object[] args;

    protected UserFacingException(Throwable cause, String key, Object... args) {
        super(Messages.get(key, args), cause);
        this.key = key;
        this.args = args.clone();
    }

    /** The bundle key of the sentence, to say it again in another language. */
    public String key() {
        return key;
    }

    public Object[] args() {
        return args.clone();
    }
}
