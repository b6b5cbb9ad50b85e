package app.homeplan.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The wizard's room check: nothing to say below 90% of a limit; from 90% on, the text or list, its
 * size and its limit; past the limit, marked over (and said first). Sizes are characters, so emoji
 * (two UTF-16 units each) count once.
 */
class FamilyRoomTest {
    private final FamilyRoom room = new FamilyRoom();

    private static Family withNotes(String notes) {
        Family f = Family.newFor("Mia");
        return f.toBuilder().routines(List.of(Routine.of("breakfast", "Breakfast").withNotes(notes))).build();
    }

    @Test
    void aTextIsSaidFromNinetyPercentOfItsLimitAndMarkedOverPastIt() {
        int near = (int) (FamilyLimits.NEAR * FamilyLimits.TEXT);
        assertThat(room.of(withNotes("a".repeat(near - 1)))).isEmpty();
        assertThat(room.of(withNotes("a".repeat(near)))).singleElement().satisfies(n -> {
            assertThat(n.kind()).isEqualTo(FamilyRoom.Kind.TEXT);
            assertThat(n.field()).isEqualTo("routine.notes");
            assertThat(n.which()).isEqualTo("Breakfast");
            assertThat(n.used()).isEqualTo(near);
            assertThat(n.limit()).isEqualTo(FamilyLimits.TEXT);
            assertThat(n.over()).isFalse();
        });
        assertThat(room.of(withNotes("a".repeat(FamilyLimits.TEXT)))).singleElement()
                .satisfies(n -> assertThat(n.over()).isFalse());
        assertThat(room.of(withNotes("a".repeat(FamilyLimits.TEXT + 1)))).singleElement()
                .satisfies(n -> assertThat(n.over()).isTrue());
    }

    @Test
    void emojiCountAsOneCharacterEach() {
        // 50,000 emoji are 100,000 UTF-16 units but 50,000 characters: far from the limit.
        assertThat(room.of(withNotes("😀".repeat(50_000)))).isEmpty();
        assertThat(room.of(withNotes("😀".repeat(FamilyLimits.TEXT + 1)))).singleElement()
                .satisfies(n -> assertThat(n.used()).isEqualTo(FamilyLimits.TEXT + 1));
    }

    @Test
    void aNameHasTheNameLimit() {
        Family f = Family.newFor("M".repeat(FamilyLimits.NAME + 1));
        assertThat(room.of(f)).singleElement().satisfies(n -> {
            assertThat(n.field()).isEqualTo("child.name");
            assertThat(n.limit()).isEqualTo(FamilyLimits.NAME);
            assertThat(n.over()).isTrue();
        });
    }

    @Test
    void listsAreSaidFromNinetyPercentFullAtTheirLimitAndOverPastIt() {
        int near = (int) (FamilyLimits.NEAR * FamilyLimits.GOALS);
        assertThat(room.of(goals(near - 1))).isEmpty();
        assertThat(room.of(goals(near))).singleElement().satisfies(n -> {
            assertThat(n.kind()).isEqualTo(FamilyRoom.Kind.COUNT);
            assertThat(n.field()).isEqualTo("goals");
            assertThat(n.full()).isFalse();
        });
        assertThat(room.of(goals(FamilyLimits.GOALS))).singleElement().satisfies(n -> {
            assertThat(n.full()).isTrue();
            assertThat(n.over()).isFalse();
        });
        assertThat(room.of(goals(FamilyLimits.GOALS + 1))).singleElement().satisfies(n -> assertThat(n.over()).isTrue());
    }

    @Test
    void tooManyMarksOnOneLetterAreSaidAndWhatIsOverComesFirst() {
        Family f = withNotes("e" + "\u0301".repeat(FamilyLimits.MARKS_IN_A_ROW + 1))
                .toBuilder().goals(goals((int) (FamilyLimits.NEAR * FamilyLimits.GOALS)).goals()).build();
        List<FamilyRoom.Note> notes = room.of(f);
        assertThat(notes).extracting(FamilyRoom.Note::kind).containsExactly(FamilyRoom.Kind.MARKS, FamilyRoom.Kind.COUNT);
        assertThat(notes.get(0).used()).isEqualTo(FamilyLimits.MARKS_IN_A_ROW + 1);
        // Asked again with the same strings (the next keystroke elsewhere), the answer is the same.
        assertThat(room.of(f)).isEqualTo(notes);
    }

    @Test
    void allTheFamilysWritingTogetherIsSaidNearItsLimit() {
        // Twelve notes of 89,000 characters: each under 90% of its own limit, together past the whole's.
        String text = "a".repeat(89_000);
        List<Routine> routines = IntStream.range(0, 12)
                .mapToObj(i -> Routine.of("", "R" + i).withNotes(text)).toList();
        List<FamilyRoom.Note> notes = room.of(Family.newFor("Mia").toBuilder().routines(routines).build());
        assertThat(notes).singleElement().satisfies(n -> {
            assertThat(n.kind()).isEqualTo(FamilyRoom.Kind.ALL_TEXT);
            assertThat(n.used()).isEqualTo(12L * 89_000 + "Mia".length() + routines.stream().mapToInt(r -> r.name().length()).sum());
            assertThat(n.over()).isTrue();
        });
    }

    private static Family goals(int count) {
        return Family.newFor("Mia").toBuilder()
                .goals(IntStream.range(0, count).mapToObj(i -> Goal.builder().familyWords("Goal " + i).build()).toList())
                .build();
    }
}
