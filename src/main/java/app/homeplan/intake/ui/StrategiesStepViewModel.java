package app.homeplan.intake.ui;

import app.homeplan.i18n.Messages;
import app.homeplan.util.Async;
import app.homeplan.library.ChildAge;
import app.homeplan.library.LibraryStrategy;
import app.homeplan.library.StrategyArea;
import app.homeplan.library.StrategyLibrary;
import app.homeplan.plan.Caregiver;
import app.homeplan.plan.Family;
import app.homeplan.plan.Goal;
import app.homeplan.plan.Routine;
import app.homeplan.plan.Strategy;
import app.homeplan.store.OwnStrategies;
import app.homeplan.store.StoreThread;
import app.homeplan.i18n.UserMessages;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Step 5, strategies: for each goal, in each of its routines, what the family will do, who does it
 * and how often. Strategies are written fresh or picked from the library, which suggests what fits
 * the routine and the goal at hand; the clinician can add their own strategies to the library.
 */
public final class StrategiesStepViewModel {
    private final FamilyDraft draft;
    private final StoreThread storeThread;
    private final OwnStrategies own;
    private final Executor ui;

    private final ObservableList<Slot> slots = FXCollections.observableArrayList();
    private final ObjectProperty<Slot> selected = new SimpleObjectProperty<>(this, "selected");
    private final ObservableList<StrategyRow> strategies = FXCollections.observableArrayList();
    private final StringProperty query = new SimpleStringProperty(this, "query", "");
    private final BooleanProperty everything = new SimpleBooleanProperty(this, "everything", false);
    private final ObservableList<LibraryStrategy> suggestions = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final BooleanProperty showOtherAges = new SimpleBooleanProperty(this, "showOtherAges", false);
    private final ReadOnlyIntegerWrapper hiddenForAge = new ReadOnlyIntegerWrapper(this, "hiddenForAge", 0);
    private StrategyLibrary library = StrategyLibrary.builtIn();

    public StrategiesStepViewModel(FamilyDraft draft, StoreThread storeThread, OwnStrategies own, Executor ui) {
        this.draft = draft;
        this.storeThread = storeThread;
        this.own = own;
        this.ui = ui;
        Family f = draft.get();
        int rank = 1;
        for (Goal goal : f.goals()) {
            for (Routine routine : f.routines()) {
                if (goal.routineIds().contains(routine.id())) {
                    slots.add(new Slot(goal, rank, routine, f.strategiesFor(goal.id(), routine.id()).size()));
                }
            }
            rank++;
        }
        selected.addListener((o, was, now) -> {
            // A search typed for one goal ("spoon") hides what fits the next goal: a new goal starts afresh.
            if (was != null && now != null && !was.goal().id().equals(now.goal().id())) {
                query.set("");
            }
            showSlot(now);
        });
        query.addListener(o -> suggest());
        everything.addListener(o -> suggest());
        showOtherAges.addListener(o -> suggest());
        Slot first = slots.stream().filter(s -> s.count.get() == 0).findFirst()
                .orElse(slots.isEmpty() ? null : slots.get(0));
        selected.set(first);
    }

    public ObservableList<Slot> slots() { return slots; }
    public ObjectProperty<Slot> selectedProperty() { return selected; }
    /** The strategies of the selected goal and routine, in order. */
    public ObservableList<StrategyRow> strategies() { return strategies; }
    public StringProperty queryProperty() { return query; }
    /** Show the whole library instead of what suits this goal and routine. */
    public BooleanProperty everythingProperty() { return everything; }
    public ObservableList<LibraryStrategy> suggestions() { return suggestions; }
    /** What went wrong with the library, as a sentence; empty when all is well. */
    public ReadOnlyStringProperty problemProperty() { return problem.getReadOnlyProperty(); }

    /**
     * Also show the strategies that do not suit the child's age (each with its reason, {@link #ageReason}),
     * after the ones that do: the clinician may still choose one.
     */
    public BooleanProperty showOtherAgesProperty() { return showOtherAges; }
    /** How many suggestions the child's age hides (counted whether or not they are shown). */
    public ReadOnlyIntegerProperty hiddenForAgeProperty() { return hiddenForAge.getReadOnlyProperty(); }

