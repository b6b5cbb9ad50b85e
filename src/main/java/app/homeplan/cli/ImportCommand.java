package app.homeplan.cli;

import app.homeplan.fileformat.FamilyFile;
import app.homeplan.fileformat.FamilyFileException;
import app.homeplan.fileformat.FamilyImport;
import app.homeplan.plan.Family;
import app.homeplan.store.AccessLog;
import app.homeplan.store.Store;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine;

/**
 * {@code import FILE [--as-copy]}: stores the family in a family file as a new family and prints its
 * id. The file is read and checked completely before the database is opened, so a bad file leaves
 * the database untouched. A family that is already here is refused unless {@code --as-copy}.
 */
@CommandLine.Command(name = "import")
public final class ImportCommand implements Command {
    @CommandLine.Option(names = "--as-copy")
    boolean asCopy;

    @CommandLine.Option(names = "--purpose")
    String purpose;

    @CommandLine.Parameters
    List<String> files;

    @Override
    public int run(CommandContext context) {
        String file = Options.oneWord(this, files, "fileformat.cli.needFile");
        Family family;
        try {
            family = FamilyFile.read(Path.of(file), () -> Passphrase.toOpen(System.getenv(), System.console(), file));
        } catch (FamilyFileException e) {
            throw new CommandFailure(e, "fileformat.cli.failed", e.getMessage());
        }
        try (Store store = context.openStore()) {
            FamilyImport.Result result = FamilyImport.store(store.families(), family, asCopy);
            if (result instanceof FamilyImport.AlreadyThere there) {
                throw new CommandFailure("fileformat.cli.alreadyThere", there.childName(), there.familyId());
            }
            long id = ((FamilyImport.Imported) result).family().id();
            store.accessLog().record(AccessLog.Action.IMPORT, id, purpose);
            context.out().println(id);
            context.out().flush();
        }
        return Cli.OK;
    }
}
