package app.homeplan.testing;

import app.homeplan.plan.AboutUs;
import app.homeplan.plan.Caregiver;
import app.homeplan.plan.Child;
import app.homeplan.plan.Clinician;
import app.homeplan.plan.Concern;
import app.homeplan.plan.CopmRating;
import app.homeplan.plan.Family;
import app.homeplan.plan.FamilyLimits;
import app.homeplan.plan.GasScale;
import app.homeplan.plan.Goal;
import app.homeplan.plan.GoalRating;
import app.homeplan.plan.GoalStatus;
import app.homeplan.plan.PlanStatus;
import app.homeplan.plan.Review;
import app.homeplan.plan.Routine;
import app.homeplan.plan.Strategy;
import app.homeplan.plan.Support;
import app.homeplan.plan.SupportKind;
import app.homeplan.plan.SupportStrength;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;

/**
 * Text that breaks software, for fuzz tests of everything that carries a family's words: the store,
 * the family file, the PDF, file names. Each {@link Sample} is one kind of trouble, named so a
 * failure says which; {@link #random} mixes them with random code points from every Unicode plane;
 * {@link #family} puts hostile text in every text field of a complete family.
 *
 * <p>Everything here is valid Unicode (no unpaired surrogates): it is text a person could type or
 * paste, and Homeplan must keep it exactly. See {@link #UNPAIRED_SURROGATES} for the one kind that
 * is not.
 */
public final class HostileText {
    /** A kind of hostile text and an example of it. */
    public record Sample(String kind, String text) {
        @Override
        public String toString() {
            return kind; // test names stay readable
        }
    }

    /**
     * Broken UTF-16 (half of a surrogate pair), as a buggy paste can produce. It cannot be stored as
     * UTF-8 by anyone; kept apart from {@link #SAMPLES} because the right behaviour (replace with
     * U+FFFD, or refuse) has to be decided, not tested for exact survival.
     */
    public static final String UNPAIRED_SURROGATES = "a\uD800b\uDC00c\uDBFF";

