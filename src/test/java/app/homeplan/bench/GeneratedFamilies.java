package app.homeplan.bench;

import app.homeplan.library.ExampleFamily;
import app.homeplan.plan.Caregiver;
import app.homeplan.plan.Child;
import app.homeplan.plan.Family;
import app.homeplan.plan.PlanStatus;
import app.homeplan.store.Store;
import app.homeplan.testing.Stores;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Random;

/**
 * Realistic families for benchmarks: each is the example family's complete plan (8 routines with
 * concerns, 4 goals with COPM and GAS, 11 strategies, a review) under its own child and caregivers,
 * with names from the many languages a clinic's families speak, a mix of drafts, active and closed
 * plans, and review dates from overdue to months away. The same seed gives the same families.
 *
 * <p>{@code GenerateFamilies --db FILE [--count 10000] [--seed 1]} stores them, in one transaction.
 */
public final class GeneratedFamilies implements Iterable<Family> {
    private static final String[] CHILD_NAMES = {
        "Mia", "Noah", "An", "Minh", "Linh", "Bảo", "Ngọc", "Thảo", "Aisha", "Omar", "Yusuf", "Fatima", "Layla",
        "Ibrahim", "Wei", "Mei", "Hao", "Jia", "Priya", "Arjun", "Anika", "Sofia", "Mateo", "Lucía", "Lucas",
        "Chloe", "Jack", "Ava", "Olivia", "Isla", "Charlotte", "Amelia", "Oliver", "Henry", "Leo", "Ruby",
        "Zoe", "Maya", "Ethan", "Leilani", "Kai", "Tane", "Aroha", "Hana", "Yuki", "Hiroshi", "Seo-yeon",
        "Min-jun", "Zara", "Ali", "Sina", "Luca", "Amara", "Kofi", "Esi", "Nikola", "Zoë", "Chiara", "Renée",
        "ليلى", "يوسف", "小明", "欣怡", "Ана", "Дмитрий"};
    private static final String[] ADULT_NAMES = {
        "Lan", "David", "Thu", "Huong", "Tuan", "Sarah", "Michael", "Emma", "James", "Fatima", "Ahmed", "Mariam",
        "Khalid", "Li Na", "Jun", "Xiaoling", "Rajesh", "Sunita", "Deepa", "Carlos", "María", "Ana", "José",
        "Grace", "Peter", "Rachel", "Tom", "Aroha", "Wiremu", "Mele", "Sione", "Keiko", "Ji-woo", "Olga",
        "Ivan", "Chinedu", "Abena", "Nana", "Marta", "Pierre", "Anne", "Hélène", "Joanne", "Kate", "Ben"};
    private static final String[] FAMILY_NAMES = {
        "Nguyen", "Nguyễn", "Tran", "Trần", "Le", "Pham", "Phạm", "Smith", "Brown", "Wilson", "Taylor",
        "Williams", "Jones", "Chen", "Wang", "Li", "Zhang", "Liu", "Kumar", "Singh", "Patel", "Sharma",
        "Hassan", "Ahmed", "Al-Sayed", "Haddad", "Khoury", "Rossi", "García", "López", "Martínez", "Kowalski",
        "O'Brien", "MacDonald", "Te Aho", "Ngata", "Tuilagi", "Fa'asavalu", "Kim", "Park", "Tanaka", "Sato",
        "Müller", "Novak", "Popescu", "Okafor", "Mensah", "Ivanova", "Dubois", "Walker", "Roberts", "Thompson"};
    private static final String[] RELATIONSHIPS = {"Mum", "Dad", "Grandmother", "Grandfather", "Aunt", "Foster carer"};
    private static final String[] LANGUAGES = {"English", "Vietnamese", "Arabic", "Mandarin", "Cantonese", "Hindi",
        "Spanish", "Samoan", "Māori", "Korean", "Japanese", "Russian", "French", "Twi"};

    private final int count;
    private final long seed;
    private final LocalDate today;

    public GeneratedFamilies(int count, long seed, LocalDate today) {
        this.count = count;
        this.seed = seed;
        this.today = today;
    }

    @Override
    public Iterator<Family> iterator() {
        Random random = new Random(seed);
        // One complete plan as the template: building it reads ~80 sentences from the bundles, too slow to
        // repeat 10,000 times; each family then gets its own uid, people, dates and status.
        Family template = ExampleFamily.create(today);
        return new Iterator<>() {
            private int made;

            @Override
            public boolean hasNext() {
                return made < count;
            }

            @Override
            public Family next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                made++;
                return family(template, random);
            }
        };
    }

    private Family family(Family template, Random random) {
        String surname = pick(random, FAMILY_NAMES);
        String child = pick(random, CHILD_NAMES) + " " + surname;
        LocalDate born = today.minusDays(365 + random.nextInt(365 * 6));
        LocalDate met = today.minusDays(random.nextInt(720));
        int roll = random.nextInt(100);
        PlanStatus status = roll < 15 ? PlanStatus.DRAFT : roll < 90 ? PlanStatus.ACTIVE : PlanStatus.CLOSED;
        LocalDate review = status == PlanStatus.ACTIVE ? today.plusDays(random.nextInt(210) - 30) : null;
        List<Caregiver> caregivers = new ArrayList<>();
        int people = 1 + random.nextInt(3);
        for (int i = 0; i < people; i++) {
            String first = pick(random, ADULT_NAMES);
            caregivers.add(new Caregiver(null, first + " " + surname, RELATIONSHIPS[i % RELATIONSHIPS.length],
                    pick(random, LANGUAGES), random.nextInt(5) == 0,
                    String.format(Locale.ROOT, "04%02d %03d %03d", random.nextInt(100), random.nextInt(1000),
                            random.nextInt(1000)), true));
        }
        Instant created = met.atStartOfDay().toInstant(ZoneOffset.UTC);
        return template.toBuilder()
                .uid(null)
                .example(false)
                .status(status)
                .child(new Child(child, "", born))
                .caregivers(caregivers)
                .meetingDate(met)
                .reviewDate(review)
                .wizardStep(status == PlanStatus.DRAFT ? random.nextInt(5) : 5)
                .createdAt(created)
                .updatedAt(created)
                .build();
    }

    private static String pick(Random random, String[] values) {
        return values[random.nextInt(values.length)];
    }

    /** Stores the families in the database at {@code file} (created if missing), in one transaction. */
    public static int store(Path file, int count, long seed) {
        try (Store store = Stores.open(file)) {
            return store.families().insertAll(new GeneratedFamilies(count, seed, LocalDate.now()));
        }
    }

    /** {@code --db FILE [--count 10000] [--seed 1]}: prints how many families and how long it took. */
    public static void main(String[] args) {
        Path db = null;
        int count = 10_000;
        long seed = 1;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--db" -> db = Path.of(args[i + 1]);
                case "--count" -> count = Integer.parseInt(args[i + 1]);
                case "--seed" -> seed = Long.parseLong(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        if (db == null) {
            throw new IllegalArgumentException("usage: GeneratedFamilies --db FILE [--count N] [--seed S]");
        }
        long start = System.nanoTime();
        int stored = store(db, count, seed);
        System.out.printf(Locale.ROOT, "stored %d families in %s in %.1f s (one transaction)%n", stored, db,
                (System.nanoTime() - start) / 1e9);
    }
}
