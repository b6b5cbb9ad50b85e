package app.homeplan.language.ui;

import app.homeplan.i18n.Messages;
import app.homeplan.i18n.UserMessages;
import app.homeplan.language.LanguagePack;
import app.homeplan.language.LanguagePacks;
import app.homeplan.language.PackCorrections;
import app.homeplan.ui.BeforeLeaving;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * The pack editor's state: the translations a clinic can correct, the chosen pack's lines (English
 * beside the pack's words), the line being edited, the "checked" mark, and saving to the data folder's
 * override file ({@link PackCorrections}). Words are saved a moment after typing stops, and once more
 * before the screen goes; a line whose words would print wrong (a lost {0}) is not saved until fixed.
 * Files are read and written on {@code files}, never on the FX thread.
 */
public final class PackEditorViewModel implements BeforeLeaving {
    /** How long typing must pause before the pack is saved. */
    static final javafx.util.Duration QUIET = javafx.util.Duration.millis(500);

    /** One line of the pack: its key, the English, the pack's words as typed now, and what is wrong with them. */
    public static final class Line {
        private final String key;
        private final String english;
        private final StringProperty text = new SimpleStringProperty(this, "text", "");
        private final StringProperty problem = new SimpleStringProperty(this, "problem", "");
        private final BooleanProperty corrected = new SimpleBooleanProperty(this, "corrected");

        Line(String key, String english, String text, boolean corrected) {
            this.key = key;
            this.english = english;
            this.text.set(text);
            this.corrected.set(corrected);
        }

        public String key() {
            return key;
        }

        public String english() {
            return english;
        }

        /** The pack's words, as typed (empty: the English prints). */
        public StringProperty textProperty() {
            return text;
        }

        /** Why these words would print wrong, as a sentence; empty when they are fine. */
        public StringProperty problemProperty() {
            return problem;
        }

        /** True when the clinic's file changes this line from the shipped words. */
        public BooleanProperty correctedProperty() {
            return corrected;
        }
    }

    private final Path dataFolder;
    private final Executor files;
    private final Supplier<LocalDate> today;
    private final ObservableList<LanguagePack> packs = FXCollections.observableArrayList();
    private final ObjectProperty<LanguagePack> pack = new SimpleObjectProperty<>(this, "pack");
    private final ObservableList<Line> lines = FXCollections.observableArrayList();
    private final FilteredList<Line> shown = new FilteredList<>(lines);
    private final StringProperty filter = new SimpleStringProperty(this, "filter", "");
    private final ObjectProperty<Line> selected = new SimpleObjectProperty<>(this, "selected");
    private final StringProperty checkerName = new SimpleStringProperty(this, "checkerName", "");
    private final ObjectProperty<LocalDate> checkedOn = new SimpleObjectProperty<>(this, "checkedOn");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyStringWrapper saveState = new ReadOnlyStringWrapper(this, "saveState", "");
    private final BooleanProperty checked = new SimpleBooleanProperty(this, "checked");
    private final PauseTransition quiet = new PauseTransition(QUIET);
    private PackCorrections corrections;
    /** The saves in order: each waits for the one before. */
    private CompletableFuture<Void> saving = CompletableFuture.completedFuture(null);
    private boolean unsaved;
    /** "Lan Nguyễn on 6 Dec 2026" when a change took the pack's checked mark back; empty otherwise. */
    private String markTakenBack = "";

    /**
     * @param dataFolder the folder beside the database, whose {@code language-packs/} the clinic's packs live in
     * @param files      where pack files are read and written (one job at a time)
     */
    public PackEditorViewModel(Path dataFolder, Executor files, Supplier<LocalDate> today) {
        this.dataFolder = dataFolder;
        this.files = files;
        this.today = today;
        checkedOn.set(today.get());
        filter.addListener((o, was, now) -> applyFilter());
        quiet.setOnFinished(e -> saveNow());
        pack.addListener((o, was, now) -> {
            if (now != null && (corrections == null || !corrections.code().equals(now.code()))) {
                open(now.code());
            }
        });
    }

    /** Reads the packs (the shipped ones with the clinic's on top) and opens the first translation. */
    public CompletableFuture<Void> load() {
        return CompletableFuture.supplyAsync(() -> LanguagePacks.load(dataFolder), files).thenAcceptAsync(loaded -> {
            packs.setAll(loaded.all().stream().filter(p -> !p.isSource()).toList());
            if (!packs.isEmpty()) {
                pack.set(packs.get(0));
            }
        }, Platform::runLater);
    }

    /** The translations a clinic can correct (English is Homeplan's own words, not a translation). */
    public ObservableList<LanguagePack> packs() {
        return packs;
    }

    /** The pack being edited; choosing another saves this one first and opens that one. */
    public ObjectProperty<LanguagePack> packProperty() {
        return pack;
    }

    /** The lines shown (those the filter finds). */
    public ObservableList<Line> lines() {
        return shown;
    }

    /** Words to look for in a line's English, the pack's words or its key. */
    public StringProperty filterProperty() {
        return filter;
    }

    public ObjectProperty<Line> selectedProperty() {
        return selected;
    }

    public StringProperty checkerNameProperty() {
        return checkerName;
    }

    public ObjectProperty<LocalDate> checkedOnProperty() {
        return checkedOn;
    }

    /** "Draft: not yet checked by a qualified translator" or "Checked by NAME on DATE", for the pack being edited. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** True while the pack being edited is marked checked. */
    public BooleanProperty checkedProperty() {
        return checked;
    }

    /** Where the saving stands, as a sentence ("Saved in ...", "Not saved: ..."). */
    public ReadOnlyStringProperty saveStateProperty() {
        return saveState.getReadOnlyProperty();
    }

    /** True when "Mark checked" can be pressed: a checker's name and a date are given. */
    public BooleanBinding canMarkChecked() {
        return Bindings.createBooleanBinding(() -> !checkerName.get().isBlank() && checkedOn.get() != null
                && !checkedOn.get().isAfter(today.get()), checkerName, checkedOn);
    }

    /** Marks the pack checked by the person named on the date given, and saves. */
    public void markChecked() {
        if (corrections == null || !canMarkChecked().get()) {
            return;
        }
        corrections.markChecked(checkerName.get(), checkedOn.get());
        markTakenBack = "";
        showStatus();
        changed();
        saveNow();
    }

    /** Takes the checked mark back (the plan says "draft" again), and saves. */
    public void markDraft() {
        if (corrections == null) {
            return;
        }
        corrections.markDraft();
        markTakenBack = "";
        showStatus();
        changed();
        saveNow();
    }

    /** Moves the line being edited by {@code step} in the lines shown. */
    public void move(int step) {
        if (shown.isEmpty()) {
            return;
        }
        int at = selected.get() == null ? -1 : shown.indexOf(selected.get());
        int next = Math.max(0, Math.min(shown.size() - 1, at + step));
        selected.set(shown.get(next));
    }

    private void open(String code) {
        if (corrections != null) {
            saveNow();
        }
        String showing = code;
        saving.handle((done, failure) -> null).thenApplyAsync(done -> {
            try {
                return PackCorrections.open(dataFolder, showing);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }, files).whenCompleteAsync((opened, failure) -> {
            if (failure != null) {
                saveState.set(Messages.get("language.editor.unreadable", UserMessages.of(failure)));
                return;
            }
            if (pack.get() == null || !pack.get().code().equals(opened.code())) {
                return; // another pack was chosen meanwhile
            }
            show(opened);
        }, Platform::runLater);
    }

    private void show(PackCorrections opened) {
        corrections = opened;
        unsaved = false;
        markTakenBack = "";
        List<Line> read = opened.keys().stream()
                .map(key -> new Line(key, opened.english(key), opened.text(key), opened.corrected(key)))
                .toList();
        for (Line line : read) {
            line.textProperty().addListener((o, was, now) -> edited(line, now));
        }
        lines.setAll(read);
        applyFilter();
        selected.set(shown.isEmpty() ? null : shown.get(0));
        showStatus();
        checkerName.set(opened.checkedBy());
        checkedOn.set(parseOr(opened.checkedOn(), today.get()));
        saveState.set(Messages.get("language.editor.where", opened.file()));
    }

    private void edited(Line line, String words) {
        if (corrections == null) {
            return;
        }
        Optional<String> problem = corrections.problem(line.key(), words);
        line.problemProperty().set(problem.orElse(""));
        if (problem.isEmpty()) {
            String checkedWas = corrections.checked() ? checkedByOn() : "";
            if (corrections.set(line.key(), words)) {
                // The checker read other words: the pack is a draft again, and the screen says why.
                markTakenBack = checkedWas;
                checkedOn.set(today.get()); // a new check is made on a new day
                showStatus();
            }
            line.correctedProperty().set(corrections.corrected(line.key()));
        }
        changed();
        quiet.playFromStart();
    }

    private void changed() {
        unsaved = true;
        saveState.set(problemLines() > 0 ? Messages.get("language.editor.problems", problemLines())
                : Messages.get("language.editor.saving"));
    }

    private long problemLines() {
        return lines.stream().filter(l -> !l.problemProperty().get().isEmpty()).count();
    }

    private void showStatus() {
        checked.set(corrections.checked());
        status.set(corrections.checked() ? Messages.get("language.editor.status.checked", checkedByOn())
                : markTakenBack.isEmpty() ? Messages.get("language.editor.status.draft")
                : Messages.get("language.editor.status.draftAgain", markTakenBack));
    }

    /** "Lan Nguyễn on 6 Dec 2026": who checked the pack and when. */
    private String checkedByOn() {
        LocalDate on = parseOr(corrections.checkedOn(), null);
        return Messages.get("language.editor.byOn", corrections.checkedBy(),
                on == null ? corrections.checkedOn() : app.homeplan.ui.DateField.medium(Messages.locale()).format(on));
    }

    private void applyFilter() {
        String wanted = filter.get().strip().toLowerCase(Locale.ROOT);
        shown.setPredicate(wanted.isEmpty() ? null : line -> line.key().toLowerCase(Locale.ROOT).contains(wanted)
                || line.english().toLowerCase(Locale.ROOT).contains(wanted)
                || line.textProperty().get().toLowerCase(Locale.ROOT).contains(wanted));
    }

    private static LocalDate parseOr(String iso, LocalDate otherwise) {
        try {
            return iso.isBlank() ? otherwise : LocalDate.parse(iso);
        } catch (java.time.format.DateTimeParseException typedByHand) {
            return otherwise;
        }
    }

    /** Saves what is typed now (the file is written on the files thread). */
    @Override
    public void saveNow() {
        quiet.stop();
        if (corrections == null || !unsaved) {
            return;
        }
        unsaved = false;
        Path file = corrections.file();
        String content = corrections.content();
        long problems = problemLines();
        saving = saving.handle((previous, failure) -> null).thenRunAsync(() -> {
            try {
                PackCorrections.write(file, content);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }, files);
        saving.whenCompleteAsync((done, failure) -> {
            if (failure != null) {
                unsaved = true;
                saveState.set(Messages.get("language.editor.notSaved", file, UserMessages.of(failure)));
            } else if (!unsaved) {
                        saveState.set(problems > 0 ? Messages.get("language.editor.problems", problems)
                        : Messages.get("language.editor.saved", file));
            }
        }, Platform::runLater);
    }

    @Override
    public Optional<String> saveAndWait(Duration timeout) {
        saveNow();
        try {
            saving.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (Exception failed) {
            return Optional.of(Messages.get("language.editor.notSaved", corrections.file(), UserMessages.of(failed)));
        }
        long problems = problemLines();
        return problems > 0 ? Optional.of(Messages.get("language.editor.problems", problems)) : Optional.empty();
    }

    @Override
    public void screenClosed() {
        quiet.stop();
    }
}
