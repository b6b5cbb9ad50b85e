package app.homeplan;

import app.homeplan.cli.Cli;
import app.homeplan.cli.Command;
import app.homeplan.cli.ExportCommand;
import app.homeplan.cli.ExportPdfCommand;
import app.homeplan.cli.ImportCommand;
import app.homeplan.cli.ListCommand;
import app.homeplan.cli.AccessLogCommand;
import app.homeplan.cli.ClinicCommand;
import app.homeplan.cli.BackupsCommand;
import app.homeplan.cli.RestoreCommand;
import app.homeplan.library.ExampleFamily;
import java.io.PrintStream;
import java.util.List;
import java.util.function.Supplier;

/**
 * Every headless command, in the order {@code --help} lists them. A new command is one class (see
 * {@link Command}) plus one line here and its {@code cli.usage.<name>} line: the registry sits at the
 * composition root so the command line needs no feature and no feature needs the command line's list.
 */
public final class Commands {
    private Commands() {
    }

    /**
     * The command line with every command, writing to these streams. A database a command creates
     * starts with the example family, as in the window (Desktop, HomeplanApp).
     */
    public static Cli cli(PrintStream out, PrintStream err) {
        return new Cli(out, err, all(), ExampleFamily::create);
    }

    public static List<Supplier<Command>> all() {
        return List.of(
                ListCommand::new,
                ExportCommand::new,
                ImportCommand::new,
                ExportPdfCommand::new,
                BackupsCommand::new,
                RestoreCommand::new,
                AccessLogCommand::new,
                ClinicCommand::new);
    }
}
