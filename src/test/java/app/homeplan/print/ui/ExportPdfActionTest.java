package app.homeplan.print.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.homeplan.i18n.Messages;
import app.homeplan.plan.FamilySummary;
import app.homeplan.print.PlanCopy;
import app.homeplan.store.Store;
import app.homeplan.store.StoreThread;
import app.homeplan.testing.Stores;
import app.homeplan.testing.TestFamilies;
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
        store = Stores.open(dir.resolve("homeplan.db"));
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
        assertThat(button.getText()).isEqualTo("Export _PDF\u2026");

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

    /** A family far longer than a real one: its plan takes seconds to make, long enough to be stopped. */
    private FamilySummary longFamily() {
        app.homeplan.plan.Routine day = app.homeplan.plan.Routine.of("", "The whole day");
        List<app.homeplan.plan.Goal> goals = java.util.stream.IntStream.rangeClosed(1, 100)
                .mapToObj(i -> app.homeplan.plan.Goal.builder().familyWords("Goal " + i + " " + TestFamilies.longText(3_000))
                        .routineIds(List.of(day.id())).build()).toList();
        long id = store.families().insert(app.homeplan.plan.Family.newFor("Ada").toBuilder()
                .routines(List.of(day)).goals(goals).build()).id();
        return store.families().listAll().stream().filter(f -> f.id() == id).findFirst().orElseThrow();
    }

    @Test
    void aLongExportShowsItsPagesAndCancelStopsItLeavingNoFileAndTheOlderOneAsItWas() throws Exception {
        Path target = dir.resolve("long.pdf");
        Files.writeString(target, "the plan printed last week");
        ExportPdfAction action = action(Optional.of(target), true);
        FamilySummary ada = longFamily();
        Platform.runLater(() -> action.export(ada.id()));

        // The progress window comes up (the export is slow) saying how far it is, with Cancel.
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() -> progressText().isPresent()).get());
        assertThat(progressText().orElseThrow()).matches("(Laying out the pages\u2026|\\d+ pages? made so far\\.)"
                + " Cancel stops it; no file is saved then\\.");
        FxToolkit.setupFixture(() -> ((Button) progressWindow().orElseThrow().getScene().lookup("#pdfCancel")).fire());

        waitUntilIdle(action);
        assertThat(action.lastStopped()).isEqualTo(target.toAbsolutePath());
        assertThat(errors).as("stopping is not a failure").isEmpty();
        assertThat(questions).as("nothing saved, nothing to open").isEmpty();
        assertThat(opened).isEmpty();
        assertThat(Files.readString(target)).isEqualTo("the plan printed last week");
        try (java.util.stream.Stream<Path> left = Files.list(dir)) {
            assertThat(left.map(p -> p.getFileName().toString())).as("no half-written PDF left")
                    .noneMatch(n -> n.endsWith(".part")).doesNotContain("long.pdf.pdf");
        }
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() -> progressWindow().isEmpty()).get());
    }

    private static Optional<javafx.stage.Window> progressWindow() {
        return javafx.stage.Window.getWindows().stream()
                .filter(w -> w.isShowing() && w.getScene() != null && w.getScene().lookup("#pdfProgress") != null).findFirst();
    }

    private static Optional<String> progressText() {
        return progressWindow().map(w -> ((javafx.scene.control.Label) w.getScene().lookup("#pdfPages")).getText());
    }
}
