package app.homeplan.cli;

import app.homeplan.safety.BackupsCommand;
import app.homeplan.safety.RestoreCommand;
import java.util.List;

/** Every headless command, in the order {@code --help} lists them. Add new commands here. */
final class Commands {
    private Commands() {
    }

    static List<Command> all() {
        return List.of(
                new ListCommand(),
                new ExportCommand(),
                new ImportCommand(),
                new ExportPdfCommand(),
                new BackupsCommand(),
                new RestoreCommand());
    }
}
