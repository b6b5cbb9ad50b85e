package app.homeplan.intake.ui;

import app.homeplan.intake.RoomNotes;
import app.homeplan.i18n.Messages;
import app.homeplan.library.RoutineLibrary;
import app.homeplan.plan.Concern;
import app.homeplan.plan.CopmRating;
import app.homeplan.plan.Family;
import app.homeplan.plan.FamilyLimits;
import app.homeplan.plan.GasScale;
import app.homeplan.plan.Goal;
import app.homeplan.plan.Routine;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import app.homeplan.intake.GoalQuality;
import app.homeplan.intake.GoalWording;

/**
 * Step 4, our goals: starred concerns become goals in one click; each goal gets the family's words,
 * a participation-based outcome, its routines, a criterion, a target date and optional COPM and GAS
 * ratings. The family ranks the goals (their order is the rank). Every goal is checked as it is
 * written, in plain words.
 */
public final class GoalsStepViewModel {
    private final FamilyDraft draft;
    private final Supplier<LocalDate> today;
    private final ObservableList<GoalRow> goals = FXCollections.observableArrayList();
    private final ObjectProperty<GoalRow> selected = new SimpleObjectProperty<>(this, "selected");
    private final ObservableList<StarredConcern> starred = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper manyGoals = new ReadOnlyStringWrapper(this, "manyGoals", "");

    public GoalsStepViewModel(FamilyDraft draft, Supplier<LocalDate> today) {
        this.draft = draft;
        this.today = today;
        draft.get().goals().forEach(g -> goals.add(new GoalRow(g, this::saveOne)));
        if (!goals.isEmpty()) {
            selected.set(goals.get(0));
        }
        refresh();
    }

    public ObservableList<GoalRow> goals() { return goals; }
    public ObjectProperty<GoalRow> selectedProperty() { return selected; }
    /** Every starred concern of the day, in the order of the day, marked when it is already a goal. */
    public ObservableList<StarredConcern> starred() { return starred; }
    /** The gentle warning for more than ten goals, or empty. */
    public ReadOnlyStringProperty manyGoalsProperty() { return manyGoals.getReadOnlyProperty(); }

    public String childName() {
        return draft.get().child().displayName();
    }

    /** The family's routines in the order of their day, to choose from. */
    public List<Routine> routines() {
        return draft.get().routines();
    }

    /** Turns a starred concern into a goal in the family's words, practised in that routine. */
    public GoalRow makeGoal(StarredConcern concern) {
        Optional<GoalRow> existing = goals.stream().filter(g -> g.sourceConcernId().equals(concern.concernId())).findFirst();
        if (existing.isPresent()) {
            selected.set(existing.get());
            return existing.get();
        }
        if (refusedAsFull()) {
            return selected.get();
        }
        List<Routine> in = routines().stream().filter(r -> r.id().equals(concern.routineId())).toList();
        // The concern says what goes wrong ("won't sit at the table"); the goal waits for the family to
        // say, in their words, what they want instead (the editor asks, quoting the concern).
        Goal goal = Goal.builder().createdOn(today.get()).outcome(GoalWording.outcomeStart(childName(), in))
                .routineIds(in.stream().map(Routine::id).toList()).sourceConcernId(concern.concernId()).build();
        return append(goal);
    }

    /** The starred concern a goal was made from, in the family's words as starred; empty for a goal written fresh. */
    public Optional<String> concernOf(GoalRow row) {
        return starred.stream().filter(c -> c.concernId().equals(row.sourceConcernId())).map(StarredConcern::text).findFirst();
    }

    /**
     * A new goal to write, or the goal still waiting for its words: pressing "Add a goal" again (or a
     * stray Space on it) never piles up empty goals the family did not mean.
     */
    public GoalRow addGoal() {
        Optional<GoalRow> blank = firstBlank();
        if (blank.isPresent()) {
            selected.set(blank.get());
            return blank.get();
        }
        if (refusedAsFull()) {
            return selected.get();
        }
        return append(Goal.builder().createdOn(today.get()).build()); // dated, so older reviews do not miss it
    }

