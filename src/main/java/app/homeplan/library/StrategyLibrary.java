package app.homeplan.library;

import app.homeplan.plan.SearchText;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Homeplan's library of plain-language strategies for everyday routines, plus the clinician's own.
 * Built-in strategies are listed in {@code strategies.txt} (area and routines) with their words in the
 * {@code library} bundle. Immutable: {@link #withOwn(List)} gives a library that includes the
 * clinician's strategies.
 */
public final class StrategyLibrary {
    private static final String DATA = "/app/homeplan/library/strategies.txt";
    private static final StrategyLibrary BUILT_IN = new StrategyLibrary(load());

    private final List<LibraryStrategy> strategies;

    private StrategyLibrary(List<LibraryStrategy> strategies) {
        this.strategies = List.copyOf(strategies);
    }

    public static StrategyLibrary builtIn() {
        return BUILT_IN;
    }

    /** This library with the clinician's own strategies first. */
    public StrategyLibrary withOwn(List<LibraryStrategy> own) {
        List<LibraryStrategy> all = new ArrayList<>(own);
        strategies.stream().filter(s -> !s.custom()).forEach(all::add);
        return new StrategyLibrary(all);
    }

    public List<LibraryStrategy> all() {
        return strategies;
    }

    public Optional<LibraryStrategy> find(String key) {
        return strategies.stream().filter(s -> s.key().equals(key)).findFirst();
    }

    /**
     * Strategies for one goal in one routine. With no search words: those that fit the routine (or,
     * for a typed-in routine, that suit the goal), the ones that suit the goal first; with
     * {@code everything} the whole library in that order. With search words: every strategy whose
     * words contain them all, best suited first.
     *
     * @param routineKey the routine's library key, empty for a routine the family typed in
     * @param goalText   the goal's words, to tell what it is about
     */
    public List<LibraryStrategy> suggest(String routineKey, String goalText, String query, boolean everything,
                                         String childName) {
        Set<StrategyArea> areas = StrategyArea.of(goalText);
        String[] words = Arrays.stream(SearchText.fold(query).split(" ")).filter(w -> !w.isEmpty())
                .toArray(String[]::new);
        boolean searching = words.length > 0;
        boolean typedRoutine = routineKey == null || routineKey.isBlank();
        Comparator<LibraryStrategy> bestFirst = Comparator
                .comparingInt((LibraryStrategy s) -> areas.contains(s.area()) ? 0 : 1)
                .thenComparingInt(s -> routineFit(s, routineKey));
        return strategies.stream()
                .filter(s -> searching ? s.matches(words, childName)
                        : everything || ((s.routineKeys().contains(routineKey) || s.fitsAnyRoutine()
                        || (typedRoutine && areas.contains(s.area())))
                        // strategies for the family's own wellbeing come up for family outcomes only
                        && (s.area() != StrategyArea.FAMILY || areas.contains(StrategyArea.FAMILY))))
                .sorted(bestFirst) // stable: own strategies, then library order, within a rank
                .toList();
    }

    /** 0 = made for this routine, 1 = fits any routine, 2 = made for other routines. */
    private static int routineFit(LibraryStrategy s, String routineKey) {
        if (s.routineKeys().contains(routineKey)) {
            return 0;
        }
        return s.fitsAnyRoutine() ? 1 : 2;
    }

    /** Reads the built-in list; a malformed line is a programming error caught by the tests. */
    private static List<LibraryStrategy> load() {
        try (InputStream in = Objects.requireNonNull(StrategyLibrary.class.getResourceAsStream(DATA), DATA);
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            List<LibraryStrategy> loaded = new ArrayList<>();
            String line;
            while ((line = reader.readLine()) != null) {
                String content = line.strip();
                if (content.isEmpty() || content.startsWith("#")) {
                    continue;
                }
                String[] fields = content.split("\\|");
                if (fields.length != 5) {
                    throw new IllegalStateException("Bad line in " + DATA + ": " + line);
                }
                String safety = fields[3].strip();
                Set<SafetyTag> tags = safety.equals("-") ? Set.of()
                        : Arrays.stream(safety.split(",")).map(t -> SafetyTag.valueOf(t.strip())).collect(Collectors.toSet());
                String routines = fields[4].strip();
                Set<String> routineKeys = routines.equals("*") ? Set.of()
                        : Arrays.stream(routines.split(",")).map(String::strip)
                        .collect(Collectors.toCollection(LinkedHashSet::new));
                loaded.add(LibraryStrategy.builtIn(fields[0].strip(), StrategyArea.valueOf(fields[1].strip()), routineKeys,
                        AgeRange.parse(fields[2]), tags));
            }
            return loaded;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
