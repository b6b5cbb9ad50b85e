package app.homeplan.intake.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.homeplan.i18n.Messages;
import app.homeplan.intake.ui.FamilyStepViewModel.LanguageChoice;
import app.homeplan.language.LanguagePacks;
import app.homeplan.language.PlanLanguages;
import app.homeplan.plan.Family;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The wizard's "language of the family's copy": by default the caregivers' language, named as it is now
 * (it follows what is typed for the caregivers); a chosen language is kept in the family and is what the
 * family's copy prints in; a translation not yet checked says so in the list.
 */
class PlanLanguagePickerTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 9, 5);

    @BeforeAll
    static void english() {
        Messages.setLocale(Locale.ENGLISH);
    }

    @Test
    void theDefaultFollowsTheCaregiversLanguageAndAChoiceIsKeptInTheFamily() {
        FamilyDraft draft = new FamilyDraft(Family.newFor("Mia"));
        FamilyStepViewModel model = new FamilyStepViewModel(draft, () -> TODAY);
        assertThat(model.planLanguageProperty().get().code()).isEmpty();
        assertThat(model.planLanguageProperty().get().label()).isEqualTo("The caregivers' language (now English)");

        var mum = model.addCaregiver();
        mum.nameProperty().set("Lan");
        mum.languageProperty().set("Tiếng Việt");
        mum.interpreterProperty().set(true);
        assertThat(model.planLanguageProperty().get().label()).isEqualTo("The caregivers' language (now Tiếng Việt (Vietnamese))");
        assertThat(PlanLanguages.forFamily(LanguagePacks.shipped(), draft.get()).code()).isEqualTo("vi");

        LanguageChoice arabic = model.planLanguages().stream().filter(c -> c.code().equals("ar")).findFirst().orElseThrow();
        // An English line that starts with the Arabic name: a left-to-right mark keeps it reading from the left.
        assertThat(arabic.label()).isEqualTo("\u200Eالعربية (Arabic) \u2014 draft translation, not yet checked");
        assertThat(model.planLanguages()).extracting(LanguageChoice::code).contains("", "en", "es", "vi", "ar", "zh-Hans");
        model.planLanguageProperty().set(arabic);
        assertThat(draft.get().planLanguage()).isEqualTo("ar");
        assertThat(PlanLanguages.forFamily(LanguagePacks.shipped(), draft.get()).code()).isEqualTo("ar");

        // Reopened: the choice is shown again.
        FamilyStepViewModel again = new FamilyStepViewModel(new FamilyDraft(draft.get()), () -> TODAY);
        assertThat(again.planLanguageProperty().get().code()).isEqualTo("ar");
    }
}
