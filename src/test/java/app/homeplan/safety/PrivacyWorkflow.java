package app.homeplan.safety;

import app.homeplan.Commands;
import app.homeplan.cli.Cli;
import app.homeplan.fileformat.FamilyFile;
import app.homeplan.fileformat.ui.FamilyFileViewModel;
import app.homeplan.library.RoutineLibrary;
import app.homeplan.plan.AboutUs;
import app.homeplan.plan.Caregiver;
import app.homeplan.plan.Child;
import app.homeplan.plan.Clinician;
import app.homeplan.plan.Concern;
import app.homeplan.plan.CopmRating;
import app.homeplan.plan.Family;
import app.homeplan.plan.GasScale;
import app.homeplan.plan.Goal;
import app.homeplan.plan.PlanStatus;
import app.homeplan.plan.Routine;
import app.homeplan.plan.Strategy;
import app.homeplan.plan.Support;
import app.homeplan.plan.SupportKind;
import app.homeplan.plan.SupportStrength;
import app.homeplan.print.HomePlanPdf;
import app.homeplan.store.Backup;
import app.homeplan.store.BackupKind;
import app.homeplan.store.Backups;
import app.homeplan.store.Restore;
import app.homeplan.store.Store;
import app.homeplan.store.StoreThread;
import app.homeplan.testing.Stores;
import app.homeplan.testing.TestFamilies;
import app.homeplan.ui.FamilyAutosaver;
import app.homeplan.ui.Scheduler;
import app.homeplan.util.PrivateFiles;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * A whole store workflow and the command line, for {@code NoNetworkTest} to run behind the network
 * tripwires: a new data file with the example family, a family with every field, edits, search,
 * delete, a backup, a restore; an intake made step by step through the autosave on the store thread
 * (as the wizard drives the store); its family file exported, imported into another data file and
 * exported again; its home plan printed from the store and from the family file; and the
 * {@code list}, {@code backups}, {@code restore}, {@code export}, {@code import} and
 * {@code export-pdf} commands. Features add their steps here so the proof covers them too (the
 * wizard's screens, once merged).
 */
public final class PrivacyWorkflow {
    private PrivacyWorkflow() {
    }

    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args[0]);
        Path db = folder.resolve("homeplan.db");
        Backup backup;
        try (Store store = Stores.open(db)) {
            Family mia = store.families().insert(TestFamilies.everyField());
            Family edited = store.families().saveChanges(mia, mia.toBuilder().otherAttendees("Bà Hoa, Sam").build());
            check(store.families().load(edited.id()).orElseThrow().equals(edited), "load after edit");
            check(store.families().search("nguyen", 10).size() == 2, "search");
            Family ada = store.families().insert(Family.newFor("Ada"));
            check(store.families().delete(ada.id()), "delete");
            backup = store.database().backups().create(store.database().connection(), BackupKind.DAILY);
        }
        check(Backups.inspect(backup.file()).familyCount() == 2, "inspect backup");
        check(Backups.of(db).newestGood().isPresent(), "newest good backup");
        Restore.restore(db, backup.file(), Clock.systemDefaultZone());

        PrintStream out = System.out;
        for (List<String> command : List.of(
                List.of("list", "--db", db.toString()),
                List.of("backups", "--db", db.toString()),
                List.of("restore", backup.file().getFileName().toString(), "--db", db.toString()),
                List.of("--help"),
                List.of("--version"))) {
            int code = Commands.cli(out, System.err).run(command);
            check(code == Cli.OK, String.join(" ", command) + " exited " + code);
        }
        Family intake = intake(db);
        exportImportAndPrint(folder, db, intake);
        out.println("workflow done");
    }

    /**
     * An intake meeting, step by step, as the wizard drives the store: the family is created, then
     * each step's changes go through {@link FamilyAutosaver} on the store thread, the way every screen
     * saves. Returns the family as stored.
     */
    static Family intake(Path db) {
        try (Store store = Stores.open(db); StoreThread storeThread = new StoreThread()) {
            Family started = storeThread.submit(() -> store.families().insert(Family.newFor("Lan Trần"))).join();
            FamilyAutosaver autosave = new FamilyAutosaver(started, store.families(), storeThread,
                    Scheduler.realTime(Runnable::run), Runnable::run);
            Family family = started;
            List<UnaryOperator<Family>> steps = List.of(
                    // 1. Family: the child, caregivers, clinician, meeting, consent
                    f -> f.toBuilder().child(new Child("Lan Trần", "Lan", LocalDate.of(2022, 8, 9)))
                            .caregivers(List.of(new Caregiver(null, "Trần Thị Hoa", "mother", "Tiếng Việt", true, "", true),
                                    new Caregiver(null, "Minh", "father", "English", false, "0400 000 000", false)))
                            .clinicians(List.of(new Clinician(null, "Sam Lee", "Occupational therapist", "sam@example.org")))
                            .meetingDate(LocalDate.of(2026, 11, 2)).consentToStore(true).wizardStep(1).build(),
                    // 2. About us and the family's supports
                    f -> f.toBuilder().about(new AboutUs("Loves climbing", "Trains, bubbles", "Sleeps well",
                                    "Meals take an hour", "Lan eats with us"))
                            .supports(List.of(new Support(null, "Bà nội", SupportKind.INFORMAL, SupportStrength.STRONG, "")))
                            .wizardStep(2).build(),
                    // 3. Our day: routines from the library, satisfaction, a starred concern
                    f -> f.toBuilder().routines(libraryRoutines()).wizardStep(3).build(),
                    // 4. Our goals, from the starred concern, with COPM and GAS
                    f -> {
                        Routine breakfast = f.routines().get(1);
                        Goal goal = Goal.builder().familyWords("Lan eats breakfast with us")
                                .outcome("Lan will join in at breakfast by feeding herself")
                                .routineIds(List.of(breakfast.id()))
                                .criterion("She eats half her bowl with a spoon on 5 mornings a week")
                                .targetDate(LocalDate.of(2027, 5, 1)).copm(new CopmRating(9, 3, 2))
                                .gas(new GasScale("Fed by us", "A few spoonfuls", "Half the bowl", "Most of the bowl", "All of it", -1, 1))
                                .sourceConcernId(breakfast.concerns().get(0).id()).build();
                        return f.toBuilder().goals(List.of(goal)).wizardStep(4).build();
                    },
                    // 5. Strategies
                    f -> f.toBuilder().strategies(List.of(new Strategy(null, f.goals().get(0).id(), f.routines().get(1).id(),
                            "Pre-loaded spoon, train bowl", "Hoa", "Every breakfast", ""))).wizardStep(5).build(),
                    // 6. Review & print: review date, active plan
                    f -> f.toBuilder().reviewDate(LocalDate.of(2027, 5, 2)).status(PlanStatus.ACTIVE).wizardStep(6).build());
            for (UnaryOperator<Family> step : steps) {
                family = step.apply(family);
                autosave.changed(family);
            }
            Family saved = autosave.flush().join();
            check(saved.toBuilder().updatedAt(family.updatedAt()).build().equals(family), "the autosave stored the last step");
            check(store.families().load(saved.id()).orElseThrow().equals(saved), "the intake reads back as saved");
            return saved;
        }
    }

    private static List<Routine> libraryRoutines() {
        List<Routine> routines = new ArrayList<>();
        for (String key : List.of("waking_up", "breakfast", "bath", "bedtime")) {
            var library = RoutineLibrary.find(key).orElseThrow();
            List<Concern> concerns = key.equals("breakfast") ? List.of(new Concern(null, "Meals take an hour")) : List.of();
            routines.add(new Routine(null, key, library.displayName(), library.usualTime(), "", 3, concerns));
        }
        return routines;
    }

    /**
     * The intake leaves the computer the two ways it can: as a family file (exported, imported into
     * another data file, exported again) and as a printed plan (from the store and from the file).
     * Every file is named as the app suggests and must be readable by this user only.
     */
    static void exportImportAndPrint(Path folder, Path db, Family intake) throws IOException {
        Path familyFile = folder.resolve(FamilyFileViewModel.suggestedFileName(intake.child().name()));
        Path elsewhere = folder.resolve("elsewhere").resolve("homeplan.db");
        Path plan = folder.resolve(HomePlanPdf.suggestedFileName(intake));
        Path planFromFile = folder.resolve("from the family file.pdf");
        Path again = folder.resolve("again.homeplan.json");
        String id = String.valueOf(intake.id());

        cli("export", "--family", id, "-o", familyFile.toString(), "--db", db.toString());
        String imported = cli("import", familyFile.toString(), "--db", elsewhere.toString()).strip();
        cli("export", "--family", imported, "-o", again.toString(), "--db", elsewhere.toString());
        check(Files.mismatch(familyFile, again) == -1, "export, import, export gives the same file");
        check(FamilyFile.read(again).toBuilder().id(intake.id()).build().equals(intake), "the imported intake is the intake");
        cli("export-pdf", "--family", id, "-o", plan.toString(), "--db", db.toString(), "--copy", "clinician");
        cli("export-pdf", "--file", familyFile.toString(), "-o", planFromFile.toString());
        System.out.print(cli("list", "--db", elsewhere.toString()));

        for (Path file : List.of(familyFile, again, plan, planFromFile)) {
            if (PrivateFiles.hasPosixPermissions()) {
                String perms = PosixFilePermissions.toString(Files.getPosixFilePermissions(file));
                check(perms.equals("rw-------"), file.getFileName() + " is " + perms);
            }
        }
        for (Path pdf : List.of(plan, planFromFile)) {
            byte[] start = Arrays.copyOf(Files.readAllBytes(pdf), 5);
            check(new String(start, StandardCharsets.US_ASCII).equals("%PDF-"), pdf.getFileName() + " is a PDF");
        }
        System.out.println("exported " + familyFile.getFileName() + ", printed " + plan.getFileName());
    }

    /** Runs one command as {@code java -jar homeplan.jar} would; returns what it printed. */
    private static String cli(String... command) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = Commands.cli(new PrintStream(out, true, StandardCharsets.UTF_8), System.err).run(List.of(command));
        check(code == Cli.OK, String.join(" ", command) + " exited " + code);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static void check(boolean ok, String what) {
        if (!ok) {
            throw new IllegalStateException("workflow step failed: " + what);
        }
    }
}
