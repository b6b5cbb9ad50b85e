package app.homeplan.fileformat.ui;

import app.homeplan.i18n.UserMessages;
import app.homeplan.families.ui.FamilyListView;
import app.homeplan.fileformat.FamilyFile;
import app.homeplan.fileformat.FamilyImport;
import app.homeplan.i18n.Messages;
import app.homeplan.plan.Family;
import app.homeplan.plan.FamilySummary;
import app.homeplan.ui.AppContext;
import app.homeplan.ui.Dialogs;
import app.homeplan.ui.Navigator;
import app.homeplan.ui.ReadOnlyMode;
import app.homeplan.ui.Tooltips;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The home screen's "Export family file…" (for the selected family) and "Import family file…"
 * buttons: file choosers, questions and error sentences. The work itself is in {@link FamilyFileViewModel}.
 */
public final class FamilyFileActions {
    /** Where files are chosen; the system's file chooser in the app, a fixed answer in tests. */
    public interface FileChoices {
        Optional<Path> exportTarget(String suggestedName, Path folder);

        Optional<Path> importSource(Path folder);

        /**
         * Whether to lock the exported file: a passphrase to lock it with, an empty one for a plain file,
         * or nothing when the person cancelled the export.
         */
        Optional<char[]> exportPassphrase();

        /** The passphrase of a locked file being imported; nothing when the person cancelled. */
        Optional<char[]> importPassphrase(Path file);
    }

    private final FamilyListView view;
    private final FamilyFileViewModel model;
    private final Dialogs dialogs;
    private final Navigator navigator;
    private final FileChoices choices;
    private Path folder = defaultFolder();
    private final boolean readOnly;

    private FamilyFileActions(FamilyListView view, FamilyFileViewModel model, Dialogs dialogs, Navigator navigator,
                              FileChoices choices, boolean readOnly) {
        this.readOnly = readOnly;
        this.view = view;
        this.model = model;
        this.dialogs = dialogs;
        this.navigator = navigator;
        this.choices = choices;
    }

    /** Adds Export and Import to the home screen's actions, using the system's file chooser. */
    public static FamilyFileActions install(FamilyListView view, AppContext context) {
        return install(view, context, systemChoices(context.stage()));
    }

    /** As {@link #install(FamilyListView, AppContext)} with given file choices (tests). */
    public static FamilyFileActions install(FamilyListView view, AppContext context, FileChoices choices) {
        FamilyFileViewModel model = new FamilyFileViewModel(context.store().families(), context.storeThread(), context.workers().files(),
                Platform::runLater);
        FamilyFileActions actions = new FamilyFileActions(view, model, context.dialogs(), context.navigator(), choices,
                context.store().isReadOnly());
        actions.addButtons();
        return actions;
    }

    private void addButtons() {
        Button export = new Button(Messages.get("fileformat.export.button"), new FontIcon("mdal-file_upload"));
        app.homeplan.ui.Shortcuts.keep(export);
        export.setId("exportFamilyFile");
        Tooltips.onHover(export, Messages.get("fileformat.export.tooltip"));
        export.disableProperty().bind(view.model().selectedProperty().isNull().or(model.busyProperty()));
        export.setOnAction(e -> exportSelected());

        Button importFile = new Button(Messages.get("fileformat.import.button"), new FontIcon("mdal-get_app"));
        app.homeplan.ui.Shortcuts.keep(importFile);
        importFile.setId("importFamilyFile");
        Tooltips.onHover(importFile, Messages.get("fileformat.import.tooltip"));
        importFile.disableProperty().bind(model.busyProperty());
        importFile.setOnAction(e -> importChosen());

        // Export acts on the selected family: right after "Open", before the spacer that pushes Delete to the far
        // end. Import makes a new family, so it sits in the header beside "New family".
        var buttons = view.actions().getChildren();
        int open = buttons.indexOf(buttons.stream().filter(n -> "openFamily".equals(n.getId())).findFirst().orElse(null));
        buttons.add(open + 1, export);
        view.headerActions().getChildren().add(0, importFile);
        if (readOnly) {
            ReadOnlyMode.disable(importFile); // an import would add a family to a file that can only be read
        }
    }

