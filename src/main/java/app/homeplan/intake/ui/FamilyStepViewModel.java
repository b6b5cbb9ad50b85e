package app.homeplan.intake.ui;

import app.homeplan.i18n.Messages;
import app.homeplan.language.LanguagePack;
import app.homeplan.language.LanguagePacks;
import app.homeplan.language.PlanLanguages;
import app.homeplan.plan.Caregiver;
import app.homeplan.plan.Child;
import app.homeplan.plan.Clinician;
import app.homeplan.plan.Family;
import app.homeplan.plan.PlanValidationException;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.beans.value.ObservableValue;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Step 1, the family: the child, caregivers, who came, clinicians, the meeting date and consent.
 * Every edit goes straight into the draft; a blank child name is kept on screen and explained, while
 * the family keeps the last name it had (a family always has a child's name).
 */
public final class FamilyStepViewModel {
    private final FamilyDraft draft;
    private final Supplier<LocalDate> today;

    private final StringProperty childName = new SimpleStringProperty(this, "childName");
    private final StringProperty preferredName = new SimpleStringProperty(this, "preferredName");
    private final ObjectProperty<LocalDate> dateOfBirth = new SimpleObjectProperty<>(this, "dateOfBirth");
    private final ReadOnlyStringWrapper age = new ReadOnlyStringWrapper(this, "age", "");
    private final ReadOnlyStringWrapper childNameProblem = new ReadOnlyStringWrapper(this, "childNameProblem", "");
    private final ReadOnlyStringWrapper dateOfBirthProblem = new ReadOnlyStringWrapper(this, "dateOfBirthProblem", "");
    private final ObservableList<CaregiverRow> caregivers = FXCollections.observableArrayList();
    private final StringProperty otherAttendees = new SimpleStringProperty(this, "otherAttendees");
    private final ObservableList<ClinicianRow> clinicians = FXCollections.observableArrayList();
    private final ObjectProperty<LocalDate> meetingDate = new SimpleObjectProperty<>(this, "meetingDate");
    private final BooleanProperty consent = new SimpleBooleanProperty(this, "consent");
    private final ReadOnlyStringWrapper consentHint = new ReadOnlyStringWrapper(this, "consentHint", "");
    /** The packs to choose from: the shipped ones, then the clinic's too once they are read (off the FX thread). */
    private final ObservableValue<LanguagePacks> packs;
    private final InvalidationListener packsRead = o -> updatePlanLanguages();
    private final ObservableList<LanguageChoice> planLanguages = FXCollections.observableArrayList();
    private final ObjectProperty<LanguageChoice> planLanguage = new SimpleObjectProperty<>(this, "planLanguage");

    public FamilyStepViewModel(FamilyDraft draft, Supplier<LocalDate> today) {
        this(draft, today, new SimpleObjectProperty<>(LanguagePacks.shipped()));
    }

    /** @param packs the language packs, changing when the clinic's own have been read */
    public FamilyStepViewModel(FamilyDraft draft, Supplier<LocalDate> today, ObservableValue<LanguagePacks> packs) {
        this.draft = draft;
        this.today = today;
        this.packs = packs;
        // Weak: a step's model is made again each time the step is shown; the packs outlive it.
        packs.addListener(new WeakInvalidationListener(packsRead));
        Family f = draft.get();
        childName.set(f.child().name());
        preferredName.set(f.child().preferredName());
        dateOfBirth.set(f.child().dateOfBirth());
        f.caregivers().forEach(c -> caregivers.add(new CaregiverRow(c, this::saveCaregivers)));
        otherAttendees.set(f.otherAttendees());
        f.clinicians().forEach(c -> clinicians.add(new ClinicianRow(c, this::saveClinicians)));
        meetingDate.set(f.meetingDate());
        consent.set(f.consentToStore());
        updateAge();
        updateConsentHint();
        updatePlanLanguages();
        String chosen = f.planLanguage();
        planLanguage.set(planLanguages.stream().filter(c -> c.code().equalsIgnoreCase(chosen)).findFirst()
                .orElse(planLanguages.get(0)));
        planLanguage.addListener((o, was, now) -> {
            if (now != null) {
                draft.update(x -> x.toBuilder().planLanguage(now.code()).build());
            }
        });

        childName.addListener((o, was, now) -> saveChild());
        preferredName.addListener((o, was, now) -> saveChild());
        dateOfBirth.addListener((o, was, now) -> {
            saveChild();
            updateAge();
        });
        caregivers.addListener((javafx.collections.ListChangeListener<CaregiverRow>) c -> saveCaregivers());
        clinicians.addListener((javafx.collections.ListChangeListener<ClinicianRow>) c -> saveClinicians());
        otherAttendees.addListener((o, was, now) -> draft.update(x -> x.toBuilder().otherAttendees(now).build()));
        meetingDate.addListener((o, was, now) -> {
            draft.update(x -> x.toBuilder().meetingDate(now).build());
            updateAge();
        });
        consent.addListener((o, was, now) -> {
            draft.update(x -> x.toBuilder().consentToStore(now).build());
            updateConsentHint();
        });
    }

    public StringProperty childNameProperty() { return childName; }
    public StringProperty preferredNameProperty() { return preferredName; }
    public ObjectProperty<LocalDate> dateOfBirthProperty() { return dateOfBirth; }
    /** "3 years 7 months" on the meeting day (or today), or empty. */
    public ReadOnlyStringProperty ageProperty() { return age.getReadOnlyProperty(); }
    public ReadOnlyStringProperty childNameProblemProperty() { return childNameProblem.getReadOnlyProperty(); }
    public ReadOnlyStringProperty dateOfBirthProblemProperty() { return dateOfBirthProblem.getReadOnlyProperty(); }
    public ObservableList<CaregiverRow> caregivers() { return caregivers; }
    public StringProperty otherAttendeesProperty() { return otherAttendees; }
    public ObservableList<ClinicianRow> clinicians() { return clinicians; }
    public ObjectProperty<LocalDate> meetingDateProperty() { return meetingDate; }
    public BooleanProperty consentProperty() { return consent; }
    /** Why consent matters, shown while it is not given. */
    public ReadOnlyStringProperty consentHintProperty() { return consentHint.getReadOnlyProperty(); }

    public CaregiverRow addCaregiver() {
        CaregiverRow row = new CaregiverRow(new Caregiver(null, "", "", "", false, "", true), this::saveCaregivers);
        caregivers.add(row);
        return row;
    }

    public void removeCaregiver(CaregiverRow row) {
        caregivers.remove(row);
    }

    public ClinicianRow addClinician() {
        ClinicianRow row = new ClinicianRow(new Clinician(null, "", "", ""), this::saveClinicians);
        clinicians.add(row);
        return row;
    }

    public void removeClinician(ClinicianRow row) {
        clinicians.remove(row);
    }

    /** Sets the meeting date to today (a button, since it is nearly always today). */
    public void meetingIsToday() {
        meetingDate.set(today.get());
    }

    private void saveChild() {
        String name = childName.get();
        if (name == null || name.isBlank()) {
            childNameProblem.set(Messages.get("intake.family.childName.needed"));
            return;
        }
        childNameProblem.set("");
        LocalDate dob = dateOfBirth.get();
        LocalDate day = dayForAge();
        if (dob != null && dob.isAfter(day)) {
            dateOfBirthProblem.set(Messages.get("intake.family.dob.future"));
        } else {
            dateOfBirthProblem.set("");
        }
        try {
            draft.update(x -> x.toBuilder().child(new Child(name, preferredName.get(), dob)).build());
        } catch (PlanValidationException e) {
            childNameProblem.set(e.getMessage());
        }
    }

    private void saveCaregivers() {
        draft.update(x -> x.toBuilder().caregivers(caregivers.stream().map(CaregiverRow::toCaregiver).toList()).build());
        updatePlanLanguages();
    }

    /**
     * The languages the family's copy can print in: first "the caregivers' language" (what that is now,
     * as the caregivers' preferred languages say), then every pack, the clinic's own among them, each
     * saying whether it is a draft or who checked it and when. A language the family has that no pack
     * here has is listed as such, so opening the step does not quietly change it.
     */
    private void updatePlanLanguages() {
        LanguagePacks all = packs.getValue();
        LanguagePack automatic = PlanLanguages.byDefault(all, draft.get());
        List<LanguageChoice> choices = new ArrayList<>();
        choices.add(new LanguageChoice("", Messages.get("intake.family.planLanguage.automatic", automatic.label())));
        for (LanguagePack pack : all.all()) {
            choices.add(new LanguageChoice(pack.code(), pack.labelWithStatus()));
        }
        String kept = draft.get().planLanguage() == null ? "" : draft.get().planLanguage().strip();
        if (!kept.isEmpty() && all.find(kept).isEmpty()) {
            choices.add(new LanguageChoice(kept, Messages.get("intake.family.planLanguage.missing", kept)));
        }
        if (!choices.equals(planLanguages)) {
            LanguageChoice selected = planLanguage.get();
            planLanguages.setAll(choices);
            if (selected != null) {
                planLanguage.set(choices.stream().filter(c -> c.code().equalsIgnoreCase(selected.code())).findFirst()
                        .orElse(choices.get(0)));
            }
        }
    }

    /** The languages the family's copy can print in ("" is the caregivers' language, worked out when printing). */
    public ObservableList<LanguageChoice> planLanguages() { return planLanguages; }
    public ObjectProperty<LanguageChoice> planLanguageProperty() { return planLanguage; }

    /** A language for the family's copy: the pack's code ("" for the caregivers' language) and its name. */
    public record LanguageChoice(String code, String label) {
        @Override
        public String toString() {
            return label;
        }
    }

    private void saveClinicians() {
        draft.update(x -> x.toBuilder().clinicians(clinicians.stream().map(ClinicianRow::toClinician).toList()).build());
    }

    private LocalDate dayForAge() {
        return meetingDate.get() != null ? meetingDate.get() : today.get();
    }

    private void updateAge() {
        Period p = new Child("-", "", dateOfBirth.get()).ageOn(dayForAge());
        age.set(p == null ? "" : ageText(p));
    }

    /** "3 years 7 months", "11 months", "2 weeks old" style age for the family to check. */
    public static String ageText(Period p) {
        if (p.getYears() == 0 && p.getMonths() == 0) {
            return Messages.get("intake.age.days", p.getDays());
        }
        return Messages.get("intake.age", p.getYears(), p.getMonths()).strip();
    }

    private void updateConsentHint() {
        consentHint.set(consent.get() ? "" : Messages.get("intake.family.consent.hint"));
    }

    /** One caregiver being edited. */
    public static final class CaregiverRow {
        private final String id;
        private final StringProperty name = new SimpleStringProperty();
        private final StringProperty relationship = new SimpleStringProperty();
        private final StringProperty language = new SimpleStringProperty();
        private final BooleanProperty interpreter = new SimpleBooleanProperty();
        private final StringProperty contact = new SimpleStringProperty();
        private final BooleanProperty attended = new SimpleBooleanProperty();

        CaregiverRow(Caregiver c, Runnable changed) {
            id = c.id();
            name.set(c.name());
            relationship.set(c.relationship());
            language.set(c.preferredLanguage());
            interpreter.set(c.interpreterNeeded());
            contact.set(c.contact());
            attended.set(c.attended());
            Rows.watch(changed, name, relationship, language, interpreter, contact, attended);
        }

        public StringProperty nameProperty() {
            return name;
        }

        public StringProperty relationshipProperty() {
            return relationship;
        }

        public StringProperty languageProperty() {
            return language;
        }

        public BooleanProperty interpreterProperty() {
            return interpreter;
        }

        public StringProperty contactProperty() {
            return contact;
        }

        public BooleanProperty attendedProperty() {
            return attended;
        }

        public String id() {
            return id;
        }

        Caregiver toCaregiver() {
            return new Caregiver(id, name.get(), relationship.get(), language.get(), interpreter.get(), contact.get(),
                    attended.get());
        }
    }

    /** One clinician being edited. */
    public static final class ClinicianRow {
        private final String id;
        private final StringProperty name = new SimpleStringProperty();
        private final StringProperty discipline = new SimpleStringProperty();
        private final StringProperty contact = new SimpleStringProperty();

        ClinicianRow(Clinician c, Runnable changed) {
            id = c.id();
            name.set(c.name());
            discipline.set(c.discipline());
            contact.set(c.contact());
            Rows.watch(changed, name, discipline, contact);
        }

        public StringProperty nameProperty() {
            return name;
        }

        public StringProperty disciplineProperty() {
            return discipline;
        }

        public StringProperty contactProperty() {
            return contact;
        }

        public String id() {
            return id;
        }

        Clinician toClinician() {
            return new Clinician(id, name.get(), discipline.get(), contact.get());
        }
    }
}
