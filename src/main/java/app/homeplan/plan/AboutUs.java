package app.homeplan.plan;

/** The family's own picture of the child and of themselves, in their words. */
public record AboutUs(String strengths, String interests, String goingWell, String concerns, String hopes) {
    public static final AboutUs EMPTY = new AboutUs("", "", "", "", "");

    public AboutUs {
        strengths = Checks.text(strengths);
        interests = Checks.text(interests);
        goingWell = Checks.text(goingWell);
        concerns = Checks.text(concerns);
        hopes = Checks.text(hopes);
    }
}
