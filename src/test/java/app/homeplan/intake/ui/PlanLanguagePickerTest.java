package app.homeplan.intake.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.homeplan.i18n.Messages;
import app.homeplan.intake.ui.FamilyStepViewModel.LanguageChoice;
import app.homeplan.language.LanguagePacks;
import app.homeplan.language.PackCorrections;
import app.homeplan.language.PlanLanguages;
import app.homeplan.plan.Family;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The wizard's "language of the family's copy": by default the caregivers' language, named as it is now
 * (it follows what is typed for the caregivers); a chosen language is kept in the family and is what the
 * family's copy prints in; each translation says in the list whether it is a draft or who checked it
 * and when, and a clinic's own packs (from the data folder) are listed once they are read.
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

    @Test
    void aClinicsOwnPackAndWhoCheckedAPackAreInTheList(@TempDir Path dataFolder) throws IOException {
        PackCorrections vi = PackCorrections.open(dataFolder, "vi");
        vi.markChecked("Lan Nguyễn", LocalDate.of(2026, 12, 6));
        vi.save();
        Files.writeString(dataFolder.resolve("language-packs/fa.properties"), """
                pack.name=فارسی
                pack.englishName=Persian
                pack.direction=rtl
                pack.status=draft
                print.goals.title=هدف‌های ما
                """, StandardCharsets.UTF_8);

        // The family chose the clinic's Persian; until the clinic's packs are read, the list says it has no such pack.
        FamilyDraft draft = new FamilyDraft(Family.newFor("Sara").toBuilder().planLanguage("fa").build());
        SimpleObjectProperty<LanguagePacks> packs = new SimpleObjectProperty<>(LanguagePacks.shipped());
        FamilyStepViewModel model = new FamilyStepViewModel(draft, () -> TODAY, packs);
        assertThat(model.planLanguageProperty().get().code()).isEqualTo("fa");
        assertThat(model.planLanguageProperty().get().label())
                .isEqualTo("fa \u2014 no language pack with this code here: the family's copy prints in English");
        assertThat(label(model, "vi")).isEqualTo("Tiếng Việt (Vietnamese) \u2014 draft translation, not yet checked");

        packs.set(LanguagePacks.load(dataFolder)); // read off the FX thread by the wizard
        assertThat(model.planLanguageProperty().get().code()).isEqualTo("fa");
        assertThat(model.planLanguageProperty().get().label())
                .isEqualTo("\u200Eفارسی (Persian) \u2014 draft translation, not yet checked");
        assertThat(model.planLanguages()).extracting(LanguageChoice::code).containsExactly("", "en", "es", "vi", "ar", "zh-Hans", "fa");
        assertThat(label(model, "vi")).startsWith("Tiếng Việt (Vietnamese) \u2014 checked by Lan Nguyễn on ").contains("2026")
                .doesNotContain("draft");
        assertThat(label(model, "en")).isEqualTo("English");
        assertThat(draft.get().planLanguage()).as("opening the step changes nothing").isEqualTo("fa");

        // A step made after the packs were read lists them at once.
        FamilyStepViewModel later = new FamilyStepViewModel(new FamilyDraft(draft.get()), () -> TODAY, packs);
        assertThat(later.planLanguageProperty().get().label()).contains("Persian");
    }

    private static String label(FamilyStepViewModel model, String code) {
        return model.planLanguages().stream().filter(c -> c.code().equals(code)).findFirst().orElseThrow().label();
    }
}