    /**
     * True, with the sentence under the ranking, when the family has as many goals as a family can
     * (FamilyLimits.GOALS): the goal shown stays selected and nothing is added.
     */
    private boolean refusedAsFull() {
        Optional<String> full = RoomNotes.full("goals", goals.size(), FamilyLimits.GOALS);
        full.ifPresent(manyGoals::set);
        return full.isPresent();
    }

    private GoalRow append(Goal goal) {
        GoalRow row = new GoalRow(goal, this::saveOne);
        goals.add(row);
        save();
        selected.set(row);
        return row;
    }

    /** Strategies written for a goal, so removing it can be confirmed in those terms. */
    public int strategiesOf(GoalRow row) {
        return (int) draft.get().strategies().stream().filter(s -> s.goalId().equals(row.id())).count();
    }

    /** Removes a goal and its strategies. */
    public void remove(GoalRow row) {
        boolean removed = Rows.remove(goals, row, selected, after -> draft.update(f -> f.toBuilder()
                .goals(after.stream().map(GoalRow::toGoal).toList())
                .strategies(f.strategies().stream().filter(s -> !s.goalId().equals(row.id())).toList())
                .build()));
        if (removed) {
            refresh();
        }
    }

    /** Moves a goal up (negative) or down (positive) the family's ranking. */
    public void move(GoalRow row, int delta) {
        int from = goals.indexOf(row);
        moveTo(from, from + delta);
    }

    public void moveTo(int from, int to) {
        Rows.move(goals, from, to, this::save, selected);
    }

    /** Practises a goal in a routine, or stops; routines stay in the order of the day. */
    public void setRoutine(GoalRow row, String routineId, boolean practised) {
        List<String> ids = new ArrayList<>(row.routineIds);
        if (practised && !ids.contains(routineId)) {
            ids.add(routineId);
        } else if (!practised) {
            ids.remove(routineId);
        }
        List<String> dayOrder = routines().stream().map(Routine::id).filter(ids::contains).toList();
        row.routineIds.setAll(dayOrder);
    }

    /**
     * Puts the participation wording into the outcome: "Mia will join in at breakfast and dinner by ",
     * keeping anything already written after it.
     */
    public void fillOutcome(GoalRow row) {
        List<Routine> in = routines().stream().filter(r -> row.routineIds.contains(r.id())).toList();
        row.outcome.set(GoalWording.withStart(row.outcome.get(), childName(), in));
    }

    /**
     * Starts an outcome for the family itself ("We will "), when the outcome is still empty or an
     * unfinished template; words already written are kept.
     */
    public void fillFamilyOutcome(GoalRow row) {
        if (GoalWording.isUnfinished(row.outcome.get())) {
            row.outcome.set(GoalWording.familyOutcomeStart());
        }
    }

    /** Sets the target date some months after the meeting (or today). */
    public void targetIn(GoalRow row, int months) {
        LocalDate from = draft.get().meetingDate() != null ? draft.get().meetingDate() : today.get();
        row.targetDate.set(from.plusMonths(months));
    }

    /** The first goal with no words at all: the one thing that stops the family moving on. */
    public Optional<GoalRow> firstBlank() {
        return goals.stream().filter(g -> GoalQuality.isBlank(g.toGoal())).findFirst();
    }

    private void save() {
        draft.update(f -> f.toBuilder().goals(goals.stream().map(GoalRow::toGoal).toList()).build());
        refresh();
    }

    /**
     * One field of one goal changed (a keystroke): only that goal is rebuilt and checked again; the
     * others stay the very same objects, so the steps' marks and the autosave skip them too.
     */
    private void saveOne(GoalRow row) {
        int index = goals.indexOf(row);
        List<Goal> stored = draft.get().goals();
        if (index < 0 || stored.size() != goals.size() || !stored.get(index).id().equals(row.id())) {
            save(); // the lists are not in step (cannot happen through this model): write them all
            return;
        }
        Goal changed = row.toGoal();
        draft.update(f -> {
            List<Goal> all = new ArrayList<>(f.goals());
            all.set(index, changed);
            return f.toBuilder().goals(all).build();
        });
        List<GoalQuality.Issue> issues = GoalQuality.check(changed, draft.get().child().displayName());
        if (!issues.equals(row.issues.get())) {
            row.issues.set(issues);
        }
    }

