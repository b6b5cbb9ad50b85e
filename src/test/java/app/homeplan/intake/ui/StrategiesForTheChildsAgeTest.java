package app.homeplan.intake.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.homeplan.i18n.Messages;
import app.homeplan.library.LibraryStrategy;
import app.homeplan.plan.Child;
import app.homeplan.plan.Family;
import app.homeplan.plan.Goal;
import app.homeplan.plan.Routine;
import app.homeplan.print.HomePlanPdf;
import app.homeplan.print.PrintOptions;
import app.homeplan.store.Store;
import app.homeplan.store.StoreThread;
import app.homeplan.testing.Stores;
import app.homeplan.testing.UiThread;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 19, end to end: a 9-month-old's plan, made through the real Strategies step (with a real SQLite
 * store) and printed as a real PDF. No behavioural settling is offered unless the clinician asks to see it
 * (and then with the reason), and the printed bedtime carries the safe-sleep line.
 */
class StrategiesForTheChildsAgeTest {
    static final LocalDate MEETING = LocalDate.of(2026, 11, 2);
    static final Set<String> SETTLING = Set.of("sleep.drowsy_awake", "sleep.chair_further", "sleep.back_to_bed");

    @TempDir
    Path dir;
    final StoreThread storeThread = new StoreThread();
    final UiThread ui = new UiThread();
    Store store;
    final Routine bedtime = Routine.of("bedtime", "Bedtime");
    final Routine bath = Routine.of("bath", "Bath time");
    final Goal sleeping = Goal.builder().familyWords("We want Leo to settle to sleep more easily")
            .routineIds(List.of(bedtime.id(), bath.id())).build();

    @BeforeAll
    static void english() {
        Messages.setLocale(Locale.ENGLISH);
    }

    @BeforeEach
    void open() throws Exception {
        store = storeThread.submit(() -> Stores.open(dir.resolve("homeplan.db"))).get();
    }

    @AfterEach
    void close() throws Exception {
        storeThread.run(store::close).get();
        storeThread.close();
        ui.close();
    }

    private FamilyDraft family(LocalDate dateOfBirth) {
        return new FamilyDraft(Family.builder(new Child("Leo Tran", "Leo", dateOfBirth))
                .meetingDate(MEETING)
                .routines(List.of(bath, bedtime))
                .goals(List.of(sleeping))
                .build());
    }

    private StrategiesStepViewModel model(FamilyDraft draft) {
        return ui.call(() -> new StrategiesStepViewModel(draft, storeThread, store.ownStrategies(), ui));
    }

    @Test
    void aNineMonthOldIsOfferedNoBehaviouralSettlingAndThePlanPrintsTheSafeSleepLine() {
        FamilyDraft draft = family(MEETING.minusMonths(9));
        StrategiesStepViewModel model = model(draft);
        ui.run(() -> {
            model.selectedProperty().set(model.slots().stream()
                    .filter(s -> s.routine().id().equals(bedtime.id())).findFirst().orElseThrow());
            assertThat(model.childMonths()).isEqualTo(9);
            List<String> offered = model.suggestions().stream().map(LibraryStrategy::key).toList();
            assertThat(offered).isNotEmpty().doesNotContainAnyElementsOf(SETTLING).doesNotContain("sleep.comfort_toy");
            assertThat(offered).contains("sleep.same_steps");
            assertThat(model.suggestions()).allMatch(s -> model.ageReason(s).isEmpty());
            int hidden = model.hiddenForAgeProperty().get();
            assertThat(hidden).isGreaterThanOrEqualTo(4);
            assertThat(model.ageNote()).isEqualTo(hidden + " strategies hidden for a 9-month-old, because of age.");

            // Searching by name still hides it, and counts it.
            model.queryProperty().set("sleepy awake");
            assertThat(model.suggestions()).isEmpty();
            assertThat(model.hiddenForAgeProperty().get()).isEqualTo(1);
            model.queryProperty().set("");

            model.use(model.suggestions().stream().filter(s -> s.key().equals("sleep.same_steps")).findFirst().orElseThrow());
        });

        byte[] pdf = print(draft.get());
        String text = text(pdf);
        assertThat(text).contains("Keep Leo safe")
                .contains("Safe sleep for babies under 12 months: always on the back, in their own cot or bassinet")
                .contains("Never leave Leo alone in or near the bath or shower, not even with older children.")
                .contains("Do the same few steps in the same order each night")
                .doesNotContain("sleepy but still awake").doesNotContain("soft toy");
        // On "Our day", the safe-sleep line sits under Bedtime, the water line under Bath time.
        String day = text.substring(text.indexOf("Our day Go through"));
        assertThat(day.indexOf("Safe sleep for babies")).isGreaterThan(day.indexOf("Bedtime"));
        assertThat(day.indexOf("within arm's reach")).isBetween(day.indexOf("Bath time"), day.indexOf("Bedtime"));
    }

