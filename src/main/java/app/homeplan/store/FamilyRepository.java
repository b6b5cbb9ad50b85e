package app.homeplan.store;

import app.homeplan.plan.AboutUs;
import app.homeplan.plan.Caregiver;
import app.homeplan.plan.Child;
import app.homeplan.plan.Clinician;
import app.homeplan.plan.Concern;
import app.homeplan.plan.CopmRating;
import app.homeplan.plan.Family;
import app.homeplan.plan.FamilySummary;
import app.homeplan.plan.GasScale;
import app.homeplan.plan.Goal;
import app.homeplan.plan.GoalRating;
import app.homeplan.plan.GoalStatus;
import app.homeplan.plan.PlanStatus;
import app.homeplan.plan.PracticeWeek;
import app.homeplan.plan.Rater;
import app.homeplan.plan.Review;
import app.homeplan.plan.Routine;
import app.homeplan.plan.Strategy;
import app.homeplan.plan.Support;
import app.homeplan.plan.SupportKind;
import app.homeplan.plan.SupportStrength;
import app.homeplan.plan.SearchText;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Stores and loads whole families. Saving is by difference: {@link #saveChanges(Family, Family)}
 * compares the last saved version with the new one and writes only the rows that changed, so an
 * autosave after one keystroke is one or two single-row statements in one transaction.
 *
 * <p>Edits never overwrite each other (clinic mode, where several clinicians share one database): each
 * part of a family (its own details, each caregiver, routine, goal ...) carries a version, counted up by
 * every save of it. This repository remembers the version of each part it last loaded or saved, and a
 * save changes or removes a part only if it still has that version; otherwise someone else saved a
 * newer change to it, and the whole save is refused with an {@link EditConflict} (nothing of it stored)
 * that carries the family as it is now. Parts no one else touched are saved as usual, so two clinicians
 * editing different goals of one family never see a conflict.
 */
public final class FamilyRepository {
    private static final String OWN_ROW = "family";

    private final Database db;
    private final AccessLog accessLog;
    /** The version of each part this repository last read or wrote, by family id and part key ({@link #key}). */
    private final Map<Long, Map<String, Integer>> seen = new HashMap<>();

    public FamilyRepository(Database db) {
        this.db = db;
        this.accessLog = new AccessLog(db);
    }

    // --- listing and finding -------------------------------------------------------------------

    /**
     * Families whose child or caregiver name contains the query (accents and case ignored), in list
     * order. Three or more characters are answered from the trigram index; shorter queries walk the
     * list index and stop after {@code limit} matches.
     */
    public List<FamilySummary> search(String query, int limit) {
        String folded = SearchText.fold(query);
        String sql;
        if (db.dialect() == Dialect.POSTGRESQL) {
            // No trigram table on the server: the folded names are matched with LIKE (see its V1 migration).
            sql = folded.isEmpty() ? LIST_COLUMNS + " ORDER BY example, lower(child_name), id LIMIT ?"
                    : LIST_COLUMNS + " WHERE search_text LIKE ? ESCAPE '\\' ORDER BY example, lower(child_name), id LIMIT ?";
        } else if (folded.isEmpty()) {
            sql = LIST_COLUMNS + " ORDER BY example, child_name COLLATE NOCASE, id LIMIT ?";
        } else if (folded.codePointCount(0, folded.length()) >= 3 && !LikePatterns.hasWildcards(folded)) {
            // No ESCAPE clause here: FTS5 uses the trigram index only for a plain LIKE.
            sql = LIST_COLUMNS + " WHERE id IN (SELECT rowid FROM family_search WHERE search_text LIKE ?)"
                    + " ORDER BY example, child_name COLLATE NOCASE, id LIMIT ?";
        } else {
            sql = LIST_COLUMNS + " WHERE search_text LIKE ? ESCAPE '\\' ORDER BY example, child_name COLLATE NOCASE, id LIMIT ?";
        }
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                int i = 1;
                if (!folded.isEmpty()) {
                    ps.setString(i++, LikePatterns.containsPattern(folded));
                }
                ps.setInt(i, limit);
                List<FamilySummary> rows = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        rows.add(new FamilySummary(rs.getLong(1), rs.getString(2), rs.getString(3),
                                PlanStatus.valueOf(rs.getString(4)), date(rs.getString(5)), rs.getInt(6) == 1,
                                !rs.getString(7).isEmpty()));
                    }
                }
                return rows;
            }
        });
    }

    private static final String LIST_COLUMNS =
            "SELECT id, child_name, caregiver_names, status, review_date, example, copy_of FROM family";

    /** Every family, for the command line's {@code list}. */
    public List<FamilySummary> listAll() {
        return search("", Integer.MAX_VALUE);
    }

    public int count() {
        return db.read(c -> {
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT count(*) FROM family")) {
                return rs.next() ? rs.getInt(1) : 0;
            }
        });
    }

    public Optional<Long> findIdByUid(String uid) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT id FROM family WHERE uid = ?")) {
                ps.setString(1, uid);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getLong(1)) : Optional.<Long>empty();
                }
            }
        });
    }

    // --- writing -------------------------------------------------------------------------------

    /** Stores a new family (its id is ignored) and returns it with the id the store gave it. */
    public Family insert(Family family) {
        Family stored = db.inTransaction(c -> insert(c, family));
        Map<String, Integer> versions = new HashMap<>();
        versions.put(OWN_ROW, 1);
        partKeys(stored).forEach(k -> versions.put(k, 1));
        seen.put(stored.id(), versions);
        return stored;
    }

    /**
     * Stores many new families in one transaction (one commit, not one per family: 10,000 families
     * in seconds, not minutes); all are stored or none. Returns how many.
     */
    public int insertAll(Iterable<Family> families) {
        return db.inTransaction(c -> {
            int count = 0;
            for (Family family : families) {
                insert(c, family);
                count++;
            }
            return count;
        });
    }

    private static Family insert(Connection c, Family family) throws SQLException {
        long id;
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO family (uid, child_name, created_at, updated_at, copy_of) VALUES (?, ?, ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, family.uid());
            ps.setString(2, family.child().name());
            ps.setString(3, family.createdAt().toString());
            ps.setString(4, family.updatedAt().toString());
            ps.setString(5, family.copyOf()); // set once: a copy stays a copy whatever is saved later
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                id = keys.getLong(1);
            }
        }
        Family stored = family.toBuilder().id(id).build();
        writeFamilyRow(c, stored);
        Family empty = Family.builder(stored.child()).id(id).build();
        writeParts(c, empty, stored);
        return stored;
    }

    /**
     * Writes what changed between the last saved version of a family and the new one, in one
     * transaction. Returns the new version as stored.
     */
    public Family saveChanges(Family saved, Family changed) {
        if (saved.id() == 0 || saved.id() != changed.id()) {
            throw new IllegalArgumentException("saveChanges needs two versions of one stored family");
        }
        if (saved.equals(changed)) {
            return changed;
        }
        Family stamped = changed.toBuilder().updatedAt(Instant.now()).build();
        Map<String, Integer> known = seen.get(saved.id());
        // Written into a copy: a refused save leaves the versions as they were.
        Map<String, Integer> versions = known == null ? null : new HashMap<>(known);
        try {
            Family stored = db.inTransaction(c -> {
                lockFamily(c, saved.id());
                boolean namesChanged = !caregiverNames(saved).equals(caregiverNames(stamped))
                        || !searchText(saved).equals(searchText(stamped));
                writeOwnRow(c, saved, stamped, versions);
                writeParts(c, saved, stamped, versions);
                if (namesChanged) {
                    writeSearchColumns(c, saved.id());
                }
                return stamped;
            });
            if (versions != null) {
                seen.put(saved.id(), versions);
            }
            return stored;
        } catch (EditConflict refused) {
            // Nothing was stored; what the family is now comes from a fresh load, which also learns its versions.
            throw new EditConflict(saved, changed, load(saved.id()).orElse(null), refused.part(), savers(saved.id()));
        }
    }

    /** The tables of a family's versioned parts (the family's own row is keyed {@value #OWN_ROW}). */
    private static final List<String> PART_TABLES = List.of("caregiver", "clinician", "support", "routine", "concern",
            "goal", "strategy", "review");

    /**
     * Who last saved each part of a family and when, by part key ({@code family} for its own details, else
     * {@code table:uid}, as {@link EditConflict#part()}). Only a clinic's server records this (the login and
     * its clock, PostgreSQL V4); on a data file, with one writer at a time, the map is empty.
     */
    public Map<String, SavedBy> savers(long familyId) {
        if (db.dialect() != Dialect.POSTGRESQL) {
            return Map.of();
        }
        StringBuilder parts = new StringBuilder("SELECT 'family' AS part, saved_by, saved_at FROM family WHERE id = ?");
        for (String table : PART_TABLES) {
            parts.append(" UNION ALL SELECT '").append(table).append(":' || uid, saved_by, saved_at FROM ")
                    .append(table).append(" WHERE family_id = ?");
        }
        // The full name "clinic add-clinician --name" gave the login, kept as the role's comment.
        String sql = "SELECT p.part, p.saved_by, p.saved_at, shobj_description(r.oid, 'pg_authid') FROM (" + parts
                + ") p LEFT JOIN pg_roles r ON r.rolname = p.saved_by";
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                for (int i = 1; i <= PART_TABLES.size() + 1; i++) {
                    ps.setLong(i, familyId);
                }
                Map<String, SavedBy> savers = new HashMap<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        if (rs.getString(2) != null && rs.getString(3) != null) {
                            String name = rs.getString(4);
                            savers.put(rs.getString(1), new SavedBy(rs.getString(2),
                                    name == null || name.isBlank() ? rs.getString(2) : name.strip(),
                                    Instant.parse(rs.getString(3))));
                        }
                    }
                }
                return savers;
            }
        });
    }

    /**
     * On a shared server, saves of one family take turns (a row lock until commit), so the version
     * checks below and the recomputed search columns see every earlier save. A data file has one writer.
     */
    private void lockFamily(Connection c, long familyId) throws SQLException {
        if (db.dialect() != Dialect.POSTGRESQL) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM family WHERE id = ? FOR UPDATE")) {
            ps.setLong(1, familyId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new StoreException(StoreException.Problem.NOT_FOUND, "store.error.familyGone", null);
                }
            }
        }
    }

    /**
     * The family's own row. Its details (names, about us, dates, status ...) are one versioned part; the
     * time of the last save and the intake step are not details anyone edits, so writing them alone
     * checks no version (else every autosave would clash with every other clinician's).
     */
    private static void writeOwnRow(Connection c, Family saved, Family stamped, Map<String, Integer> versions)
            throws SQLException {
        Integer expected = versions == null ? null : versions.get(OWN_ROW);
        int rows;
        if (!ownDetails(saved).equals(ownDetails(stamped))) {
            rows = writeFamilyRow(c, stamped, false, true, expected);
            if (rows == 0 && expected != null && exists(c, "SELECT 1 FROM family WHERE id = ?", stamped.id())) {
                throw new EditConflict(OWN_ROW);
            }
            if (versions != null && expected != null) {
                versions.put(OWN_ROW, expected + 1);
            }
        } else {
            try (PreparedStatement ps = c.prepareStatement("UPDATE family SET wizard_step = ?, updated_at = ? WHERE id = ?")) {
                bind(ps, stamped.wizardStep(), stamped.updatedAt().toString(), stamped.id());
                rows = ps.executeUpdate();
            }
        }
        if (rows == 0) {
            throw new StoreException(StoreException.Problem.NOT_FOUND, "store.error.familyGone", null);
        }
    }

    /** What the family row holds that people edit: every column but the intake step and the save time. */
    private static List<Object> ownDetails(Family f) {
        List<Object> values = familyRowValues(f);
        return values.subList(0, values.size() - 2);
    }

    /**
     * The list's caregiver names and the folded search text, made from what the database holds after
     * this save (which, on a shared server, may include another clinician's caregivers saved just before).
     */
    private static void writeSearchColumns(Connection c, long familyId) throws SQLException {
        String child = "";
        try (PreparedStatement ps = c.prepareStatement("SELECT child_name, child_preferred_name FROM family WHERE id = ?")) {
            ps.setLong(1, familyId);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    child = rs.getString(1) + " " + rs.getString(2);
                }
            }
        }
        List<String> names = rows(c, familyId, "SELECT name FROM caregiver WHERE family_id = ? ORDER BY position",
                rs -> rs.getString(1));
        String caregivers = names.stream().filter(n -> !n.isBlank()).collect(Collectors.joining(", "));
        try (PreparedStatement ps = c.prepareStatement("UPDATE family SET caregiver_names = ?, search_text = ? WHERE id = ?")) {
            bind(ps, caregivers, SearchText.fold(child + " " + caregivers), familyId);
            ps.executeUpdate();
        }
    }

    private static boolean exists(Connection c, String sql, Object... keys) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, keys);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    /**
     * Removes a family and every row of it; secure_delete overwrites the freed pages. The record of
     * access gains a "delete" entry in the same transaction (the family's id only: no name stays).
     */
    public boolean delete(long familyId) {
        return delete(familyId, null);
    }

    /** As {@link #delete(long)}, with the purpose given for the record of access. */
    public boolean delete(long familyId, String purpose) {
        seen.remove(familyId);
        return db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM family WHERE id = ?")) {
                ps.setLong(1, familyId);
                boolean deleted = ps.executeUpdate() > 0;
                if (deleted) {
                    accessLog.append(c, AccessLog.Action.DELETE, familyId, purpose);
                }
                return deleted;
            }
        });
    }

    // --- loading -------------------------------------------------------------------------------

    public Optional<Family> load(long familyId) {
        Map<String, Integer> versions = new HashMap<>();
        Optional<Family> family = db.read(c -> {
            Family.Builder builder;
            try (PreparedStatement ps = c.prepareStatement("SELECT * FROM family WHERE id = ?")) {
                ps.setLong(1, familyId);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.<Family>empty();
                    }
                    builder = readFamilyRow(rs);
                    versions.put(OWN_ROW, rs.getInt("version"));
                }
            }
            Loaded loaded = new Loaded(concernsByRoutine(c, familyId, versions), routinesByGoal(c, familyId),
                    ratingsByReview(c, familyId), practiceByReview(c, familyId), versions);
            builder.caregivers(read(c, familyId, CAREGIVERS, loaded));
            builder.clinicians(read(c, familyId, CLINICIANS, loaded));
            builder.supports(read(c, familyId, SUPPORTS, loaded));
            builder.routines(read(c, familyId, ROUTINES, loaded));
            builder.goals(read(c, familyId, GOALS, loaded));
            builder.strategies(read(c, familyId, STRATEGIES, loaded));
            builder.reviews(read(c, familyId, REVIEWS, loaded));
            return Optional.of(builder.build());
        });
        if (family.isPresent()) {
            seen.put(familyId, versions);
        } else {
            seen.remove(familyId);
        }
        return family;
    }

    /**
     * Loads a family for someone to see or use, and notes that in the record of access (open, print,
     * export, review) with the purpose given, if any. See {@link AccessLog#recordIfWritable}.
     */
    public Optional<Family> loadFor(AccessLog.Action action, long familyId, String purpose) {
        Optional<Family> family = load(familyId);
        if (family.isPresent()) {
            accessLog.recordIfWritable(action, familyId, purpose);
        }
        return family;
    }

    /** The record of access kept in this repository's database (for the import of a family file). */
    public AccessLog accessLog() {
        return accessLog;
    }

    // --- the family row ------------------------------------------------------------------------

    /** The family's own row; its parts are read by their Part below. */
    private static Family.Builder readFamilyRow(ResultSet rs) throws SQLException {
        return Family.builder(new Child(rs.getString("child_name"), rs.getString("child_preferred_name"),
                        date(rs.getString("child_birth_date"))))
                .id(rs.getLong("id"))
                .uid(rs.getString("uid"))
                .example(rs.getInt("example") == 1)
                .status(PlanStatus.valueOf(rs.getString("status")))
                .otherAttendees(rs.getString("other_attendees"))
                .meetingDate(date(rs.getString("meeting_date")))
                .consentToStore(rs.getInt("consent_to_store") == 1)
                .about(new AboutUs(rs.getString("strengths"), rs.getString("interests"),
                        rs.getString("going_well"), rs.getString("concerns"), rs.getString("hopes")))
                .reviewDate(date(rs.getString("review_date")))
                .planLanguage(rs.getString("plan_language"))
                .planBilingual(rs.getInt("plan_bilingual") == 1)
                .wizardStep(rs.getInt("wizard_step"))
                .copyOf(rs.getString("copy_of"))
                .createdAt(Instant.parse(rs.getString("created_at")))
                .updatedAt(Instant.parse(rs.getString("updated_at")));
    }

    /** The row of a family just added: written whole, its version stays the first. */
    private static int writeFamilyRow(Connection c, Family f) throws SQLException {
        return writeFamilyRow(c, f, true, false, null);
    }

    /**
     * Writes the family row. The search columns are written only when asked: the trigram index is
     * kept in step by a trigger on search_text, which fires whenever the column is set, changed or
     * not; leaving it out when the names did not change saves five of the eight pages an autosave
     * otherwise writes (docs/benchmarks.md). A save counts the version up; with an expected version the
     * row is written only if it still has it (0 rows otherwise).
     */
    private static int writeFamilyRow(Connection c, Family f, boolean withSearch, boolean countVersion,
                                      Integer expectedVersion) throws SQLException {
        String sql = """
                UPDATE family SET uid = ?, example = ?, status = ?, child_name = ?, child_preferred_name = ?,
                    child_birth_date = ?, other_attendees = ?, meeting_date = ?, consent_to_store = ?,
                    strengths = ?, interests = ?, going_well = ?, concerns = ?, hopes = ?, review_date = ?,
                    plan_language = ?, plan_bilingual = ?, created_at = ?, wizard_step = ?, updated_at = ?"""
                + (withSearch ? ", caregiver_names = ?, search_text = ?" : "")
                + (countVersion ? ", version = version + 1" : "") + " WHERE id = ?"
                + (expectedVersion != null ? " AND version = ?" : "");
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            List<Object> values = new ArrayList<>(familyRowValues(f));
            if (withSearch) {
                values.add(caregiverNames(f));
                values.add(searchText(f));
            }
            values.add(f.id());
            if (expectedVersion != null) {
                values.add(expectedVersion);
            }
            bind(ps, values.toArray());
            return ps.executeUpdate();
        }
    }

    /** The family row's columns in the order of the UPDATE above; the last two are the intake step and the save time. */
    private static List<Object> familyRowValues(Family f) {
        return Arrays.asList(f.uid(), f.example() ? 1 : 0, f.status().name(),
                f.child().name(), f.child().preferredName(), f.child().dateOfBirth(), f.otherAttendees(),
                f.meetingDate(), f.consentToStore() ? 1 : 0, f.about().strengths(), f.about().interests(),
                f.about().goingWell(), f.about().concerns(), f.about().hopes(), f.reviewDate(), f.planLanguage(),
                f.planBilingual() ? 1 : 0, f.createdAt().toString(), f.wizardStep(), f.updatedAt().toString());
    }

    private static String caregiverNames(Family f) {
        return f.caregivers().stream().map(Caregiver::name).filter(n -> !n.isBlank()).collect(Collectors.joining(", "));
    }

    /** What search looks in: child and caregiver names, folded (SearchText). */
    private static String searchText(Family f) {
        return SearchText.fold(f.child().name() + " " + f.child().preferredName() + " " + caregiverNames(f));
    }

    // --- the parts: written by difference ------------------------------------------------------

    private record PlacedConcern(String routineUid, Concern concern) {
    }

    /** The link rows a load reads first, keyed by the uid of the part they belong to. */
    private record Loaded(Map<String, List<Concern>> concerns, Map<String, List<String>> goalRoutines,
                          Map<String, List<GoalRating>> ratings, Map<String, List<PracticeWeek>> practice,
                          Map<String, Integer> versions) {
    }

    @FunctionalInterface
    private interface PartReader<T> {
        T read(ResultSet rs, Loaded loaded) throws SQLException;
    }

    /**
     * How one kind of part maps to its table, both ways: the columns it writes (in the order of
     * {@code values}) and how a row is read back. A new column of a part changes its one Part here.
     */
    private record Part<T>(String table, Function<T, String> uid, List<String> columns,
                           Function<T, Object[]> values, PartReader<T> reader) {
        String upsertSql() {
            String names = String.join(", ", columns);
            String marks = columns.stream().map(col -> "?").collect(Collectors.joining(", "));
            String updates = columns.stream().map(col -> col + " = excluded." + col).collect(Collectors.joining(", "));
            return "INSERT INTO " + table + " (family_id, uid, position, " + names + ") VALUES (?, ?, ?, " + marks
                    + ") ON CONFLICT (family_id, uid) DO UPDATE SET position = excluded.position, " + updates
                    + ", version = " + table + ".version + 1";
        }

        String selectSql() {
            return "SELECT * FROM " + table + " WHERE family_id = ? ORDER BY position";
        }

        /** Updates a stored part only if it still has the version expected, counting the version up. */
        String checkedUpdateSql() {
            String sets = columns.stream().map(col -> col + " = ?").collect(Collectors.joining(", "));
            return "UPDATE " + table + " SET position = ?, " + sets + ", version = version + 1"
                    + " WHERE family_id = ? AND uid = ? AND version = ?";
        }
    }

    private static final Part<Caregiver> CAREGIVERS = new Part<>("caregiver", Caregiver::id,
            List.of("name", "relationship", "preferred_language", "interpreter_needed", "contact", "attended"),
            x -> new Object[] {x.name(), x.relationship(), x.preferredLanguage(), x.interpreterNeeded() ? 1 : 0,
                    x.contact(), x.attended() ? 1 : 0},
            (rs, loaded) -> new Caregiver(rs.getString("uid"), rs.getString("name"), rs.getString("relationship"),
                    rs.getString("preferred_language"), rs.getInt("interpreter_needed") == 1,
                    rs.getString("contact"), rs.getInt("attended") == 1));
    private static final Part<Clinician> CLINICIANS = new Part<>("clinician", Clinician::id,
            List.of("name", "discipline", "contact"), x -> new Object[] {x.name(), x.discipline(), x.contact()},
            (rs, loaded) -> new Clinician(rs.getString("uid"), rs.getString("name"), rs.getString("discipline"),
                    rs.getString("contact")));
    private static final Part<Support> SUPPORTS = new Part<>("support", Support::id,
            List.of("name", "kind", "strength", "note"),
            x -> new Object[] {x.name(), x.kind().name(), x.strength().name(), x.note()},
            (rs, loaded) -> new Support(rs.getString("uid"), rs.getString("name"),
                    SupportKind.valueOf(rs.getString("kind")), SupportStrength.valueOf(rs.getString("strength")),
                    rs.getString("note")));
    private static final Part<Routine> ROUTINES = new Part<>("routine", Routine::id,
            List.of("library_key", "name", "usual_time", "notes", "satisfaction"),
            x -> new Object[] {x.libraryKey(), x.name(), x.usualTime(), x.notes(), x.satisfaction()},
            (rs, loaded) -> new Routine(rs.getString("uid"), rs.getString("library_key"), rs.getString("name"),
                    rs.getString("usual_time"), rs.getString("notes"), integer(rs, "satisfaction"),
                    loaded.concerns().getOrDefault(rs.getString("uid"), List.of())));
    private static final Part<PlacedConcern> CONCERNS = new Part<>("concern", pc -> pc.concern().id(),
            List.of("routine_uid", "text"), x -> new Object[] {x.routineUid(), x.concern().text()},
            (rs, loaded) -> new PlacedConcern(rs.getString("routine_uid"),
                    new Concern(rs.getString("uid"), rs.getString("text"))));
    /** A goal's columns: its first fields, then one per optional text ({@link Goal#OPTIONAL_TEXTS}). */
    private static final Part<Goal> GOALS = new Part<>("goal", Goal::id,
            Stream.concat(Stream.of("family_words", "outcome", "criterion", "target_date", "copm_importance",
                    "copm_performance", "copm_satisfaction", "gas_much_less", "gas_somewhat_less", "gas_expected",
                    "gas_somewhat_more", "gas_much_more", "gas_baseline", "gas_weight", "source_concern_uid",
                    "created_on"), Goal.OPTIONAL_TEXTS.stream().map(Goal.OptionalText::column)).toList(),
            x -> Stream.concat(Stream.of(x.familyWords(), x.outcome(), x.criterion(), x.targetDate(),
                    x.copm().importance(), x.copm().performance(), x.copm().satisfaction(), x.gas().muchLess(),
                    x.gas().somewhatLess(), x.gas().expected(), x.gas().somewhatMore(), x.gas().muchMore(),
                    x.gas().baseline(), x.gas().weight(), x.sourceConcernId(), x.createdOn()),
                    Goal.OPTIONAL_TEXTS.stream().map(t -> t.of(x))).toArray(),
            (rs, loaded) -> {
                Goal.Builder goal = Goal.builder().id(rs.getString("uid")).familyWords(rs.getString("family_words"))
                        .outcome(rs.getString("outcome"))
                        .routineIds(loaded.goalRoutines().getOrDefault(rs.getString("uid"), List.of()))
                        .criterion(rs.getString("criterion")).targetDate(date(rs.getString("target_date")))
                        .copm(new CopmRating(integer(rs, "copm_importance"), integer(rs, "copm_performance"),
                                integer(rs, "copm_satisfaction")))
                        .gas(new GasScale(rs.getString("gas_much_less"), rs.getString("gas_somewhat_less"),
                                rs.getString("gas_expected"), rs.getString("gas_somewhat_more"),
                                rs.getString("gas_much_more"), integer(rs, "gas_baseline"), integer(rs, "gas_weight")))
                        .sourceConcernId(rs.getString("source_concern_uid"))
                        .createdOn(date(rs.getString("created_on")));
                for (Goal.OptionalText text : Goal.OPTIONAL_TEXTS) {
                    text.set().apply(goal, rs.getString(text.column()));
                }
                return goal.build();
            });
    private static final Part<Strategy> STRATEGIES = new Part<>("strategy", Strategy::id,
            List.of("goal_uid", "routine_uid", "what", "who", "how_often", "library_key"),
            x -> new Object[] {x.goalId(), x.routineId(), x.what(), x.who(), x.howOften(), x.libraryKey()},
            (rs, loaded) -> new Strategy(rs.getString("uid"), rs.getString("goal_uid"), rs.getString("routine_uid"),
                    rs.getString("what"), rs.getString("who"), rs.getString("how_often"),
                    rs.getString("library_key")));
    private static final Part<Review> REVIEWS = new Part<>("review", Review::id,
            List.of("review_date", "attendees", "notes"), x -> new Object[] {x.date(), x.attendees(), x.notes()},
            (rs, loaded) -> new Review(rs.getString("uid"), date(rs.getString("review_date")),
                    rs.getString("attendees"), loaded.ratings().getOrDefault(rs.getString("uid"), List.of()),
                    rs.getString("notes"), loaded.practice().getOrDefault(rs.getString("uid"), List.of())));

    /** Reads one kind of part, noting the version of each row read. */
    private static <T> List<T> read(Connection c, long familyId, Part<T> part, Loaded loaded) throws SQLException {
        return rows(c, familyId, part.selectSql(), rs -> {
            loaded.versions().put(key(part, rs.getString("uid")), rs.getInt("version"));
            return part.reader().read(rs, loaded);
        });
    }

    /** How a part is named among a family's versions: its table and uid. */
    private static String key(Part<?> part, String uid) {
        return part.table() + ":" + uid;
    }

    /** The keys of every versioned part of a family. */
    private static List<String> partKeys(Family f) {
        List<String> keys = new ArrayList<>();
        f.caregivers().forEach(x -> keys.add(key(CAREGIVERS, x.id())));
        f.clinicians().forEach(x -> keys.add(key(CLINICIANS, x.id())));
        f.supports().forEach(x -> keys.add(key(SUPPORTS, x.id())));
        f.routines().forEach(x -> keys.add(key(ROUTINES, x.id())));
        placedConcerns(f).forEach(x -> keys.add(key(CONCERNS, x.concern().id())));
        f.goals().forEach(x -> keys.add(key(GOALS, x.id())));
        f.strategies().forEach(x -> keys.add(key(STRATEGIES, x.id())));
        f.reviews().forEach(x -> keys.add(key(REVIEWS, x.id())));
        return keys;
    }

    private static Map<String, List<Concern>> concernsByRoutine(Connection c, long familyId, Map<String, Integer> versions)
            throws SQLException {
        Map<String, List<Concern>> concerns = new HashMap<>();
        Loaded onlyVersions = new Loaded(null, null, null, null, versions);
        for (PlacedConcern pc : read(c, familyId, CONCERNS, onlyVersions)) {
            concerns.computeIfAbsent(pc.routineUid(), k -> new ArrayList<>()).add(pc.concern());
        }
        return concerns;
    }

    /** Brings the stored parts from {@code before} to {@code after}: removals first, then upserts. */
    private static void writeParts(Connection c, Family before, Family after) throws SQLException {
        writeParts(c, before, after, null);
    }

    /** As above; with versions, each part changed or removed must still have the version noted there. */
    private static void writeParts(Connection c, Family before, Family after, Map<String, Integer> versions)
            throws SQLException {
        long id = after.id();
        List<PlacedConcern> concernsBefore = placedConcerns(before);
        List<PlacedConcern> concernsAfter = placedConcerns(after);
        // Children before parents when removing ...
        removeMissing(c, id, STRATEGIES, before.strategies(), after.strategies(), versions);
        removeMissing(c, id, REVIEWS, before.reviews(), after.reviews(), versions);
        removeMissing(c, id, GOALS, before.goals(), after.goals(), versions);
        removeMissing(c, id, CONCERNS, concernsBefore, concernsAfter, versions);
        removeMissing(c, id, ROUTINES, before.routines(), after.routines(), versions);
        removeMissing(c, id, SUPPORTS, before.supports(), after.supports(), versions);
        removeMissing(c, id, CLINICIANS, before.clinicians(), after.clinicians(), versions);
        removeMissing(c, id, CAREGIVERS, before.caregivers(), after.caregivers(), versions);
        // ... parents before children when adding.
        upsertChanged(c, id, CAREGIVERS, before.caregivers(), after.caregivers(), versions);
        upsertChanged(c, id, CLINICIANS, before.clinicians(), after.clinicians(), versions);
        upsertChanged(c, id, SUPPORTS, before.supports(), after.supports(), versions);
        upsertChanged(c, id, ROUTINES, before.routines(), after.routines(), versions);
        upsertChanged(c, id, CONCERNS, concernsBefore, concernsAfter, versions);
        // A goal's routine links and a review's ratings are rewritten only when they changed, not when
        // only the goal's or review's own text did (an autosave while typing an outcome).
        Map<String, Goal> goalsBefore = before.goals().stream().collect(Collectors.toMap(Goal::id, g -> g));
        for (Goal goal : upsertChanged(c, id, GOALS, before.goals(), after.goals(), versions)) {
            Goal was = goalsBefore.get(goal.id());
            if (was == null || !was.routineIds().equals(goal.routineIds())) {
                writeGoalRoutines(c, id, goal);
            }
        }
        upsertChanged(c, id, STRATEGIES, before.strategies(), after.strategies(), versions);
        Map<String, Review> reviewsBefore = before.reviews().stream().collect(Collectors.toMap(Review::id, r -> r));
        for (Review review : upsertChanged(c, id, REVIEWS, before.reviews(), after.reviews(), versions)) {
            Review was = reviewsBefore.get(review.id());
            if (was == null || !was.ratings().equals(review.ratings())) {
                writeRatings(c, id, review);
            }
            if (was == null ? !review.practice().isEmpty() : !was.practice().equals(review.practice())) {
                writePractice(c, id, review);
            }
        }
    }

    private static List<PlacedConcern> placedConcerns(Family f) {
        List<PlacedConcern> placed = new ArrayList<>();
        for (Routine r : f.routines()) {
            for (Concern concern : r.concerns()) {
                placed.add(new PlacedConcern(r.id(), concern));
            }
        }
        return placed;
    }

    private static <T> void removeMissing(Connection c, long familyId, Part<T> part, List<T> before, List<T> after,
                                          Map<String, Integer> versions) throws SQLException {
        Set<String> kept = new HashSet<>();
        after.forEach(x -> kept.add(part.uid().apply(x)));
        List<String> gone = before.stream().map(part.uid()).filter(uid -> !kept.contains(uid)).toList();
        if (gone.isEmpty()) {
            return;
        }
        String delete = "DELETE FROM " + part.table() + " WHERE family_id = ? AND uid = ?";
        try (PreparedStatement ps = c.prepareStatement(delete);
             PreparedStatement checked = c.prepareStatement(delete + " AND version = ?")) {
            for (String uid : gone) {
                Integer expected = versions == null ? null : versions.remove(key(part, uid));
                if (expected == null) {
                    bind(ps, familyId, uid);
                    ps.executeUpdate();
                } else {
                    // This person's own strategies (and a routine's concerns) of the part went just before;
                    // any still there were added by someone else since, and removing the part would take them too.
                    if (hasOthersChildren(c, part, familyId, uid)) {
                        throw new EditConflict(key(part, uid));
                    }
                    bind(checked, familyId, uid, expected);
                    // Gone already (someone else removed it too) is no clash; changed since is.
                    if (checked.executeUpdate() == 0 && exists(c, "SELECT 1 FROM " + part.table()
                            + " WHERE family_id = ? AND uid = ?", familyId, uid)) {
                        throw new EditConflict(key(part, uid));
                    }
                }
            }
        }
    }

    /** True when a routine or goal about to be removed still has strategies (or concerns) on the server. */
    private static boolean hasOthersChildren(Connection c, Part<?> part, long familyId, String uid) throws SQLException {
        if (part == ROUTINES) {
            return exists(c, "SELECT 1 FROM strategy WHERE family_id = ? AND routine_uid = ?", familyId, uid)
                    || exists(c, "SELECT 1 FROM concern WHERE family_id = ? AND routine_uid = ?", familyId, uid);
        }
        if (part == GOALS) {
            return exists(c, "SELECT 1 FROM strategy WHERE family_id = ? AND goal_uid = ?", familyId, uid);
        }
        return false;
    }

    /**
     * Writes the parts that are new, changed or moved; returns them. A part that was stored before is
     * updated only if it still has the version noted (else {@link EditConflict}), so a part someone else
     * removed meanwhile is not brought back either; a new part is added.
     */
    private static <T> List<T> upsertChanged(Connection c, long familyId, Part<T> part, List<T> before, List<T> after,
                                             Map<String, Integer> versions) throws SQLException {
        Map<String, Integer> oldPosition = new HashMap<>();
        Map<String, T> oldValue = new LinkedHashMap<>();
        for (int i = 0; i < before.size(); i++) {
            String uid = part.uid().apply(before.get(i));
            oldPosition.put(uid, i);
            oldValue.put(uid, before.get(i));
        }
        List<T> changed = new ArrayList<>();
        PreparedStatement upsert = null;
        PreparedStatement checked = null;
        try {
            for (int i = 0; i < after.size(); i++) {
                T item = after.get(i);
                String uid = part.uid().apply(item);
                if (Objects.equals(oldValue.get(uid), item) && Objects.equals(oldPosition.get(uid), i)) {
                    continue;
                }
                Object[] values = part.values().apply(item);
                Integer expected = versions == null || !oldValue.containsKey(uid) ? null : versions.get(key(part, uid));
                if (expected == null) {
                    if (upsert == null) {
                        upsert = c.prepareStatement(part.upsertSql());
                    }
                    bind(upsert, withKeys(familyId, uid, i, values));
                    upsert.executeUpdate();
                    if (versions != null && !oldValue.containsKey(uid)) {
                        versions.put(key(part, uid), 1);
                    }
                } else {
                    if (checked == null) {
                        checked = c.prepareStatement(part.checkedUpdateSql());
                    }
                    Object[] all = new Object[values.length + 4];
                    all[0] = i;
                    System.arraycopy(values, 0, all, 1, values.length);
                    all[values.length + 1] = familyId;
                    all[values.length + 2] = uid;
                    all[values.length + 3] = expected;
                    bind(checked, all);
                    if (checked.executeUpdate() == 0) {
                        throw new EditConflict(key(part, uid));
                    }
                    versions.put(key(part, uid), expected + 1);
                }
                changed.add(item);
            }
        } finally {
            if (upsert != null) {
                upsert.close();
            }
            if (checked != null) {
                checked.close();
            }
        }
        return changed;
    }

    private static Object[] withKeys(long familyId, String uid, int position, Object[] values) {
        Object[] all = new Object[values.length + 3];
        all[0] = familyId;
        all[1] = uid;
        all[2] = position;
        System.arraycopy(values, 0, all, 3, values.length);
        return all;
    }

    // --- link rows: a goal's routines and a review's ratings, read and written here ----------------

    private static Map<String, List<String>> routinesByGoal(Connection c, long familyId) throws SQLException {
        Map<String, List<String>> goalRoutines = new HashMap<>();
        for (String[] link : rows(c, familyId,
                "SELECT goal_uid, routine_uid FROM goal_routine WHERE family_id = ? ORDER BY position",
                rs -> new String[] {rs.getString(1), rs.getString(2)})) {
            goalRoutines.computeIfAbsent(link[0], k -> new ArrayList<>()).add(link[1]);
        }
        return goalRoutines;
    }

    private static void writeGoalRoutines(Connection c, long familyId, Goal goal) throws SQLException {
        try (PreparedStatement del = c.prepareStatement("DELETE FROM goal_routine WHERE family_id = ? AND goal_uid = ?")) {
            bind(del, familyId, goal.id());
            del.executeUpdate();
        }
        try (PreparedStatement ins = c.prepareStatement(
                "INSERT INTO goal_routine (family_id, goal_uid, routine_uid, position) VALUES (?, ?, ?, ?)")) {
            for (int i = 0; i < goal.routineIds().size(); i++) {
                bind(ins, familyId, goal.id(), goal.routineIds().get(i), i);
                ins.addBatch();
            }
            ins.executeBatch();
        }
    }

    private static Map<String, List<GoalRating>> ratingsByReview(Connection c, long familyId) throws SQLException {
        Map<String, List<GoalRating>> ratings = new HashMap<>();
        for (Map.Entry<String, GoalRating> r : rows(c, familyId,
                "SELECT * FROM review_rating WHERE family_id = ? ORDER BY position",
                rs -> Map.entry(rs.getString("review_uid"), new GoalRating(rs.getString("goal_uid"),
                        integer(rs, "performance"), integer(rs, "satisfaction"), integer(rs, "gas_attainment"),
                        enumOrNull(GoalStatus.class, rs.getString("status")), rs.getString("notes"),
                        enumOrNull(Rater.class, rs.getString("rated_by")), integer(rs, "other_gas_attainment"))))) {
            ratings.computeIfAbsent(r.getKey(), k -> new ArrayList<>()).add(r.getValue());
        }
        return ratings;
    }

    /** The tracker ticks entered at each review, by review. */
    private static Map<String, List<PracticeWeek>> practiceByReview(Connection c, long familyId) throws SQLException {
        Map<String, List<PracticeWeek>> practice = new HashMap<>();
        for (Map.Entry<String, PracticeWeek> p : rows(c, familyId,
                "SELECT * FROM review_practice WHERE family_id = ? ORDER BY review_uid, goal_uid, routine_uid, week",
                rs -> Map.entry(rs.getString("review_uid"), new PracticeWeek(rs.getString("goal_uid"),
                        rs.getString("routine_uid"), rs.getInt("week"), rs.getInt("days"))))) {
            practice.computeIfAbsent(p.getKey(), k -> new ArrayList<>()).add(p.getValue());
        }
        return practice;
    }

    private static void writeRatings(Connection c, long familyId, Review review) throws SQLException {
        try (PreparedStatement del = c.prepareStatement("DELETE FROM review_rating WHERE family_id = ? AND review_uid = ?")) {
            bind(del, familyId, review.id());
            del.executeUpdate();
        }
        try (PreparedStatement ins = c.prepareStatement("""
                INSERT INTO review_rating (family_id, review_uid, goal_uid, position, performance, satisfaction,
                    gas_attainment, status, notes, rated_by, other_gas_attainment)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            for (int i = 0; i < review.ratings().size(); i++) {
                GoalRating r = review.ratings().get(i);
                bind(ins, familyId, review.id(), r.goalId(), i, r.performance(), r.satisfaction(), r.gasAttainment(),
                        r.status() == null ? null : r.status().name(), r.notes(),
                        r.ratedBy() == null ? null : r.ratedBy().name(), r.otherGasAttainment());
                ins.addBatch();
            }
            ins.executeBatch();
        }
    }

    private static void writePractice(Connection c, long familyId, Review review) throws SQLException {
        try (PreparedStatement del = c.prepareStatement("DELETE FROM review_practice WHERE family_id = ? AND review_uid = ?")) {
            bind(del, familyId, review.id());
            del.executeUpdate();
        }
        try (PreparedStatement ins = c.prepareStatement(
                "INSERT INTO review_practice (family_id, review_uid, goal_uid, routine_uid, week, days) VALUES (?, ?, ?, ?, ?, ?)")) {
            for (PracticeWeek p : review.practice()) {
                bind(ins, familyId, review.id(), p.goalId(), p.routineId(), p.week(), p.days());
                ins.addBatch();
            }
            ins.executeBatch();
        }
    }

    /** A stored enum name, or null for a value not recorded (NULL). */
    private static <E extends Enum<E>> E enumOrNull(Class<E> type, String name) {
        return name == null ? null : Enum.valueOf(type, name);
    }

    // --- JDBC helpers --------------------------------------------------------------------------

    @FunctionalInterface
    private interface RowMapper<T> {
        T map(ResultSet rs) throws SQLException;
    }

    private static <T> List<T> rows(Connection c, long familyId, String sql, RowMapper<T> mapper) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, familyId);
            List<T> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(mapper.map(rs));
                }
            }
            return out;
        }
    }

    private static void bind(PreparedStatement ps, Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            Object v = values[i];
            if (v == null) {
                ps.setNull(i + 1, Types.NULL);
            } else if (v instanceof LocalDate d) {
                ps.setString(i + 1, d.toString());
            } else if (v instanceof Integer n) {
                ps.setInt(i + 1, n);
            } else if (v instanceof Long n) {
                ps.setLong(i + 1, n);
            } else {
                ps.setString(i + 1, v.toString());
            }
        }
    }

    private static Integer integer(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }

    private static LocalDate date(String value) {
        return value == null || value.isBlank() ? null : LocalDate.parse(value);
    }
}
