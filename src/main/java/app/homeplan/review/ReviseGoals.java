package app.homeplan.review;

/**
 * Where "Revise or add goals" leads from a review: the intake wizard's goals and strategies steps
 * for the family. The app passes it in; until the wizard exists there is none, and the review
 * screen shows no such button rather than one that does nothing.
 */
@FunctionalInterface
public interface ReviseGoals {
    /** Opens the family's goals for revising or adding to, after the review has been saved. */
    void open(long familyId);
}
