package app.homeplan.print.ui;

import app.homeplan.ui.Shortcuts;
import app.homeplan.store.AccessLog;
import app.homeplan.i18n.Messages;
import app.homeplan.plan.Family;
import app.homeplan.plan.FamilySummary;
import app.homeplan.language.LanguagePack;
import app.homeplan.language.LanguagePacks;
import app.homeplan.language.PlanLanguages;
import app.homeplan.print.HomePlanPdf;
import app.homeplan.print.Paper;
import app.homeplan.print.PlanCopy;
import app.homeplan.print.PrintJob;
import app.homeplan.print.PrintOptions;
import app.homeplan.scores.GasMode;
import app.homeplan.ui.AppContext;
import app.homeplan.i18n.UserMessages;
import app.homeplan.ui.Tooltips;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.UnaryOperator;
import java.util.function.Consumer;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.PauseTransition;
import javafx.animation.Timeline;
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
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.StageStyle;
import javafx.stage.Window;
import javafx.util.Duration;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Saves a family's printout as a PDF from the window: the home screen's "Export PDF…" (the home plan)
 * and the review screen's "Print progress summary…" ({@link PlanCopy#PROGRESS}) take the same steps.
 * It loads the family on the store thread (or takes the one in hand), asks where to save (a safe
 * default name from the child's name), prints on a background thread while a small "Making Mia's home
 * plan…" window shows (only if it takes long enough to notice), reports failures as sentences and
 * offers to open the PDF in the system viewer.
 */
public final class ExportPdfAction {
    /** Where to save a PDF: the system's save dialog in the app, a fixed answer in tests. */
    @FunctionalInterface
    public interface SaveDialog {
        /** @return the file chosen, or empty when the user cancelled */
        Optional<Path> ask(Window owner, String title, String suggestedName);
    }

    /** Shown only when an export takes longer than this, so a fast export does not flash a window. */
    private static final Duration PROGRESS_DELAY = Duration.millis(250);

    private final AppContext app;
    private final SaveDialog askForFile;
    private final Consumer<Path> openInViewer;
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
    private Path lastFolder;
    /** The file of the last export that was stopped (for tests). */
    private Path lastStopped;

    /**
     * @param openInViewer opens a PDF in the system viewer (e.g. HostServices.showDocument); may throw
     */
    public ExportPdfAction(AppContext app, Consumer<Path> openInViewer) {
        this(app, ExportPdfAction::chooseFile, openInViewer);
    }

    /** With another way to choose the file (tests answer instead of the system's save dialog). */
    public ExportPdfAction(AppContext app, SaveDialog askForFile, Consumer<Path> openInViewer) {
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
        Shortcuts.keep(button);
        button.setId("exportPdf");
        Tooltips.onHover(button, Messages.get("print.export.tooltip"));
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

    /**
     * An "Export PDF…" button for a family in hand (the intake's last step), disabled while an export
     * runs. The choice of "family language only" or "and English" is kept through {@code change}
     * (the wizard's draft, which saves it with the rest).
     */
    public Button button(java.util.function.Supplier<Family> family, Consumer<UnaryOperator<Family>> change) {
        Button button = new Button(Messages.get("print.export.button"), new FontIcon("mdmz-picture_as_pdf"));
        Shortcuts.keep(button);
        button.setId("exportPdf");
        button.getStyleClass().add("accent");
        Tooltips.onHover(button, Messages.get("print.export.tooltip"));
        button.disableProperty().bind(running);
        button.setOnAction(e -> {
            if (!running.get()) {
                running.set(true);
                saveAs(family.get(), PlanCopy.FAMILY, change);
            }
        });
        return button;
    }

    /** Exports one stored family's home plan (the family's copy); call on the FX thread. */
    public void export(long familyId) {
        export(familyId, PlanCopy.FAMILY);
    }

    /** Exports one stored family's printout; call on the FX thread. */
    public void export(long familyId, PlanCopy copy) {
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
                        saveAs(family.get(), copy, change -> keepInStore(familyId, change));
                    }
                }));
    }

    /** Exports the home plan of a family already in hand (the intake's last step has one); call on the FX thread. */
    public void export(Family family) {
        export(family, PlanCopy.FAMILY);
    }

    /**
     * Exports a printout of a family already in hand, as it is on screen (the review screen has one,
     * with the review being typed); call on the FX thread. Ignored while another export runs.
     */
    public void export(Family family, PlanCopy copy) {
        if (running.get()) {
            return;
        }
        running.set(true);
        saveAs(family, copy, family.id() == 0 ? change -> { } : change -> keepInStore(family.id(), change));
    }

    /**
     * Reads the clinic's language packs (beside the data file; a clinic's PostgreSQL database has no data
     * folder: the shipped packs), asks for a family's copy in a translation whether English should follow
     * each part, then where to save, and prints.
     */
    private void saveAs(Family family, PlanCopy copy, Consumer<UnaryOperator<Family>> change) {
        Path database = app.store().file();
        CompletableFuture.supplyAsync(() -> LanguagePacks.besideDatabase(database), app.workers().files())
                .whenComplete((packs, failure) -> Platform.runLater(() -> {
                    LanguagePacks usable = failure == null ? packs : LanguagePacks.shipped();
                    Optional<Family> toPrint = copy == PlanCopy.FAMILY ? withLanguageChoice(family, usable, change)
                            : Optional.of(family);
                    if (toPrint.isEmpty()) {
                        finish();
                    } else {
                        saveAs(toPrint.get(), copy, usable);
                    }
                }));
    }

    /**
     * For a family's copy in a translation: "Tiếng Việt only" or "Tiếng Việt and English" (for childcare
     * staff and other carers), the family's last choice first; a changed choice is kept for the family.
     * Empty when cancelled. An English plan has nothing to choose.
     */
    private Optional<Family> withLanguageChoice(Family family, LanguagePacks packs, Consumer<UnaryOperator<Family>> change) {
        LanguagePack language = PlanLanguages.forFamily(packs, family);
        if (language.isSource()) {
            return Optional.of(family);
        }
        Optional<Integer> answer = app.dialogs().choose("print.export.language.title",
                Messages.get("print.export.language.question", HomePlanPdf.title(family, PlanCopy.FAMILY),
                        language.labelWithStatus()),
                List.of(Messages.get("print.export.language.only", language.label()),
                        Messages.get("print.export.language.both", language.label())),
                family.planBilingual() ? 1 : 0, "print.export.language.next");
        if (answer.isEmpty()) {
            return Optional.empty();
        }
        boolean both = answer.get() == 1;
        if (both == family.planBilingual()) {
            return Optional.of(family);
        }
        change.accept(f -> f.toBuilder().planBilingual(both).build());
        return Optional.of(family.toBuilder().planBilingual(both).build());
    }

    /** Keeps a stored family's changed choice (on the store's thread); a data file that is read-only keeps none. */
    private void keepInStore(long familyId, UnaryOperator<Family> change) {
        if (app.store().isReadOnly()) {
            return;
        }
        app.storeThread().submit(() -> {
            // Read again: the change applies to what is stored now.
            app.store().families().load(familyId).ifPresent(now -> app.store().families().saveChanges(now, change.apply(now)));
            return null;
        }).whenComplete((done, failure) -> {
            if (failure != null) {
                Platform.runLater(() -> app.dialogs().showError("print.export.language.notKept", UserMessages.of(failure)));
            }
        });
    }

    private void saveAs(Family family, PlanCopy copy, LanguagePacks packs) {
        Optional<Path> chosen = askForFile.ask(app.stage(), Messages.get(key(copy, "chooserTitle")),
                HomePlanPdf.suggestedFileName(family, copy));
        if (chosen.isEmpty()) {
            finish();
            return;
        }
        Path target = withPdfExtension(chosen.get());
        lastFolder = target.toAbsolutePath().getParent();
        PrintOptions options = PrintOptions.defaults(Locale.getDefault(), LocalDate.now()).withPaper(Paper.forThisComputer())
                .withCopy(copy);
        String working = copy == PlanCopy.PROGRESS
                ? Messages.get("print.progress.export.working", family.child().displayName())
                : Messages.get("print.export.working", HomePlanPdf.title(family, copy));
        PrintJob job = new PrintJob();
        Progress progress = new Progress(app.stage(), working, Messages.get(key(copy, "chooserTitle")), job);
        // The clinic's GAS setting is read on the store's thread; the PDF is made on its own, in the
        // family's language with the clinic's own language packs on top.
        app.storeThread().submit(() -> {
                    if (family.id() != 0) {
                        app.store().accessLog().recordIfWritable(AccessLog.Action.PRINT, family.id(), null);
                    }
                    return GasMode.parse(app.store().settings().get(GasMode.SETTING).orElse(null));
                })
                .thenApplyAsync(mode -> HomePlanPdf.writeFile(family, options.withGasMode(mode)
                        .withPacks(packs), target, job), app.workers().pdf())
                .whenComplete((written, failure) -> Platform.runLater(() -> {
                    progress.close();
                    finish();
                    if (failure != null && PrintJob.isStop(failure)) {
                        // Stopped as asked: no file was left, nothing went wrong, nothing to say.
                        lastStopped = target;
                    } else if (failure != null) {
                        app.dialogs().showError("print.export.failedTitle", UserMessages.of(failure));
                    } else {
                        offerToOpen(written, copy);
                    }
                }));
    }

    /** The wording for a step of saving this printout: the progress summary has its own, the plan's copies share theirs. */
    private static String key(PlanCopy copy, String step) {
        return (copy == PlanCopy.PROGRESS ? "print.progress.export." : "print.export.") + step;
    }

    /** "Saved ..." with "Open the PDF", without a question to answer: the next step costs nothing. */
    private void offerToOpen(Path pdf, PlanCopy copy) {
        app.dialogs().notifyDone(key(copy, "doneTitle"), Messages.get("print.export.done", pdf), "print.export.open", () -> {
            try {
                openInViewer.accept(pdf);
            } catch (RuntimeException e) {
                app.dialogs().showError(key(copy, "doneTitle"), Messages.get(key(copy, "openFailed"), pdf));
            }
        });
    }

    private void finish() {
        running.set(false);
    }

    static Path withPdfExtension(Path file) {
        String name = file.getFileName().toString();
        return name.toLowerCase(Locale.ROOT).endsWith(".pdf") ? file : file.resolveSibling(name + ".pdf");
    }

    private static Optional<Path> chooseFile(Window owner, String title, String suggestedName) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
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

    /** The file the last stopped export would have written, or null. */
    Path lastStopped() {
        return lastStopped;
    }

    /**
     * A small "Making Mia's home plan…" window that appears only if the work is slow, with a busy
     * cursor, the pages drawn so far and Cancel (also Escape, or closing the window), which stops the
     * export: no file is left.
     */
    private static final class Progress {
        /** How often the page count is read from the export's thread. */
        private static final Duration REFRESH = Duration.millis(200);

        private final Stage owner;
        private final PrintJob job;
        private final PauseTransition delay = new PauseTransition(PROGRESS_DELAY);
        private final Timeline pages = new Timeline();
        private Stage stage;
        private boolean closed;

        Progress(Stage owner, String text, String title, PrintJob job) {
            this.owner = owner;
            this.job = job;
            if (owner != null && owner.getScene() != null) {
                owner.getScene().setCursor(Cursor.WAIT);
            }
            delay.setOnFinished(e -> {
                if (closed || owner == null || !owner.isShowing()) {
                    return;
                }
                show(text, title);
            });
            delay.play();
        }

        private void show(String text, String title) {
            ProgressIndicator spinner = new ProgressIndicator();
            spinner.setMaxSize(36, 36);
            Label label = new Label(text);
            label.setWrapText(true);
            Label done = new Label(Messages.get("print.export.laying"));
            done.setId("pdfPages");
            done.getStyleClass().add("hint");
            Button cancel = new Button(Messages.get("common.cancel"));
            cancel.setId("pdfCancel");
            cancel.setCancelButton(true); // Escape
            cancel.setOnAction(e -> {
                job.stop();
                cancel.setDisable(true);
                done.setText(Messages.get("print.export.stopping"));
            });
            pages.getKeyFrames().setAll(new KeyFrame(REFRESH, e -> {
                if (!job.isStopped() && job.pages() > 0) {
                    done.setText(Messages.get("print.export.pagesSoFar", job.pages()));
                }
            }));
            pages.setCycleCount(Animation.INDEFINITE);
            pages.play();
            VBox words = new VBox(6, label, done);
            HBox box = new HBox(16, spinner, words, cancel);
            box.setAlignment(Pos.CENTER_LEFT);
            box.setPadding(new Insets(20, 28, 20, 24));
            box.setId("pdfProgress");
            stage = new Stage(StageStyle.UTILITY);
            stage.initOwner(owner);
            stage.initModality(Modality.WINDOW_MODAL);
            stage.setTitle(title);
            stage.setScene(new Scene(box));
            // Closing the window is Cancel; it closes itself once the export has stopped.
            stage.setOnCloseRequest(e -> {
                e.consume();
                cancel.fire();
            });
            stage.show();
            cancel.requestFocus();
        }

        void close() {
            closed = true;
            delay.stop();
            pages.stop();
            if (stage != null) {
                stage.close();
            }
            if (owner != null && owner.getScene() != null) {
                owner.getScene().setCursor(Cursor.DEFAULT);
            }
        }
    }
}
