package app.homeplan.cli;

import java.util.List;

/** Every headless command, in the order {@code --help} lists them. Add new commands here. */
final class Commands {
    private Commands() {
    }

    static List<Command> all() {
        return List.of(
                new ListCommand(),
                new app.homeplan.safety.BackupsCommand(),
                new app.homeplan.safety.RestoreCommand());
    }
}