    private void refresh() {
        Family f = draft.get();
        String child = f.child().displayName();
        for (GoalRow row : goals) {
            row.issues.set(GoalQuality.check(row.toGoal(), child));
        }
        manyGoals.set(GoalQuality.manyGoalsWarning(goals.size()));
        List<StarredConcern> all = new ArrayList<>();
        for (Routine r : f.routines()) {
            for (Concern c : r.concerns()) {
                if (!c.text().isBlank()) {
                    boolean isGoal = f.goals().stream().anyMatch(g -> g.sourceConcernId().equals(c.id()));
                    all.add(new StarredConcern(r.id(), r.name(), RoutineLibrary.iconFor(r.libraryKey()), c.id(),
                            c.text(), isGoal));
                }
            }
        }
        if (!all.equals(starred)) {
            starred.setAll(all);
        }
    }

    /** A concern starred in a routine of the day. */
    public record StarredConcern(String routineId, String routineName, String routineIcon, String concernId,
                                 String text, boolean isGoal) {
    }

    /** One goal being edited. */
    public static final class GoalRow {
        /** The goal as loaded: fields this step does not edit are carried over from it unchanged. */
        private final Goal loaded;
        private final StringProperty familyWords = new SimpleStringProperty();
        private final StringProperty outcome = new SimpleStringProperty();
        /** The goal's optional texts ({@link Goal#OPTIONAL_TEXTS}) by name: loaded, watched and saved alike. */
        private final Map<String, StringProperty> optionalTexts = new LinkedHashMap<>();
        private final StringProperty shortName;
        private final StringBinding suggestedShortName;
        private final StringBinding shortNameNote;
        private final ObservableList<String> routineIds = FXCollections.observableArrayList();
        private final StringProperty criterion = new SimpleStringProperty();
        private final ObjectProperty<LocalDate> targetDate = new SimpleObjectProperty<>();
        private final ObjectProperty<Integer> importance = new SimpleObjectProperty<>();
        private final ObjectProperty<Integer> performance = new SimpleObjectProperty<>();
        private final ObjectProperty<Integer> satisfaction = new SimpleObjectProperty<>();
        private final StringProperty gasMuchLess = new SimpleStringProperty();
        private final StringProperty gasSomewhatLess = new SimpleStringProperty();
        private final StringProperty gasExpected = new SimpleStringProperty();
        private final StringProperty gasSomewhatMore = new SimpleStringProperty();
        private final StringProperty gasMuchMore = new SimpleStringProperty();
        private final ObjectProperty<Integer> gasBaseline = new SimpleObjectProperty<>();
        private final ObjectProperty<Integer> gasWeight = new SimpleObjectProperty<>();
        private final ReadOnlyObjectWrapper<List<GoalQuality.Issue>> issues = new ReadOnlyObjectWrapper<>(List.of());

        GoalRow(Goal g, java.util.function.Consumer<GoalRow> changed) {
            loaded = g;
            familyWords.set(g.familyWords());
            outcome.set(g.outcome());
            for (Goal.OptionalText text : Goal.OPTIONAL_TEXTS) {
                optionalTexts.put(text.name(), new SimpleStringProperty(text.of(g)));
            }
            shortName = optionalTextProperty("shortName");
            routineIds.setAll(g.routineIds());
            criterion.set(g.criterion());
            targetDate.set(g.targetDate());
            importance.set(g.copm().importance());
            performance.set(g.copm().performance());
            satisfaction.set(g.copm().satisfaction());
            gasMuchLess.set(g.gas().muchLess());
            gasSomewhatLess.set(g.gas().somewhatLess());
            gasExpected.set(g.gas().expected());
            gasSomewhatMore.set(g.gas().somewhatMore());
            gasMuchMore.set(g.gas().muchMore());
            gasBaseline.set(g.gas().baseline());
            gasWeight.set(g.gas().weight());
            suggestedShortName = Bindings.createStringBinding(() -> briefGoal().suggestedShortName(), familyWords, outcome);
            shortNameNote = Bindings.createStringBinding(() -> {
                Goal goal = briefGoal();
                return goal.shortNameTooLong()
                        ? Messages.get("intake.goals.shortName.tooLong", Goal.SHORT_NAME_WIDTH, goal.briefName())
                        : "";
            }, familyWords, outcome, shortName);
            Rows.watch(() -> changed.accept(this), familyWords, outcome, routineIds, criterion, targetDate, importance, performance,
                    satisfaction, gasMuchLess, gasSomewhatLess, gasExpected, gasSomewhatMore, gasMuchMore, gasBaseline,
                    gasWeight);
            Rows.watch(() -> changed.accept(this), optionalTexts.values().toArray(new StringProperty[0]));
        }

