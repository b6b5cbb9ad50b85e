package app.homeplan.cli;

import app.homeplan.i18n.Messages;
import app.homeplan.store.Backup;
import app.homeplan.store.BackupContents;
import app.homeplan.store.Backups;
import app.homeplan.store.StoreException;
import java.time.format.DateTimeFormatter;
import java.util.List;
import picocli.CommandLine;
import app.homeplan.safety.BackupSizes;

/**
 * {@code backups}: the data file's backups, newest first, one per line:
 * {@code <date time>TAB<size>TAB<families>TAB<why>TAB<file>}. Reads only the backups: works while
 * Homeplan is open, and when the data file itself is damaged (which is when it is needed).
 */
@CommandLine.Command(name = "backups")
public final class BackupsCommand implements Command {
    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    @Override
    public int run(CommandContext context) {
        if (context.isShared()) {
            // The server keeps the clinic's families; its backups are pg_dump's (docs/clinic.md).
            context.out().println(Messages.get("clinic.cli.backupsOnServer"));
            context.out().flush();
            return 0;
        }
        Backups backups = Backups.of(context.database());
        List<Backup> all = backups.list();
        if (all.isEmpty()) {
            context.out().println(Messages.get("safety.cli.noBackups", backups.folder()));
            return 0;
        }
        StringBuilder out = new StringBuilder();
        for (Backup b : all) {
            out.append(WHEN.format(b.takenAt())).append('\t')
                    .append(BackupSizes.human(b.sizeBytes())).append('\t')
                    .append(families(b)).append('\t')
                    .append(Messages.get(b.kind().messageKey())).append('\t')
                    .append(b.file()).append('\n');
        }
        context.out().print(out);
        context.out().flush();
        return 0;
    }

    private static String families(Backup b) {
        try {
            BackupContents contents = Backups.inspect(b.file());
            return Messages.get("safety.families", contents.familyCount());
        } catch (StoreException unreadable) {
            return Messages.get("safety.cli.unreadable");
        }
    }
}
