package app.homeplan.ui;

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
public final class Reorder {
    private Reorder() {
    }

    /** The Up, Down and Remove buttons under an ordered list, to place where the screen wants them. */
    public record Toolbar(javafx.scene.control.Button up, javafx.scene.control.Button down,
                          javafx.scene.control.Button remove) {
    }

    /**
     * The toolbar of an ordered list: Up and Down move the selected item ({@code move} gets -1 or +1),
     * Remove removes it; all three are off while nothing is selected. Their names are the messages
     * {@code keys.moveUp}, {@code keys.moveDown} and {@code keys.remove}; their node ids are {@code ids}
     * (up, down, remove), which tests and shortcuts look up.
     */
    public static <T> Toolbar toolbar(javafx.beans.property.ObjectProperty<T> selected, String keys, String[] ids,
                                      java.util.function.IntConsumer move, java.util.function.Consumer<T> remove) {
        javafx.scene.control.Button up = Forms.iconButton("mdal-arrow_upward", Forms.text(keys + ".moveUp"));
        up.setId(ids[0]);
        up.setOnAction(e -> move.accept(-1));
        javafx.scene.control.Button down = Forms.iconButton("mdal-arrow_downward", Forms.text(keys + ".moveDown"));
        down.setId(ids[1]);
        down.setOnAction(e -> move.accept(1));
        javafx.scene.control.Button removeButton = Forms.iconButton("mdal-delete_outline", Forms.text(keys + ".remove"));
        removeButton.setId(ids[2]);
        removeButton.setOnAction(e -> {
            if (selected.get() != null) {
                remove.accept(selected.get());
            }
        });
        for (javafx.scene.control.Button b : new javafx.scene.control.Button[] {up, down, removeButton}) {
            b.disableProperty().bind(selected.isNull());
        }
        return new Toolbar(up, down, removeButton);
    }

    /**
     * Ties an ordered list to its model's selection, both ways, and gives it its keys: Alt+Up/Down move
     * the selected item, Enter goes to the item's first field, Delete removes it (after asking).
     */
    public static <T> void orderedList(ListView<T> list, javafx.beans.property.ObjectProperty<T> selected,
                                BiConsumer<Integer, Integer> moveTo, java.util.function.Consumer<T> show,
                                java.util.function.Supplier<javafx.scene.Node> firstField,
                                java.util.function.Consumer<T> remove) {
        keys(list, moveTo);
        list.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null && now != selected.get()) {
                selected.set(now);
            }
        });
        selected.addListener((o, was, now) -> {
            list.getSelectionModel().select(now);
            show.accept(now);
        });
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && selected.get() != null) {
                firstField.get().requestFocus();
                e.consume();
            } else if (e.getCode() == KeyCode.DELETE && selected.get() != null) {
                remove.accept(selected.get());
                e.consume();
            }
        });
    }

    /** Keyboard moves for the list: Alt+Up / Alt+Down move the selected item. */
    public static <T> void keys(ListView<T> list, BiConsumer<Integer, Integer> moveTo) {
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
    public static <T> void cell(ListCell<T> cell, BiConsumer<Integer, Integer> moveTo) {
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
