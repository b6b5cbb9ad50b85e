package app.homeplan.print;

import app.homeplan.i18n.Messages;
import app.homeplan.plan.Family;
import app.homeplan.plan.FamilySummary;
import app.homeplan.ui.AppContext;
import app.homeplan.ui.UserMessages;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Cursor;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.stage.FileChooser;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.StageStyle;
import javafx.stage.Window;
import javafx.util.Duration;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * "Export PDF…" in the window: loads the family on the store thread, asks where to save (a safe
 * default name from the child's name), prints on a background thread while a small "Making Mia's home
 * plan…" window shows (only if it takes long enough to notice), reports failures as sentences and
 * offers to open the PDF in the system viewer.
 */
public final class ExportPdfAction {
    /** Shown only when an export takes longer than this, so a fast export does not flash a window. */
    private static final Duration PROGRESS_DELAY = Duration.millis(250);

    /** One PDF at a time, off the FX thread. */
    private static final ExecutorService PDF_THREAD = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "homeplan-pdf");
        t.setDaemon(true);
        return t;
    });

    private final AppContext app;
    private final BiFunction<Window, String, Optional<Path>> askForFile;
    private final Consumer<Path> openInViewer;
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
    private Path lastFolder;

    /**
     * @param openInViewer opens a PDF in the system viewer (e.g. HostServices.showDocument); may throw
     */
    public ExportPdfAction(AppContext app, Consumer<Path> openInViewer) {
        this(app, ExportPdfAction::chooseFile, openInViewer);
    }

    /** For tests: {@code askForFile} stands in for the save dialog (owner, suggested name → file or empty). */
    ExportPdfAction(AppContext app, BiFunction<Window, String, Optional<Path>> askForFile, Consumer<Path> openInViewer) {
        this.app = app;
        this.askForFile = askForFile;
        this.openInViewer = openInViewer;
    }

    /** True while a PDF is being made. */
    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** The home screen's "Export PDF…" button, enabled while a family is selected and no export runs. */
    public Button button(ObservableValue<FamilySummary> selected) {
        Button button = new Button(Messages.get("print.export.button"), new FontIcon("mdmz-picture_as_pdf"));
        button.setId("exportPdf");
        button.setTooltip(new Tooltip(Messages.get("print.export.tooltip")));
        button.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> selected.getValue() == null || running.get(), selected, running));
        button.setOnAction(e -> {
            FamilySummary family = selected.getValue();
            if (family != null) {
                export(family.id());
            }
        });
        return button;
    }

    /** An "Export PDF…" button for a family in hand (the intake's last step), disabled while an export runs. */
    public Button button(java.util.function.Supplier<Family> family) {
        Button button = new Button(Messages.get("print.export.button"), new FontIcon("mdmz-picture_as_pdf"));
        button.setId("exportPdf");
        button.getStyleClass().add("accent");
        button.setTooltip(new Tooltip(Messages.get("print.export.tooltip")));
        button.disableProperty().bind(running);
        button.setOnAction(e -> export(family.get()));
        return button;
    }

    /** Exports one stored family; call on the FX thread. */
    public void export(long familyId) {
        if (running.get()) {
            return;
        }
        running.set(true);
        app.storeThread().submit(() -> app.store().families().load(familyId))
                .whenComplete((family, failure) -> Platform.runLater(() -> {
                    if (failure != null) {
                        finish();
                        app.dialogs().showError("print.export.failedTitle", UserMessages.of(failure));
                    } else if (family.isEmpty()) {
                        finish();
                        app.dialogs().showError("print.export.failedTitle", Messages.get("print.export.familyGone"));
                    } else {
                        export(family.get());
                    }
                }));
    }

    /** Exports a family already in hand (the intake's last step has one); call on the FX thread. */
    public void export(Family family) {
        running.set(true);
        Optional<Path> chosen = askForFile.apply(app.stage(), HomePlanPdf.suggestedFileName(family));
        if (chosen.isEmpty()) {
            finish();
            return;
        }
        Path target = withPdfExtension(chosen.get());
        lastFolder = target.toAbsolutePath().getParent();
        PrintOptions options = PrintOptions.defaults(Locale.getDefault(), LocalDate.now());
        Progress progress = new Progress(app.stage(), Messages.get("print.export.working", HomePlanHtml.title(family)));
        CompletableFuture.supplyAsync(() -> HomePlanPdf.writeFile(family, options, target), PDF_THREAD)
                .whenComplete((written, failure) -> Platform.runLater(() -> {
                    progress.close();
                    finish();
                    if (failure != null) {
                        app.dialogs().showError("print.export.failedTitle", sentence(failure));
                    } else {
                        offerToOpen(written);
                    }
                }));
    }

    private void offerToOpen(Path pdf) {
        if (!app.dialogs().confirm("print.export.doneTitle", Messages.get("print.export.done", pdf), "print.export.open")) {
            return;
        }
        try {
            openInViewer.accept(pdf);
        } catch (RuntimeException e) {
            app.dialogs().showError("print.export.doneTitle", Messages.get("print.export.openFailed", pdf));
        }
    }

    private void finish() {
        running.set(false);
    }

    static String sentence(Throwable failure) {
        Throwable t = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        return t instanceof PrintException ? t.getMessage() : UserMessages.of(t);
    }

    static Path withPdfExtension(Path file) {
        String name = file.getFileName().toString();
        return name.toLowerCase(Locale.ROOT).endsWith(".pdf") ? file : file.resolveSibling(name + ".pdf");
    }

    private static Optional<Path> chooseFile(Window owner, String suggestedName) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get("print.export.chooserTitle"));
        chooser.setInitialFileName(suggestedName);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.get("print.export.fileType"), "*.pdf"));
        File folder = defaultFolder();
        if (folder != null) {
            chooser.setInitialDirectory(folder);
        }
        return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath);
    }

    private static File defaultFolder() {
        Path home = Path.of(System.getProperty("user.home", "."));
        Path documents = home.resolve("Documents");
        if (Files.isDirectory(documents)) {
            return documents.toFile();
        }
        return Files.isDirectory(home) ? home.toFile() : null;
    }

    /** The folder of the last export (for tests and for the next dialog). */
    Path lastFolder() {
        return lastFolder;
    }

    /** A small "Making Mia's home plan…" window that appears only if the work is slow, with a busy cursor. */
    private static final class Progress {
        private final Stage owner;
        private final PauseTransition delay = new PauseTransition(PROGRESS_DELAY);
        private Stage stage;
        private boolean closed;

        Progress(Stage owner, String text) {
            this.owner = owner;
            if (owner != null && owner.getScene() != null) {
                owner.getScene().setCursor(Cursor.WAIT);
            }
            delay.setOnFinished(e -> {
                if (closed || owner == null || !owner.isShowing()) {
                    return;
                }
                ProgressIndicator spinner = new ProgressIndicator();
                spinner.setMaxSize(36, 36);
                Label label = new Label(text);
                label.setWrapText(true);
                HBox box = new HBox(16, spinner, label);
                box.setAlignment(Pos.CENTER_LEFT);
                box.setPadding(new Insets(20, 28, 20, 24));
                box.setId("pdfProgress");
                stage = new Stage(StageStyle.UTILITY);
                stage.initOwner(owner);
                stage.initModality(Modality.WINDOW_MODAL);
                stage.setTitle(Messages.get("print.export.chooserTitle"));
                stage.setScene(new Scene(box));
                stage.setOnCloseRequest(javafx.event.Event::consume); // it closes itself when the work ends
                stage.show();
            });
            delay.play();
        }

        void close() {
            closed = true;
            delay.stop();
            if (stage != null) {
                stage.close();
            }
            if (owner != null && owner.getScene() != null) {
                owner.getScene().setCursor(Cursor.DEFAULT);
            }
        }
    }
}
