package app.homeplan.intake.ui;

import app.homeplan.i18n.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.Pane;
import javafx.scene.layout.VBox;
import app.homeplan.intake.IntakeStep;

/** What every step's screen has: "Step 3 of 6", the step's title and a sentence saying what it is for. */
abstract class StepPane extends VBox {

    StepPane(IntakeStep step, String lead) {
        super(20);
        getStyleClass().addAll("step-pane", "step-" + step.id());
        setId("step-" + step.id());
        setPadding(new Insets(24, 32, 32, 32));
        Label count = new Label(Messages.get("intake.stepOf", step.number(), IntakeStep.values().length));
        count.getStyleClass().add("step-count");
        Label title = new Label(step.title());
        title.getStyleClass().add("step-title");
        Label leadLabel = new Label(lead);
        leadLabel.getStyleClass().add("step-lead");
        leadLabel.setWrapText(true);
        VBox header = new VBox(2, count, title, leadLabel);
        getChildren().add(header);
    }

    /** Parts further down the step, not built yet: each adds its part where it goes (see {@link #addBelow}). */
    private final List<Runnable> below = new ArrayList<>();

    void add(Node... nodes) {
        getChildren().addAll(nodes);
    }

    /**
     * Adds parts that lie below what the step's first screen shows, in order after everything added so
     * far. Moving to the step builds them at once ({@link #buildBelow()}); opening a family at this step
     * builds them just after its first frame ({@link #buildBelowAfterFirstFrame()}), so the family's
     * first screen is styled, laid out and drawn without them.
     */
    @SafeVarargs
    final void addBelow(Supplier<? extends Node>... parts) {
        for (Supplier<? extends Node> part : parts) {
            below.add(() -> getChildren().add(part.get()));
        }
    }

    /**
     * The same for a part at the foot of one of the step's columns (a card under the first screen in the
     * right-hand column): built as {@link #addBelow} parts are, added last to {@code column}. The part may
     * be null when the time comes (what it belonged to is no longer shown): then nothing is added.
     */
    final void addBelowIn(Pane column, Supplier<? extends Node> part) {
        below.add(() -> {
            Node built = part.get();
            if (built != null) {
                column.getChildren().add(built);
            }
        });
    }

    /** True once the parts below the first screen are built (or there are none). */
    final boolean isWhole() {
        return below.isEmpty();
    }

    /** Builds the parts below the first screen now (nothing if they are built already). */
    final void buildBelow() {
        List<Runnable> parts = new ArrayList<>(below);
        below.clear();
        parts.forEach(Runnable::run);
    }

    /**
     * Builds the parts below the first screen once the step's first frame has been laid out and handed
     * to the screen: the pulse that lays it out runs first, the parts come in the next one.
     */
    final void buildBelowAfterFirstFrame() {
        if (below.isEmpty()) {
            return;
        }
        Runnable[] afterFirstLayout = new Runnable[1];
        Scene[] listening = new Scene[1];
        afterFirstLayout[0] = () -> {
            listening[0].removePostLayoutPulseListener(afterFirstLayout[0]);
            Platform.runLater(this::buildBelow); // after this pulse: its frame is drawn without them
            Platform.requestNextPulse();
        };
        javafx.beans.value.ChangeListener<Scene> inScene = new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Scene> o, Scene was, Scene now) {
                if (now != null) {
                    sceneProperty().removeListener(this);
                    listening[0] = now;
                    now.addPostLayoutPulseListener(afterFirstLayout[0]);
                }
            }
        };
        if (getScene() != null) {
            inScene.changed(sceneProperty(), null, getScene());
        } else {
            sceneProperty().addListener(inScene);
        }
    }

    /** Puts the keyboard in the first place to type when the step shows. */
    abstract void focusFirst();
}
