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

    /** Parts further down the step, not built yet (see {@link #addBelow}). */
    private final List<Supplier<? extends Node>> below = new ArrayList<>();

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
        below.addAll(List.of(parts));
    }

    /** Builds the parts below the first screen now (nothing if they are built already). */
    final void buildBelow() {
        List<Supplier<? extends Node>> parts = new ArrayList<>(below);
        below.clear();
        for (Supplier<? extends Node> part : parts) {
            getChildren().add(part.get());
        }
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
