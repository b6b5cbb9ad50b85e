package app.homeplan.fileformat.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.homeplan.families.ui.FamilyListView;
import app.homeplan.families.ui.FamilyListViewModel;
import app.homeplan.fileformat.EncryptedFamilyFile;
import app.homeplan.fileformat.FamilyFile;
import app.homeplan.plan.Family;
import app.homeplan.plan.FamilySummary;
import app.homeplan.store.Store;
import app.homeplan.store.StoreThread;
import app.homeplan.testing.Stores;
import app.homeplan.testing.TestFamilies;
import app.homeplan.ui.AppContext;
import app.homeplan.ui.Dialogs;
import app.homeplan.ui.MainWindow;
import app.homeplan.ui.Navigator;
import app.homeplan.ui.WindowState;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The home screen's Export and Import buttons in a real JavaFX scene (headless Monocle), on a real
 * store. The system file chooser cannot run headless, so the test answers where to save and what to
 * open; dialogs are recorded instead of shown.
 */
@ExtendWith(ApplicationExtension.class)
class FamilyFileActionsTest {
    @TempDir
    static Path dir;

    private Store store;
    private final StoreThread storeThread = new StoreThread();
    private FamilyListView view;
    private Family mia;
    private final List<Long> opened = new CopyOnWriteArrayList<>();
    private final List<String> shown = new CopyOnWriteArrayList<>();
    private volatile boolean answerCopy;
    private volatile Path importFrom;
    private volatile char[] exportLock = new char[0];
    private volatile char[] importPassphrase;
    private Preferences preferences;

    @Start
    void start(Stage stage) {
        app.homeplan.ui.Theme.apply(); // the app's theme, as the app and the full suite set it
        store = Stores.open(dir.resolve("ui-" + System.nanoTime() + ".db"));
        mia = store.families().insert(TestFamilies.everyField());
        Dialogs dialogs = new Dialogs(stage) {
            @Override
            public boolean confirm(String titleKey, String message, String confirmKey) {
                shown.add("confirm: " + message);
                return answerCopy;
            }

            @Override
            public void showError(String titleKey, String message) {
                shown.add("error: " + message);
            }

            @Override
            public void showInfo(String titleKey, String message) {
                shown.add("info: " + message);
            }
        };
        Navigator navigator = new Navigator() {
            @Override
            public void showFamilies() {
            }

            @Override
            public void openFamily(long familyId) {
                opened.add(familyId);
            }
        };
        preferences = Preferences.userRoot().node("app/homeplan/test-" + System.nanoTime());
        MainWindow window = new MainWindow(new WindowState(preferences));
        FamilyListViewModel listModel = new FamilyListViewModel(store.families(), storeThread, Platform::runLater);
        view = new FamilyListView(listModel, navigator, dialogs, LocalDate::now);
        FamilyFileActions.install(view, new AppContext(store, storeThread, dialogs, stage, window, navigator),
                new FamilyFileActions.FileChoices() {
                    @Override
                    public Optional<Path> exportTarget(String suggestedName, Path folder) {
                        shown.add("save as: " + suggestedName);
                        return Optional.of(dir.resolve(suggestedName));
                    }

                    @Override
                    public Optional<Path> importSource(Path folder) {
                        return Optional.ofNullable(importFrom);
                    }

                    @Override
                    public Optional<char[]> exportPassphrase() {
                        return Optional.ofNullable(exportLock);
                    }

                    @Override
                    public Optional<char[]> importPassphrase(Path file) {
                        shown.add("passphrase for: " + file.getFileName());
                        return Optional.ofNullable(importPassphrase);
                    }
                });
        window.show(view);
        stage.setScene(window.scene());
        stage.show();
    }

    @AfterEach
    void close() throws Exception {
        storeThread.close();
        store.close();
        preferences.removeNode();
    }

