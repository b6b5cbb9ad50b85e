package app.homeplan.review.ui;

import java.util.Map;
import java.util.Objects;
import javafx.beans.property.ObjectProperty;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleGroup;

/**
 * Binds a group of toggles to a model value both ways; no toggle selected = null (not rated). A
 * toggle under the key null stands for "none chosen" (such as "Not decided yet") and is selected
 * whenever the value is null.
 */
final class Choices {
    private Choices() {
    }

    static <T> ToggleGroup bind(ObjectProperty<T> value, Map<T, ? extends Toggle> toggles) {
        ToggleGroup group = new ToggleGroup();
        toggles.values().forEach(t -> t.setToggleGroup(group));
        boolean[] busy = {false};
        Runnable fromModel = () -> {
            busy[0] = true;
            try {
                Toggle wanted = toggles.get(value.get());
                if (wanted == null) {
                    group.selectToggle(null);
                } else {
                    wanted.setSelected(true);
                }
            } finally {
                busy[0] = false;
            }
        };
        group.selectedToggleProperty().addListener((o, was, now) -> {
            if (busy[0]) {
                return;
            }
            T chosen = toggles.entrySet().stream().filter(e -> e.getValue() == now).map(Map.Entry::getKey)
                    .findFirst().orElse(null);
            if (!Objects.equals(chosen, value.get())) {
                value.set(chosen);
            } else if (now == null && toggles.containsKey(null)) {
                fromModel.run(); // pressing the selected "none chosen" toggle keeps it selected
            }
        });
        value.addListener((o, was, now) -> fromModel.run());
        fromModel.run();
        return group;
    }
}
