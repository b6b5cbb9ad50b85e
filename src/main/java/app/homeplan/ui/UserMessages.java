package app.homeplan.ui;

import app.homeplan.i18n.Messages;
import app.homeplan.plan.PlanValidationException;
import app.homeplan.store.StoreException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/** Turns any failure into a sentence for the user: ours carry one; anything else gets a calm default. */
public final class UserMessages {
    private UserMessages() {
    }

    public static String of(Throwable failure) {
        Throwable t = failure;
        while ((t instanceof CompletionException || t instanceof ExecutionException) && t.getCause() != null) {
            t = t.getCause();
        }
        if (t instanceof StoreException || t instanceof PlanValidationException) {
            return t.getMessage();
        }
        return Messages.get("common.error.unexpected");
    }
}