    public static final List<Sample> SAMPLES = List.of(
            new Sample("every Unicode plane", everyPlane()),
            new Sample("Vietnamese, Arabic, Hebrew, Chinese, Devanagari, Thai", "Nguyễn Thị Ánh · مريم بنت أحمد · שָׁלוֹם · 小明喜欢吃饭 · नमस्ते · สวัสดี"),
            new Sample("emoji with joiners, skin tones, flags, keycaps", "👩🏽‍👧‍👦 🧑🏿‍🦽 🏳️‍🌈 🇻🇳🇦🇺 1️⃣ ❤️‍🔥 👁️‍🗨️"),
            new Sample("combining marks piled up", "e" + "\u0301\u0300\u0302\u0303\u0308\u0327\u0328\u0323\u031B".repeat(6) + " Z̷̢̛̖̙̟͈͎̱̄̇̈́a̸̧̪̓l̶̡͓̈g̷̛͓o̵̝͋"),
            new Sample("composed and decomposed forms kept as typed", "Ánh \u0041\u0301nh ệ e\u0323\u0302 한글 \u1112\u1161\u11AB"),
            new Sample("right-to-left overrides and isolates", "\u202Egnp.exe\u202C \u202Dabc\u202C \u2066iso\u2069 \u2067rtl\u2069 \u2068fs\u2069 \u200F\u200E abc مرحبا 123 שלום 456"),
            new Sample("zero-width and invisible characters", "a\u200Bb\u200Cc\u200Dd\u2060e\uFEFFf\u00ADg\u034Fh\u180Ei\u3164j\u115Fk"),
            new Sample("NUL and control characters", "\u0000 a\u0000b \u0001\u0002\u0007\u0008\u000B\u000C\u001B[31mred\u001B[0m \u007F\u0085\u009F"),
            new Sample("every line break", "one\ntwo\r\nthree\rfour\u2028five\u2029six\u0085seven\u000Beight\u000Cnine"),
            new Sample("whitespace of every kind", " \t\u00A0\u1680\u2000\u2001\u2002\u2003\u2009\u200A\u202F\u205F\u3000 "),
            new Sample("special and noncharacter code points", "\uFFFD \uFFFE \uFFFF \uFDD0 \uE000 \uF8FF \uDB7F\uDFFF \uDBBF\uDFFD \uDBFF\uDFFF"),
            new Sample("HTML and XML markup", "<script>alert('x')</script><b onmouseover=\"x()\">b</b> &amp; &lt; &#0; &#x1F600; <![CDATA[ ]]> <?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>&e;"),
            new Sample("SQL and LIKE wildcards", "'; DROP TABLE family; -- \" OR 1=1 -- 100% _under_ \\back\\slash \\% \\_ [a-z]* ESCAPE"),
            new Sample("format strings and template syntax", "%s %d %n %x %% %1$s {0} {1,number,#} {} '{'0'}' ${x} ${jndi:ldap://x/a} #{x} {{x}} <%= x %> $1 \\1 @{x}"),
            new Sample("path-like names", "../../etc/passwd ..\\..\\Windows\\system32 C:\\CON\\nul /dev/null ~/x file:///etc/passwd \\\\server\\share a/b\\c:d*e?f\"g<h>i|j"),
            new Sample("names Windows reserves", "CON"),
            new Sample("a trailing dot and space", "Mia. "),
            new Sample("only dots", ".."),
            new Sample("JSON and CSV breakers", "{\"a\": [1, \"\\u0000\"]} \"quoted, with comma\",next\n=HYPERLINK(\"x\") +1 -1 @SUM(1)"),
            new Sample("100,000 characters with astral and RTL text", TestFamilies.longText(100_000)),
            new Sample("100,000 emoji (200,000 UTF-16 units)", "😀".repeat(100_000)),
            new Sample("one 10,000-character word", "a".repeat(5_000) + "ệ".repeat(5_000)),
            // The inputs of issue 21's security review, at the scale a test can afford: each is past a
            // family's limits (refused by the family file, kept by the store, printed) and must stay fast.
            new Sample("300 alternating combining marks on one letter (issue 21: quadratic folding)",
                    "e" + "\u0301\u0316".repeat(150) + " Mia"),
            new Sample("50,000 emoji (issue 21: a name repeated in every page header)", "😀".repeat(50_000)),
            new Sample("one word one character past a text's limit (issue 21)", "w".repeat(FamilyLimits.TEXT + 1)),
            new Sample("empty", ""));

    private HostileText() {
    }

    /** One character from each of the 17 Unicode planes (assigned where the plane has any). */
    static String everyPlane() {
        int[] codePoints = {
            'A', 0x00E9, 0x4E2D, // 0 Basic Multilingual Plane: Latin, accented, CJK
            0x1F600, 0x1D11E, 0x10348, // 1 Supplementary Multilingual: emoji, music, Gothic
            0x20000, 0x2A6D6, // 2 Supplementary Ideographic
            0x30000, // 3 Tertiary Ideographic
            0x40000, 0x50000, 0x60000, 0x70000, 0x80000, 0x90000, 0xA0000, 0xB0000, 0xC0000, 0xD0000, // 4-13 unassigned
            0xE0001, 0xE0041, 0xE0100, // 14 tags and variation selectors
            0xF0000, 0xFFFFD, // 15 private use
            0x100000, 0x10FFFD, // 16 private use
        };
        return new String(codePoints, 0, codePoints.length);
    }

    /** Random text: pieces of the samples and random code points from every plane, up to {@code maxLength} chars. */
    public static String random(Random random, int maxLength) {
        StringBuilder text = new StringBuilder();
        int target = random.nextInt(maxLength + 1);
        while (text.length() < target) {
            switch (random.nextInt(4)) {
                case 0 -> {
                    String sample = SAMPLES.get(random.nextInt(SAMPLES.size())).text();
                    int from = random.nextInt(sample.length() + 1);
                    int to = Math.min(sample.length(), from + random.nextInt(200));
                    text.append(sample, from, to);
                }
                case 1 -> text.appendCodePoint(randomCodePoint(random));
                case 2 -> text.append(" ");
                default -> text.append("Mia");
            }
        }
        return valid(text.toString());
    }

