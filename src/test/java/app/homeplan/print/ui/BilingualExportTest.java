package app.homeplan.print.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.homeplan.i18n.Messages;
import app.homeplan.intake.IntakeStep;
import app.homeplan.intake.ui.IntakeView;
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
 * next time). Only the system's save dialog is stood in for.
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
        long mia = fx(() -> ((javafx.scene.control.TableView<?>) robot.lookup("#familyTable").query()).getItems().stream()
                .map(app.homeplan.plan.FamilySummary.class::cast).findFirst().orElseThrow().id());
        fx(() -> {
            harness.app().openFamily(mia);
            return null;
        });
        AppHarness.waitUntil(() -> robot.lookup("#intake").tryQuery().isPresent());
        IntakeView wizard = fx(() -> (IntakeView) robot.lookup("#intake").query());
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
