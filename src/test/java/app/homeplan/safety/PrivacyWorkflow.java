package app.homeplan.safety;

import app.homeplan.cli.Cli;
import app.homeplan.plan.Family;
import app.homeplan.store.Store;
import app.homeplan.store.backup.Backup;
import app.homeplan.store.backup.BackupKind;
import app.homeplan.store.backup.Backups;
import app.homeplan.store.backup.Restore;
import app.homeplan.testing.TestFamilies;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

/**
 * A whole store workflow and the command line, for {@code NoNetworkTest} to run behind the network
 * tripwires: a new data file with the example family, a family with every field, edits, search,
 * delete, a backup, a restore, and the {@code list}, {@code backups} and {@code restore} commands.
 * Features add their steps here (intake, PDF export, family file export/import) so the proof
 * covers them too.
 */
public final class PrivacyWorkflow {
    private PrivacyWorkflow() {
    }

    public static void main(String[] args) {
        Path db = Path.of(args[0]).resolve("homeplan.db");
        Backup backup;
        try (Store store = Store.open(db)) {
            Family mia = store.families().insert(TestFamilies.everyField());
            Family edited = store.families().saveChanges(mia, mia.toBuilder().otherAttendees("Bà Hoa, Sam").build());
            check(store.families().load(edited.id()).orElseThrow().equals(edited), "load after edit");
            check(store.families().search("nguyen", 10).size() == 2, "search");
            Family ada = store.families().insert(Family.newFor("Ada"));
            check(store.families().delete(ada.id()), "delete");
            backup = store.database().backups().create(store.database().connection(), BackupKind.DAILY);
        }
        check(Backups.inspect(backup.file()).familyCount() == 2, "inspect backup");
        check(Backups.of(db).newestGood().isPresent(), "newest good backup");
        Restore.restore(db, backup.file(), Clock.systemDefaultZone());

        PrintStream out = System.out;
        for (List<String> command : List.of(
                List.of("list", "--db", db.toString()),
                List.of("backups", "--db", db.toString()),
                List.of("restore", backup.file().getFileName().toString(), "--db", db.toString()),
                List.of("--help"),
                List.of("--version"))) {
            int code = new Cli(out, System.err).run(command);
            check(code == Cli.OK, String.join(" ", command) + " exited " + code);
        }
        out.println("workflow done");
    }

    private static void check(boolean ok, String what) {
        if (!ok) {
            throw new IllegalStateException("workflow step failed: " + what);
        }
    }
}
