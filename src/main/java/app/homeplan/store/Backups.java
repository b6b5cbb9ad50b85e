package app.homeplan.store;

import app.homeplan.i18n.Messages;
import app.homeplan.util.FileKind;
import app.homeplan.util.PrivateFiles;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteErrorCode;

/**
 * Rolling backups of one data file, kept in a {@code backups} folder beside it as
 * {@code <name>-YYYY-MM-DD-HHmmss[-why].db}, readable by this user only.
 *
 * <p>A backup is a consistent copy made by SQLite itself ({@code VACUUM INTO}) while the data file is
 * open, so it never catches a half-written change; it is checked ({@code quick_check}) before it
 * takes its final name, so a listed backup is one that opened and checked out.
 *
 * <p>What is kept: the {@value #KEEP_NEWEST} newest, plus one older than a month, so a mistake
 * noticed weeks later can still be undone (see {@link #toKeep}).
 */
public final class Backups {
    public static final String FOLDER = "backups";
    public static final int KEEP_NEWEST = 14;
    public static final int MONTH_DAYS = 30;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd-HHmmss");
    private static final String PARTIAL = ".partial";

    private final Path database;
    private final Path folder;
    private final String stem;
    private final Pattern names;
    private final Clock clock;

    public Backups(Path database, Clock clock) {
        this.database = database.toAbsolutePath();
        this.folder = this.database.resolveSibling(FOLDER);
        this.stem = stem(this.database);
        this.names = Pattern.compile(Pattern.quote(stem)
                + "-(\\d{4}-\\d{2}-\\d{2}-\\d{6})(?:-(before-update|before-restore))?(?:-(\\d+))?\\.db");
        this.clock = clock;
    }

    public static Backups of(Path database) {
        return new Backups(database, Clock.systemDefaultZone());
    }

