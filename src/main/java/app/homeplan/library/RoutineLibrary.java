package app.homeplan.library;

import java.util.List;
import java.util.Optional;

/** The built-in routines, in the order of a typical day. */
public final class RoutineLibrary {
    private static final List<LibraryRoutine> ROUTINES = List.of(
            new LibraryRoutine("waking_up", "6:30", "mdmz-wb_sunny"),
            new LibraryRoutine("toileting", "", "mdal-baby_changing_station"),
            new LibraryRoutine("dressing", "7:30", "mdal-checkroom"),
            new LibraryRoutine("breakfast", "7:00", "mdal-free_breakfast"),
            new LibraryRoutine("car", "8:15", "mdal-directions_car"),
            new LibraryRoutine("walking", "", "mdal-directions_walk"),
            new LibraryRoutine("public_transport", "", "mdal-directions_bus"),
            new LibraryRoutine("drop_off", "8:30", "mdal-child_care"),
            new LibraryRoutine("play_home", "10:00", "mdmz-toys"),
            new LibraryRoutine("outdoor_play", "10:30", "mdmz-sports_soccer"),
            new LibraryRoutine("outings", "11:00", "mdmz-shopping_cart"),
            new LibraryRoutine("lunch", "12:00", "mdmz-restaurant"),
            new LibraryRoutine("nap", "13:00", "mdmz-nights_stay"),
            new LibraryRoutine("hanging_out", "16:00", "mdmz-tv"),
            new LibraryRoutine("dinner", "18:00", "mdal-family_restroom"),
            new LibraryRoutine("bath", "18:45", "mdal-bathtub"),
            new LibraryRoutine("shower", "", "mdmz-soap"),
            new LibraryRoutine("books", "19:00", "mdmz-menu_book"),
            new LibraryRoutine("bedtime", "19:15", "mdal-bedtime"),
            new LibraryRoutine("snack", "15:00", "mdal-cake"),
            new LibraryRoutine("transitions", "", "mdal-directions_walk"),
            new LibraryRoutine("play_with_others", "", "mdmz-people"));

    private RoutineLibrary() {
    }

    public static List<LibraryRoutine> all() {
        return ROUTINES;
    }

    public static Optional<LibraryRoutine> find(String key) {
        return ROUTINES.stream().filter(r -> r.key().equals(key)).findFirst();
    }

    /** Icon for a routine of a family: its library icon, or a generic one for a typed-in routine. */
    public static String iconFor(String key) {
        return find(key).map(LibraryRoutine::icon).orElse("mdal-event_note");
    }
}
