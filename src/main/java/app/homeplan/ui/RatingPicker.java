package app.homeplan.ui;

import app.homeplan.ui.Accessibility;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import javafx.beans.property.ObjectProperty;
import javafx.geometry.Pos;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Region;

/**
 * A row of big, touch-friendly numbers for a rating (satisfaction 1-5, COPM 1-10, GAS -2..+2).
 * One Tab stop: arrow keys, Home/End and digits choose, Delete clears; clicking the chosen number
 * again clears it (not rated).
 */
public final class RatingPicker extends FlowRow {
    private final int min;
    private final int max;
    private final ObjectProperty<Integer> value;
    private final List<ToggleButton> buttons = new ArrayList<>();
    private final ToggleGroup group = new ToggleGroup();
    private final javafx.beans.property.ReadOnlyObjectWrapper<javafx.scene.Node> tabStop =
            new javafx.beans.property.ReadOnlyObjectWrapper<>(this, "tabStop");

    public RatingPicker(int min, int max, ObjectProperty<Integer> value, IntFunction<String> text, String accessibleName) {
        super(4, 4); // one line while it fits; the numbers wrap onto a second line rather than lose their digits
        this.min = min;
        this.max = max;
        this.value = value;
        getStyleClass().add("rating-picker");
        setAlignment(Pos.CENTER_LEFT);
        for (int n = min; n <= max; n++) {
            int rating = n;
            ToggleButton b = new ToggleButton(text.apply(n));
            b.setToggleGroup(group);
            b.setUserData(rating);
            b.getStyleClass().add("rating");
            b.setMinWidth(Region.USE_PREF_SIZE);
            // "How important is this? (importance), 9": which scale, not only the number.
            Accessibility.name(b, accessibleName + ", " + text.apply(n));
            b.setOnAction(e -> {
                value.set(b.isSelected() ? rating : null);
                requestFocus(); // a click on a number that is not a Tab stop would leave focus behind
            });
            buttons.add(b);
        }
        getChildren().addAll(buttons);
        Accessibility.group(this, accessibleName);
        value.addListener((o, was, now) -> show(now));
        show(value.get());
        addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
    }

    /** Gives each number the id {@code prefix_n} ("performance1_7"), for screens that name them. */
    public RatingPicker numberIds(String prefix) {
        for (ToggleButton b : buttons) {
            b.setId(prefix + "_" + b.getUserData());
        }
        return this;
    }

    /** Replaces each number's spoken name ("Goal 2, performance, 7 of 10" rather than "..., 7"). */
    public RatingPicker spokenNames(IntFunction<String> name) {
        for (ToggleButton b : buttons) {
            Accessibility.name(b, name.apply((Integer) b.getUserData()));
        }
        return this;
    }

    /** The number that takes focus now: the chosen one, or the first. */
    public javafx.beans.property.ReadOnlyObjectProperty<javafx.scene.Node> tabStopProperty() {
        return tabStop.getReadOnlyProperty();
    }

    /** Focus goes to the chosen number, or the first (so a label's mnemonic lands somewhere useful). */
    @Override
    public void requestFocus() {
        Integer rating = value.get();
        buttons.get(rating == null ? 0 : rating - min).requestFocus();
    }

    private void show(Integer rating) {
        for (ToggleButton b : buttons) {
            b.setSelected(rating != null && b.getUserData().equals(rating));
        }
        // Roving focus: only the chosen number (or the first) is a Tab stop.
        int stop = rating == null ? 0 : rating - min;
        boolean hadFocus = buttons.stream().anyMatch(ToggleButton::isFocused);
        for (int i = 0; i < buttons.size(); i++) {
            buttons.get(i).setFocusTraversable(i == stop);
        }
        tabStop.set(buttons.get(stop));
        if (hadFocus) {
            buttons.get(stop).requestFocus();
        }
    }

    private void onKey(KeyEvent e) {
        Integer now = value.get();
        Integer next = null;
        boolean handled = true;
        KeyCode code = e.getCode();
        if (code == KeyCode.RIGHT || code == KeyCode.UP) {
            next = now == null ? min : Math.min(max, now + 1);
        } else if (code == KeyCode.LEFT || code == KeyCode.DOWN) {
            next = now == null ? min : Math.max(min, now - 1);
        } else if (code == KeyCode.HOME) {
            next = min;
        } else if (code == KeyCode.END) {
            next = max;
        } else if (code == KeyCode.DELETE || code == KeyCode.BACK_SPACE) {
            value.set(null);
            e.consume();
            return;
        } else if (code.isDigitKey()) {
            String name = code.getName(); // "5" or "Numpad 5"
            int digit = name.charAt(name.length() - 1) - '0';
            int wanted = digit == 0 && max >= 10 ? 10 : digit;
            if (wanted >= min && wanted <= max) {
                next = wanted;
            } else {
                handled = false;
            }
        } else {
            handled = false;
        }
        if (handled) {
            e.consume();
            value.set(next);
        }
    }
}