    /** The file name of a data file without its extension: backups of {@code homeplan.db} start {@code homeplan-}. */
    static String stem(Path database) {
        String name = database.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    public Path database() {
        return database;
    }

    public Path folder() {
        return folder;
    }

    /** This data file's backups, newest first. Reads only file names and sizes. */
    public List<Backup> list() {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<Backup> found = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder)) {
            for (Path file : files) {
                Matcher m = names.matcher(file.getFileName().toString());
                if (m.matches() && FileKind.of(file) == FileKind.FILE) {
                    LocalDateTime at = LocalDateTime.parse(m.group(1), STAMP);
                    found.add(new Backup(file, at, BackupKind.fromSuffix(m.group(2)), Files.size(file)));
                }
            }
        } catch (IOException e) {
            throw new StoreException(StoreException.Problem.FAILED, "safety.backup.cannotList", e, folder);
        }
        found.sort(NEWEST_FIRST);
        return found;
    }

    private static final Comparator<Backup> NEWEST_FIRST = Comparator.comparing(Backup::takenAt)
            .thenComparing(b -> b.file().getFileName().toString()).reversed();

    /** True when a backup was taken on this day (of any kind). */
    public boolean hasBackupOn(LocalDate day) {
        return list().stream().anyMatch(b -> b.takenAt().toLocalDate().equals(day));
    }

    /** Takes a backup now if none was taken today; the first open of each day calls this. */
    public Optional<Backup> createDailyIfDue(Connection source) {
        if (hasBackupOn(LocalDate.now(clock))) {
            return Optional.empty();
        }
        return Optional.of(create(source, BackupKind.DAILY));
    }

    /**
     * Copies the open database into a new backup, checks the copy, then prunes old backups.
     * Throws a {@link StoreException} with a sentence when the backup could not be made; a failed
     * attempt leaves nothing behind.
     */
    public Backup create(Connection source, BackupKind kind) {
        LocalDateTime now = LocalDateTime.now(clock).withNano(0);
        Path partial = null;
        try {
            PrivateFiles.createFolders(folder);
            removeLeftovers();
            Path target = freeName(now, kind);
            partial = target.resolveSibling(target.getFileName() + PARTIAL);
            // Made private first: SQLite fills the empty file and keeps its permissions.
            PrivateFiles.createFile(partial);
            try (PreparedStatement ps = source.prepareStatement("VACUUM INTO ?")) {
                ps.setString(1, partial.toString());
                ps.execute();
            }
            verify(partial);
            PrivateFiles.syncFile(partial);
            PrivateFiles.moveAtomically(partial, target);
            partial = null;
            Backup made = new Backup(target, now, kind, Files.size(target));
            pruneQuietly();
            return made;
        } catch (SQLException e) {
            if ((e.getErrorCode() & 0xff) == SQLiteErrorCode.SQLITE_FULL.code) {
                throw new StoreException(StoreException.Problem.DISK_FULL, "safety.backup.diskFull", e, database);
            }
            throw new StoreException(StoreException.Problem.FAILED, "safety.backup.failed", e, database, folder);
        } catch (IOException e) {
            throw new StoreException(StoreException.Problem.FAILED, "safety.backup.failed", e, database, folder);
        } catch (StoreException e) {
            // The copy did not check out: say so plainly rather than blame the user's data file.
            throw new StoreException(StoreException.Problem.FAILED, "safety.backup.failed", e, database, folder);
        } finally {
            if (partial != null) {
                deleteQuietly(partial);
            }
        }
    }

    private void pruneQuietly() {
        try {
            prune();
        } catch (StoreException e) {
            // The new backup is made; old ones are pruned next time.
        }
    }

    /** Deletes backups beyond what {@link #toKeep} keeps; returns the ones removed. */
    public List<Backup> prune() {
        List<Backup> all = list();
        Set<Backup> keep = toKeep(all, LocalDateTime.now(clock));
        List<Backup> removed = new ArrayList<>();
        for (Backup b : all) {
            if (!keep.contains(b)) {
                try {
                    Files.deleteIfExists(b.file());
                    removed.add(b);
                } catch (IOException e) {
                    // Kept one too many; the next backup tries again.
                }
            }
        }
        return removed;
    }

    /**
     * The backups to keep: the {@value #KEEP_NEWEST} newest; the newest one older than a month; and
     * the oldest one younger than a month, which is on its way to becoming that month-old one. So
     * there is always a backup between one and about one and a half months old once Homeplan has been
     * used that long, and never more than {@value #KEEP_NEWEST} + 2 files.
     */
    static Set<Backup> toKeep(List<Backup> all, LocalDateTime now) {
        List<Backup> newestFirst = new ArrayList<>(all);
        newestFirst.sort(NEWEST_FIRST);
        Set<Backup> keep = new LinkedHashSet<>(newestFirst.subList(0, Math.min(KEEP_NEWEST, newestFirst.size())));
        LocalDateTime monthAgo = now.minusDays(MONTH_DAYS);
        newestFirst.stream().filter(b -> b.takenAt().isBefore(monthAgo)).findFirst().ifPresent(keep::add);
        newestFirst.stream().filter(b -> !b.takenAt().isBefore(monthAgo)).reduce((newer, older) -> older)
                .ifPresent(keep::add);
        return keep;
    }

    /** The newest backup that opens and passes its check, if any. */
    public Optional<Backup> newestGood() {
        for (Backup b : list()) {
            try {
                verify(b.file());
                return Optional.of(b);
            } catch (StoreException damaged) {
                // Try the one before it.
            }
        }
        return Optional.empty();
    }

    // --- reading backups -------------------------------------------------------------------------

    /** What a backup (or any Homeplan data file) holds. Opens it read-only; never changes it. */
    public static BackupContents inspect(Path file) {
        try (Connection c = openReadOnly(file); Statement st = c.createStatement()) {
            int version;
            try (ResultSet rs = st.executeQuery("PRAGMA user_version")) {
                version = rs.next() ? rs.getInt(1) : 0;
            }
            try (ResultSet rs = st.executeQuery(
                    "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'family'")) {
                if (!rs.next() || rs.getInt(1) == 0) {
                    throw new StoreException(StoreException.Problem.NOT_A_DATABASE, "safety.backup.notHomeplan", null,
                            file);
                }
            }
            List<String> names = new ArrayList<>();
            try (ResultSet rs = st.executeQuery("SELECT child_name FROM family ORDER BY example, child_name COLLATE NOCASE")) {
                while (rs.next()) {
                    names.add(rs.getString(1));
                }
            }
            return new BackupContents(version, names.size(), names);
        } catch (SQLException e) {
            throw SqlErrors.translate(e, file);
        }
    }

    /** Throws {@link StoreException.Problem#DAMAGED} unless the file opens and passes {@code quick_check}. */
    public static void verify(Path file) {
        String result;
        try (Connection c = openReadOnly(file); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("PRAGMA quick_check")) {
            result = rs.next() ? rs.getString(1) : "";
        } catch (SQLException e) {
            throw SqlErrors.translate(e, file);
        }
        if (!"ok".equalsIgnoreCase(result)) {
            throw new StoreException(StoreException.Problem.DAMAGED, "safety.backup.damaged", null, file);
        }
    }

    /**
     * Throws {@link StoreException.Problem#DAMAGED}, saying what, unless a backup holds exactly the
     * schema Homeplan makes for its version (no trigger, view or table more) and only values Homeplan
     * writes: a backup is trusted no more than a data file. A backup from a newer Homeplan is left to
     * the version check.
     */
    public static void checkTrusted(Path file) {
        try (Connection c = openReadOnly(file); Statement st = c.createStatement()) {
            int version;
            try (ResultSet rs = st.executeQuery("PRAGMA user_version")) {
                version = rs.next() ? rs.getInt(1) : 0;
            }
            if (version > Database.knownVersion()) {
                return;
            }
            SchemaCheck.checkSchema(c, file, version, Database.bundledMigrations(), SchemaCheck.Source.BACKUP);
            SchemaCheck.checkStoredValues(c, file, SchemaCheck.Source.BACKUP);
        } catch (SQLException e) {
            throw SqlErrors.translate(e, file);
        }
    }

    /**
     * Opens a file that nothing else writes (a backup) strictly read-only: {@code immutable=1} makes
     * SQLite create no side files and take no locks, so even a backups folder on a read-only disk works.
     */
    static Connection openReadOnly(Path file) throws SQLException {
        FileKind kind = FileKind.of(file);
        if (kind == FileKind.MISSING) {
            throw new StoreException(StoreException.Problem.NOT_FOUND, "safety.backup.missing", null, file);
        }
        if (kind != FileKind.FILE) {
            // Never opened: a pipe would hang, a device or a link could be anything.
            throw new StoreException(StoreException.Problem.NOT_A_DATABASE, "safety.backup.notAFile", null, file,
                    Messages.get(kind.messageKey()));
        }
        SQLiteConfig config = ConnectionSettings.base();
        config.setReadOnly(true);
        return ConnectionSettings.connect("jdbc:sqlite:" + file.toAbsolutePath().toUri() + "?immutable=1", config);
    }

    // --- names -----------------------------------------------------------------------------------

    private Path freeName(LocalDateTime at, BackupKind kind) {
        String base = stem + "-" + STAMP.format(at) + (kind.suffix().isEmpty() ? "" : "-" + kind.suffix());
        Path candidate = folder.resolve(base + ".db");
        for (int n = 2; Files.exists(candidate); n++) {
            candidate = folder.resolve(base + "-" + n + ".db");
        }
        return candidate;
    }

    /** Removes half-written backups left by a crash (only this data file's; the caller holds its lock). */
    private void removeLeftovers() throws IOException {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder)) {
            for (Path file : files) {
                String name = file.getFileName().toString();
                if (name.startsWith(stem + "-") && name.endsWith(PARTIAL)) {
                    deleteQuietly(file);
                }
            }
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // Left for the next backup's clean-up.
        }
    }
}
