package app.homeplan.store;

import app.homeplan.plan.AboutUs;
import app.homeplan.plan.Child;
import app.homeplan.plan.Concern;
import app.homeplan.plan.Family;
import app.homeplan.plan.Routine;
import app.homeplan.plan.Support;
import app.homeplan.plan.SupportKind;
import app.homeplan.plan.SupportStrength;
import app.homeplan.testing.Stores;
import app.homeplan.testing.TestFamilies;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The process {@link CrashHarnessTest} kills: opens the data file and makes small edits to one family
 * through the real {@link FamilyRepository#saveChanges}, as the autosave does, forever, printing
 * {@code ack N} after edit N is committed. Each edit adds a row, removes an old one, rewrites a field
 * and, now and then, a long text, so a kill can land in any kind of write.
 *
 * <p>The family after edit N is fully determined by N ({@link #shapeAfter}), so whoever reopens the
 * file can tell exactly which edit was the last one stored, and that nothing of it is half there.
 */
public final class CrashEditor {
    static final String FAMILY_UID = "crash-harness-family";
    static final String ROUTINE_UID = "crash-harness-routine";
    /** Rows kept: each edit removes the row added this many edits ago. */
    static final int KEPT = 8;

    private CrashEditor() {
    }

    /** What edit N leaves: the family's rows and texts the edits touch. */
    record Shape(String otherAttendees, List<String> supportNames, List<String> concernTexts, int hopesLength) {
    }

    static Shape shapeAfter(int n) {
        List<String> supports = new ArrayList<>();
        List<String> concerns = new ArrayList<>();
        for (int k = Math.max(1, n - KEPT + 1); k <= n; k++) {
            supports.add("support " + k);
            concerns.add("concern " + k);
        }
        int lastLong = n - n % 7; // every 7th edit rewrites a long text (several pages at once)
        return new Shape("edit " + n, supports, concerns, lastLong == 0 ? 0 : 20_000 + lastLong);
    }

    static Shape shapeOf(Family f) {
        Routine routine = f.routine(ROUTINE_UID).orElseThrow();
        return new Shape(f.otherAttendees(), f.supports().stream().map(Support::name).toList(),
                routine.concerns().stream().map(Concern::text).toList(), f.about().hopes().length());
    }

    /** The number of the last edit stored in this family (0 before any). */
    static int lastEdit(Family f) {
        String text = f.otherAttendees();
        return text.startsWith("edit ") ? Integer.parseInt(text.substring(5)) : 0;
    }

    static Family apply(Family base, int n) {
        Shape shape = shapeAfter(n);
        List<Support> supports = new ArrayList<>();
        List<Concern> concerns = new ArrayList<>();
        for (int i = 0; i < shape.supportNames().size(); i++) {
            int k = n - shape.supportNames().size() + 1 + i;
            supports.add(new Support("s-" + k, shape.supportNames().get(i), SupportKind.INFORMAL, SupportStrength.STRONG, ""));
            concerns.add(new Concern("c-" + k, shape.concernTexts().get(i)));
        }
        Routine routine = new Routine(ROUTINE_UID, "breakfast", "Breakfast", "7:00", "", 3, concerns);
        return base.toBuilder()
                .otherAttendees(shape.otherAttendees())
                .supports(supports)
                .routines(List.of(routine))
                .about(new AboutUs("", "", "", "", TestFamilies.longText(shape.hopesLength())))
                .build();
    }

    public static void main(String[] args) {
        try (Store store = Stores.open(Path.of(args[0]))) {
            FamilyRepository repo = store.families();
            Family saved = repo.findIdByUid(FAMILY_UID).flatMap(repo::load).orElseGet(() -> repo.insert(
                    apply(Family.builder(Child.named("Crash harness")).uid(FAMILY_UID).build(), 0)));
            System.out.println("ready " + lastEdit(saved));
            System.out.flush();
            // Acknowledgements go to a file with one unbuffered write each: what write(2) handed to
            // the kernel survives a SIGKILL, whereas output still in a pipe can be lost when the
            // reading side is slow at the moment the process dies.
            try (java.io.FileOutputStream acks = new java.io.FileOutputStream(args[1], true)) {
                for (int n = lastEdit(saved) + 1; ; n++) {
                    saved = repo.saveChanges(saved, apply(saved, n));
                    acks.write(("ack " + n + "\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
                }
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