    /** Asks where to save the selected family's file, then writes it. */
    public void exportSelected() {
        FamilySummary selected = view.model().selectedProperty().get();
        if (selected == null) {
            return;
        }
        choices.exportTarget(FamilyFileViewModel.suggestedFileName(selected.childName()), folder).ifPresent(target -> {
            rememberFolder(target);
            Optional<char[]> lock = choices.exportPassphrase();
            if (lock.isEmpty()) {
                return;
            }
            model.export(selected.id(), target, lock.get()).whenComplete((written, failure) -> {
                if (failure != null) {
                    dialogs.showError("fileformat.export.failedTitle", UserMessages.of(failure));
                } else {
                    dialogs.showInfo("fileformat.export.doneTitle", Messages.get(lock.get().length == 0
                            ? "fileformat.export.done" : "fileformat.export.doneLocked", selected.childName(), written.toString()));
                }
            });
        });
    }

    /** Asks for a family file, imports it as a new family and opens it. */
    public void importChosen() {
        choices.importSource(folder).ifPresent(file -> {
            rememberFolder(file);
            model.importFile(file, this::askImportAsCopy, () -> askOnUi(() -> choices.importPassphrase(file).orElse(null)))
                    .whenComplete((imported, failure) -> {
                if (failure != null) {
                    dialogs.showError("fileformat.import.failedTitle", UserMessages.of(failure));
                } else {
                    imported.ifPresent(this::showImported);
                }
            });
        });
    }

    /** Asks on the UI thread from the file worker, which waits for the answer (the read needs it). */
    private static char[] askOnUi(java.util.concurrent.Callable<char[]> question) {
        if (Platform.isFxApplicationThread()) {
            try {
                return question.call();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        java.util.concurrent.FutureTask<char[]> asked = new java.util.concurrent.FutureTask<>(question);
        Platform.runLater(asked);
        try {
            return asked.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    private boolean askImportAsCopy(FamilyImport.AlreadyThere there) {
        return dialogs.confirm("fileformat.import.copyTitle",
                Messages.get("fileformat.import.copyQuestion", there.childName()), "fileformat.import.copyConfirm");
    }

    /** Refreshes the list, selects the new family there and opens it. */
    private void showImported(Family family) {
        view.model().refresh().thenRun(() -> {
            view.model().families().stream().filter(f -> f.id() == family.id()).findFirst()
                    .ifPresent(f -> view.model().selectedProperty().set(f));
            navigator.openFamily(family.id());
        });
    }

    private void rememberFolder(Path file) {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            folder = parent;
        }
    }

    private static Path defaultFolder() {
        Path home = Path.of(System.getProperty("user.home", "."));
        Path documents = home.resolve("Documents");
        return Files.isDirectory(documents) ? documents : home;
    }

    private static FileChoices systemChoices(Window owner) {
        return new FileChoices() {
            @Override
            public Optional<Path> exportTarget(String suggestedName, Path folder) {
                FileChooser chooser = chooser("fileformat.export.chooserTitle", folder);
                chooser.setInitialFileName(suggestedName);
                return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath);
            }

            @Override
            public Optional<Path> importSource(Path folder) {
                FileChooser chooser = chooser("fileformat.import.chooserTitle", folder);
                chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.get("fileformat.chooser.all"), "*"));
                return Optional.ofNullable(chooser.showOpenDialog(owner)).map(File::toPath);
            }

            @Override
            public Optional<char[]> exportPassphrase() {
                return PassphraseDialog.forExport(owner);
            }

            @Override
            public Optional<char[]> importPassphrase(Path file) {
                return PassphraseDialog.forImport(owner, file);
            }
        };
    }

    private static FileChooser chooser(String titleKey, Path folder) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get(titleKey));
        if (Files.isDirectory(folder)) {
            chooser.setInitialDirectory(folder.toFile());
        }
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.get("fileformat.chooser.filter"),
                "*" + FamilyFile.EXTENSION));
        return chooser;
    }
}
