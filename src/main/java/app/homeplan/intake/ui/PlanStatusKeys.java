package app.homeplan.intake.ui;

import app.homeplan.plan.PlanStatus;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyEvent;
import org.controlsfx.control.SegmentedButton;

/**
 * Draft / Active as one choice that is always made and always saved, however it is chosen: a click,
 * Space or Enter on a button, its Alt shortcut, or the arrow keys (which choose, not only move the
 * focus ring). Choosing the chosen one again keeps it.
 */
final class PlanStatusKeys {
    private PlanStatusKeys() {
    }

    static void install(SegmentedButton buttons, ObjectProperty<PlanStatus> status) {
        var group = buttons.getToggleGroup();
        boolean[] fromModel = {false};
        group.selectedToggleProperty().addListener((o, was, now) -> {
            if (now == null) {
                if (was != null) {
                    was.setSelected(true); // one of them is always chosen
                }
            } else if (!fromModel[0]) {
                status.set((PlanStatus) now.getUserData());
            }
        });
        status.addListener((o, was, now) -> {
            fromModel[0] = true;
            try {
                buttons.getButtons().forEach(b -> b.setSelected(b.getUserData() == now));
            } finally {
                fromModel[0] = false;
            }
        });
        // An Alt shortcut only focuses a toggle and sends it an action, without choosing it: choose it.
        // (After a click or Space the toggle is already chosen, or chosen again just above.)
        buttons.getButtons().forEach(b -> b.addEventHandler(javafx.event.ActionEvent.ACTION, e -> b.setSelected(true)));
        buttons.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            List<ToggleButton> all = buttons.getButtons();
            int at = all.indexOf(focusedOrChosen(all, group.getSelectedToggle()));
            int to = switch (e.getCode()) {
                case LEFT, UP -> Math.max(0, at - 1);
                case RIGHT, DOWN -> Math.min(all.size() - 1, at + 1);
                case HOME -> 0;
                case END -> all.size() - 1;
                case ENTER, SPACE -> at;
                default -> -1;
            };
            if (to >= 0) {
                e.consume();
                all.get(to).setSelected(true);
                all.get(to).requestFocus();
            }
        });
    }

    private static ToggleButton focusedOrChosen(List<ToggleButton> all, Toggle chosen) {
        return all.stream().filter(ToggleButton::isFocused).findFirst()
                .orElse(chosen instanceof ToggleButton b ? b : all.get(0));
    }
}
