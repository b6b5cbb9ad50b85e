package app.homeplan.clinic;

import static org.assertj.core.api.Assertions.assertThat;

import app.homeplan.plan.FamilySummary;
import app.homeplan.store.PostgresServer;
import app.homeplan.store.Store;
import app.homeplan.testing.AppHarness;
import app.homeplan.testing.Stores;
import app.homeplan.testing.TestPostgres;
import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/**
 * The window on a clinic's PostgreSQL database (issue 17): a clinician whose password the environment
 * does not give is asked for it (a wrong one is one sentence, and nothing is kept), the home screen says
 * who is signed in, and a family's record of access is shown with the clinician's name.
 */
class ClinicWindowTest {
    @TempDir
    Path dir;
    final FxRobot robot = new FxRobot();
    final PostgresServer owner = TestPostgres.newDatabase();
    final String carol = "carol_" + System.nanoTime();
    AppHarness harness;

    @AfterEach
    void stop() throws Exception {
        if (harness != null) {
            harness.close();
        }
    }

    private String text(String selector) {
        return robot.lookup(selector).queryAs(Label.class).getText();
    }

    @Test
    void aClinicianTypesTheirPasswordIsSignedInByNameAndSeesTheFamilysRecordOfAccess() throws Exception {
        TestPostgres.superuserSql("DO $$ BEGIN CREATE ROLE " + TestPostgres.PASSWORD_REQUIRED
                + "; EXCEPTION WHEN duplicate_object THEN NULL; END $$");
        try (Store asOwner = Stores.open(owner)) {
            ClinicAccounts accounts = new ClinicAccounts(asOwner);
            accounts.init();
            accounts.add(carol, "Carol Lê Thị", "right-one".toCharArray());
        }
        TestPostgres.superuserSql("GRANT " + TestPostgres.PASSWORD_REQUIRED + " TO " + carol);

        harness = new AppHarness(dir.resolve("unused.db"))
                .shared(owner.address().toString().replace("postgresql://", "postgresql://" + carol + "@"));
        harness.start();
        // No PGPASSWORD, no ~/.pgpass: the server's request for a password becomes the sign-in screen.
        AppHarness.waitUntil(() -> robot.lookup("#clinicConnectionView").tryQuery().isPresent());
        assertThat(text("#connectionMessage")).contains("asks for a password, and none was given");
        assertThat(robot.lookup("#clinicLogin").queryAs(TextInputControl.class).getText()).isEqualTo(carol);

        robot.interact(() -> robot.lookup("#clinicPassword").queryAs(TextInputControl.class).setText("wrong"));
        robot.clickOn("#testConnection");
        AppHarness.waitUntil(() -> text("#connectionMessage").contains("did not accept your sign-in"));

        robot.interact(() -> robot.lookup("#clinicPassword").queryAs(TextInputControl.class).setText("right-one"));
        robot.clickOn("#testConnection");
        AppHarness.waitUntil(() -> text("#connectionMessage").startsWith("Connected to "));
        assertThat(text("#connectionMessage")).contains("as Carol Lê Thị");
        robot.clickOn("#signIn");

        AppHarness.waitUntil(() -> robot.lookup("#signedInAs").tryQuery().isPresent()
                && text("#signedInAs").equals("Signed in as Carol Lê Thị"));
        assertThat(harness.stage().getTitle()).endsWith("Carol Lê Thị");

        // Carol opens the example family, goes back, and looks at its record.
        TableView<?> families = robot.lookup("#familyTable").queryAs(TableView.class);
        AppHarness.waitUntil(() -> !families.getItems().isEmpty());
        robot.interact(() -> families.getSelectionModel().selectFirst());
        robot.clickOn("#openFamily");
        AppHarness.waitUntil(() -> robot.lookup("#intake").tryQuery().isPresent());
        robot.interact(() -> harness.app().showFamilies());
        AppHarness.waitUntil(() -> robot.lookup("#familyTable").tryQuery().isPresent());
        TableView<?> again = robot.lookup("#familyTable").queryAs(TableView.class);
        AppHarness.waitUntil(() -> !again.getItems().isEmpty());
        robot.interact(() -> again.getSelectionModel().selectFirst());
        robot.clickOn("#accessLog");
        AppHarness.waitUntil(() -> robot.lookup("#accessLogTable").tryQuery().isPresent());
        TableView<?> log = robot.lookup("#accessLogTable").queryAs(TableView.class);
        AppHarness.waitUntil(() -> !log.getItems().isEmpty());
        assertThat(log.getItems()).map(Object::toString)
                .anyMatch(row -> row.contains("Carol Lê Thị (" + carol + ")") && row.contains("Opened"));
        assertThat(((FamilySummary) again.getItems().get(0)).id()).isPositive();
    }
}
