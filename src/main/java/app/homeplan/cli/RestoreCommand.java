package app.homeplan.cli;

import app.homeplan.i18n.Messages;
import app.homeplan.store.Backups;
import app.homeplan.store.Restore;
import app.homeplan.util.FileKind;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import picocli.CommandLine;

/**
 * {@code restore BACKUP}: puts a backup (a path, or a file name from {@code backups}) in the place of
 * the data file, after keeping the families as they are now as a backup of their own (see
 * {@link Restore}). Refused while Homeplan has the data file open.
 */
@CommandLine.Command(name = "restore")
public final class RestoreCommand implements Command {
    @CommandLine.Parameters
    List<String> backups;

    @Override
    public int run(CommandContext context) {
        String given = Options.oneWord(this, backups, "safety.cli.whichBackup");
        Path database = context.database();
        Path backup = find(Backups.of(database), given);
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
        Path inFolder = backups.folder().resolve(asGiven.getFileName() == null ? "" : asGiven.getFileName().toString());
        for (Path candidate : List.of(asGiven, inFolder)) {
            FileKind kind = FileKind.of(candidate);
            if (kind == FileKind.FILE) {
                return candidate.toAbsolutePath();
            }
            if (kind != FileKind.MISSING) {
                // A folder, a link, a pipe or a device is never read as a backup: say which it is.
                throw new CommandFailure("safety.cli.backupNotAFile", given, Messages.get(kind.messageKey()), backups.folder());
            }
        }
        throw new CommandFailure("safety.cli.noSuchBackup", given, backups.folder());
    }
}
