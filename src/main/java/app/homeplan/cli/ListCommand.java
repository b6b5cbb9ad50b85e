package app.homeplan.cli;

import app.homeplan.plan.FamilySummary;
import app.homeplan.store.Store;
import java.util.Locale;
import picocli.CommandLine;

/**
 * {@code list}: one family per line, {@code <id>TAB<child name>TAB<status>TAB<next review date or ->}.
 * The format is a contract scripts rely on: tabs and line breaks inside names become spaces.
 */
@CommandLine.Command(name = "list")
public final class ListCommand implements Command {
    @Override
    public int run(CommandContext context) {
        try (Store store = context.openStoreForReading()) {
            StringBuilder out = new StringBuilder();
            for (FamilySummary f : store.families().listAll()) {
                out.append(f.id()).append('\t')
                        .append(oneLine(f.childName())).append('\t')
                        .append(f.status().name().toLowerCase(Locale.ROOT)).append('\t')
                        .append(f.reviewDate() == null ? "-" : f.reviewDate().toString()).append('\n');
            }
            context.out().print(out);
            context.out().flush();
        }
        return 0;
    }

    static String oneLine(String text) {
        // Every character some tool treats as a line or field break: tab, LF, VT, FF, CR, FS/GS/RS, NEL, LS, PS.
        return text.replaceAll("[\\t\\n\\u000B\\f\\r\\u001C-\\u001E\\u0085\\u2028\\u2029]+", " ");
    }
}
