package app.homeplan.intake.ui;

import app.homeplan.intake.RoomNotes;
import app.homeplan.i18n.Messages;
import app.homeplan.library.LibraryRoutine;
import app.homeplan.library.RoutineLibrary;
import app.homeplan.plan.Concern;
import app.homeplan.plan.Family;
import app.homeplan.plan.FamilyLimits;
import app.homeplan.plan.Routine;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Step 3, our day: the family's routines in the order of their day, each with a usual time, notes on
 * how it goes, the family's satisfaction (1-5) and the concerns starred while talking it through.
 * Routines come from the built-in library or are typed in; the order changes by drag or keyboard.
 * Removing a routine takes it out of the goals that use it and removes its strategies.
 */
public final class DayStepViewModel {
    private final FamilyDraft draft;
    private final ObservableList<RoutineRow> routines = FXCollections.observableArrayList();
    private final ObjectProperty<RoutineRow> selected = new SimpleObjectProperty<>(this, "selected");
    private final StringProperty newRoutineName = new SimpleStringProperty(this, "newRoutineName", "");
    private final StringProperty newConcern = new SimpleStringProperty(this, "newConcern", "");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");

    public DayStepViewModel(FamilyDraft draft) {
        this.draft = draft;
        draft.get().routines().forEach(r -> routines.add(new RoutineRow(r, this::save)));
        if (!routines.isEmpty()) {
            selected.set(routines.get(0));
        }
        newRoutineName.addListener((o, was, now) -> problem.set(""));
        newConcern.addListener((o, was, now) -> problem.set(""));
    }

    public ObservableList<RoutineRow> routines() { return routines; }
    public ObjectProperty<RoutineRow> selectedProperty() { return selected; }
    public StringProperty newRoutineNameProperty() { return newRoutineName; }
    public StringProperty newConcernProperty() { return newConcern; }
    /** What the last action could not do and why; cleared by typing. */
    public ReadOnlyStringProperty problemProperty() { return problem.getReadOnlyProperty(); }

    public List<LibraryRoutine> library() {
        return RoutineLibrary.all();
    }

    /** True when the family's day already has this built-in routine. */
    public boolean inDay(LibraryRoutine routine) {
        return routines.stream().anyMatch(r -> r.libraryKey().equals(routine.key()));
    }

    /**
     * Adds a built-in routine where it usually falls in a day (after the built-in routines that come
     * before it), selects it and returns it.
     */
    public RoutineRow add(LibraryRoutine routine) {
        if (refusedAsFull()) {
            return selected.get();
        }
        RoutineRow row = new RoutineRow(Routine.of(routine.key(), routine.displayName()), this::save);
        routines.add(insertionIndex(routine.key()), row);
        save();
        selected.set(row);
        return row;
    }

    /**
     * Adds the routine typed in {@link #newRoutineNameProperty()} at the end of the day. A name that
     * is a built-in routine's ("dinner") adds that routine, in its usual place, with its prompts: the
     * same as picking it, without going through the library's buttons.
     */
    public Optional<RoutineRow> addTyped() {
        String name = newRoutineName.get();
        if (name == null || name.isBlank()) {
            problem.set(Messages.get("intake.day.add.needsName"));
            return Optional.empty();
        }
        Optional<LibraryRoutine> builtIn = library().stream()
                .filter(r -> r.displayName().strip().equalsIgnoreCase(name.strip())).findFirst();
        Optional<RoutineRow> already = builtIn.flatMap(r -> routines.stream()
                .filter(row -> row.libraryKey().equals(r.key())).findFirst());
        if (already.isEmpty() && refusedAsFull()) {
            return Optional.empty(); // the name typed stays in its field
        }
        if (builtIn.isPresent()) {
            RoutineRow row = already.orElseGet(() -> add(builtIn.get()));
            selected.set(row);
            newRoutineName.set("");
            return Optional.of(row);
        }
        RoutineRow row = new RoutineRow(Routine.of("", name.strip()), this::save);
        routines.add(row);
        save();
        newRoutineName.set("");
        selected.set(row);
        return Optional.of(row);
    }

