package app.homeplan.language.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.homeplan.i18n.Messages;
import app.homeplan.language.LanguagePacks;
import app.homeplan.language.ui.PackEditorViewModel.Line;
import app.homeplan.plan.FamilySummary;
import app.homeplan.print.ui.ExportPdfAction;
import app.homeplan.testing.AppHarness;
import app.homeplan.testing.LayoutCheck;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
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
 * The language pack editor in the real window (headless), driven by the keyboard from the home screen:
 * a Vietnamese line corrected beside its English and the pack marked checked by a named person, saved
 * in the data folder's override file (a line changed after that makes the pack a draft again until it
 * is marked again); the family's plan exported from the window then says on its
 * notes page who checked the translation and when. The screen holds at 1024x700 with text at 200 %.
 */
class PackEditorScreenTest {
    @TempDir
    Path dir;
    AppHarness harness;
    final FxRobot robot = new FxRobot();

    @BeforeEach
    void start() throws Exception {
        Messages.setLocale(Locale.ENGLISH);
        harness = new AppHarness(dir.resolve("homeplan.db")); // a new data file holds the example family
        harness.start();
        AppHarness.waitUntil(() -> robot.lookup("#familyTable").tryQuery().isPresent());
    }

    @AfterEach
    void stop() throws Exception {
        harness.close();
    }

    @Test
    void aClinicCorrectsALineMarksThePackCheckedAndThePlanSaysWhoChecked() throws Exception {
        alt(KeyCode.L); // "Language packs…" on the home screen
        AppHarness.waitUntil(() -> robot.lookup("#packEditor").tryQuery().isPresent()
                && !editor().model().lines().isEmpty());
        assertThat(text("#packStatus")).isEqualTo("Draft: not yet checked by a qualified translator");

        // Vietnamese, the example family's language (the keys as a person would: the list, Down, Enter).
        alt(KeyCode.L);
        assertThat(fx(() -> harness.stage().getScene().getFocusOwner() instanceof ComboBox<?>)).isTrue();
        robot.type(KeyCode.DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        fx(() -> {
            ComboBox<?> packs = (ComboBox<?>) robot.lookup("#packChoice").query();
            packs.hide();
            return null;
        });
        AppHarness.waitUntil(() -> editor().model().packProperty().get().code().equals("vi")
                && editor().model().lines().stream().anyMatch(l -> l.textProperty().get().startsWith("Kế hoạch")));
        assertThat(text("#packStatus")).startsWith("Draft");

        // Find the line, go to it, correct its words beside the English.
        alt(KeyCode.F);
        robot.write("Our goals");
        AppHarness.waitUntil(() -> editor().model().filterProperty().get().equals("Our goals")
                && editor().model().lines().stream().allMatch(l -> l.english().toLowerCase(Locale.ROOT).contains("our goals")
                        || l.textProperty().get().toLowerCase(Locale.ROOT).contains("our goals")));
        assertThat(fx(() -> editor().model().lines().size())).isBetween(1, 10);
        fx(() -> {
            Line goals = editor().model().lines().stream().filter(l -> l.key().equals("print.goals.title")).findFirst().orElseThrow();
            editor().table().getSelectionModel().select(goals);
            editor().table().requestFocus();
            return null;
        });
        assertThat(text("#packEnglish")).isEqualTo("Our goals");
        robot.type(KeyCode.ENTER); // from the list to the line's words
        assertThat(fx(() -> harness.stage().getScene().getFocusOwner().getId())).isEqualTo("packWording");
        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL);
        robot.write("Muc tieu cua ca nha");
        AppHarness.waitUntil(() -> editor().table().getSelectionModel().getSelectedItem().textProperty().get()
                .equals("Muc tieu cua ca nha"));

        // A safety line that lost the child's name {0} is named and not saved; put back, it is fine again.
        fx(() -> {
            editor().model().filterProperty().set("");
            Line water = editor().model().lines().stream().filter(l -> l.key().equals("library.safety.WATER")).findFirst().orElseThrow();
            editor().model().selectedProperty().set(water);
            return null;
        });
        TextArea wording = fx(() -> (TextArea) robot.lookup("#packWording").query());
        String waterWords = fx(wording::getText);
        assertThat(waterWords).contains("{0}");
        fx(() -> {
            wording.setText(waterWords.replace("{0}", "con"));
            return null;
        });
        assertThat(text("#packProblem")).contains("{0}");
        assertThat(text("#packSaveState")).contains("1 line needs fixing");
        fx(() -> {
            wording.setText(waterWords);
            return null;
        });
        assertThat(text("#packProblem")).isEmpty();

        // Marked checked by the person named, yesterday (the day they read it).
        LocalDate yesterday = LocalDate.now().minusDays(1);
        fx(() -> {
            editor().model().checkedOnProperty().set(yesterday);
            return null;
        });
        alt(KeyCode.C);
        robot.write("Lan Nguyen (interpreter)");
        alt(KeyCode.M);
        Path file = dir.resolve("language-packs/vi.properties");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Files.exists(file)
                && Files.readString(file, StandardCharsets.UTF_8).contains("pack.status=checked"));
        AppHarness.waitUntil(() -> text("#packSaveState").equals("Saved in " + file.toAbsolutePath() + "."));
        assertThat(text("#packStatus")).startsWith("Checked by Lan Nguyen (interpreter) on");
        String saved = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(saved).contains("pack.status=checked", "pack.checkedBy=Lan Nguyen (interpreter)",
                "pack.checkedOn=" + yesterday, "print.goals.title=Muc tieu cua ca nha");

