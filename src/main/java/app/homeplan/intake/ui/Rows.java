package app.homeplan.intake.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.collections.ObservableList;

/** Small helpers for the editable lists of the steps (caregivers, routines, goals ...). */
final class Rows {
    private Rows() {
    }

    /** Calls {@code changed} whenever any of the values changes. */
    static void watch(Runnable changed, Observable... values) {
        for (Observable value : values) {
            value.addListener(o -> changed.run());
        }
    }

    /**
     * Moves a row of an ordered list (the day's routines, the ranked goals) as both steps do: the row at
     * {@code from} goes to {@code to} (clamped), the list is saved, and that row stays selected. Nothing
     * when {@code from} is no row.
     */
    static <T> void move(ObservableList<T> list, int from, int to, Runnable save, ObjectProperty<T> selected) {
        if (from < 0 || from >= list.size()) {
            return;
        }
        T row = list.get(from);
        moveTo(list, from, to);
        save.run();
        selected.set(row);
    }

    /**
     * Removes a row of an ordered list as both steps do: {@code store} writes the family with the rows
     * that remain, then the row leaves the list and the one now in its place (or the new last one) is
     * selected. False, and nothing done, when the row is not in the list.
     */
    static <T> boolean remove(ObservableList<T> list, T row, ObjectProperty<T> selected, Consumer<List<T>> store) {
        int index = list.indexOf(row);
        if (index < 0) {
            return false;
        }
        List<T> after = new ArrayList<>(list);
        after.remove(row);
        store.accept(after);
        list.remove(row);
        selected.set(list.isEmpty() ? null : list.get(Math.min(index, list.size() - 1)));
        return true;
    }

    /** Moves the item at {@code from} so it ends up at index {@code to} (clamped); returns that index. */
    static <T> int moveTo(ObservableList<T> list, int from, int to) {
        int target = Math.max(0, Math.min(list.size() - 1, to));
        if (from < 0 || from >= list.size() || from == target) {
            return from;
        }
        T item = list.get(from);
        // One setAll, so listeners see one change and the model saves once.
        List<T> reordered = new ArrayList<>(list);
        reordered.remove(from);
        reordered.add(target, item);
        list.setAll(reordered);
        return target;
    }
}
