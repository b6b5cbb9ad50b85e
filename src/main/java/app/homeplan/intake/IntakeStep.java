package app.homeplan.intake;

import app.homeplan.i18n.Messages;

/** The six steps of the intake meeting, in order. {@code Family.wizardStep()} is the step's index. */
public enum IntakeStep {
    FAMILY("family", "mdal-family_restroom"),
    ABOUT("about", "mdal-favorite_border"),
    DAY("day", "mdmz-wb_sunny"),
    GOALS("goals", "mdmz-star_outline"),
    STRATEGIES("strategies", "mdal-lightbulb"),
    REVIEW("review", "mdal-assignment_turned_in");

    private final String id;
    private final String icon;

    IntakeStep(String id, String icon) {
        this.id = id;
        this.icon = icon;
    }

    /** A short id for node ids and bundle keys ("goals"). */
    public String id() {
        return id;
    }

    /** Ikonli literal of the step's icon. */
    public String icon() {
        return icon;
    }

    /** 1-6, as shown to people. */
    public int number() {
        return ordinal() + 1;
    }

    public String title() {
        return Messages.get("intake.step." + id);
    }

    /** The step a stored family resumes at; out-of-range values fall back to the nearest step. */
    public static IntakeStep at(int index) {
        IntakeStep[] steps = values();
        return steps[Math.max(0, Math.min(steps.length - 1, index))];
    }

    public boolean isLast() {
        return ordinal() == values().length - 1;
    }
}
