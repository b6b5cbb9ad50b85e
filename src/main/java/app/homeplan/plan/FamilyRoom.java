package app.homeplan.plan;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * How close a family is to its limits ({@link FamilyLimits}): every text and list at or past
 * {@link FamilyLimits#NEAR} of its limit, so the wizard can say calmly what the limit is before it is
 * reached. Nothing is cut: a text past its limit is kept as typed and the note says by how much to
 * shorten it (a family file holds no more). Engine only: field names are message keys
 * ({@code intake.room.field.*}, {@code intake.room.count.*}) with the part they belong to.
 *
 * <p>Cheap enough for every keystroke: a text is measured only when its UTF-16 length could reach
 * the share of its limit (a code point is one or two UTF-16 units), and the accents check of a text
 * is remembered for as long as the family keeps that very string.
 */
public final class FamilyRoom {
    /** One text or list near or past its limit. */
    public record Note(Kind kind, String field, String which, long used, long limit) {
        /** True when past the limit: the family cannot be written as a family file until it is shortened. */
        public boolean over() {
            return used > limit;
        }

        /** True when nothing more fits (a list at its limit refuses another entry). */
        public boolean full() {
            return used >= limit;
        }
    }

    public enum Kind {
        /** A text's length in characters. */
        TEXT,
        /** A list's number of entries. */
        COUNT,
        /** All the family's texts together, in characters. */
        ALL_TEXT,
        /** Accents or other combining marks in a row on one letter. */
        MARKS
    }

    /** Longest runs of marks of texts already looked at, by the very string (a family changes few at a time). */
    private Map<String, Integer> markRuns = new IdentityHashMap<>();

    /** The family's notes, most pressing first: what is past a limit, then what is nearest to one. */
    public List<Note> of(Family family) {
        Scan scan = new Scan();
        Child child = family.child();
        scan.name("child.name", "", child.name());
        scan.name("child.preferredName", "", child.preferredName());
        for (int i = 0; i < family.caregivers().size(); i++) {
            Caregiver c = family.caregivers().get(i);
            String which = String.valueOf(i + 1);
            scan.name("caregiver.name", which, c.name());
            scan.name("caregiver.relationship", which, c.relationship());
            scan.name("caregiver.language", which, c.preferredLanguage());
            scan.name("caregiver.contact", which, c.contact());
        }
        for (int i = 0; i < family.clinicians().size(); i++) {
            Clinician c = family.clinicians().get(i);
            String which = String.valueOf(i + 1);
            scan.name("clinician.name", which, c.name());
            scan.name("clinician.discipline", which, c.discipline());
            scan.name("clinician.contact", which, c.contact());
        }
        scan.text("otherAttendees", "", family.otherAttendees());
        AboutUs about = family.about();
        scan.text("about.strengths", "", about.strengths());
        scan.text("about.interests", "", about.interests());
        scan.text("about.goingWell", "", about.goingWell());
        scan.text("about.concerns", "", about.concerns());
        scan.text("about.hopes", "", about.hopes());
        for (Support s : family.supports()) {
            String which = label(s.name());
            scan.name("support.name", which, s.name());
            scan.text("support.note", which, s.note());
        }
        int concerns = 0;
        for (Routine r : family.routines()) {
            String which = label(r.name());
            scan.name("routine.name", which, r.name());
            scan.name("routine.usualTime", which, r.usualTime());
            scan.text("routine.notes", which, r.notes());
            for (Concern c : r.concerns()) {
                scan.text("concern.text", which, c.text());
            }
            concerns += r.concerns().size();
        }
        List<Goal> goals = family.goals();
        for (int i = 0; i < goals.size(); i++) {
            Goal g = goals.get(i);
            String which = String.valueOf(i + 1);
            scan.text("goal.familyWords", which, g.familyWords());
            scan.text("goal.outcome", which, g.outcome());
            scan.text("goal.criterion", which, g.criterion());
            for (Goal.OptionalText text : Goal.OPTIONAL_TEXTS) {
                scan.check("goal." + text.name(), which, text.of(g), text.limit());
            }
            GasScale gas = g.gas();
            for (String level : List.of(gas.muchLess(), gas.somewhatLess(), gas.expected(), gas.somewhatMore(), gas.muchMore())) {
                scan.text("goal.gas", which, level);
            }
        }
        for (Strategy s : family.strategies()) {
            String which = String.valueOf(goalNumber(goals, s.goalId()));
            scan.text("strategy.what", which, s.what());
            scan.name("strategy.who", which, s.who());
            scan.name("strategy.howOften", which, s.howOften());
        }
        for (Review r : family.reviews()) {
            String which = String.valueOf(r.date());
            scan.text("reviewMeeting.attendees", which, r.attendees());
            scan.text("reviewMeeting.notes", which, r.notes());
            for (GoalRating rating : r.ratings()) {
                scan.text("reviewMeeting.rating", which, rating.notes());
            }
        }
        scan.count("caregivers", family.caregivers().size(), FamilyLimits.CAREGIVERS);
        scan.count("clinicians", family.clinicians().size(), FamilyLimits.CLINICIANS);
        scan.count("supports", family.supports().size(), FamilyLimits.SUPPORTS);
        scan.count("routines", family.routines().size(), FamilyLimits.ROUTINES);
        scan.count("concerns", concerns, FamilyLimits.CONCERNS);
        scan.count("goals", goals.size(), FamilyLimits.GOALS);
        scan.count("strategies", family.strategies().size(), FamilyLimits.STRATEGIES);
        scan.count("reviews", family.reviews().size(), FamilyLimits.REVIEWS);
        scan.allText();
        markRuns = scan.runsNow;
        List<Note> notes = scan.notes;
        // Past a limit first, then by how full: the most pressing is read first.
        notes.sort((a, b) -> a.over() != b.over() ? (a.over() ? -1 : 1)
                : Double.compare((double) b.used() / b.limit(), (double) a.used() / a.limit()));
        return notes;
    }

    /** A part named by its first words, short enough for a sentence. */
    private static String label(String name) {
        return ShortText.firstWords(name, 30);
    }

    private static int goalNumber(List<Goal> goals, String goalId) {
        for (int i = 0; i < goals.size(); i++) {
            if (goals.get(i).id().equals(goalId)) {
                return i + 1;
            }
        }
        return 0;
    }

    private final class Scan {
        final List<Note> notes = new ArrayList<>();
        final Map<String, Integer> runsNow = new IdentityHashMap<>();
        /** UTF-16 units of every text: an upper bound of their characters. */
        long units;
        final List<String> texts = new ArrayList<>();

        void name(String field, String which, String value) {
            check(field, which, value, FamilyLimits.NAME);
        }

        void text(String field, String which, String value) {
            check(field, which, value, FamilyLimits.TEXT);
        }

        void check(String field, String which, String value, int limit) {
            if (value == null || value.isEmpty()) {
                return;
            }
            units += value.length();
            texts.add(value);
            if (value.length() >= FamilyLimits.NEAR * limit) {
                int length = value.codePointCount(0, value.length());
                if (length >= FamilyLimits.NEAR * limit) {
                    notes.add(new Note(Kind.TEXT, field, which, length, limit));
                }
            }
            if (value.length() > FamilyLimits.MARKS_IN_A_ROW) {
                Integer run = markRuns.get(value);
                if (run == null) {
                    run = FamilyLimits.longestMarkRun(value);
                }
                runsNow.put(value, run);
                if (run > FamilyLimits.MARKS_IN_A_ROW) {
                    notes.add(new Note(Kind.MARKS, field, which, run, FamilyLimits.MARKS_IN_A_ROW));
                }
            }
        }

        void count(String list, int size, int limit) {
            if (size >= FamilyLimits.NEAR * limit) {
                notes.add(new Note(Kind.COUNT, list, "", size, limit));
            }
        }

        void allText() {
            if (units < FamilyLimits.NEAR * FamilyLimits.TOTAL_TEXT) {
                return;
            }
            long characters = 0;
            for (String text : texts) {
                characters += text.codePointCount(0, text.length());
            }
            if (characters >= FamilyLimits.NEAR * FamilyLimits.TOTAL_TEXT) {
                notes.add(new Note(Kind.ALL_TEXT, "all", "", characters, FamilyLimits.TOTAL_TEXT));
            }
        }
    }
}
