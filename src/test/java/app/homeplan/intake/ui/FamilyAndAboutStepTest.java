package app.homeplan.intake.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.homeplan.i18n.Messages;
import app.homeplan.plan.Family;
import app.homeplan.plan.SupportKind;
import app.homeplan.plan.SupportStrength;
import app.homeplan.testing.TestFamilies;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Steps 1 and 2: every edit reaches the family at once; nothing typed is thrown away. */
class FamilyAndAboutStepTest {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

    @BeforeAll
    static void english() {
        Messages.setLocale(Locale.ENGLISH);
    }

    @Test
    void childDetailsAndAgeFollowTyping() {
        FamilyDraft draft = new FamilyDraft(Family.newFor("Mia"));
        FamilyStepViewModel model = new FamilyStepViewModel(draft, () -> TODAY);
        model.childNameProperty().set("Nguyễn Thị Mai");
        model.preferredNameProperty().set("Mai");
        model.dateOfBirthProperty().set(LocalDate.of(2023, 4, 14));
        assertThat(draft.get().child().name()).isEqualTo("Nguyễn Thị Mai");
        assertThat(draft.get().child().displayName()).isEqualTo("Mai");
        assertThat(model.ageProperty().get()).isEqualTo("3 years 7 months");
        // The age is on the meeting day when there is one.
        model.meetingDateProperty().set(LocalDate.of(2024, 4, 20));
        assertThat(model.ageProperty().get()).isEqualTo("1 year");
        model.dateOfBirthProperty().set(LocalDate.of(2024, 4, 1));
        assertThat(model.ageProperty().get()).isEqualTo("19 days old");
    }

    @Test
    void aBlankChildNameIsExplainedAndTheLastNameKept() {
        FamilyDraft draft = new FamilyDraft(Family.newFor("Mia"));
        FamilyStepViewModel model = new FamilyStepViewModel(draft, () -> TODAY);
        model.childNameProperty().set("");
        assertThat(model.childNameProblemProperty().get()).contains("needs the child's name");
        assertThat(draft.get().child().name()).isEqualTo("Mia");
        assertThat(model.childNameProperty().get()).isEmpty(); // the screen keeps what was typed
        model.childNameProperty().set("Mia Rose");
        assertThat(model.childNameProblemProperty().get()).isEmpty();
        assertThat(draft.get().child().name()).isEqualTo("Mia Rose");
    }

    @Test
    void aBirthDateAfterTheMeetingIsQueriedButKept() {
        FamilyDraft draft = new FamilyDraft(Family.newFor("Mia"));
        FamilyStepViewModel model = new FamilyStepViewModel(draft, () -> TODAY);
        model.dateOfBirthProperty().set(TODAY.plusYears(1));
        assertThat(model.dateOfBirthProblemProperty().get()).contains("after the meeting day");
        assertThat(draft.get().child().dateOfBirth()).isEqualTo(TODAY.plusYears(1));
        assertThat(model.ageProperty().get()).isEmpty();
    }

    @Test
    void caregiversAndCliniciansAreAddedEditedAndRemoved() {
        FamilyDraft draft = new FamilyDraft(Family.newFor("Mia"));
        FamilyStepViewModel model = new FamilyStepViewModel(draft, () -> TODAY);
        FamilyStepViewModel.CaregiverRow mum = model.addCaregiver();
        mum.nameProperty().set("Lan");
        mum.relationshipProperty().set("Mother");
        mum.languageProperty().set("Tiếng Việt");
        mum.interpreterProperty().set(true);
        mum.contactProperty().set("0400 000 001");
        FamilyStepViewModel.CaregiverRow gran = model.addCaregiver();
        gran.nameProperty().set("فاطمة");
        gran.attendedProperty().set(false);
        FamilyStepViewModel.ClinicianRow sam = model.addClinician();
        sam.nameProperty().set("Sam");
        sam.disciplineProperty().set("OT");
        model.otherAttendeesProperty().set("Interpreter (Mr Tran)");
        model.meetingIsToday();
        model.consentProperty().set(true);

        Family f = draft.get();
        assertThat(f.caregivers()).hasSize(2);
        assertThat(f.caregivers().get(0)).satisfies(c -> {
            assertThat(c.name()).isEqualTo("Lan");
            assertThat(c.preferredLanguage()).isEqualTo("Tiếng Việt");
            assertThat(c.interpreterNeeded()).isTrue();
            assertThat(c.attended()).isTrue(); // a new caregiver is usually at the meeting
        });
        assertThat(f.caregivers().get(1).attended()).isFalse();
        assertThat(f.clinicians()).singleElement().satisfies(c -> assertThat(c.discipline()).isEqualTo("OT"));
        assertThat(f.meetingDate()).isEqualTo(TODAY);
        assertThat(f.consentToStore()).isTrue();
        assertThat(model.consentHintProperty().get()).isEmpty();

        model.removeCaregiver(mum);
        assertThat(draft.get().caregivers()).extracting(c -> c.name()).containsExactly("فاطمة");
        model.consentProperty().set(false);
        assertThat(model.consentHintProperty().get()).contains("Ask the family");
    }

    @Test
    void aboutUsKeepsLongUnicodeTextExactlyAndTheEcomapList() {
        FamilyDraft draft = new FamilyDraft(Family.newFor("Mia"));
        AboutStepViewModel model = new AboutStepViewModel(draft);
        String paste = TestFamilies.longText(10_000);
        model.strengthsProperty().set(TestFamilies.HARD_TEXT);
        model.interestsProperty().set("Bubbles 🫧, the Bluey song");
        model.goingWellProperty().set("Sleeps well");
        model.concernsProperty().set("Meals\nDressing");
        model.hopesProperty().set(paste);
        AboutStepViewModel.SupportRow gran = model.addSupport(SupportKind.INFORMAL);
        gran.nameProperty().set("Bà Hoa");
        gran.strengthProperty().set(SupportStrength.STRONG);
        AboutStepViewModel.SupportRow childcare = model.addSupport(SupportKind.FORMAL);
        childcare.nameProperty().set("Childcare");
        childcare.strengthProperty().set(SupportStrength.STRESSFUL);

        Family f = draft.get();
        assertThat(f.about().strengths()).isEqualTo(TestFamilies.HARD_TEXT);
        assertThat(f.about().hopes()).isEqualTo(paste).hasSize(10_000);
        assertThat(f.about().concerns()).isEqualTo("Meals\nDressing");
        assertThat(f.supports()).extracting(s -> s.name() + "/" + s.kind() + "/" + s.strength())
                .containsExactly("Bà Hoa/INFORMAL/STRONG", "Childcare/FORMAL/STRESSFUL");
        model.removeSupport(gran);
        assertThat(draft.get().supports()).extracting(s -> s.name()).containsExactly("Childcare");
        // Reopened, the step shows what is stored.
        AboutStepViewModel again = new AboutStepViewModel(draft);
        assertThat(again.hopesProperty().get()).isEqualTo(paste);
        assertThat(again.supports()).hasSize(1);
    }
}
