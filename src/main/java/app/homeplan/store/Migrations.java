package app.homeplan.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Objects;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The bundled schema migrations, found by their file names: {@code V<n>__what.sql}, n the schema version.
 * No list to keep by hand: a new migration is one file with the next number.
 *
 * <p>{@code db/migration/} holds SQLite's migrations. PostgreSQL (clinic mode) began later, at SQLite's
 * version {@value #POSTGRES_JOINED}, with its own first {@value #POSTGRES_OWN} migrations in
 * {@code db/migration/postgresql/} (its schema as that database words it). Every migration after that is
 * one file in {@code db/migration/} for both dialects, PostgreSQL's version counting on from its own:
 * SQLite's V11 is PostgreSQL's V7. When the SQL must differ, PostgreSQL's words go in
 * {@code db/migration/postgresql/} under the same file name.
 */
final class Migrations {
    static final String FOLDER = "db/migration/";
    static final String POSTGRES_FOLDER = FOLDER + "postgresql/";
    /** SQLite's schema version that PostgreSQL's own migrations brought it level with. */
    static final int POSTGRES_JOINED = 10;
    /** PostgreSQL's own migrations, V1 to this one, written before the two shared their later ones. */
    static final int POSTGRES_OWN = 6;

    private static final Pattern NAME = Pattern.compile("V([1-9][0-9]*)__[A-Za-z0-9_]+\\.sql");

    private Migrations() {
    }

    /** Listed once per run: a jar's entries are read only the first time. */
    private static final class Found {
        static final List<String> SQLITE = List.copyOf(numbered(FOLDER, filesIn(FOLDER)).values());
        static final List<String> POSTGRES = postgresPaths(filesIn(POSTGRES_FOLDER), filesIn(FOLDER));
    }

    /** SQLite's migration file names, version 1 first. */
    static List<String> sqliteNames() {
        return Found.SQLITE;
    }

    /** PostgreSQL's migrations as resource paths (below the class path's root), version 1 first. */
    static List<String> postgres() {
        return Found.POSTGRES;
    }

    /** PostgreSQL's list from the names in its folder and in SQLite's (the shared ones). */
    static List<String> postgresPaths(List<String> postgresOwn, List<String> shared) {
        TreeMap<Integer, String> sharedByVersion = numbered(FOLDER, shared);
        List<String> own = new ArrayList<>();
        for (String name : postgresOwn) {
            Matcher m = NAME.matcher(name);
            if (!m.matches()) {
                continue;
            }
            int version = Integer.parseInt(m.group(1));
            if (version <= POSTGRES_OWN) {
                own.add(name);
            } else if (version <= POSTGRES_JOINED || !name.equals(sharedByVersion.get(version))) {
                throw new IllegalStateException(POSTGRES_FOLDER + name + " is neither one of PostgreSQL's own V1 to V"
                        + POSTGRES_OWN + " nor PostgreSQL's words for a migration of " + FOLDER);
            }
        }
        List<String> paths = new ArrayList<>();
        numbered(POSTGRES_FOLDER, own).values().forEach(name -> paths.add(POSTGRES_FOLDER + name));
        if (paths.size() != POSTGRES_OWN) {
            throw new IllegalStateException("PostgreSQL's own migrations V1 to V" + POSTGRES_OWN + " are not all in "
                    + POSTGRES_FOLDER + ": " + postgresOwn);
        }
        sharedByVersion.tailMap(POSTGRES_JOINED, false).values()
                .forEach(name -> paths.add((postgresOwn.contains(name) ? POSTGRES_FOLDER : FOLDER) + name));
        return List.copyOf(paths);
    }

    /** The SQL of a migration, by its resource path below the class path's root. */
    static String sql(String path) {
        try (InputStream in = Objects.requireNonNull(Migrations.class.getResourceAsStream("/" + path), path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + path, e);
        }
    }

    /** The migrations by version; a gap or a repeated number is a packaging mistake, refused here. */
    static TreeMap<Integer, String> numbered(String folder, List<String> fileNames) {
        TreeMap<Integer, String> byVersion = new TreeMap<>();
        for (String name : fileNames) {
            Matcher m = NAME.matcher(name);
            if (!m.matches()) {
                continue; // not a migration (a README, say)
            }
            String before = byVersion.put(Integer.valueOf(m.group(1)), name);
            if (before != null) {
                throw new IllegalStateException("Two migrations in " + folder + " have one number: " + before + ", " + name);
            }
        }
        if (byVersion.isEmpty() || byVersion.lastKey() != byVersion.size()) {
            throw new IllegalStateException("The migrations in " + folder + " are not numbered 1 to "
                    + byVersion.size() + ": " + byVersion.values());
        }
        return byVersion;
    }

    /**
     * The names of the files directly in a folder of the class path, whether it is a folder on disk
     * (tests, a development run) or inside the application's jar: found through a file every release
     * has, V1, since a jar cannot be asked for a folder's entries by the folder's name alone.
     */
    private static List<String> filesIn(String folder) {
        URL first = Migrations.class.getResource("/" + folder + "V1__families.sql");
        if (first == null) {
            throw new IllegalStateException("No " + folder + "V1__families.sql on the class path");
        }
        return filesBeside(first, folder);
    }

    /** The names of the files in the folder that holds {@code first}, a file: or jar: address. */
    static List<String> filesBeside(URL first, String folder) {
        try {
            if (first.getProtocol().equals("file")) {
                try (Stream<Path> files = Files.list(Path.of(first.toURI()).getParent())) {
                    return files.filter(Files::isRegularFile).map(p -> p.getFileName().toString()).sorted().toList();
                }
            }
            if (first.openConnection() instanceof JarURLConnection jar) {
                jar.setUseCaches(false); // a JarFile of our own, closed here, not one shared with the class loader
                try (JarFile file = jar.getJarFile()) {
                    return entriesIn(file, folder);
                }
            }
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException("Cannot list " + folder + " at " + first, e);
        }
        throw new IllegalStateException("Cannot list " + folder + " at " + first);
    }

    private static List<String> entriesIn(JarFile jar, String folder) {
        List<String> names = new ArrayList<>();
        for (Enumeration<JarEntry> entries = jar.entries(); entries.hasMoreElements(); ) {
            String name = entries.nextElement().getName();
            if (name.startsWith(folder) && name.length() > folder.length() && name.indexOf('/', folder.length()) < 0) {
                names.add(name.substring(folder.length()));
            }
        }
        names.sort(null);
        return names;
    }
}
