package app.homeplan.safety.ui;

import app.homeplan.i18n.Messages;
import app.homeplan.safety.BackupSizes;
import app.homeplan.store.Backup;
import app.homeplan.store.BackupContents;
import app.homeplan.store.Backups;
import app.homeplan.store.Restore;
import app.homeplan.store.Store;
import app.homeplan.store.StoreException;
import app.homeplan.store.StoreThread;
import app.homeplan.i18n.UserMessages;
import java.nio.file.Path;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Choosing and restoring a backup: the list of backups with what each holds, and the restore itself
 * (close the store, {@link Restore}, open again), all on the store thread. Holds no Nodes, so it is
 * tested without a toolkit (pass a direct executor as {@code ui}).
 */
public final class RestoreViewModel {
    /** How many children's names a row shows before "and N more". */
    static final int NAMES_SHOWN = 3;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT);

    private final Path database;
    private final StoreThread storeThread;
    private final Executor ui;
    private final Clock clock;
    private final ObservableList<BackupRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");

    public RestoreViewModel(Path database, StoreThread storeThread, Executor ui, Clock clock) {
        this.database = database;
        this.storeThread = storeThread;
        this.ui = ui;
        this.clock = clock;
    }

    /** One backup and what it holds; {@code contents} is null when the backup cannot be read. */
    public record BackupRow(Backup backup, BackupContents contents) {
        public boolean readable() {
            return contents != null;
        }

        /** "2 Nov 2026, 9:30 am", and why it was taken when it was not the daily one. */
        public String whenText() {
            String when = WHEN.withLocale(Messages.locale()).format(backup.takenAt());
            return switch (backup.kind()) {
                case DAILY -> when;
                default -> Messages.get("safety.restore.whenWhy", when, Messages.get(backup.kind().messageKey()));
            };
        }

        public String familiesText() {
            return readable() ? Messages.get("safety.families", contents.familyCount()) : Messages.get("safety.restore.unreadable");
        }

        /** The first few children's names, then how many more. */
        public String childrenText() {
            if (!readable()) {
                return "";
            }
            List<String> names = contents.childNames();
            String shown = String.join(", ", names.subList(0, Math.min(NAMES_SHOWN, names.size())));
            int more = names.size() - NAMES_SHOWN;
            return more > 0 ? Messages.get("safety.restore.andMore", shown, more) : shown;
        }

        public String sizeText() {
            return BackupSizes.human(backup.sizeBytes());
        }
    }

    /** What a restore came to; either failure may be set, and {@code reopened} is the store now open. */
    public record Outcome(Restore.Result result, Throwable restoreFailure, Store reopened, Throwable openFailure) {
        public boolean restored() {
            return result != null;
        }
    }

    public ObservableList<BackupRow> rows() {
        return rows;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public Path database() {
        return database;
    }

    /** Lists the backups with what each holds (opening each read-only), newest first. */
    public CompletableFuture<Void> load() {
        loading.set(true);
        CompletableFuture<Void> done = new CompletableFuture<>();
        storeThread.submit(this::readRows).whenComplete((found, failure) -> ui.execute(() -> {
            loading.set(false);
            if (failure != null) {
                error.set(UserMessages.of(failure));
            } else {
                error.set("");
                rows.setAll(found);
            }
            done.complete(null);
        }));
        return done;
    }

    private List<BackupRow> readRows() {
        List<BackupRow> found = new ArrayList<>();
        for (Backup b : new Backups(database, clock).list()) {
            found.add(new BackupRow(b, contentsOrNull(b)));
        }
        return found;
    }

    /** The newest backup that passes its check, for the "cannot open" screen. */
    public CompletableFuture<Optional<BackupRow>> newestGood() {
        CompletableFuture<Optional<BackupRow>> result = new CompletableFuture<>();
        storeThread.submit(() -> new Backups(database, clock).newestGood()
                        .map(b -> new BackupRow(b, contentsOrNull(b))))
                .whenComplete((row, failure) -> ui.execute(() -> result.complete(failure == null ? row : Optional.empty())));
        return result;
    }

    private static BackupContents contentsOrNull(Backup b) {
        try {
            return Backups.inspect(b.file());
        } catch (StoreException unreadable) {
            return null;
        }
    }

    /**
     * Closes {@code open} (when a store is open), restores the backup over the data file and opens
     * it again. When the restore fails nothing has changed, and the data file is opened as it was.
     * Completes on the UI executor.
     */
    public CompletableFuture<Outcome> restore(Store open, Backup backup) {
        CompletableFuture<Outcome> result = new CompletableFuture<>();
        storeThread.submit(() -> {
            if (open != null) {
                open.close();
            }
            Restore.Result restored = null;
            Throwable restoreFailure = null;
            try {
                restored = Restore.restore(database, backup.file(), clock);
            } catch (RuntimeException e) {
                restoreFailure = e;
            }
            try {
                // The restored (or kept) file exists: no first family is added (Store.seedIfNew).
                return new Outcome(restored, restoreFailure, Store.open(database, clock), null);
            } catch (RuntimeException e) {
                return new Outcome(restored, restoreFailure, null, e);
            }
        }).whenComplete((outcome, failure) -> ui.execute(() -> {
            if (failure != null) {
                result.complete(new Outcome(null, failure, null, failure));
            } else {
                result.complete(outcome);
            }
        }));
        return result;
    }

    /** The sentence after a restore: what was put back and where the families as they were are kept. */
    public static String doneMessage(BackupRow row, Restore.Result result) {
        StringBuilder text = new StringBuilder(Messages.get("safety.restore.done", row.whenText(),
                result.contents().familyCount()));
        result.safetyBackup().ifPresent(b -> text.append(' ').append(Messages.get("safety.restore.doneKept",
                new BackupRow(b, null).whenText())));
        result.damagedKeptAt().ifPresent(p -> text.append(' ').append(Messages.get("safety.restore.doneDamaged", p)));
        return text.toString();
    }
}