    /**
     * Puts a typed-in routine where its usual time falls among the routines whose time is known
     * (typed, or the built-in routine's usual time), once its time is entered. Built-in routines
     * already have their place, and a time that cannot be read ("after school") moves nothing.
     */
    public void placeByTime(RoutineRow row) {
        int from = routines.indexOf(row);
        OptionalInt minutes = minutesOf(row.usualTime.get());
        if (from < 0 || !row.libraryKey().isEmpty() || minutes.isEmpty()) {
            return;
        }
        int to = 0;
        for (int i = 0; i < routines.size(); i++) {
            RoutineRow other = routines.get(i);
            if (other == row) {
                continue;
            }
            OptionalInt at = minutesOf(other.usualTime.get() == null || other.usualTime.get().isBlank()
                    ? other.suggestedTime() : other.usualTime.get());
            if (at.isPresent() && at.getAsInt() <= minutes.getAsInt()) {
                to = (i < from ? i + 1 : i);
            }
        }
        if (to != from) {
            moveTo(from, to);
        }
    }

    /** "7", "7:30", "07.30", "7am", "7:30 pm", "19:00" as minutes after midnight; empty when not a clock time. */
    static OptionalInt minutesOf(String time) {
        if (time == null) {
            return OptionalInt.empty();
        }
        java.util.regex.Matcher m = java.util.regex.Pattern
                .compile("(\\d{1,2})(?:[:.h](\\d{2}))?\\s*([ap])?\\.?\\s*m?\\.?", java.util.regex.Pattern.CASE_INSENSITIVE)
                .matcher(time.strip());
        if (!m.matches()) {
            return OptionalInt.empty();
        }
        int hour = Integer.parseInt(m.group(1));
        int minute = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
        if (m.group(3) != null) {
            if (hour < 1 || hour > 12) {
                return OptionalInt.empty();
            }
            hour = hour % 12 + (m.group(3).equalsIgnoreCase("p") ? 12 : 0);
        }
        return hour > 23 || minute > 59 ? OptionalInt.empty() : OptionalInt.of(hour * 60 + minute);
    }

    /** Moves a routine earlier (negative) or later (positive) in the day. */
    public void move(RoutineRow row, int delta) {
        int from = routines.indexOf(row);
        moveTo(from, from + delta);
    }

    /** Moves the routine at {@code from} to {@code to} (drag and drop). */
    public void moveTo(int from, int to) {
        Rows.move(routines, from, to, this::save, selected);
    }

    /** How many goals and strategies use a routine, so removing it can be confirmed in those terms. */
    public Impact removalImpact(RoutineRow row) {
        Family f = draft.get();
        return new Impact(f.goalsIn(row.id()).size(),
                (int) f.strategies().stream().filter(s -> s.routineId().equals(row.id())).count());
    }

    /** Removes a routine from the day, from the goals that use it, and its strategies. */
    public void remove(RoutineRow row) {
        String id = row.id();
        Rows.remove(routines, row, selected, after -> draft.update(f -> f.toBuilder()
                .routines(after.stream().map(RoutineRow::toRoutine).toList())
                .goals(f.goals().stream().map(g -> g.withRoutineIds(
                        g.routineIds().stream().filter(r -> !r.equals(id)).toList())).toList())
                .strategies(f.strategies().stream().filter(s -> !s.routineId().equals(id)).toList())
                .build()));
    }

    /** Stars the concern typed in {@link #newConcernProperty()} inside the selected routine. */
    public Optional<ConcernRow> starConcern() {
        RoutineRow row = selected.get();
        String text = newConcern.get();
        if (row == null) {
            problem.set(Messages.get("intake.day.concern.noRoutine"));
            return Optional.empty();
        }
        if (text == null || text.isBlank()) {
            problem.set(Messages.get("intake.day.concern.needsText"));
            return Optional.empty();
        }
        int concerns = routines.stream().mapToInt(r -> r.concerns.size()).sum();
        Optional<String> full = RoomNotes.full("concerns", concerns, FamilyLimits.CONCERNS);
        if (full.isPresent()) {
            problem.set(full.get()); // the concern typed stays in its field
            return Optional.empty();
        }
        ConcernRow concern = new ConcernRow(new Concern(null, text), this::save);
        row.concerns.add(concern);
        save();
        newConcern.set("");
        return Optional.of(concern);
    }