    /** The child's age in whole months at the meeting date, or null when the date of birth is unknown. */
    public Integer childMonths() {
        return ChildAge.months(draft.get(), LocalDate.now());
    }

    /** "3 hidden for a 9-month-old", or empty when none is hidden; a hint when the age is unknown. */
    public String ageNote() {
        Integer months = childMonths();
        if (months == null) {
            return Messages.get("intake.strategies.age.unknown", childName());
        }
        int hidden = hiddenForAge.get();
        return hidden == 0 ? "" : Messages.get("intake.strategies.age.hidden", hidden, ChildAge.describe(months));
    }

    /** Why a strategy does not suit the child's age ("Not for a 9-month-old: from 12 months"), or empty. */
    public String ageReason(LibraryStrategy strategy) {
        Integer months = childMonths();
        if (strategy.suitsAge(months)) {
            return "";
        }
        return Messages.get("intake.strategies.age.reason", ChildAge.describe(months), strategy.ages().describe());
    }

    public String childName() {
        return draft.get().child().displayName();
    }

    /** The child's interests and favourite things, to make strategies fun. */
    public String interests() {
        return draft.get().about().interests();
    }

    public String strengths() {
        return draft.get().about().strengths();
    }

    /** Who might do a strategy: each caregiver, then everyone. */
    public List<String> whoChoices() {
        Set<String> names = new LinkedHashSet<>();
        for (Caregiver c : draft.get().caregivers()) {
            if (!c.name().isBlank()) {
                names.add(c.relationship().isBlank() ? c.name().strip()
                        : Messages.get("intake.strategies.who.named", c.relationship().strip(), c.name().strip()));
            }
        }
        names.add(Messages.get("intake.strategies.who.everyone"));
        return List.copyOf(names);
    }

    /** Usual answers to "how often". */
    public List<String> howOftenChoices() {
        return Arrays.stream(Messages.get("intake.strategies.often.choices").split("\\|")).map(String::strip).toList();
    }

    /** Loads the clinician's own strategies into the library (on the store thread). */
    public CompletableFuture<Void> loadOwnStrategies() {
        return onUi(storeThread.submit(own::list)).thenAccept(list -> {
            library = StrategyLibrary.builtIn().withOwn(list);
            suggest();
        });
    }

    /** Adds a library strategy to the selected goal and routine, with the child's name in it. */
    public StrategyRow use(LibraryStrategy strategy) {
        return add(strategy.text(childName()), strategy.key());
    }

    /** Adds an empty strategy to write fresh. */
    public StrategyRow addOwn() {
        return add("", "");
    }

    private StrategyRow add(String what, String libraryKey) {
        Slot slot = selected.get();
        if (slot == null) {
            return null;
        }
        StrategyRow row = new StrategyRow(new Strategy(null, slot.goal().id(), slot.routine().id(), what, "", "",
                libraryKey), this::save);
        strategies.add(row);
        save();
        return row;
    }

    public void remove(StrategyRow row) {
        strategies.remove(row);
        save();
    }

    /** True when the selected goal and routine already use this library strategy. */
    public boolean inUse(LibraryStrategy strategy) {
        return strategies.stream().anyMatch(r -> r.libraryKey().equals(strategy.key()));
    }

    /**
     * Adds a strategy to the clinician's own library, for this routine only or for any routine.
     * Completes (on the UI thread) when stored; the suggestions then include it.
     */
    public CompletableFuture<LibraryStrategy> addToLibrary(String title, String text, StrategyArea area,
                                                           boolean thisRoutineOnly) {
        Slot slot = selected.get();
        String routineKey = slot == null ? "" : slot.routine().libraryKey();
        Set<String> routineKeys = thisRoutineOnly && !routineKey.isEmpty() ? Set.of(routineKey) : Set.of();
        return onUi(storeThread.submit(() -> own.add(area, routineKeys, title.strip(), text)))
                .thenCompose(added -> loadOwnStrategies().thenApply(ignored -> added));
    }

    /** Removes one of the clinician's own strategies from the library (plans keep their copies). */
    public CompletableFuture<Void> deleteFromLibrary(LibraryStrategy strategy) {
        return onUi(storeThread.submit(() -> own.delete(strategy))).thenCompose(ignored -> loadOwnStrategies());
    }

