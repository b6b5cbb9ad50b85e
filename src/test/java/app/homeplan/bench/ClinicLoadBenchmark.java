package app.homeplan.bench;

import app.homeplan.plan.AboutUs;
import app.homeplan.plan.Family;
import app.homeplan.plan.Goal;
import app.homeplan.store.EditConflict;
import app.homeplan.store.PostgresServer;
import app.homeplan.store.Store;
import app.homeplan.testing.Stores;
import app.homeplan.testing.TestFamilies;
import app.homeplan.testing.TestPostgres;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.UnaryOperator;

/**
 * Clinic mode under load (issue 17): 20 simulated clinicians autosaving into 20 families on one real
 * PostgreSQL server over loopback, for 60 s. Each clinician has a family of their own and, half the
 * time, works on one of 5 families everyone shares, so conflicts happen all the time. Every edit
 * appends a unique mark to one field (a goal's outcome or the family's hopes) and saves as the app's
 * autosave does ({@code FamilyRepository.saveChanges} from the last version this clinician saw). A
 * refused save (an {@link EditConflict}) is resolved as a person taking both would: the mark is added
 * to what the database holds now, and saved again. At the end every acknowledged mark must be in the
 * database: a missing one is an edit lost or silently overwritten. A benchmark, not a test: it prints
 * numbers (docs/benchmarks.md).
 *
 * <p>Run: {@code src/bench/clinic.sh [seconds, default 60]}.
 */
public final class ClinicLoadBenchmark {
    private static final int CLINICIANS = 20;
    private static final int FAMILIES = 20;
    private static final int SHARED = 5;

    private ClinicLoadBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 60;
        PostgresServer server = TestPostgres.newDatabase();
        List<Long> families = new ArrayList<>();
        try (Store owner = Stores.open(server)) {
            for (int i = 0; i < FAMILIES; i++) {
                families.add(owner.families().insert(TestFamilies.everyField()).id());
            }
        }
        List<Long> latenciesMicros = Collections.synchronizedList(new ArrayList<>());
        Map<String, Boolean> acknowledged = new ConcurrentHashMap<>();
        AtomicLong conflicts = new AtomicLong();
        AtomicLong saves = new AtomicLong();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        CountDownLatch done = new CountDownLatch(CLINICIANS);
        List<Throwable> failures = Collections.synchronizedList(new ArrayList<>());
        for (int c = 0; c < CLINICIANS; c++) {
            int clinician = c;
            Thread t = new Thread(() -> {
                Random random = new Random(clinician);
                try (Store store = Stores.open(server)) {
                    Map<Long, Family> views = new java.util.HashMap<>();
                    int n = 0;
                    while (System.nanoTime() < end) {
                        long id = random.nextBoolean() ? families.get(clinician) : families.get(random.nextInt(SHARED));
                        Family view = views.computeIfAbsent(id, k -> store.families().load(k).orElseThrow());
                        String mark = " c" + clinician + "e" + (n++) + ";";
                        UnaryOperator<Family> edit = random.nextInt(3) == 0 ? f -> withHopes(f, mark)
                                : goalEdit(random.nextInt(view.goals().size()), mark);
                        Family target = edit.apply(view);
                        while (true) {
                            long start = System.nanoTime();
                            try {
                                views.put(id, store.families().saveChanges(view, target));
                                latenciesMicros.add((System.nanoTime() - start) / 1000);
                                saves.incrementAndGet();
                                acknowledged.put(id + ":" + mark, true);
                                break;
                            } catch (EditConflict conflict) {
                                latenciesMicros.add((System.nanoTime() - start) / 1000);
                                conflicts.incrementAndGet();
                                // Take both: this clinician's words added to what is stored now.
                                view = conflict.theirs().orElseThrow();
                                target = edit.apply(view);
                            }
                        }
                        Thread.sleep(100 + random.nextInt(300)); // typing, then the autosave's pause
                    }
                } catch (Throwable e) {
                    failures.add(e);
                } finally {
                    done.countDown();
                }
            }, "clinician-" + c);
            t.start();
        }
        done.await();
        if (!failures.isEmpty()) {
            failures.get(0).printStackTrace();
        }
        long lost = 0;
        try (Store check = Stores.open(server)) {
            Map<Long, String> texts = new java.util.HashMap<>();
            for (long id : families) {
                Family f = check.families().load(id).orElseThrow();
                StringBuilder all = new StringBuilder(f.about().hopes());
                f.goals().forEach(g -> all.append(g.outcome()));
                texts.put(id, all.toString());
            }
            for (String key : acknowledged.keySet()) {
                int colon = key.indexOf(':');
                if (!texts.get(Long.parseLong(key.substring(0, colon))).contains(key.substring(colon + 1))) {
                    lost++;
                }
            }
        }
        List<Long> sorted = new ArrayList<>(latenciesMicros);
        Collections.sort(sorted);
        System.out.printf(Locale.ROOT, "clinic load: %d clinicians, %d families (%d shared), %d s over loopback, PostgreSQL %s%n",
                CLINICIANS, FAMILIES, SHARED, seconds, "14 (embedded, fsync off)");
        System.out.printf(Locale.ROOT, "saves acknowledged: %d; conflicts detected and resolved: %d; edits lost or silently overwritten: %d; clinician errors: %d%n",
                saves.get(), conflicts.get(), lost, failures.size());
        System.out.printf(Locale.ROOT, "save latency (every saveChanges call, refused ones too): p50 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                percentile(sorted, 50) / 1000.0, percentile(sorted, 99) / 1000.0, sorted.get(sorted.size() - 1) / 1000.0);
        System.exit(lost == 0 && failures.isEmpty() ? 0 : 1);
    }

    private static Family withHopes(Family f, String mark) {
        AboutUs a = f.about();
        return f.toBuilder().about(new AboutUs(a.strengths(), a.interests(), a.goingWell(), a.concerns(), a.hopes() + mark)).build();
    }

    private static UnaryOperator<Family> goalEdit(int index, String mark) {
        return f -> {
            List<Goal> goals = new ArrayList<>(f.goals());
            goals.set(index, goals.get(index).withOutcome(goals.get(index).outcome() + mark));
            return f.toBuilder().goals(goals).build();
        };
    }

    private static long percentile(List<Long> sorted, int p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }
}