    @Test
    void theClinicianCanStillChooseAHiddenStrategyAndSeesWhyItWasHidden() {
        FamilyDraft draft = family(MEETING.minusMonths(9));
        StrategiesStepViewModel model = model(draft);
        ui.run(() -> {
            model.selectedProperty().set(model.slots().stream()
                    .filter(s -> s.routine().id().equals(bedtime.id())).findFirst().orElseThrow());
            int suited = model.suggestions().size();
            model.showOtherAgesProperty().set(true);
            assertThat(model.suggestions().size()).isEqualTo(suited + model.hiddenForAgeProperty().get());
            LibraryStrategy chair = model.suggestions().stream().filter(s -> s.key().equals("sleep.back_to_bed"))
                    .findFirst().orElseThrow();
            assertThat(model.suggestions().indexOf(chair)).isGreaterThanOrEqualTo(suited); // after the ones that suit
            assertThat(model.ageReason(chair)).isEqualTo("Not for a 9-month-old: suits children from 2 years.");
            model.use(chair);
        });
        assertThat(draft.get().strategies()).extracting(s -> s.libraryKey()).containsExactly("sleep.back_to_bed");
    }

    @Test
    void aThreeYearOldGetsTheSettlingStrategiesAndNoSafeSleepLine() {
        FamilyDraft draft = family(MEETING.minusYears(3));
        StrategiesStepViewModel model = model(draft);
        ui.run(() -> {
            model.selectedProperty().set(model.slots().stream()
                    .filter(s -> s.routine().id().equals(bedtime.id())).findFirst().orElseThrow());
            assertThat(model.suggestions()).extracting(LibraryStrategy::key).containsAll(SETTLING);
            // Only what is for babies is hidden now.
            int suited = model.suggestions().size();
            model.showOtherAgesProperty().set(true);
            assertThat(model.suggestions().subList(suited, model.suggestions().size())).isNotEmpty()
                    .allMatch(s -> s.key().startsWith("baby.") && model.ageReason(s).endsWith("under 12 months."));
            assertThat(model.ageNote()).startsWith(model.hiddenForAgeProperty().get() + " strategies hidden for a 3-year-old");
        });
        String text = text(print(draft.get()));
        assertThat(text).doesNotContain("Safe sleep for babies").contains("within arm's reach");
    }

    @Test
    void withoutADateOfBirthNothingIsHiddenAndTheStepAsksForIt() {
        StrategiesStepViewModel model = model(family(null));
        ui.run(() -> {
            assertThat(model.childMonths()).isNull();
            assertThat(model.hiddenForAgeProperty().get()).isZero();
            assertThat(model.ageNote()).isEqualTo("Add Leo's date of birth (step 1) to hide strategies that do not suit Leo's age.");
        });
    }

    private static byte[] print(Family family) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        HomePlanPdf.write(family, PrintOptions.defaults(Locale.forLanguageTag("en-AU"), MEETING.plusDays(1)).withLanguage("en"), out);
        return out.toByteArray();
    }

    private static String text(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ").replace('\u2019', '\'');
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
