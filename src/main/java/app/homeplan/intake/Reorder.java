package app.homeplan.intake;

import java.util.function.BiConsumer;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseDragEvent;
import javafx.scene.input.MouseEvent;

/**
 * Lets people put a list in their own order: drag an item onto another place with the mouse (or a
 * finger), or move the selected item with Alt+Up and Alt+Down.
 */
final class Reorder {
    private Reorder() {
    }

    /** Keyboard moves for the list: Alt+Up / Alt+Down move the selected item. */
    static <T> void keys(ListView<T> list, BiConsumer<Integer, Integer> moveTo) {
        list.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (!e.isAltDown() || (e.getCode() != KeyCode.UP && e.getCode() != KeyCode.DOWN)) {
                return;
            }
            int from = list.getSelectionModel().getSelectedIndex();
            if (from >= 0) {
                moveTo.accept(from, from + (e.getCode() == KeyCode.UP ? -1 : 1));
                list.requestFocus();
            }
            e.consume();
        });
    }

    /** Makes a cell draggable and a place to drop on; dropping on the empty space moves to the end. */
    static <T> void cell(ListCell<T> cell, BiConsumer<Integer, Integer> moveTo) {
        cell.addEventHandler(MouseEvent.DRAG_DETECTED, e -> {
            if (!cell.isEmpty()) {
                cell.getListView().getProperties().put(Reorder.class, cell.getIndex());
                cell.getStyleClass().add("dragging");
                cell.startFullDrag();
            }
        });
        cell.addEventHandler(MouseDragEvent.MOUSE_DRAG_ENTERED, e -> {
            if (dragFrom(cell) != null) {
                cell.getStyleClass().add("drop-target");
            }
        });
        cell.addEventHandler(MouseDragEvent.MOUSE_DRAG_EXITED, e -> cell.getStyleClass().remove("drop-target"));
        cell.addEventHandler(MouseDragEvent.MOUSE_DRAG_RELEASED, e -> {
            cell.getStyleClass().remove("drop-target");
            Integer from = dragFrom(cell);
            if (from != null) {
                int to = cell.isEmpty() ? cell.getListView().getItems().size() - 1 : cell.getIndex();
                cell.getListView().getProperties().remove(Reorder.class);
                moveTo.accept(from, to);
            }
            e.consume();
        });
        cell.addEventHandler(MouseEvent.MOUSE_RELEASED, e -> {
            cell.getStyleClass().remove("dragging");
            if (cell.getListView() != null) {
                cell.getListView().getProperties().remove(Reorder.class);
                cell.getListView().lookupAll(".drop-target").forEach(n -> n.getStyleClass().remove("drop-target"));
            }
        });
    }

    private static Integer dragFrom(ListCell<?> cell) {
        return cell.getListView() == null ? null : (Integer) cell.getListView().getProperties().get(Reorder.class);
    }
}
