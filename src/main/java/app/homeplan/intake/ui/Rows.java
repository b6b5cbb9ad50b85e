package app.homeplan.intake.ui;

import java.util.List;
import javafx.beans.Observable;
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

    /** Moves the item at {@code from} so it ends up at index {@code to} (clamped); returns that index. */
    static <T> int moveTo(ObservableList<T> list, int from, int to) {
        int target = Math.max(0, Math.min(list.size() - 1, to));
        if (from < 0 || from >= list.size() || from == target) {
            return from;
        }
        T item = list.get(from);
        // One setAll, so listeners see one change and the model saves once.
        List<T> reordered = new java.util.ArrayList<>(list);
        reordered.remove(from);
        reordered.add(target, item);
        list.setAll(reordered);
        return target;
    }
}