    /** The area a goal is most likely about, to preselect when saving a strategy to the library. */
    public StrategyArea likelyArea() {
        Slot slot = selected.get();
        if (slot == null) {
            return StrategyArea.COMMUNICATION;
        }
        return StrategyArea.of(goalText(slot.goal())).stream().findFirst().orElse(StrategyArea.PLAY_SOCIAL);
    }

    private static String goalText(Goal g) {
        return g.familyWords() + " " + g.outcome() + " " + g.criterion();
    }

    private void showSlot(Slot slot) {
        strategies.clear();
        if (slot != null) {
            draft.get().strategiesFor(slot.goal().id(), slot.routine().id())
                    .forEach(s -> strategies.add(new StrategyRow(s, this::save)));
        }
        suggest();
    }

    private void suggest() {
        Slot slot = selected.get();
        if (slot == null) {
            suggestions.clear();
            return;
        }
        List<LibraryStrategy> all = library.suggest(slot.routine().libraryKey(), goalText(slot.goal()), query.get(),
                everything.get(), childName());
        Integer months = childMonths();
        List<LibraryStrategy> suited = all.stream().filter(s -> s.suitsAge(months)).toList();
        List<LibraryStrategy> other = all.stream().filter(s -> !s.suitsAge(months)).toList();
        List<LibraryStrategy> shown = new ArrayList<>(suited);
        if (showOtherAges.get()) {
            shown.addAll(other);
        }
        hiddenForAge.set(other.size());
        suggestions.setAll(shown);
    }

    /** Writes the selected slot's strategies into the family where they were, keeping every other strategy. */
    private void save() {
        Slot slot = selected.get();
        if (slot == null) {
            return;
        }
        List<Strategy> mine = strategies.stream().map(StrategyRow::toStrategy).toList();
        draft.update(f -> {
            List<Strategy> all = new ArrayList<>();
            boolean placed = false;
            for (Strategy s : f.strategies()) {
                boolean ofSlot = s.goalId().equals(slot.goal().id()) && s.routineId().equals(slot.routine().id());
                if (!ofSlot) {
                    all.add(s);
                } else if (!placed) {
                    all.addAll(mine);
                    placed = true;
                }
            }
            if (!placed) {
                all.addAll(mine);
            }
            return f.toBuilder().strategies(all).build();
        });
        slot.count.set(mine.size());
    }

    private <T> CompletableFuture<T> onUi(CompletableFuture<T> work) {
        return Async.onUi(work, ui, failure -> problem.set(failure == null ? "" : UserMessages.of(failure)));
    }

    /** One goal in one of its routines: where strategies are written. */
    public static final class Slot {
        private final Goal goal;
        private final int rank;
        private final Routine routine;
        final IntegerProperty count = new SimpleIntegerProperty();

        Slot(Goal goal, int rank, Routine routine, int count) {
            this.goal = goal;
            this.rank = rank;
            this.routine = routine;
            this.count.set(count);
        }

        public Goal goal() { return goal; }
        /** The goal's place in the family's ranking, from 1. */
        public int rank() { return rank; }
        public Routine routine() { return routine; }
        /** How many strategies it has. */
        public javafx.beans.property.ReadOnlyIntegerProperty countProperty() { return count; }
    }

    /** One strategy being edited. */
    public static final class StrategyRow {
        private final String id;
        private final String goalId;
        private final String routineId;
        private final String libraryKey;
        private final StringProperty what = new SimpleStringProperty();
        private final StringProperty who = new SimpleStringProperty();
        private final StringProperty howOften = new SimpleStringProperty();

        StrategyRow(Strategy s, Runnable changed) {
            id = s.id();
            goalId = s.goalId();
            routineId = s.routineId();
            libraryKey = s.libraryKey();
            what.set(s.what());
            who.set(s.who());
            howOften.set(s.howOften());
            Rows.watch(changed, what, who, howOften);
        }

        public StringProperty whatProperty() {
            return what;
        }

        public StringProperty whoProperty() {
            return who;
        }

        public StringProperty howOftenProperty() {
            return howOften;
        }

        public String id() { return id; }
        public String libraryKey() { return libraryKey; }

        Strategy toStrategy() {
            return new Strategy(id, goalId, routineId, what.get(), who.get(), howOften.get(), libraryKey);
        }
    }
}