        public StringProperty familyWordsProperty() {
            return familyWords;
        }

        public StringProperty outcomeProperty() {
            return outcome;
        }

        /** A few words naming the goal on the tracker, chosen by the family; empty: its first words. */
        public StringProperty shortNameProperty() {
            return shortName;
        }

        /** One of the goal's optional texts, by its name in {@link Goal#OPTIONAL_TEXTS}. */
        public StringProperty optionalTextProperty(String name) {
            return java.util.Objects.requireNonNull(optionalTexts.get(name), name);
        }

        /** The short name the plan uses while none is chosen: the first words of the goal, whole words. */
        public StringBinding suggestedShortNameProperty() {
            return suggestedShortName;
        }

        /** What the plan will print for a short name longer than its room, or empty when it fits. */
        public StringBinding shortNameNoteProperty() {
            return shortNameNote;
        }

        /** Only the fields a short name depends on (cheap: no routine lists or ratings). */
        private Goal briefGoal() {
            return Goal.builder().id(loaded.id()).familyWords(familyWords.get()).outcome(outcome.get())
                    .shortName(shortName.get()).build();
        }

        public ObservableList<String> routineIds() {
            return routineIds;
        }

        public StringProperty criterionProperty() {
            return criterion;
        }

        public ObjectProperty<LocalDate> targetDateProperty() {
            return targetDate;
        }

        public ObjectProperty<Integer> importanceProperty() {
            return importance;
        }

        public ObjectProperty<Integer> performanceProperty() {
            return performance;
        }

        public ObjectProperty<Integer> satisfactionProperty() {
            return satisfaction;
        }

        public StringProperty gasMuchLessProperty() {
            return gasMuchLess;
        }

        public StringProperty gasSomewhatLessProperty() {
            return gasSomewhatLess;
        }

        public StringProperty gasExpectedProperty() {
            return gasExpected;
        }

        public StringProperty gasSomewhatMoreProperty() {
            return gasSomewhatMore;
        }

        public StringProperty gasMuchMoreProperty() {
            return gasMuchMore;
        }

        public ObjectProperty<Integer> gasBaselineProperty() {
            return gasBaseline;
        }

        public ObjectProperty<Integer> gasWeightProperty() {
            return gasWeight;
        }

        public String id() {
            return loaded.id();
        }

        public String sourceConcernId() {
            return loaded.sourceConcernId();
        }

        /** The goal's problems, as last checked. */
        public ReadOnlyObjectProperty<List<GoalQuality.Issue>> issuesProperty() {
            return issues.getReadOnlyProperty();
        }

        /** What the list shows: the family's words, else the outcome. */
        public String headline() {
            return toGoal().headline();
        }

        Goal toGoal() {
            Goal.Builder goal = loaded.toBuilder().familyWords(familyWords.get()).outcome(outcome.get())
                    .routineIds(List.copyOf(routineIds)).criterion(criterion.get()).targetDate(targetDate.get())
                    .copm(new CopmRating(importance.get(), performance.get(), satisfaction.get()))
                    .gas(new GasScale(gasMuchLess.get(), gasSomewhatLess.get(), gasExpected.get(),
                            gasSomewhatMore.get(), gasMuchMore.get(), gasBaseline.get(), gasWeight.get()));
            for (Goal.OptionalText text : Goal.OPTIONAL_TEXTS) {
                text.set().apply(goal, optionalTexts.get(text.name()).get());
            }
            return goal.build();
        }
    }
}
