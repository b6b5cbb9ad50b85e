package app.homeplan.print.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.homeplan.i18n.Messages;
import app.homeplan.plan.FamilySummary;
import app.homeplan.print.PlanCopy;
import app.homeplan.store.Store;
import app.homeplan.store.StoreThread;
import app.homeplan.ui.AppContext;
import app.homeplan.ui.Dialogs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window's Export PDF action on a real (headless) stage, a real store and real PDFs; only the
 * operating system's save dialog and PDF viewer are stood in for.
 */
class ExportPdfActionTest {
    @TempDir
    Path dir;

    private Store store;
    private final StoreThread storeThread = new StoreThread();
    private Stage stage;
    private final List<String> errors = new CopyOnWriteArrayList<>();
    private final List<String> questions = new CopyOnWriteArrayList<>();
    private final List<Path> opened = new CopyOnWriteArrayList<>();
    private final List<String> suggestedNames = new CopyOnWriteArrayList<>();
    /** "Tiếng Việt only / Tiếng Việt and English": what was offered, which was picked first, and the answer given. */
    private final List<String> languageChoices = new CopyOnWriteArrayList<>();
    private final List<Integer> languagePreselected = new CopyOnWriteArrayList<>();
    private int languageAnswer;
    private FamilySummary mia;

    @BeforeEach
    void setUp() throws Exception {
        Messages.setLocale(Locale.ENGLISH);
        store = Store.open(dir.resolve("homeplan.db"));
        mia = store.families().listAll().get(0);
        stage = FxToolkit.registerPrimaryStage();
        FxToolkit.setupFixture(() -> {
            stage.setScene(new Scene(new StackPane(), 400, 300));
            stage.show();
        });
    }

    @AfterEach
    void tearDown() throws Exception {
        FxToolkit.setupFixture(() -> stage.hide());
        storeThread.close();
        store.close();
    }

    private ExportPdfAction action(Optional<Path> answer, boolean openIt) {
        Dialogs dialogs = new Dialogs(stage) {
            @Override
            public void showError(String titleKey, String message) {
                errors.add(message);
            }

            @Override
            public Optional<Integer> choose(String titleKey, String message, List<String> answers, int chosen,
                                            String confirmKey) {
                languageChoices.addAll(answers);
                languagePreselected.add(chosen);
                return Optional.of(languageAnswer);
            }

            @Override
            public void notifyDone(String titleKey, String message, String actionKey, Runnable action) {
                questions.add(message);
                if (openIt) {
                    action.run();
                }
            }
        };
        AppContext app = new AppContext(store, storeThread, dialogs, stage, null, null);
        return new ExportPdfAction(app, (owner, title, name) -> {
            suggestedNames.add(name);
            return answer;
        }, opened::add);
    }

    private Button button(ExportPdfAction action, SimpleObjectProperty<FamilySummary> selected) throws Exception {
        Button[] button = new Button[1];
        FxToolkit.setupFixture(() -> button[0] = action.button(selected));
        return button[0];
    }

    private void click(Button button) throws Exception {
        FxToolkit.setupFixture(button::fire);
    }

    private void waitUntilIdle(ExportPdfAction action) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !action.runningProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void exportsTheSelectedFamilyToTheChosenFileAndOffersToOpenIt() throws Exception {
        ExportPdfAction action = action(Optional.of(dir.resolve("For the fridge")), true);
        SimpleObjectProperty<FamilySummary> selected = new SimpleObjectProperty<>();
        Button button = button(action, selected);
        assertThat(button.isDisabled()).isTrue();
        assertThat(button.getText()).isEqualTo("Export PDF\u2026");

        FxToolkit.setupFixture(() -> selected.set(mia));
        assertThat(button.isDisabled()).isFalse();
        click(button);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !opened.isEmpty());
        waitUntilIdle(action);

