package app.homeplan.cli;

import app.homeplan.store.AccessLog;
import app.homeplan.store.Store;
import picocli.CommandLine;

/**
 * {@code access-log [--family ID]}: the record of access, oldest first, one entry per line:
 * {@code <time ISO-8601>TAB<who>TAB<action>TAB<family id>TAB<purpose or ->}. A contract for scripts
 * (an auditor's, a clinic's reports), like {@code list}'s.
 */
@CommandLine.Command(name = "access-log")
public final class AccessLogCommand implements Command {
    @CommandLine.Option(names = "--family")
    String family;

    @Override
    public int run(CommandContext context) {
        Long familyId = family == null ? null : Options.requiredNumber("--family", family);
        try (Store store = context.openStoreForReading()) {
            AccessLog log = store.accessLog();
            StringBuilder out = new StringBuilder();
            for (AccessLog.Entry e : familyId == null ? log.all() : log.forFamily(familyId)) {
                out.append(e.line()).append('\n');
            }
            context.out().print(out);
            context.out().flush();
        }
        return Cli.OK;
    }
}
