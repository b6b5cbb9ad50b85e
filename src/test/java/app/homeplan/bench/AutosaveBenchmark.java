package app.homeplan.bench;

import app.homeplan.plan.AboutUs;
import app.homeplan.plan.Family;
import app.homeplan.plan.Goal;
import app.homeplan.store.FamilyRepository;
import app.homeplan.store.Store;
import app.homeplan.testing.Stores;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Autosave of one field: {@link FamilyRepository#saveChanges} after one keystroke in one text field of
 * a realistic family, on the real database file (WAL, synchronous=FULL: each save is on disk when it
 * returns). Two fields: one on the family row ("what is going well", which also keeps the search
 * index in step) and one in a part (a goal's outcome). A benchmark, not a test: it prints numbers.
 *
 * <p>Run by src/bench/app.sh: {@code AutosaveBenchmark DB [saves per field, default 1000]}.
 */
public final class AutosaveBenchmark {
    private AutosaveBenchmark() {
    }

    public static void main(String[] args) {
        Path db = Path.of(args[0]);
        int saves = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
        try (Store store = Stores.open(db)) {
            FamilyRepository families = store.families();
            long id = families.search("", 200).get(100).id();
            Family saved = families.load(id).orElseThrow();
            String goingWell = saved.about().goingWell();
            String outcome = saved.goals().get(0).outcome();

            List<Double> familyRow = new ArrayList<>();
            List<Double> part = new ArrayList<>();
            int warmUps = saves / 4;
            for (int i = 0; i < warmUps + saves; i++) {
                // One more letter typed, as the wizard's autosave sees it after its debounce.
                AboutUs about = saved.about();
                Family typed = saved.toBuilder().about(new AboutUs(about.strengths(), about.interests(),
                        goingWell + " " + "abcdefghij".charAt(i % 10), about.concerns(), about.hopes())).build();
                long start = System.nanoTime();
                saved = families.saveChanges(saved, typed);
                double ms = (System.nanoTime() - start) / 1e6;
                if (i >= warmUps) {
                    familyRow.add(ms);
                }

                List<Goal> goals = new ArrayList<>(saved.goals());
                Goal first = goals.get(0);
                goals.set(0, first.withOutcome(outcome + " " + "klmnopqrst".charAt(i % 10)));
                Family edited = saved.toBuilder().goals(goals).build();
                start = System.nanoTime();
                saved = families.saveChanges(saved, edited);
                ms = (System.nanoTime() - start) / 1e6;
                if (i >= warmUps) {
                    part.add(ms);
                }
            }
            int total = families.count();
            System.out.printf(Locale.ROOT, "database: %,d families, %s%n", total, db);
            ScreenBenchmark.report("autosave, one field of the family row", familyRow);
            ScreenBenchmark.report("autosave, one field of a goal", part);
        }
    }
}
