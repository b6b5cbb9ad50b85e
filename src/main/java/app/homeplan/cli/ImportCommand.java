package app.homeplan.cli;

import app.homeplan.fileformat.FamilyFile;
import app.homeplan.fileformat.FamilyFileException;
import app.homeplan.fileformat.FamilyImport;
import app.homeplan.plan.Family;
import app.homeplan.store.Store;
import java.nio.file.Path;
import java.util.Set;

/**
 * {@code import FILE [--as-copy]}: stores the family in a family file as a new family and prints its
 * id. The file is read and checked completely before the database is opened, so a bad file leaves
 * the database untouched. A family that is already here is refused unless {@code --as-copy}.
 */
public final class ImportCommand implements Command {
    @Override
    public String name() {
        return "import";
    }

    @Override
    public Set<String> flags() {
        return Set.of("as-copy");
    }

    @Override
    public int run(CommandContext context, Arguments args) {
        if (args.positional().isEmpty()) {
            throw new UsageException("fileformat.cli.needFile");
        }
        if (args.positional().size() > 1) {
            throw new UsageException("cli.error.unexpectedArgument", args.positional().get(1), name());
        }
        Family family;
        try {
            family = FamilyFile.read(Path.of(args.positional().get(0)));
        } catch (FamilyFileException e) {
            throw new CommandFailure(e, "fileformat.cli.failed", e.getMessage());
        }
        try (Store store = context.openStore(args)) {
            FamilyImport.Result result = FamilyImport.store(store.families(), family, args.flag("as-copy"));
            if (result instanceof FamilyImport.AlreadyThere there) {
                throw new CommandFailure("fileformat.cli.alreadyThere", there.childName(), there.familyId());
            }
            context.out().println(((FamilyImport.Imported) result).family().id());
            context.out().flush();
        }
        return Cli.OK;
    }
}
