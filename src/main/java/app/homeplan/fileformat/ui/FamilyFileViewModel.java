package app.homeplan.fileformat.ui;

import app.homeplan.store.AccessLog;
import app.homeplan.fileformat.FamilyFile;
import app.homeplan.util.Async;
import app.homeplan.fileformat.FamilyImport;
import app.homeplan.i18n.Messages;
import app.homeplan.plan.Family;
import app.homeplan.store.FamilyRepository;
import app.homeplan.store.StoreException;
import app.homeplan.store.StoreThread;
import app.homeplan.util.SafeFileNames;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * Export and import of family files for the home screen, without any Nodes: reading and writing
 * files runs on the {@code files} executor, the database on the store thread, and every result comes
 * back on the {@code ui} executor (tests pass a direct one). A refused file never reaches the database.
 */
public final class FamilyFileViewModel {
    /** Asked on the UI thread when the family in the file is already here: import a copy? */
    @FunctionalInterface
    public interface CopyQuestion {
        boolean importAsCopy(FamilyImport.AlreadyThere there);
    }

    private final FamilyRepository families;
    private final StoreThread storeThread;
    private final Executor files;
    private final Executor ui;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");

    public FamilyFileViewModel(FamilyRepository families, StoreThread storeThread, Executor files, Executor ui) {
        this.families = families;
        this.storeThread = storeThread;
        this.files = files;
        this.ui = ui;
    }

    /** True while a file is being written or imported. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** A file name for a child's family file that is safe on every system, e.g. "Mia Nguyen.homeplan.json". */
    public static String suggestedFileName(String childName) {
        return SafeFileNames.of(childName, FamilyFile.EXTENSION, Messages.get("fileformat.defaultName"));
    }

    /** Writes a stored family to a family file; completes with the file written. */
    public CompletableFuture<Path> export(long familyId, Path target) {
        return export(familyId, target, null);
    }

    /**
     * As {@link #export(long, Path)}, the file locked with {@code passphrase} when one is given (AES-256-GCM,
     * docs/family-file.md): a family file that leaves the computer is a child's health record.
     */
    public CompletableFuture<Path> export(long familyId, Path target, char[] passphrase) {
        busy.set(true);
        CompletableFuture<Path> work = storeThread.submit(() -> families.loadFor(AccessLog.Action.EXPORT, familyId, null)
                        .orElseThrow(() -> new StoreException(StoreException.Problem.NOT_FOUND, "store.error.familyGone", null)))
                .thenApplyAsync(family -> {
                    if (passphrase == null || passphrase.length == 0) {
                        FamilyFile.write(family, target);
                    } else {
                        FamilyFile.writeEncrypted(family, target, passphrase);
                    }
                    return target;
                }, files);
        return onUi(work);
    }

    /**
     * Reads a family file and stores its family as a new family. When the family is already here,
     * {@code ask} decides whether to import a copy; empty when the user said no.
     */
    public CompletableFuture<Optional<Family>> importFile(Path file, CopyQuestion ask) {
        return importFile(file, ask, () -> null);
    }

    /**
     * As {@link #importFile(Path, CopyQuestion)}; for a locked file {@code passphrase} is asked once, on
     * the file worker (it may return null: then the file is refused with a sentence).
     */
    public CompletableFuture<Optional<Family>> importFile(Path file, CopyQuestion ask, Supplier<char[]> passphrase) {
        busy.set(true);
        CompletableFuture<Optional<Family>> work = CompletableFuture.supplyAsync(() -> FamilyFile.read(file, passphrase), files)
                .thenCompose(family -> storeThread.submit(() -> FamilyImport.store(families, family, false))
                        .thenCompose(result -> {
                            if (result instanceof FamilyImport.Imported imported) {
                                families.accessLog().record(AccessLog.Action.IMPORT, imported.family().id(), null);
                                return CompletableFuture.completedFuture(Optional.of(imported.family()));
                            }
                            FamilyImport.AlreadyThere there = (FamilyImport.AlreadyThere) result;
                            return CompletableFuture.supplyAsync(() -> ask.importAsCopy(there), ui)
                                    .thenCompose(copy -> copy
                                            ? storeThread.submit(() -> {
                                                Family copied = ((FamilyImport.Imported) FamilyImport.store(families, family, true)).family();
                                                families.accessLog().record(AccessLog.Action.IMPORT, copied.id(), null);
                                                return Optional.of(copied);
                                            })
                                            : CompletableFuture.completedFuture(Optional.<Family>empty()));
                        }));
        return onUi(work);
    }

    private <T> CompletableFuture<T> onUi(CompletableFuture<T> work) {
        return Async.onUi(work, ui, failure -> busy.set(false));
    }
}
