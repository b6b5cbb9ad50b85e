package app.homeplan.intake;

import app.homeplan.i18n.Messages;
import app.homeplan.plan.FamilyRoom;
import java.util.List;
import java.util.Optional;

/**
 * The wizard's calm words about room left ({@link FamilyRoom}): said from 90% of a limit on, before
 * it is reached, and past it how much to shorten. Nothing typed is ever cut or refused; only adding
 * one more entry to a full list is, with the same sentence.
 */
public final class RoomNotes {
    private RoomNotes() {
    }

    /** Notes said at once, one a line; the rest are counted. */
    public static final int SHOWN = 3;

    /** The most pressing notes, one a line, and how many more there are; empty when far from every limit. */
    public static String summary(List<FamilyRoom.Note> notes) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < Math.min(SHOWN, notes.size()); i++) {
            text.append(i == 0 ? "" : "\n").append(say(notes.get(i)));
        }
        if (notes.size() > SHOWN) {
            text.append("\n").append(Messages.get("intake.room.more", notes.size() - SHOWN));
        }
        return text.toString();
    }

    public static String say(FamilyRoom.Note note) {
        long left = Math.abs(note.limit() - note.used());
        return switch (note.kind()) {
            case TEXT -> Messages.get(note.over() ? "intake.room.over" : "intake.room.near",
                    field(note), note.used(), note.limit(), left);
            case MARKS -> Messages.get("intake.room.marks", field(note), note.used(), note.limit());
            case ALL_TEXT -> Messages.get(note.over() ? "intake.room.allText.over" : "intake.room.allText",
                    "", note.used(), note.limit(), left);
            case COUNT -> Messages.get(note.over() ? "intake.room.count.over" : note.full() ? "intake.room.count.full"
                    : "intake.room.count.near", Messages.get("intake.room.count." + note.field()), note.used(), note.limit(), left);
        };
    }

    /**
     * The sentence for a list that cannot take another entry ({@code list}: "goals", "routines" ...),
     * or empty while one more fits.
     */
    public static Optional<String> full(String list, int size, int limit) {
        if (size < limit) {
            return Optional.empty();
        }
        return Optional.of(say(new FamilyRoom.Note(FamilyRoom.Kind.COUNT, list, "", size, limit)));
    }

    private static String field(FamilyRoom.Note note) {
        return Messages.get("intake.room.field." + note.field(), note.which());
    }
}