    /** Any Unicode scalar value: every plane, never half of a surrogate pair. */
    public static int randomCodePoint(Random random) {
        while (true) {
            int cp = random.nextInt(4) == 0 ? random.nextInt(0x80) : random.nextInt(Character.MAX_CODE_POINT + 1);
            if (cp < Character.MIN_SURROGATE || cp > Character.MAX_SURROGATE) {
                return cp;
            }
        }
    }

    /** Cutting a sample at random can split a surrogate pair; drop the halves so the text stays valid. */
    static String valid(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int marksInARow = 0;
        for (int cp : text.codePoints().toArray()) {
            if (cp >= Character.MIN_SURROGATE && cp <= Character.MAX_SURROGATE) {
                continue;
            }
            // A family holds at most FamilyLimits.MARKS_IN_A_ROW marks on one letter: drop the rest.
            marksInARow = FamilyLimits.isMark(cp) ? marksInARow + 1 : 0;
            if (marksInARow <= FamilyLimits.MARKS_IN_A_ROW) {
                out.appendCodePoint(cp);
            }
        }
        return out.toString();
    }

    /**
     * A complete family (caregivers, clinicians, supports, routines with concerns, goals with ratings
     * and GAS levels, strategies, a review) with {@code text} supplying every text field.
     */
    public static Family family(Supplier<String> text) {
        Routine first = new Routine(null, "breakfast", text.get(), text.get(), text.get(), 3,
                List.of(new Concern(null, text.get()), new Concern(null, text.get())));
        Routine second = new Routine(null, "", text.get(), text.get(), text.get(), null, List.of());
        Goal goal = Goal.builder().familyWords(text.get()).outcome(text.get())
                .routineIds(List.of(first.id(), second.id())).criterion(text.get())
                .targetDate(LocalDate.of(2027, 5, 1)).copm(new CopmRating(8, 3, 2))
                .gas(new GasScale(text.get(), text.get(), text.get(), text.get(), text.get(), -1, 2))
                .sourceConcernId(first.concerns().get(0).id()).build();
        Strategy strategy = new Strategy(null, goal.id(), first.id(), text.get(), text.get(), text.get(), text.get());
        Review review = new Review(null, LocalDate.of(2027, 2, 1), text.get(),
                List.of(new GoalRating(goal.id(), 6, 7, 0, GoalStatus.CONTINUING, text.get())), text.get());
        String name = text.get();
        return Family.builder(new Child(name.isBlank() ? name + "Mia" : name, text.get(), LocalDate.of(2022, 3, 14)))
                .status(PlanStatus.ACTIVE)
                .caregivers(List.of(new Caregiver(null, text.get(), text.get(), text.get(), true, text.get(), true),
                        new Caregiver(null, text.get(), text.get(), text.get(), false, text.get(), false)))
                .clinicians(List.of(new Clinician(null, text.get(), text.get(), text.get())))
                .otherAttendees(text.get())
                .meetingDate(LocalDate.of(2026, 11, 2))
                .consentToStore(true)
                .about(new AboutUs(text.get(), text.get(), text.get(), text.get(), text.get()))
                .supports(List.of(new Support(null, text.get(), SupportKind.FORMAL, SupportStrength.STRESSFUL, text.get())))
                .routines(List.of(first, second))
                .goals(List.of(goal))
                .strategies(List.of(strategy))
                .reviews(List.of(review))
                .reviewDate(LocalDate.of(2027, 2, 14))
                .createdAt(Instant.parse("2026-11-02T09:30:00Z"))
                .updatedAt(Instant.parse("2026-11-02T10:45:00Z"))
                .build();
    }

    /** A family whose every text field is this one sample. */
    public static Family family(Sample sample) {
        return family(sample::text);
    }

    /** A family with a different random hostile text in every field. */
    public static Family randomFamily(Random random, int maxLength) {
        return family(() -> random(random, maxLength));
    }

    /** Every sample's text, for tests that take one string at a time. */
    public static List<String> texts() {
        List<String> texts = new ArrayList<>();
        SAMPLES.forEach(s -> texts.add(s.text()));
        return texts;
    }
}
