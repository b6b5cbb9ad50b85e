package app.homeplan.ui;

/** Moves between Homeplan's screens. */
public interface Navigator {
    void showFamilies();

    void openFamily(long familyId);
}
