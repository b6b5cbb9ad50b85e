package app.homeplan.intake.ui;

import static app.homeplan.ui.Forms.text;

import app.homeplan.ui.DateField;
import app.homeplan.ui.Forms;
import app.homeplan.intake.ui.FamilyStepViewModel.CaregiverRow;
import app.homeplan.intake.ui.FamilyStepViewModel.ClinicianRow;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import app.homeplan.ui.FieldGrid;
import app.homeplan.ui.TableOrCards;
import app.homeplan.ui.TableOrCards.Column;
import app.homeplan.ui.Accessibility;
import app.homeplan.ui.Shown;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import app.homeplan.intake.IntakeStep;

/** Step 1: the child, the caregivers, today's meeting and the family's consent. */
final class FamilyStepView extends StepPane {
    private final FamilyStepViewModel model;
    private final TextField childName;
    private final TableOrCards caregivers = new TableOrCards(10,
            new Column(text("intake.family.caregiver.name"), 21, false),
            new Column(text("intake.family.caregiver.relationship"), 16, false),
            new Column(text("intake.family.caregiver.language"), 14, false),
            new Column(text("intake.family.caregiver.interpreter"), 0, true),
            new Column(text("intake.family.caregiver.contact"), 24, false),
            new Column(text("intake.family.caregiver.attended"), 0, true),
            new Column(null, 0, false));
    private final TableOrCards clinicians = new TableOrCards(10,
            new Column(text("intake.family.clinician.name"), 30, false),
            new Column(text("intake.family.clinician.discipline"), 30, false),
            new Column(text("intake.family.clinician.contact"), 35, false),
            new Column(null, 0, false));

    FamilyStepView(FamilyStepViewModel model) {
        super(IntakeStep.FAMILY, text("intake.family.lead"));
        this.model = model;

        childName = Forms.textField(model.childNameProperty(), "");
        childName.setId("childName");
        TextField preferred = Forms.textField(model.preferredNameProperty(), text("intake.family.preferredName.prompt"));
        preferred.setId("preferredName");
        DateField dob = new DateField(model.dateOfBirthProperty());
        dob.picker().setId("dateOfBirth");
        Label age = new Label();
        age.setId("childAge");
        age.getStyleClass().add("age-pill");
        age.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        age.textProperty().bind(model.ageProperty());
        Shown.when(age, age.textProperty().isNotEmpty());
        VBox nameField = Forms.field(text("intake.family.childName"), childName);
        nameField.getChildren().add(Forms.problem(model.childNameProblemProperty()));
        VBox dobField = Forms.field(text("intake.family.dob"), dob);
        dobField.getChildren().addAll(age, Forms.problem(model.dateOfBirthProblemProperty()));
        FieldGrid child = new FieldGrid(20, 12, nameField,
                Forms.field(text("intake.family.preferredName"), preferred), dobField);
        add(Forms.card(text("intake.family.child"), child));

        Button addCaregiver = Forms.button(text("intake.family.addCaregiver"), "mdal-add");
        addCaregiver.setId("addCaregiver");
        addCaregiver.setOnAction(e -> focusLater(caregiverName(model.addCaregiver())));
        model.caregivers().addListener((ListChangeListener<CaregiverRow>) c -> layoutCaregivers());
        layoutCaregivers();
        ComboBox<FamilyStepViewModel.LanguageChoice> planLanguage = new ComboBox<>(model.planLanguages());
        planLanguage.setId("planLanguage");
        planLanguage.valueProperty().bindBidirectional(model.planLanguageProperty());
        Accessibility.name(planLanguage, text("intake.family.planLanguage"));
        VBox planLanguageField = Forms.field(text("intake.family.planLanguage"), planLanguage);
        add(Forms.card(text("intake.family.caregivers"), Forms.hint(text("intake.family.caregivers.hint")), caregivers,
                addCaregiver, planLanguageField, Forms.hint(text("intake.family.planLanguage.hint"))));

        DateField meeting = new DateField(model.meetingDateProperty());
        meeting.picker().setId("meetingDate");
        Button today = Forms.button(text("intake.family.today"), "mdmz-today");
        today.setId("meetingToday");
        today.setOnAction(e -> model.meetingIsToday());
        TextArea attendees = Forms.textArea(model.otherAttendeesProperty(), 2, text("intake.family.attendees.prompt"));
        attendees.setId("otherAttendees");
        FieldGrid meetingGrid = new FieldGrid(20, 16,
                Forms.field(text("intake.family.meetingDate"), Forms.row(8, meeting, today)),
                Forms.field(text("intake.family.attendees"), attendees));
        Button addClinician = Forms.button(text("intake.family.addClinician"), "mdal-add");
        addClinician.setId("addClinician");
        addClinician.setOnAction(e -> focusLater(clinicianName(model.addClinician())));
        model.clinicians().addListener((ListChangeListener<ClinicianRow>) c -> layoutClinicians());
        layoutClinicians();
        Label cliniciansTitle = new Label(text("intake.family.clinicians"));
        cliniciansTitle.getStyleClass().add("subsection-title");
        // The meeting and the consent lie under the first screen: a family opened here gets them a frame later.
        VBox meetingCard = Forms.card(text("intake.family.meeting"), meetingGrid, cliniciansTitle, clinicians, addClinician);

        // The words are a label of their own: its shortcut (Alt+Y) focuses the box, Space ticks it,
        // and a click on the words ticks it as well.
        CheckBox consent = new CheckBox();
        consent.setId("consent");
        consent.selectedProperty().bindBidirectional(model.consentProperty());
        Label consentWords = Forms.label(text("intake.family.consent"), consent);
        consentWords.getStyleClass().setAll("label", "consent-words");
        consentWords.setOnMouseClicked(e -> {
            consent.requestFocus();
            consent.fire();
        });
        Accessibility.name(consent, consentWords.getText());
        VBox consentCard = Forms.card(text("intake.family.consent.title"), Forms.row(10, consent, consentWords),
                Forms.problem(model.consentHintProperty()));
        addBelow(() -> meetingCard, () -> consentCard);
    }

