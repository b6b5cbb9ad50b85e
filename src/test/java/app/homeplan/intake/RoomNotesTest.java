package app.homeplan.intake;

import static org.assertj.core.api.Assertions.assertThat;

import app.homeplan.i18n.Messages;
import app.homeplan.plan.FamilyLimits;
import app.homeplan.plan.FamilyRoom;
import app.homeplan.testing.HostileText;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every text of a family past its limit gets a sentence of its own, naming the field in words. */
class RoomNotesTest {
    @BeforeAll
    static void english() {
        Messages.setLocale(Locale.ENGLISH);
    }

    @Test
    void everyFieldPastItsLimitIsNamedInASentence() {
        String tooLong = "a".repeat(FamilyLimits.TEXT + 1);
        List<FamilyRoom.Note> notes = new FamilyRoom().of(HostileText.family(() -> tooLong));
        Set<String> fields = notes.stream().filter(n -> n.kind() == FamilyRoom.Kind.TEXT).map(FamilyRoom.Note::field)
                .collect(Collectors.toSet());
        // HostileText.family fills 31 kinds of text field (all but a goal's short name, which FamilyRoomTest has).
        assertThat(fields).hasSize(31);
        for (FamilyRoom.Note note : notes) {
            String sentence = RoomNotes.say(note); // a missing key throws while testing
            assertThat(sentence).doesNotContain("intake.room").contains(" characters long, more than the ");
        }
        String summary = RoomNotes.summary(notes);
        assertThat(summary.lines()).hasSize(RoomNotes.SHOWN + 1);
        assertThat(summary.lines().skip(RoomNotes.SHOWN).findFirst().orElseThrow())
                .isEqualTo("(" + (notes.size() - RoomNotes.SHOWN) + " more like these)");
    }
}
