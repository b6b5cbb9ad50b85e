package app.homeplan.cli;

import app.homeplan.i18n.Messages;
import app.homeplan.store.Store;
import java.io.Console;
import java.util.List;
import picocli.CommandLine;
import app.homeplan.clinic.ClinicAccounts;

/**
 * {@code clinic init | add-clinician LOGIN --name "Full name" | remove-clinician LOGIN}, with
 * {@code --db postgresql://...}: run by the database's owner to set up a clinic's shared database and
 * its clinicians (docs/clinic.md). A new clinician's first password comes from
 * {@code HOMEPLAN_CLINICIAN_PASSWORD}, else is asked on the console, else is left unset (to be set with
 * psql's {@code \password}, or not needed where the server signs people in by certificate).
 */
@CommandLine.Command(name = "clinic")
public final class ClinicCommand implements Command {
    public static final String ENV_PASSWORD = "HOMEPLAN_CLINICIAN_PASSWORD";

    @CommandLine.Option(names = "--name")
    String name;

    @CommandLine.Parameters
    List<String> words;

    @Override
    public int run(CommandContext context) {
        if (words == null || words.isEmpty()) {
            throw new UsageException("clinic.cli.whichAction");
        }
        String action = words.get(0);
        List<String> rest = words.subList(1, words.size());
        if (!context.isShared()) {
            context.database(); // a data file: nothing to set up (said by opening it below)
        }
        switch (action) {
            case "init" -> {
                noMore(rest, 0);
                try (Store store = context.openStore()) {
                    new ClinicAccounts(store).init();
                    context.out().println(Messages.get("clinic.cli.ready", store.location(),
                            new ClinicAccounts(store).clinicianRole()));
                }
            }
            case "add-clinician" -> {
                String login = login(rest);
                String fullName = Options.required("--name", name);
                try (Store store = context.openStore()) {
                    new ClinicAccounts(store).add(login, fullName, firstPassword(login));
                    context.out().println(Messages.get("clinic.cli.added", login, fullName.strip()));
                }
            }
            case "remove-clinician" -> {
                String login = login(rest);
                try (Store store = context.openStore()) {
                    new ClinicAccounts(store).remove(login);
                    context.out().println(Messages.get("clinic.cli.removed", login));
                }
            }
            default -> throw new UsageException("clinic.cli.unknownAction", action);
        }
        context.out().flush();
        return Cli.OK;
    }

    private String login(List<String> rest) {
        if (rest.isEmpty()) {
            throw new UsageException("clinic.cli.whichLogin");
        }
        noMore(rest, 1);
        return rest.get(0);
    }

    private void noMore(List<String> rest, int allowed) {
        if (rest.size() > allowed) {
            throw new UsageException("cli.error.unexpectedArgument", rest.get(allowed), name());
        }
    }

    private static char[] firstPassword(String login) {
        String fromEnv = System.getenv(ENV_PASSWORD);
        if (fromEnv != null && !fromEnv.isEmpty()) {
            return fromEnv.toCharArray();
        }
        Console console = System.console();
        if (console == null) {
            return null;
        }
        char[] typed = console.readPassword(Messages.get("clinic.cli.askPassword", login));
        return typed == null || typed.length == 0 ? null : typed;
    }
}