    @Override
    void focusFirst() {
        childName.requestFocus();
        childName.end();
    }

    private void layoutCaregivers() {
        List<Node[]> rows = new ArrayList<>();
        int r = 0;
        for (CaregiverRow row : model.caregivers()) {
            TextField name = Forms.textField(row.nameProperty(), text("intake.family.caregiver.name.prompt"));
            name.setId("caregiverName" + r++);
            ComboBox<String> relationship = suggestions(row.relationshipProperty(), "intake.family.relationships");
            TextField language = Forms.textField(row.languageProperty(),
                    text("intake.family.caregiver.language.prompt"));
            CheckBox interpreter = check(row.interpreterProperty(), text("intake.family.caregiver.interpreter"));
            TextField contact = Forms.textField(row.contactProperty(), text("intake.family.caregiver.contact.prompt"));
            CheckBox attended = check(row.attendedProperty(), text("intake.family.caregiver.attended"));
            Button remove = Forms.iconButton("mdal-delete_outline", text("intake.family.caregiver.remove"));
            remove.setOnAction(e -> model.removeCaregiver(row));
            // Fields under column headings: each announced by a label of its own (its value is what was typed).
            rows.add(new Node[] {
                    labelled(name, "intake.family.caregiver.name"),
                    labelled(relationship, "intake.family.caregiver.relationship"),
                    labelled(language, "intake.family.caregiver.language"),
                    interpreter,
                    labelled(contact, "intake.family.caregiver.contact"),
                    attended,
                    remove});
        }
        caregivers.setRows(rows);
    }

    private void layoutClinicians() {
        List<Node[]> rows = new ArrayList<>();
        int r = 0;
        for (ClinicianRow row : model.clinicians()) {
            TextField name = Forms.textField(row.nameProperty(), text("intake.family.clinician.name.prompt"));
            name.setId("clinicianName" + r++);
            ComboBox<String> discipline = suggestions(row.disciplineProperty(), "intake.family.disciplines");
            TextField contact = Forms.textField(row.contactProperty(), text("intake.family.clinician.contact.prompt"));
            Button remove = Forms.iconButton("mdal-delete_outline", text("intake.family.clinician.remove"));
            remove.setOnAction(e -> model.removeClinician(row));
            rows.add(new Node[] {
                    labelled(name, "intake.family.clinician.name"),
                    labelled(discipline, "intake.family.clinician.discipline"),
                    labelled(contact, "intake.family.clinician.contact"),
                    remove});
        }
        clinicians.setRows(rows);
    }

    /** A field under a column heading, announced by an unseen label of its own (its value is what was typed). */
    static Node labelled(javafx.scene.control.Control field, String key) {
        javafx.scene.layout.StackPane cell = new javafx.scene.layout.StackPane(field,
                Accessibility.hiddenLabel(text(key), field));
        cell.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return cell;
    }

    private TextField caregiverName(CaregiverRow row) {
        return (TextField) caregivers.lookup("#caregiverName" + model.caregivers().indexOf(row));
    }

    private TextField clinicianName(ClinicianRow row) {
        return (TextField) clinicians.lookup("#clinicianName" + model.clinicians().indexOf(row));
    }

    private static void focusLater(Node node) {
        if (node != null) {
            Platform.runLater(node::requestFocus);
        }
    }

    /** An editable box with usual answers to pick from; whatever is typed is kept. */
    private static ComboBox<String> suggestions(javafx.beans.property.StringProperty value, String choicesKey) {
        ComboBox<String> box = new ComboBox<>();
        box.setEditable(true);
        box.getItems().setAll(Arrays.stream(text(choicesKey).split("\\|")).map(String::strip).toList());
        box.setMaxWidth(Double.MAX_VALUE);
        Forms.bind(box.getEditor(), value);
        box.valueProperty().addListener((o, was, now) -> {
            if (now != null && !now.equals(value.get())) {
                value.set(now);
            }
        });
        return box;
    }

    private static CheckBox check(javafx.beans.property.BooleanProperty value, String accessible) {
        CheckBox box = new CheckBox();
        box.selectedProperty().bindBidirectional(value);
        box.setAccessibleText(accessible);
        return box;
    }

    static ColumnConstraints grow(double percent) {
        ColumnConstraints c = new ColumnConstraints();
        c.setPercentWidth(percent);
        c.setHgrow(Priority.ALWAYS);
        c.setFillWidth(true);
        return c;
    }

    static ColumnConstraints fixed() {
        ColumnConstraints c = new ColumnConstraints();
        c.setHgrow(Priority.NEVER);
        return c;
    }
}
