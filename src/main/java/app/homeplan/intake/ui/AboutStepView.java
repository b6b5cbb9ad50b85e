package app.homeplan.intake.ui;

import static app.homeplan.ui.Forms.text;

import app.homeplan.ui.Forms;
import app.homeplan.i18n.Messages;
import app.homeplan.intake.ui.AboutStepViewModel.SupportRow;
import app.homeplan.plan.SupportKind;
import app.homeplan.plan.SupportStrength;
import app.homeplan.ui.TableOrCards;
import app.homeplan.ui.TableOrCards.Column;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import app.homeplan.intake.IntakeStep;

/** Step 2: what the child is like, what goes well, concerns and hopes, and the family's supports. */
final class AboutStepView extends StepPane {
    private final AboutStepViewModel model;
    private final TextArea strengths;
    private final TableOrCards supports = new TableOrCards(10,
            new Column(text("intake.about.support.name"), 28, false),
            new Column(text("intake.about.support.kind"), 18, false),
            new Column(text("intake.about.support.strength"), 16, false),
            new Column(text("intake.about.support.note"), 30, false),
            new Column(null, 0, false));

    AboutStepView(AboutStepViewModel model) {
        super(IntakeStep.ABOUT, text("intake.about.lead", model.childName()));
        this.model = model;
        String child = model.childName();
        strengths = area(model.strengthsProperty(), "strengths", 4, child);
        TextArea interests = area(model.interestsProperty(), "interests", 4, child);
        TextArea goingWell = area(model.goingWellProperty(), "goingWell", 3, child);
        TextArea concerns = area(model.concernsProperty(), "concerns", 4, child);
        TextArea hopes = area(model.hopesProperty(), "hopes", 4, child);

        VBox left = Forms.card(text("intake.about.child", child),
                Forms.field(text("intake.about.strengths", child), strengths),
                Forms.field(text("intake.about.interests", child), text("intake.about.interests.hint"), interests),
                Forms.field(text("intake.about.goingWell"), goingWell));
        VBox right = Forms.card(text("intake.about.family"),
                Forms.field(text("intake.about.concerns"), concerns),
                Forms.field(text("intake.about.hopes"), hopes));
        HBox columns = new HBox(20, left, right);
        HBox.setHgrow(left, Priority.ALWAYS);
        HBox.setHgrow(right, Priority.ALWAYS);
        left.setPrefWidth(1);
        right.setPrefWidth(1);
        add(columns);

        Button addInformal = Forms.button(text("intake.about.addInformal"), "mdmz-people");
        addInformal.setId("addInformalSupport");
        addInformal.setOnAction(e -> focusName(model.addSupport(SupportKind.INFORMAL)));
        Button addFormal = Forms.button(text("intake.about.addFormal"), "mdmz-school");
        addFormal.setId("addFormalSupport");
        addFormal.setOnAction(e -> focusName(model.addSupport(SupportKind.FORMAL)));
        // The supports (a row of fields each) lie below the first screen: built after it when the family opens here.
        addBelow(() -> {
            model.supports().addListener((ListChangeListener<SupportRow>) c -> layoutSupports());
            layoutSupports();
            return Forms.card(text("intake.about.supports"), Forms.hint(text("intake.about.supports.hint")), supports,
                    Forms.row(10, addInformal, addFormal));
        });
    }

    @Override
    void focusFirst() {
        strengths.requestFocus();
    }

    private static TextArea area(javafx.beans.property.StringProperty value, String name, int rows, String child) {
        TextArea area = Forms.textArea(value, rows, text("intake.about." + name + ".prompt", child));
        area.setId(name);
        return area;
    }

    private void focusName(SupportRow row) {
        Platform.runLater(() -> {
            javafx.scene.Node name = supports.lookup("#supportName" + model.supports().indexOf(row));
            if (name != null) {
                name.requestFocus();
            }
        });
    }

    private void layoutSupports() {
        java.util.List<javafx.scene.Node[]> rows = new java.util.ArrayList<>();
        int r = 0;
        for (SupportRow row : model.supports()) {
            TextField name = Forms.textField(row.nameProperty(), text("intake.about.support.name.prompt"));
            name.setId("supportName" + r++);
            ComboBox<SupportKind> kind = choice(SupportKind.values(), k -> Messages.get("intake.about.kind." + k.name()));
            kind.valueProperty().bindBidirectional(row.kindProperty());
            ComboBox<SupportStrength> strength = choice(SupportStrength.values(), s -> Messages.get(s.messageKey()));
            strength.valueProperty().bindBidirectional(row.strengthProperty());
            strength.setButtonCell(strengthCell());
            strength.setCellFactory(l -> strengthCell());
            TextField note = Forms.textField(row.noteProperty(), text("intake.about.support.note.prompt"));
            Button remove = Forms.iconButton("mdal-delete_outline", text("intake.about.support.remove"));
            remove.setOnAction(e -> model.removeSupport(row));
            // Fields under column headings: each announced by a label of its own (its value is what was chosen).
            rows.add(new javafx.scene.Node[] {
                    FamilyStepView.labelled(name, "intake.about.support.name"),
                    FamilyStepView.labelled(kind, "intake.about.support.kind"),
                    FamilyStepView.labelled(strength, "intake.about.support.strength"),
                    FamilyStepView.labelled(note, "intake.about.support.note"),
                    remove});
        }
        supports.setRows(rows);
    }

    private static <T> ComboBox<T> choice(T[] values, java.util.function.Function<T, String> words) {
        ComboBox<T> box = new ComboBox<>();
        box.getItems().setAll(values);
        box.setMaxWidth(Double.MAX_VALUE);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : words.apply(value);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        });
        return box;
    }

    /** Strength with a coloured dot, as on a drawn ecomap. */
    private static ListCell<SupportStrength> strengthCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(SupportStrength item, boolean empty) {
                super.updateItem(item, empty);
                if (empty || item == null) {
                    setText(null);
                    setGraphic(null);
                    return;
                }
                Region dot = new Region();
                dot.getStyleClass().addAll("strength-dot", "strength-" + item.name().toLowerCase(java.util.Locale.ROOT));
                setGraphic(dot);
                setText(Messages.get(item.messageKey()));
            }
        };
    }
}
