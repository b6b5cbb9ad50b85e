package app.homeplan.intake.ui;

import app.homeplan.plan.AboutUs;
import app.homeplan.plan.Family;
import app.homeplan.plan.Support;
import app.homeplan.plan.SupportKind;
import app.homeplan.plan.SupportStrength;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * Step 2, about us: the family's picture of the child (strengths, interests, what goes well), their
 * concerns and hopes, and their supports as an ecomap list.
 */
public final class AboutStepViewModel {
    private final FamilyDraft draft;
    private final StringProperty strengths = new SimpleStringProperty(this, "strengths");
    private final StringProperty interests = new SimpleStringProperty(this, "interests");
    private final StringProperty goingWell = new SimpleStringProperty(this, "goingWell");
    private final StringProperty concerns = new SimpleStringProperty(this, "concerns");
    private final StringProperty hopes = new SimpleStringProperty(this, "hopes");
    private final ObservableList<SupportRow> supports = FXCollections.observableArrayList();

    public AboutStepViewModel(FamilyDraft draft) {
        this.draft = draft;
        Family f = draft.get();
        strengths.set(f.about().strengths());
        interests.set(f.about().interests());
        goingWell.set(f.about().goingWell());
        concerns.set(f.about().concerns());
        hopes.set(f.about().hopes());
        f.supports().forEach(s -> supports.add(new SupportRow(s, this::saveSupports)));
        Rows.watch(this::saveAbout, strengths, interests, goingWell, concerns, hopes);
        supports.addListener((ListChangeListener<SupportRow>) c -> saveSupports());
    }

    public StringProperty strengthsProperty() { return strengths; }
    public StringProperty interestsProperty() { return interests; }
    public StringProperty goingWellProperty() { return goingWell; }
    public StringProperty concernsProperty() { return concerns; }
    public StringProperty hopesProperty() { return hopes; }
    public ObservableList<SupportRow> supports() { return supports; }

    /** The child's name as the family says it, for the prompts. */
    public String childName() {
        return draft.get().child().displayName();
    }

    public SupportRow addSupport(SupportKind kind) {
        SupportRow row = new SupportRow(new Support(null, "", kind, SupportStrength.MODERATE, ""), this::saveSupports);
        supports.add(row);
        return row;
    }

    public void removeSupport(SupportRow row) {
        supports.remove(row);
    }

    private void saveAbout() {
        draft.update(f -> f.toBuilder().about(new AboutUs(strengths.get(), interests.get(), goingWell.get(),
                concerns.get(), hopes.get())).build());
    }

    private void saveSupports() {
        draft.update(f -> f.toBuilder().supports(supports.stream().map(SupportRow::toSupport).toList()).build());
    }

    /** One line of the ecomap being edited. */
    public static final class SupportRow {
        private final String id;
        private final StringProperty name = new SimpleStringProperty();
        private final ObjectProperty<SupportKind> kind = new SimpleObjectProperty<>();
        private final ObjectProperty<SupportStrength> strength = new SimpleObjectProperty<>();
        private final StringProperty note = new SimpleStringProperty();

        SupportRow(Support s, Runnable changed) {
            id = s.id();
            name.set(s.name());
            kind.set(s.kind());
            strength.set(s.strength());
            note.set(s.note());
            Rows.watch(changed, name, kind, strength, note);
        }

        public StringProperty nameProperty() {
            return name;
        }

        public ObjectProperty<SupportKind> kindProperty() {
            return kind;
        }

        public ObjectProperty<SupportStrength> strengthProperty() {
            return strength;
        }

        public StringProperty noteProperty() {
            return note;
        }

        public String id() {
            return id;
        }

        Support toSupport() {
            return new Support(id, name.get(), kind.get(), strength.get(), note.get());
        }
    }
}
