package app.homeplan.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import app.homeplan.plan.AboutUs;
import app.homeplan.plan.Caregiver;
import app.homeplan.plan.Family;
import app.homeplan.plan.FamilySummary;
import app.homeplan.plan.Goal;
import app.homeplan.plan.Routine;
import app.homeplan.plan.Strategy;
import app.homeplan.testing.Stores;
import app.homeplan.testing.TestFamilies;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two clinicians edit one family at once (issue 17): each part carries a version, so neither save ever
 * overwrites the other's newer change. Here on a data file, with two repositories on one database
 * standing for two clinicians; {@link PostgresSharedEditingTest} runs it all on a real PostgreSQL.
 */
class SharedEditingTest {
    @TempDir
    Path dir;
    Store store;
    FamilyRepository anna;
    FamilyRepository ben;
    Family family;

    @BeforeEach
    void open() {
        store = openNewStore();
        anna = store.families();
        ben = new FamilyRepository(store.database());
        family = anna.insert(TestFamilies.everyField());
    }

    Store openNewStore() {
        return Stores.open(dir.resolve("homeplan.db"));
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void changesToDifferentPartsAreBothKept() {
        Family annasView = anna.load(family.id()).orElseThrow();
        Family bensView = ben.load(family.id()).orElseThrow();

        anna.saveChanges(annasView, withGoal(annasView, 0, annasView.goals().get(0).withOutcome("Anna's outcome")));
        ben.saveChanges(bensView, withGoal(bensView, 1, bensView.goals().get(1).withOutcome("Ben's outcome")));
        // Each clinician's autosave also stamps the time and the intake step: never a clash on its own.
        Family bensNext = ben.load(family.id()).orElseThrow();
        ben.saveChanges(bensNext, bensNext.toBuilder().wizardStep(3).build());

        Family stored = anna.load(family.id()).orElseThrow();
        assertThat(stored.goals()).extracting(Goal::outcome).containsExactly("Anna's outcome", "Ben's outcome");
        assertThat(stored.wizardStep()).isEqualTo(3);
    }

    @Test
    void aSaveOverSomeoneElsesNewerChangeIsRefusedAndNothingOfItIsStored() {
        Family annasView = anna.load(family.id()).orElseThrow();
        Family bensView = ben.load(family.id()).orElseThrow();
        anna.saveChanges(annasView, withGoal(annasView, 0, annasView.goals().get(0).withOutcome("Anna's outcome")));

        Family bensEdit = withGoal(bensView, 0, bensView.goals().get(0).withOutcome("Ben's outcome"))
                .toBuilder().about(withHopes(bensView.about(), "Ben's hopes")).build();
        EditConflict conflict = catchThrowableOfType(EditConflict.class, () -> ben.saveChanges(bensView, bensEdit));

        assertThat(conflict).hasMessageContaining("Nothing you typed is lost");
        assertThat(conflict.part()).startsWith("goal:");
        assertThat(conflict.base()).isEqualTo(bensView);
        assertThat(conflict.mine()).isEqualTo(bensEdit);
        assertThat(conflict.theirs().orElseThrow().goals().get(0).outcome()).isEqualTo("Anna's outcome");
        Family stored = anna.load(family.id()).orElseThrow();
        assertThat(stored.goals().get(0).outcome()).isEqualTo("Anna's outcome");
        assertThat(stored.about().hopes()).isEqualTo(family.about().hopes()); // all of Ben's save or none

        // Ben takes both: his hopes and Anna's outcome with his words after it; saved over what is there now.
        Family theirs = conflict.theirs().orElseThrow();
        Family resolved = withGoal(theirs, 0, theirs.goals().get(0).withOutcome("Anna's outcome / Ben's outcome"))
                .toBuilder().about(withHopes(theirs.about(), "Ben's hopes")).build();
        ben.saveChanges(theirs, resolved);
        Family after = anna.load(family.id()).orElseThrow();
        assertThat(after.goals().get(0).outcome()).isEqualTo("Anna's outcome / Ben's outcome");
        assertThat(after.about().hopes()).isEqualTo("Ben's hopes");
    }

    @Test
    void changingAPartSomeoneElseRemovedIsAClashAndDoesNotBringItBack() {
        Family annasView = anna.load(family.id()).orElseThrow();
        Family bensView = ben.load(family.id()).orElseThrow();
        anna.saveChanges(annasView, annasView.toBuilder().caregivers(annasView.caregivers().subList(0, 1)).build());

        assertThatThrownBy(() -> ben.saveChanges(bensView, withSecondCaregiverNamed(bensView, "Ben's spelling")))
                .isInstanceOf(EditConflict.class);
        assertThat(anna.load(family.id()).orElseThrow().caregivers()).hasSize(1);
    }

    @Test
    void removingAPartSomeoneElseChangedIsAClash() {
        Family annasView = anna.load(family.id()).orElseThrow();
        Family bensView = ben.load(family.id()).orElseThrow();
        anna.saveChanges(annasView, withSecondCaregiverNamed(annasView, "Anna kept her"));

        assertThatThrownBy(() -> ben.saveChanges(bensView, bensView.toBuilder()
                .caregivers(bensView.caregivers().subList(0, 1)).build())).isInstanceOf(EditConflict.class);
        assertThat(anna.load(family.id()).orElseThrow().caregivers().get(1).name()).isEqualTo("Anna kept her");
    }

    @Test
    void removingARoutineSomeoneElseJustAddedAStrategyToIsAClashAndKeepsTheirStrategy() {
        Family annasView = anna.load(family.id()).orElseThrow();
        Family bensView = ben.load(family.id()).orElseThrow();
        Routine visit = bensView.routines().get(1);
        Strategy bens = new Strategy(null, bensView.goals().get(1).id(), visit.id(), "Ben's new idea", "Grandmother",
                "Sundays", "");
        List<Strategy> strategies = new ArrayList<>(bensView.strategies());
        strategies.add(bens);
        ben.saveChanges(bensView, bensView.toBuilder().strategies(strategies).build());

        // Anna, who never saw Ben's strategy, removes the routine with everything she knows of it.
        List<Routine> routines = new ArrayList<>(annasView.routines());
        routines.remove(1);
        Family annasEdit = annasView.toBuilder().routines(routines)
                .goals(annasView.goals().stream().map(g -> g.toBuilder().routineIds(g.routineIds().stream()
                        .filter(id -> !id.equals(visit.id())).toList()).build()).toList())
                .strategies(annasView.strategies().stream().filter(x -> !x.routineId().equals(visit.id())).toList())
                .build();
        assertThatThrownBy(() -> anna.saveChanges(annasView, annasEdit)).isInstanceOf(EditConflict.class);

        Family stored = ben.load(family.id()).orElseThrow();
        assertThat(stored.routines()).extracting(Routine::id).contains(visit.id());
        assertThat(stored.strategies()).extracting(Strategy::what).contains("Ben's new idea");
    }

    @Test
    void bothRemovingTheSamePartIsNoClash() {
        Family annasView = anna.load(family.id()).orElseThrow();
        Family bensView = ben.load(family.id()).orElseThrow();
        anna.saveChanges(annasView, annasView.toBuilder().caregivers(annasView.caregivers().subList(0, 1)).build());
        ben.saveChanges(bensView, bensView.toBuilder().caregivers(bensView.caregivers().subList(0, 1)).build());
        assertThat(anna.load(family.id()).orElseThrow().caregivers()).hasSize(1);
    }

    @Test
    void theFamilysOwnDetailsAreOnePartAndCaregiversAnother() {
        Family annasView = anna.load(family.id()).orElseThrow();
        Family bensView = ben.load(family.id()).orElseThrow();
        anna.saveChanges(annasView, annasView.toBuilder().child(annasView.child().withName("Mia Tran")).build());
        List<Caregiver> carers = new ArrayList<>(bensView.caregivers());
        Caregiver lan = carers.get(0);
        carers.set(0, new Caregiver(lan.id(), "Lan Phạm", lan.relationship(), lan.preferredLanguage(),
                lan.interpreterNeeded(), lan.contact(), lan.attended()));
        ben.saveChanges(bensView, bensView.toBuilder().caregivers(carers).build());

        // Both names are found: the list and search are made from what is stored, not from one person's screen.
        FamilySummary row = anna.search("pham", 10).get(0);
        assertThat(row.childName()).isEqualTo("Mia Tran");
        assertThat(row.caregiverNames()).startsWith("Lan Phạm");
        assertThat(anna.search("mia tran", 10)).extracting(FamilySummary::id).containsExactly(family.id());

        // Ben's next change to the family's details is made over a version he has not seen: refused.
        Family stale = bensView.toBuilder().caregivers(carers).build();
        assertThatThrownBy(() -> ben.saveChanges(stale, stale.toBuilder().otherAttendees("Ben").build()))
                .isInstanceOf(EditConflict.class);
    }

    @Test
    void oneClinicianSavingAgainAndAgainNeverClashesWithHimself() {
        Family view = anna.load(family.id()).orElseThrow();
        for (int i = 0; i < 20; i++) {
            Family next = withGoal(view, 0, view.goals().get(0).withOutcome("Draft " + i))
                    .toBuilder().about(withHopes(view.about(), "Hope " + i)).build();
            view = anna.saveChanges(view, next);
        }
        assertThat(ben.load(family.id()).orElseThrow().goals().get(0).outcome()).isEqualTo("Draft 19");
    }

    private static Family withGoal(Family f, int index, Goal goal) {
        List<Goal> goals = new ArrayList<>(f.goals());
        goals.set(index, goal);
        return f.toBuilder().goals(goals).build();
    }

    private static Family withSecondCaregiverNamed(Family f, String name) {
        List<Caregiver> carers = new ArrayList<>(f.caregivers());
        Caregiver c = carers.get(1);
        carers.set(1, new Caregiver(c.id(), name, c.relationship(), c.preferredLanguage(), c.interpreterNeeded(),
                c.contact(), c.attended()));
        return f.toBuilder().caregivers(carers).build();
    }

    private static AboutUs withHopes(AboutUs a, String hopes) {
        return new AboutUs(a.strengths(), a.interests(), a.goingWell(), a.concerns(), hopes);
    }
}