        Path pdf = dir.resolve("For the fridge.pdf").toAbsolutePath();
        assertThat(suggestedNames).containsExactly("Mia home plan.pdf");
        assertThat(errors).isEmpty();
        assertThat(questions).containsExactly("Saved " + pdf + ".");
        assertThat(opened).containsExactly(pdf);
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertThat(doc.getNumberOfPages()).isGreaterThan(5);
            // The example family's caregiver prefers Vietnamese, so their copy is printed in it.
            assertThat(doc.getDocumentInformation().getTitle()).isEqualTo("K\u1ebf ho\u1ea1ch t\u1ea1i nh\u00e0 c\u1ee7a Mia");
        }
        assertThat(button.isDisabled()).isFalse();
    }

    @Test
    void aCopyInTheFamilysLanguageAsksForEnglishTooAndTheFamilyKeepsTheChoice() throws Exception {
        languageAnswer = 1; // "Tiếng Việt and English"
        ExportPdfAction action = action(Optional.of(dir.resolve("both.pdf")), false);
        Platform.runLater(() -> action.export(mia.id()));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !questions.isEmpty());
        waitUntilIdle(action);
        assertThat(languageChoices).containsExactly("Tiếng Việt (Vietnamese) only",
                "Tiếng Việt (Vietnamese) and English");
        assertThat(languagePreselected).containsExactly(0); // a new family: the family's language only
        String text = text(dir.resolve("both.pdf"));
        assertThat(text).contains("Mục tiêu của chúng ta", "Our goals", "Our day"); // each part, then in English
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> store.families().load(mia.id()).orElseThrow().planBilingual());

        // Next time the family's choice comes first; "only" prints the family's language alone and is kept too.
        languageAnswer = 0;
        questions.clear();
        ExportPdfAction again = action(Optional.of(dir.resolve("only.pdf")), false);
        Platform.runLater(() -> again.export(mia.id()));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !questions.isEmpty());
        waitUntilIdle(again);
        assertThat(languagePreselected).containsExactly(0, 1);
        assertThat(text(dir.resolve("only.pdf"))).contains("Mục tiêu của chúng ta").doesNotContain("Our goals");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !store.families().load(mia.id()).orElseThrow().planBilingual());
    }

    @Test
    void anEnglishPlanHasNoLanguageToChoose() throws Exception {
        store.families().load(mia.id()).ifPresent(f -> store.families().saveChanges(f, f.toBuilder().planLanguage("en").build()));
        ExportPdfAction action = action(Optional.of(dir.resolve("en.pdf")), false);
        Platform.runLater(() -> action.export(mia.id()));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !questions.isEmpty());
        waitUntilIdle(action);
        assertThat(languageChoices).isEmpty();
        assertThat(text(dir.resolve("en.pdf"))).contains("Our goals");
    }

    private static String text(Path pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }

    @Test
    void theProgressSummaryIsSavedTheSameWayUnderItsOwnName() throws Exception {
        ExportPdfAction action = action(Optional.of(dir.resolve("progress")), false);
        Platform.runLater(() -> action.export(mia.id(), PlanCopy.PROGRESS));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !questions.isEmpty());
        waitUntilIdle(action);
        Path pdf = dir.resolve("progress.pdf").toAbsolutePath();
        assertThat(suggestedNames).containsExactly("Mia progress summary.pdf");
        assertThat(errors).isEmpty();
        assertThat(questions).containsExactly("Saved " + pdf + ".");
        assertThat(opened).as("the user said not now").isEmpty();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertThat(doc.getDocumentInformation().getTitle()).isEqualTo("Ti\u1ebfn b\u1ed9 c\u1ee7a Mia");
        }
    }

    @Test
    void aFolderThatIsNotThereIsReportedAsASentenceAndNothingIsWritten() throws Exception {
        Path nowhere = dir.resolve("gone").resolve("plan.pdf");
        ExportPdfAction action = action(Optional.of(nowhere), true);
        Platform.runLater(() -> action.export(mia.id()));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !errors.isEmpty());
        waitUntilIdle(action);
        assertThat(errors).containsExactly("The folder " + nowhere.getParent().toAbsolutePath()
                + " does not exist. Choose a folder that exists.");
        assertThat(questions).isEmpty();
        assertThat(Files.exists(nowhere)).isFalse();
    }

    @Test
    void cancellingTheSaveDialogDoesNothing() throws Exception {
        ExportPdfAction action = action(Optional.empty(), true);
        Platform.runLater(() -> action.export(mia.id()));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !suggestedNames.isEmpty());
        waitUntilIdle(action);
        assertThat(errors).isEmpty();
        assertThat(questions).isEmpty();
        try (var files = Files.list(dir)) {
            assertThat(files.filter(p -> p.toString().endsWith(".pdf"))).isEmpty();
        }
    }

    @Test
    void aFamilyDeletedMeanwhileIsReportedAsASentence() throws Exception {
        store.families().delete(mia.id());
        ExportPdfAction action = action(Optional.of(dir.resolve("plan.pdf")), true);
        Platform.runLater(() -> action.export(mia.id()));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !errors.isEmpty());
        assertThat(errors).containsExactly("This family is no longer in Homeplan, so there is nothing to print.");
        assertThat(suggestedNames).isEmpty();
    }
}
