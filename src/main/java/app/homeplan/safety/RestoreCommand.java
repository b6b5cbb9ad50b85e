package app.homeplan.safety;

import app.homeplan.cli.Arguments;
import app.homeplan.cli.Command;
import app.homeplan.cli.CommandFailure;
import app.homeplan.cli.UsageException;
import app.homeplan.i18n.Messages;
import app.homeplan.store.Backups;
import app.homeplan.store.DataLocation;
import app.homeplan.store.Restore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

/**
 * {@code restore BACKUP}: puts a backup (a path, or a file name from {@code backups}) in the place of
 * the data file, after keeping the families as they are now as a backup of their own (see
 * {@link Restore}). Refused while Homeplan has the data file open.
 */
public final class RestoreCommand implements Command {
    @Override
    public String name() {
        return "restore";
    }

    @Override
    public int run(CommandContext context, Arguments args) {
        if (args.positional().isEmpty()) {
            throw new UsageException("safety.cli.whichBackup");
        }
        if (args.positional().size() > 1) {
            throw new UsageException("cli.error.unexpectedArgument", args.positional().get(1), name());
        }
        Path database = DataLocation.resolve(args.option("db").orElse(null));
        Path backup = find(Backups.of(database), args.positional().get(0));
        Restore.Result result = Restore.restore(database, backup, Clock.systemDefaultZone());
        context.out().println(Messages.get("safety.cli.restored", backup.getFileName(), database,
                result.contents().familyCount()));
        result.safetyBackup().ifPresent(b -> context.out().println(Messages.get("safety.cli.keptAsBackup", b.file())));
        result.damagedKeptAt().ifPresent(p -> context.out().println(Messages.get("safety.cli.keptDamaged", p)));
        context.out().flush();
        return 0;
    }

    /** A path as given, else a file of that name in the backups folder. */
    private static Path find(Backups backups, String given) {
        Path asGiven = Path.of(given);
        if (Files.isRegularFile(asGiven)) {
            return asGiven.toAbsolutePath();
        }
        Path inFolder = backups.folder().resolve(asGiven.getFileName().toString());
        if (Files.isRegularFile(inFolder)) {
            return inFolder;
        }
        throw new CommandFailure("safety.cli.noSuchBackup", given, backups.folder());
    }
}
