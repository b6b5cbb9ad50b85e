package app.homeplan.print.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.homeplan.i18n.Messages;
import app.homeplan.intake.IntakeStep;
import app.homeplan.intake.ui.IntakeView;
import app.homeplan.language.PackCorrections;
import app.homeplan.plan.Family;
import app.homeplan.store.Store;
import app.homeplan.testing.AppHarness;
import app.homeplan.testing.Stores;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.RadioButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * "Family language only / family language and English" at Export PDF from the wizard's last step, in
 * the real window with the real question, answered with the keyboard: the exported plan has English
 * after each part, and the family keeps the choice (stored with the rest of the family, offered first
 * next time). The clinic's own language packs (a Persian pack it added, its Vietnamese marked checked)
 * are in step 1's list with their status, and the question says who checked the translation. Only the
 * system's save dialog is stood in for.
 */
class BilingualExportTest {
    @TempDir
    Path dir;
    AppHarness harness;
    final FxRobot robot = new FxRobot();

    @BeforeEach
    void start() throws Exception {
        Messages.setLocale(Locale.ENGLISH);
        harness = new AppHarness(dir.resolve("homeplan.db")); // the example family: its caregiver reads Vietnamese
        harness.start();
        AppHarness.waitUntil(() -> robot.lookup("#familyTable").tryQuery().isPresent());
    }

    @AfterEach
    void stop() throws Exception {
        harness.close();
    }

    @Test
    void theLastStepsExportAsksAndTheFamilysCopyPrintsInBothLanguages() throws Exception {
        PackCorrections vi = PackCorrections.open(dir, "vi");
        vi.markChecked("Lan Nguyễn", java.time.LocalDate.of(2026, 12, 6));
        vi.save();
        Files.writeString(dir.resolve("language-packs/fa.properties"), """
                pack.name=فارسی
                pack.englishName=Persian
                pack.direction=rtl
                print.goals.title=هدف‌های ما
                """, java.nio.charset.StandardCharsets.UTF_8);
        long mia = fx(() -> ((javafx.scene.control.TableView<?>) robot.lookup("#familyTable").query()).getItems().stream()
                .map(app.homeplan.plan.FamilySummary.class::cast).findFirst().orElseThrow().id());
        fx(() -> {
            harness.app().openFamily(mia);
            return null;
        });
        AppHarness.waitUntil(() -> robot.lookup("#intake").tryQuery().isPresent());
        IntakeView wizard = fx(() -> (IntakeView) robot.lookup("#intake").query());

        // Step 1's "Language of the family's copy" lists the clinic's packs, each with its status.
        fx(() -> wizard.model().go(IntakeStep.FAMILY));
        AppHarness.waitUntil(() -> robot.lookup("#planLanguage").tryQuery()
                .map(n -> ((ComboBox<?>) n).getItems().stream().anyMatch(c -> c.toString().contains("Persian"))).orElse(false));
        List<String> listed = fx(() -> ((ComboBox<?>) robot.lookup("#planLanguage").query()).getItems().stream()
                .map(Object::toString).toList());
        assertThat(listed).contains("\u200Eفارسی (Persian) \u2014 draft translation, not yet checked", "English",
                "\u200Eالعربية (Arabic) \u2014 draft translation, not yet checked");
        assertThat(listed).anyMatch(l -> l.startsWith("Ti\u1ebfng Vi\u1ec7t (Vietnamese) \u2014 checked by Lan Nguyễn on ")
                && l.contains("2026"));
        fx(() -> wizard.model().go(IntakeStep.REVIEW));

        // The last step's Export PDF, wired as the window wires it, saving to a file of the test's.
        Path pdf = dir.resolve("mia.pdf");
        ExportPdfAction export = fx(() -> new ExportPdfAction(harness.app().context(), (owner, title, name) -> Optional.of(pdf), p -> { }));
        Button button = fx(() -> export.button(() -> wizard.model().draft().get(), change -> wizard.model().draft().update(change)));
        fx(() -> {
            button.fire();
            return null;
        });
        DialogPane question = waitForDialog();
        List<String> answers = fx(() -> question.lookupAll(".radio-button").stream().map(n -> ((RadioButton) n).getText()).toList());
        assertThat(answers).containsExactly("Ti\u1ebfng Vi\u1ec7t (Vietnamese) only", "Ti\u1ebfng Vi\u1ec7t (Vietnamese) and English");
        // The question says whether the translation is a draft or who checked it (the status is never hidden).
        String asked = fx(() -> question.lookupAll(".label").stream().map(n -> ((javafx.scene.control.Label) n).getText())
                .filter(t -> t != null && t.contains("childcare")).findFirst().orElse(""));
        assertThat(asked).contains("The translation: Ti\u1ebfng Vi\u1ec7t (Vietnamese) \u2014 checked by Lan Nguyễn on ");
        assertThat(fx(() -> ((RadioButton) question.lookupAll(".radio-button").iterator().next()).isSelected())).isTrue();
        AppHarness.waitUntil(() -> question.getScene().getFocusOwner() instanceof RadioButton r && r.isSelected());
        robot.type(KeyCode.DOWN); // "and English"
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fx(() -> question.getScene().getFocusOwner() instanceof RadioButton r && r.isSelected()
                && r.getText().endsWith("and English"))).isTrue();
        robot.type(KeyCode.ENTER); // the default answer: Continue
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(() -> question.getScene() == null
                || !question.getScene().getWindow().isShowing()));
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> Files.exists(pdf) && fx(() -> !export.runningProperty().get()));

        String text;
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
        assertThat(text).contains("M\u1ee5c ti\u00eau c\u1ee7a ch\u00fang ta", "Our goals", "M\u1ed9t ng\u00e0y c\u1ee7a ch\u00fang ta", "Our day");
        assertThat(text).contains("Lan Nguyễn đã kiểm tra bản dịch");
        assertThat(text.indexOf("Our goals")).as("English after the Vietnamese part").isGreaterThan(text.indexOf("M\u1ee5c ti\u00eau c\u1ee7a ch\u00fang ta"));

        // Kept with the family: in the wizard's draft, then in the data file once the wizard saves.
        assertThat(fx(() -> wizard.model().draft().get().planBilingual())).isTrue();
        fx(() -> {
            harness.app().showFamilies();
            return null;
        });
        AppHarness.waitUntil(() -> robot.lookup("#familyTable").tryQuery().isPresent());
        harness.stop();
        try (Store store = Stores.open(dir.resolve("homeplan.db"))) {
            Family stored = store.families().load(mia).orElseThrow();
            assertThat(stored.planBilingual()).isTrue();
        }
    }

    private static DialogPane waitForDialog() throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> fx(() -> Window.getWindows().stream()
                .anyMatch(w -> w.isShowing() && w.getScene() != null && w.getScene().getRoot() instanceof DialogPane)));
        WaitForAsyncUtils.waitForFxEvents();
        return fx(() -> Window.getWindows().stream()
                .filter(w -> w.isShowing() && w.getScene() != null && w.getScene().getRoot() instanceof DialogPane)
                .map(w -> (DialogPane) w.getScene().getRoot()).findFirst().orElseThrow());
    }

    private static <T> T fx(Callable<T> work) {
        return WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(work));
    }
}