    public void removeConcern(RoutineRow row, ConcernRow concern) {
        row.concerns.remove(concern);
        save();
    }

    /** True, with the sentence, when the day has as many routines as a family can (FamilyLimits.ROUTINES). */
    private boolean refusedAsFull() {
        Optional<String> full = RoomNotes.full("routines", routines.size(), FamilyLimits.ROUTINES);
        full.ifPresent(problem::set);
        return full.isPresent();
    }

    private int insertionIndex(String libraryKey) {
        int order = libraryOrder(libraryKey);
        int lastBefore = -1;
        int firstAfter = -1;
        for (int i = 0; i < routines.size(); i++) {
            int other = libraryOrder(routines.get(i).libraryKey());
            if (other < 0) {
                continue;
            }
            if (other <= order) {
                lastBefore = i;
            } else if (firstAfter < 0) {
                firstAfter = i;
            }
        }
        if (lastBefore >= 0) {
            return lastBefore + 1;
        }
        return firstAfter >= 0 ? firstAfter : routines.size();
    }

    private static int libraryOrder(String key) {
        List<LibraryRoutine> all = RoutineLibrary.all();
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).key().equals(key)) {
                return i;
            }
        }
        return -1;
    }

    private void save() {
        draft.update(f -> f.toBuilder().routines(routines.stream().map(RoutineRow::toRoutine).toList()).build());
    }

    /** What removing a routine would take with it. */
    public record Impact(int goals, int strategies) {
        public boolean isNone() {
            return goals == 0 && strategies == 0;
        }
    }

    /** One routine being edited. */
    public static final class RoutineRow {
        private final String id;
        private final String libraryKey;
        private final StringProperty name = new SimpleStringProperty();
        private final StringProperty usualTime = new SimpleStringProperty();
        private final StringProperty notes = new SimpleStringProperty();
        private final ObjectProperty<Integer> satisfaction = new SimpleObjectProperty<>();
        private final ObservableList<ConcernRow> concerns = FXCollections.observableArrayList();

        RoutineRow(Routine r, Runnable changed) {
            id = r.id();
            libraryKey = r.libraryKey();
            name.set(r.name());
            usualTime.set(r.usualTime());
            notes.set(r.notes());
            satisfaction.set(r.satisfaction());
            r.concerns().forEach(c -> concerns.add(new ConcernRow(c, changed)));
            Rows.watch(changed, name, usualTime, notes, satisfaction);
        }

        public StringProperty nameProperty() {
            return name;
        }

        public StringProperty usualTimeProperty() {
            return usualTime;
        }

        public StringProperty notesProperty() {
            return notes;
        }

        public ObjectProperty<Integer> satisfactionProperty() {
            return satisfaction;
        }

        public ObservableList<ConcernRow> concerns() {
            return concerns;
        }

        public String id() {
            return id;
        }

        public String libraryKey() {
            return libraryKey;
        }

        /** The Ikonli icon of the routine (a generic one for a typed-in routine). */
        public String icon() {
            return RoutineLibrary.iconFor(libraryKey);
        }

        /** The library's suggested time, as a prompt. */
        public String suggestedTime() {
            return RoutineLibrary.find(libraryKey).map(LibraryRoutine::usualTime).orElse("");
        }

        /** A question for talking this routine through, or empty for a typed-in routine. */
        public String prompt() {
            return RoutineLibrary.find(libraryKey).map(LibraryRoutine::prompt).orElse("");
        }

        Routine toRoutine() {
            return new Routine(id, libraryKey, name.get(), usualTime.get(), notes.get(), satisfaction.get(),
                    concerns.stream().map(ConcernRow::toConcern).toList());
        }
    }

    /** One starred concern being edited. */
    public static final class ConcernRow {
        private final String id;
        private final StringProperty text = new SimpleStringProperty();

        ConcernRow(Concern c, Runnable changed) {
            id = c.id();
            text.set(c.text());
            Rows.watch(changed, text);
        }

        public StringProperty textProperty() {
            return text;
        }

        public String id() {
            return id;
        }

        Concern toConcern() {
            return new Concern(id, text.get());
        }
    }
}