        // A line changed after the check takes the mark back: the checker read other words. Alt+M marks it again.
        fx(() -> {
            Line goals = editor().model().lines().stream().filter(l -> l.key().equals("print.goals.title")).findFirst().orElseThrow();
            editor().model().selectedProperty().set(goals);
            return null;
        });
        alt(KeyCode.W);
        assertThat(fx(() -> harness.stage().getScene().getFocusOwner().getId())).isEqualTo("packWording");
        robot.press(KeyCode.CONTROL).type(KeyCode.END).release(KeyCode.CONTROL);
        robot.write(" minh");
        AppHarness.waitUntil(() -> text("#packStatus").startsWith("Draft again: a line was changed after the check by "
                + "Lan Nguyen (interpreter) on "));
        assertThat(fx(() -> robot.lookup("#markDraft").query().isVisible())).isFalse();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Files.readString(file, StandardCharsets.UTF_8)
                .contains("print.goals.title=Muc tieu cua ca nha minh"));
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).contains("pack.status=draft")
                .doesNotContain("Lan Nguyen");
        assertThat(LanguagePacks.load(dir).find("vi").orElseThrow().checked()).isFalse();
        assertThat(fx(() -> editor().model().checkedOnProperty().get())).isEqualTo(LocalDate.now());
        alt(KeyCode.M); // the name is still filled in; the date is today, the new check's
        LocalDate today = LocalDate.now();
        AppHarness.waitUntil(() -> text("#packStatus").startsWith("Checked by Lan Nguyen (interpreter) on"));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Files.readString(file, StandardCharsets.UTF_8)
                .contains("pack.status=checked\npack.checkedBy=Lan Nguyen (interpreter)\npack.checkedOn=" + today));

        // Esc goes back to the families; the plan exported from the window says who checked it.
        robot.type(KeyCode.ESCAPE);
        AppHarness.waitUntil(() -> robot.lookup("#familyTable").tryQuery().isPresent());
        String text = exportExamplePlan();
        String date = LanguagePacks.load(dir).find("vi").orElseThrow().date(today);
        assertThat(text).contains("Lan Nguyen (interpreter) đã kiểm tra bản dịch vào " + date + ".")
                .contains("Muc tieu cua ca nha").doesNotContain("bản nháp");
    }

    @Test
    void holdsAt1024x700WithTextAt200PercentAndEveryPartIsReachedByTab() throws Exception {
        fx(() -> {
            Stage stage = harness.stage();
            stage.setMaximized(false);
            stage.setWidth(1024);
            stage.setHeight(700);
            harness.app().window().setFontSize(28);
            return null;
        });
        alt(KeyCode.L);
        AppHarness.waitUntil(() -> robot.lookup("#packEditor").tryQuery().isPresent()
                && !editor().model().lines().isEmpty() && editor().model().selectedProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        List<String> problems = fx(() -> {
            Scene scene = harness.stage().getScene();
            scene.getRoot().applyCss();
            scene.getRoot().layout();
            return LayoutCheck.problems(scene.getRoot(), "pack editor at 1024x700-200pct");
        });
        assertThat(problems).isEmpty();
        List<String> ids = fx(() -> LayoutCheck.focusableControls(harness.stage().getScene().getRoot()).stream()
                .map(Control::getId).filter(id -> id != null).toList());
        assertThat(ids).contains("backToFamilies", "packChoice", "packFilter", "packLines", "packWording",
                "previousLine", "nextLine", "checkerName")
                .doesNotContain("markChecked"); // until a checker is named

        // Tab walks the page in the order it is drawn, and each field it reaches is scrolled into view.
        fx(() -> {
            robot.lookup("#packChoice").query().requestFocus();
            return null;
        });
        List<String> visited = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            robot.type(KeyCode.TAB);
            WaitForAsyncUtils.waitForFxEvents();
            visited.add(fx(() -> {
                Node focus = harness.stage().getScene().getFocusOwner();
                return focus == null ? "nothing" : String.valueOf(focus.getId());
            }));
        }
        assertThat(visited).containsSubsequence("packFilter", "packLines", "packWording", "previousLine", "nextLine",
                "checkerName");
        fx(() -> {
            robot.lookup("#checkerName").query().requestFocus();
            return null;
        });
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> fx(() -> {
            Node name = robot.lookup("#checkerName").query();
            var bounds = name.localToScene(name.getBoundsInLocal());
            return bounds.getMinY() >= 0 && bounds.getMaxY() <= harness.stage().getScene().getHeight();
        }));
    }

    /** Exports the example family's plan with the window's own Export PDF action; the PDF's text. */
    private String exportExamplePlan() throws Exception {
        Path pdf = dir.resolve("mia.pdf");
        ExportPdfAction export = fx(() -> new ExportPdfAction(harness.app().context(),
                (owner, title, name) -> Optional.of(pdf), opened -> { }));
        fx(() -> {
            FamilySummary mia = ((javafx.scene.control.TableView<?>) robot.lookup("#familyTable").query()).getItems().stream()
                    .map(FamilySummary.class::cast).findFirst().orElseThrow();
            export.export(mia.id());
            return null;
        });
        // "Tiếng Việt only" or "and English": the family's language only is picked; Enter goes on.
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> fx(() -> javafx.stage.Window.getWindows().stream()
                .anyMatch(w -> w.isShowing() && w.getScene().getRoot() instanceof javafx.scene.control.DialogPane)));
        WaitForAsyncUtils.waitForFxEvents();
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> fx(() -> !export.runningProperty().get()));
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }

    private PackEditorView editor() {
        return (PackEditorView) robot.lookup("#packEditor").query();
    }

    private String text(String id) {
        return fx(() -> ((Label) robot.lookup(id).query()).getText());
    }

    private void alt(KeyCode letter) {
        fx(() -> {
            harness.stage().requestFocus();
            return null;
        });
        robot.press(KeyCode.ALT).type(letter).release(KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static <T> T fx(Callable<T> work) {
        return WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(work));
    }
}
