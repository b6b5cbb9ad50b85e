package app.homeplan.cli;

import app.homeplan.fileformat.FamilyFile;
import app.homeplan.fileformat.FamilyFileException;
import app.homeplan.plan.Family;
import app.homeplan.store.Store;
import java.nio.file.Path;
import java.util.Set;

/** {@code export --family ID -o FILE}: writes one stored family to a family file. Prints nothing on success. */
public final class ExportCommand implements Command {
    @Override
    public String name() {
        return "export";
    }

    @Override
    public Set<String> valueOptions() {
        return Set.of("family", "output");
    }

    @Override
    public int run(CommandContext context, Arguments args) {
        if (!args.positional().isEmpty()) {
            throw new UsageException("cli.error.unexpectedArgument", args.positional().get(0), name());
        }
        long id = args.requiredNumber("family");
        Path output = Path.of(args.required("output"));
        Family family;
        try (Store store = context.openStoreForReading(args)) {
            family = store.families().load(id).orElseThrow(() -> new CommandFailure("fileformat.cli.noFamily", id));
        }
        try {
            FamilyFile.write(family, output);
        } catch (FamilyFileException e) {
            throw new CommandFailure(e, "fileformat.cli.failed", e.getMessage());
        }
        return Cli.OK;
    }
}
