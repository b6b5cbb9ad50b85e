package app.homeplan.cli;

import app.homeplan.fileformat.FamilyFile;
import app.homeplan.fileformat.FamilyFileException;
import app.homeplan.plan.Family;
import app.homeplan.store.AccessLog;
import app.homeplan.store.Store;
import java.nio.file.Path;
import picocli.CommandLine;

/**
 * {@code export --family ID -o FILE [--encrypt]}: writes one stored family to a family file, locked with
 * a passphrase when {@code --encrypt} is given. Prints nothing on success.
 */
@CommandLine.Command(name = "export")
public final class ExportCommand implements Command {
    @CommandLine.Mixin
    StoredFamilyOptions target = new StoredFamilyOptions();

    /** Lock the file with a passphrase (from HOMEPLAN_PASSPHRASE, else asked on the terminal). */
    @CommandLine.Option(names = "--encrypt")
    boolean encrypt;

    @Override
    public int run(CommandContext context) {
        long id = target.familyId();
        Path output = target.output();
        Family family;
        try (Store store = context.openStoreForReading()) {
            family = store.families().loadFor(AccessLog.Action.EXPORT, id, target.purpose()).orElseThrow(() -> new CommandFailure("fileformat.cli.noFamily", id));
        }
        try {
            if (encrypt) {
                char[] passphrase = Passphrase.toLock(System.getenv(), System.console());
                try {
                    FamilyFile.writeEncrypted(family, output, passphrase);
                } finally {
                    java.util.Arrays.fill(passphrase, '\0');
                }
            } else {
                FamilyFile.write(family, output);
            }
        } catch (FamilyFileException e) {
            throw new CommandFailure(e, "fileformat.cli.failed", e.getMessage());
        }
        return Cli.OK;
    }
}