    private void waitFor(java.util.function.BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private FamilySummary row(long id) {
        return view.model().families().stream().filter(f -> f.id() == id).findFirst().orElseThrow();
    }

    @Test
    void exportIsOfferedForTheSelectedFamilyAndWritesItsFile(FxRobot robot) throws Exception {
        waitFor(() -> view.model().families().size() == 2);
        Button export = robot.lookup("#exportFamilyFile").queryButton();
        assertThat(export.isDisabled()).isTrue();
        assertThat(robot.lookup("#importFamilyFile").queryButton().isDisabled()).isFalse();
        // Export next to Open, before the spacer that keeps Delete apart; import beside "New family".
        assertThat(view.actions().getChildren().subList(0, 2)).extracting(n -> n.getId())
                .containsExactly("openFamily", "exportFamilyFile");
        assertThat(view.headerActions().getChildren()).extracting(n -> n.getId()).contains("importFamilyFile");

        robot.interact(() -> view.model().selectedProperty().set(row(mia.id())));
        assertThat(export.isDisabled()).isFalse();
        robot.clickOn(export);

        String expectedName = FamilyFileViewModel.suggestedFileName(mia.child().name());
        waitFor(() -> shown.stream().anyMatch(s -> s.startsWith("info: ")));
        assertThat(shown.get(0)).isEqualTo("save as: " + expectedName);
        assertThat(dir.resolve(expectedName)).hasBinaryContent(FamilyFile.toBytes(mia));
        assertThat(shown.get(1)).contains("family file is saved as", expectedName, "keep it somewhere safe");
    }

    @Test
    void importAddsTheFamilyToTheListAndOpensIt(FxRobot robot) throws Exception {
        waitFor(() -> view.model().families().size() == 2);
        Family other = TestFamilies.everyField();
        importFrom = dir.resolve("other-" + System.nanoTime() + ".homeplan.json");
        FamilyFile.write(other, importFrom);

        robot.clickOn("#importFamilyFile");

        waitFor(() -> !opened.isEmpty());
        long id = opened.get(0);
        waitFor(() -> view.model().families().size() == 3);
        assertThat(view.model().selectedProperty().get().id()).isEqualTo(id);
        assertThat(store.families().load(id).orElseThrow().uid()).isEqualTo(other.uid());
        assertThat(shown).isEmpty();
    }

    @Test
    void importOfAFamilyAlreadyHereAsksBeforeAddingACopy(FxRobot robot) throws Exception {
        waitFor(() -> view.model().families().size() == 2);
        importFrom = dir.resolve("mia-" + System.nanoTime() + ".homeplan.json");
        FamilyFile.write(mia, importFrom);

        answerCopy = false;
        robot.clickOn("#importFamilyFile");
        waitFor(() -> !shown.isEmpty());
        assertThat(shown.get(0)).startsWith("confirm: This family is already in Homeplan (Mia ")
                .contains("Import it as a copy?");
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
        assertThat(opened).isEmpty();
        assertThat(store.families().count()).isEqualTo(2);

        answerCopy = true;
        robot.clickOn("#importFamilyFile");
        waitFor(() -> !opened.isEmpty());
        assertThat(store.families().count()).isEqualTo(3);
        long copy = opened.get(0);
        assertThat(copy).isNotEqualTo(mia.id());

        // Two rows with the same child's name: the copy's says "Imported copy", the original's does not.
        waitFor(() -> view.model().families().size() == 3);
        assertThat(row(copy).importedCopy()).isTrue();
        assertThat(row(mia.id()).importedCopy()).isFalse();
        waitFor(() -> visibleCopyTags(robot).size() == 1);
        javafx.scene.control.Label tag = visibleCopyTags(robot).get(0);
        assertThat(tag.getText()).isEqualTo("Imported copy");
        javafx.scene.Node cell = tag;
        while (!(cell instanceof javafx.scene.control.TableCell<?, ?>)) {
            cell = cell.getParent();
        }
        assertThat(((FamilySummary) ((javafx.scene.control.TableCell<?, ?>) cell).getItem()).id()).isEqualTo(copy);
    }

    private static java.util.List<javafx.scene.control.Label> visibleCopyTags(FxRobot robot) {
        return robot.lookup("#importedCopy").queryAllAs(javafx.scene.control.Label.class).stream()
                .filter(javafx.scene.Node::isVisible).filter(l -> l.getParent() != null && l.getParent().isVisible()).toList();
    }

    @Test
    void aBadFileIsExplainedInADialogAndNothingIsAdded(FxRobot robot) throws Exception {
        waitFor(() -> view.model().families().size() == 2);
        importFrom = dir.resolve("notes-" + System.nanoTime() + ".homeplan.json");
        Files.writeString(importFrom, "Mia's notes, not a family file");

        robot.clickOn("#importFamilyFile");

        waitFor(() -> !shown.isEmpty());
        assertThat(shown).singleElement().asString()
                .startsWith("error: The file \u201c" + importFrom.getFileName() + "\u201d is not a family file: it is not valid JSON (line 1, column 1).");
        assertThat(store.families().count()).isEqualTo(2);
        assertThat(opened).isEmpty();
        assertThat(robot.lookup("#importFamilyFile").queryButton().isDisabled()).isFalse();
    }

    @Test
    void aLockedExportOpensOnImportWithItsPassphraseOnly(FxRobot robot) throws Exception {
        waitFor(() -> view.model().families().size() == 2);
        robot.interact(() -> view.model().selectedProperty().set(row(mia.id())));
        exportLock = "kangaroo paw 7".toCharArray();
        robot.clickOn("#exportFamilyFile");
        waitFor(() -> shown.stream().anyMatch(s -> s.startsWith("info: ")));
        Path locked = dir.resolve(FamilyFileViewModel.suggestedFileName(mia.child().name()));
        byte[] content = Files.readAllBytes(locked);
        assertThat(EncryptedFamilyFile.isEncrypted(content)).isTrue();
        assertThat(new String(content, java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain(mia.child().name());
        assertThat(shown).last().asString().contains("locked with your passphrase", "Give the passphrase separately");

        // A wrong passphrase: one sentence, nothing added.
        shown.clear();
        importFrom = locked;
        importPassphrase = "kangaroo paw 8".toCharArray();
        answerCopy = true;
        robot.clickOn("#importFamilyFile");
        waitFor(() -> shown.stream().anyMatch(s -> s.startsWith("error: ")));
        assertThat(shown.get(0)).isEqualTo("passphrase for: " + locked.getFileName());
        assertThat(shown.get(1)).startsWith("error: ").doesNotContain("Exception");
        assertThat(store.families().count()).isEqualTo(2);

        // Cancelled at the question: nothing added either.
        shown.clear();
        importPassphrase = null;
        robot.clickOn("#importFamilyFile");
        waitFor(() -> shown.stream().anyMatch(s -> s.startsWith("error: ")));
        assertThat(store.families().count()).isEqualTo(2);

        // The right one: the family comes in (a copy, as it is already here).
        shown.clear();
        importPassphrase = "kangaroo paw 7".toCharArray();
        robot.clickOn("#importFamilyFile");
        waitFor(() -> !opened.isEmpty());
        assertThat(store.families().count()).isEqualTo(3);
        assertThat(store.families().load(opened.get(0)).orElseThrow().child().name()).isEqualTo(mia.child().name());
    }

    @Test
    void aPassphraseThatIsTooShortOrNotRepeatedIsSaidBeforeExport() {
        assertThat(PassphraseDialog.exportProblem("", "")).isEmpty();
        assertThat(PassphraseDialog.exportProblem("kangaroo", "kangaroo")).isEmpty();
        assertThat(PassphraseDialog.exportProblem("roo", "roo")).isEqualTo("A passphrase needs at least 8 characters.");
        assertThat(PassphraseDialog.exportProblem("kangaroo", "kangaro")).isEqualTo("The two passphrases are not the same.");
    }
}
