package app.homeplan.intake;

import static app.homeplan.intake.Forms.text;

import app.homeplan.intake.FamilyStepViewModel.CaregiverRow;
import app.homeplan.intake.FamilyStepViewModel.ClinicianRow;
import java.util.Arrays;
import app.homeplan.ui.Accessibility;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.geometry.HPos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** Step 1: the child, the caregivers, today's meeting and the family's consent. */
final class FamilyStepView extends StepPane {
    private final FamilyStepViewModel model;
    private final TextField childName;
    private final GridPane caregivers = new GridPane();
    private final GridPane clinicians = new GridPane();

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
        age.visibleProperty().bind(age.textProperty().isNotEmpty());
        age.managedProperty().bind(age.visibleProperty());
        GridPane child = grid(3);
        child.add(Forms.field(text("intake.family.childName"), childName), 0, 0);
        child.add(Forms.field(text("intake.family.preferredName"), preferred), 1, 0);
        VBox dobField = Forms.field(text("intake.family.dob"), dob);
        dobField.getChildren().add(age);
        child.add(dobField, 2, 0);
        child.add(Forms.problem(model.childNameProblemProperty()), 0, 1, 2, 1);
        child.add(Forms.problem(model.dateOfBirthProblemProperty()), 2, 1);
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
        GridPane meetingGrid = grid(2);
        meetingGrid.add(Forms.field(text("intake.family.meetingDate"), Forms.row(8, meeting, today)), 0, 0);
        meetingGrid.add(Forms.field(text("intake.family.attendees"), attendees), 1, 0);
        Button addClinician = Forms.button(text("intake.family.addClinician"), "mdal-add");
        addClinician.setId("addClinician");
        addClinician.setOnAction(e -> focusLater(clinicianName(model.addClinician())));
        model.clinicians().addListener((ListChangeListener<ClinicianRow>) c -> layoutClinicians());
        layoutClinicians();
        Label cliniciansTitle = new Label(text("intake.family.clinicians"));
        cliniciansTitle.getStyleClass().add("subsection-title");
        add(Forms.card(text("intake.family.meeting"), meetingGrid, cliniciansTitle, clinicians, addClinician));

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
        add(Forms.card(text("intake.family.consent.title"), Forms.row(10, consent, consentWords),
                Forms.problem(model.consentHintProperty())));
    }

    @Override
    void focusFirst() {
        childName.requestFocus();
        childName.end();
    }

    private void layoutCaregivers() {
        caregivers.getChildren().clear();
        caregivers.getColumnConstraints().setAll(grow(21), grow(16), grow(14), fixed(), grow(24), fixed(), fixed());
        caregivers.setHgap(10);
        caregivers.setVgap(8);
        caregivers.getStyleClass().add("row-grid");
        if (model.caregivers().isEmpty()) {
            return;
        }
        String[] headers = {"intake.family.caregiver.name", "intake.family.caregiver.relationship",
                "intake.family.caregiver.language", "intake.family.caregiver.interpreter", "intake.family.caregiver.contact",
                "intake.family.caregiver.attended"};
        for (int i = 0; i < headers.length; i++) {
            caregivers.add(columnHeader(text(headers[i])), i, 0);
        }
        int r = 1;
        for (CaregiverRow row : model.caregivers()) {
            TextField name = Forms.textField(row.nameProperty(), text("intake.family.caregiver.name.prompt"));
            name.setId("caregiverName" + (r - 1));
            ComboBox<String> relationship = suggestions(row.relationshipProperty(), "intake.family.relationships");
            TextField language = Forms.textField(row.languageProperty(),
                    text("intake.family.caregiver.language.prompt"));
            CheckBox interpreter = check(row.interpreterProperty(), text("intake.family.caregiver.interpreter"));
            TextField contact = Forms.textField(row.contactProperty(), text("intake.family.caregiver.contact.prompt"));
            CheckBox attended = check(row.attendedProperty(), text("intake.family.caregiver.attended"));
            // Fields under column headings: each announced by a label of its own (its value is what was typed).
            caregivers.getChildren().addAll(
                    Accessibility.hiddenLabel(text("intake.family.caregiver.name"), name),
                    Accessibility.hiddenLabel(text("intake.family.caregiver.relationship"), relationship),
                    Accessibility.hiddenLabel(text("intake.family.caregiver.language"), language),
                    Accessibility.hiddenLabel(text("intake.family.caregiver.contact"), contact));
            Button remove = Forms.iconButton("mdal-delete_outline", text("intake.family.caregiver.remove"));
            remove.setOnAction(e -> model.removeCaregiver(row));
            Node[] cells = {name, relationship, language, interpreter, contact, attended, remove};
            for (int c = 0; c < cells.length; c++) {
                caregivers.add(cells[c], c, r);
                GridPane.setHalignment(cells[c], c == 3 || c == 5 ? HPos.CENTER : HPos.LEFT);
            }
            r++;
        }
    }

    private void layoutClinicians() {
        clinicians.getChildren().clear();
        clinicians.getColumnConstraints().setAll(grow(30), grow(30), grow(35), fixed());
        clinicians.setHgap(10);
        clinicians.setVgap(8);
        if (model.clinicians().isEmpty()) {
            return;
        }
        clinicians.add(columnHeader(text("intake.family.clinician.name")), 0, 0);
        clinicians.add(columnHeader(text("intake.family.clinician.discipline")), 1, 0);
        clinicians.add(columnHeader(text("intake.family.clinician.contact")), 2, 0);
        int r = 1;
        for (ClinicianRow row : model.clinicians()) {
            TextField name = Forms.textField(row.nameProperty(), text("intake.family.clinician.name.prompt"));
            name.setId("clinicianName" + (r - 1));
            ComboBox<String> discipline = suggestions(row.disciplineProperty(), "intake.family.disciplines");
            TextField contact = Forms.textField(row.contactProperty(), text("intake.family.clinician.contact.prompt"));
            clinicians.getChildren().addAll(
                    Accessibility.hiddenLabel(text("intake.family.clinician.name"), name),
                    Accessibility.hiddenLabel(text("intake.family.clinician.discipline"), discipline),
                    Accessibility.hiddenLabel(text("intake.family.clinician.contact"), contact));
            Button remove = Forms.iconButton("mdal-delete_outline", text("intake.family.clinician.remove"));
            remove.setOnAction(e -> model.removeClinician(row));
            clinicians.addRow(r++, name, discipline, contact, remove);
        }
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

    private static Label columnHeader(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("column-header");
        label.setWrapText(true);
        return label;
    }

    private static GridPane grid(int columns) {
        GridPane grid = new GridPane();
        grid.setHgap(20);
        grid.setVgap(8);
        for (int i = 0; i < columns; i++) {
            grid.getColumnConstraints().add(grow(100.0 / columns));
        }
        return grid;
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
