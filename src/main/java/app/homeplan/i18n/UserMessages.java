package app.homeplan.i18n;

import java.lang.reflect.InvocationTargetException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/**
 * The one way to turn a failure into a sentence for the user: ours carry one ({@link UserFacingException});
 * anything else gets a calm default. Failures that come back from another thread are unwrapped first.
 */
public final class UserMessages {
    private UserMessages() {
    }

    public static String of(Throwable failure) {
        return cause(failure) instanceof UserFacingException known ? known.getMessage()
                : Messages.get("common.error.unexpected");
    }

    /** The failure itself, without the wrappers a future or an executor put around it. */
    public static Throwable cause(Throwable failure) {
        Throwable t = failure;
        while ((t instanceof CompletionException || t instanceof ExecutionException
                || t instanceof InvocationTargetException) && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }
}
