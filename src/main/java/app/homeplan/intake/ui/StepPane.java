package app.homeplan.intake.ui;

import app.homeplan.i18n.Messages;
import javafx.geometry.Insets;
import javafx.scene.Node;
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

    void add(Node... nodes) {
        getChildren().addAll(nodes);
    }

    /** Puts the keyboard in the first place to type when the step shows. */
    abstract void focusFirst();
}
