package app.homeplan.families.ui;

import app.homeplan.plan.Family;
import app.homeplan.util.Async;
import app.homeplan.plan.FamilySummary;
import app.homeplan.store.FamilyRepository;
import app.homeplan.store.StoreThread;
import app.homeplan.i18n.Messages;
import app.homeplan.i18n.UserMessages;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The home screen's state: the search text, the matching families and the commands on them. Search
 * runs on the store thread at every keystroke; an answer to an older query is dropped.
 * Holds no Nodes, so it is tested without a toolkit (pass a direct executor as {@code ui}).
 */
public final class FamilyListViewModel {
    /** Most rows the list shows at once; typing narrows it. */
    public static final int LIMIT = 200;

    private final FamilyRepository repository;
    private final StoreThread storeThread;
    private final Executor ui;
    private final AtomicLong generation = new AtomicLong();

    private final StringProperty query = new SimpleStringProperty(this, "query", "");
    private final ObservableList<FamilySummary> families = FXCollections.observableArrayList();
    private final ObjectProperty<FamilySummary> selected = new SimpleObjectProperty<>(this, "selected");
    private final ReadOnlyIntegerWrapper totalFamilies = new ReadOnlyIntegerWrapper(this, "totalFamilies", -1);
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    /** More families match than the list holds ({@link #LIMIT}): the count line must say the list is cut. */
    private final ReadOnlyBooleanWrapper moreThanListed = new ReadOnlyBooleanWrapper(this, "moreThanListed");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");

    public FamilyListViewModel(FamilyRepository repository, StoreThread storeThread, Executor ui) {
        this.repository = repository;
        this.storeThread = storeThread;
        this.ui = ui;
        query.addListener((obs, old, now) -> refresh());
    }

    public StringProperty queryProperty() {
        return query;
    }

    public ObservableList<FamilySummary> families() {
        return families;
    }

    public ObjectProperty<FamilySummary> selectedProperty() {
        return selected;
    }

    /** Families in the database (whatever the search); -1 until first counted. */
    public ReadOnlyIntegerProperty totalFamiliesProperty() {
        return totalFamilies.getReadOnlyProperty();
    }

    /** More families match the search (or, with none, are stored) than the list shows. */
    public ReadOnlyBooleanProperty moreThanListedProperty() {
        return moreThanListed.getReadOnlyProperty();
    }

    /**
     * The line beside the search box: how many families there are and how many match; never a count that
     * covers less than it seems to (with more matches than the list holds, "more than 200 match").
     */
    public String countSentence() {
        int total = totalFamilies.get();
        if (total < 0) {
            return Messages.get("families.loading");
        }
        boolean searching = !query.get().isBlank();
        if (moreThanListed.get() && searching) {
            return Messages.get("families.matches.moreThanListed", families.size(), total);
        }
        return searching ? Messages.get("families.matches", families.size(), total) : Messages.get("families.count", total);
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** The last failure as a sentence, or empty. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** Runs the current search again; completes when the list shows its answer. */
    public CompletableFuture<Void> refresh() {
        long mine = generation.incrementAndGet();
        String text = query.get();
        loading.set(true);
        CompletableFuture<Void> done = new CompletableFuture<>();
        storeThread.submit(() -> new SearchResult(repository.search(text, LIMIT + 1), repository.count()))
                .whenComplete((result, failure) -> ui.execute(() -> {
                    if (mine == generation.get()) {
                        loading.set(false);
                        if (failure != null) {
                            error.set(UserMessages.of(failure));
                        } else {
                            error.set("");
                            // One row more than the list holds tells whether there are more, without counting them all.
                            List<FamilySummary> rows = result.rows();
                            moreThanListed.set(rows.size() > LIMIT);
                            keepSelection(rows.size() > LIMIT ? rows.subList(0, LIMIT) : rows);
                            totalFamilies.set(result.total());
                        }
                    }
                    done.complete(null);
                }));
        return done;
    }

    /** Stores a new, empty family for a child and returns it once stored. */
    public CompletableFuture<Family> createFamily(String childName) {
        return onUi(storeThread.submit(() -> repository.insert(Family.newFor(childName.strip()))))
                .thenCompose(family -> refresh().thenApply(ignored -> family));
    }

    /** Deletes a family for good, then refreshes the list. */
    public CompletableFuture<Void> delete(FamilySummary family) {
        return onUi(storeThread.submit(() -> repository.delete(family.id())))
                .thenCompose(ignored -> refresh());
    }

    private void keepSelection(List<FamilySummary> rows) {
        FamilySummary was = selected.get();
        if (!families.equals(rows)) { // a letter that changes no row leaves the table alone
            families.setAll(rows);
        }
        if (was != null) {
            selected.set(rows.stream().filter(r -> r.id() == was.id()).findFirst().orElse(null));
        }
    }

    /** Completes on the UI executor, recording a failure as a sentence. */
    private <T> CompletableFuture<T> onUi(CompletableFuture<T> work) {
        return Async.onUi(work, ui, failure -> {
            if (failure != null) {
                error.set(UserMessages.of(failure));
            }
        });
    }

    private record SearchResult(List<FamilySummary> rows, int total) {
    }
}
