package app.homeplan.review;

import app.homeplan.plan.Family;

/**
 * What the review screen's "Print progress summary…" does with the family as it is on screen (the
 * review being typed included, already queued for saving). The composition root hands in the print
 * feature's PDF export, so this package needs nothing of printing; null means no button.
 */
@FunctionalInterface
public interface PrintProgress {
    void print(Family family);
}
