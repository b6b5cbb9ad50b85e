package app.homeplan.plan;

import java.util.UUID;

/** Stable identities for the parts of a plan; they survive export, import and reordering. */
public final class Ids {
    private Ids() {
    }

    public static String newId() {
        return UUID.randomUUID().toString();
    }
}
