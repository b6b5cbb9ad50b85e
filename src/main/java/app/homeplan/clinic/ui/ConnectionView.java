package app.homeplan.clinic.ui;

import app.homeplan.clinic.ClinicAccounts;
import app.homeplan.plan.Family;
import java.util.function.Supplier;
import app.homeplan.i18n.Messages;
import app.homeplan.i18n.UserMessages;
import app.homeplan.store.PostgresAddress;
import app.homeplan.store.PostgresServer;
import app.homeplan.store.Store;
import app.homeplan.store.StoreThread;
import app.homeplan.ui.Forms;
import java.util.Arrays;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Signing in to a clinic's PostgreSQL database, and its connection settings: the address, the login and
 * the password, "Test connection" and "Sign in". Shown when the window cannot open the clinic database
 * (the server asks for a password that PGPASSWORD and ~/.pgpass do not give, the login was refused, the
 * server cannot be reached ...), with the reason as one sentence, and from the home screen. The password
 * is held in memory only while signed in (to reconnect after the network drops) and is never written.
 */
public final class ConnectionView extends BorderPane {
    private final StoreThread storeThread;
    private final Consumer<Store> signedIn;
    private final TextField address = new TextField();
    private final TextField login = new TextField();
    private final PasswordField password = new PasswordField();
    private final Label message = new Label();
    private final Button test;
    private final Supplier<Family> firstFamily;
    private final Button signIn;

    /**
     * @param given    the address as given (--db, HOMEPLAN_DB, or the one in use)
     * @param problem  why the window is here (the store's sentence), or empty
     * @param back     where "Back" leads (the home screen); null when there is none yet
     * @param signedIn takes the opened store, on the UI thread
     * @param firstFamily what a clinic database that this screen sets up starts with (the example family)
     */
    public ConnectionView(String given, String problem, StoreThread storeThread, Runnable back,
                          Consumer<Store> signedIn, Supplier<Family> firstFamily) {
        this.storeThread = storeThread;
        this.firstFamily = firstFamily;
        this.signedIn = signedIn;
        setId("clinicConnectionView");
        address.setId("clinicAddress");
        address.setText(given);
        address.setPromptText("postgresql://db.clinic.example/homeplan?sslmode=verify-full");
        login.setId("clinicLogin");
        password.setId("clinicPassword");
        try {
            login.setText(PostgresServer.fromEnvironment(PostgresAddress.parse(given)).login());
        } catch (RuntimeException unreadable) {
            login.setText(System.getProperty("user.name", ""));
        }
        message.setId("connectionMessage");
        message.setWrapText(true);
        message.setText(problem);

        Label title = new Label(Messages.get("clinic.connection.title"));
        title.getStyleClass().add("app-title");
        Label intro = new Label(Messages.get("clinic.connection.intro"));
        intro.setWrapText(true);
        test = Forms.button(Messages.get("clinic.connection.test"), "mdmz-settings_ethernet");
        test.setId("testConnection");
        test.setOnAction(e -> connect(false));
        signIn = Forms.button(Messages.get("clinic.connection.signIn"), "mdal-login");
        signIn.setId("signIn");
        signIn.getStyleClass().add("accent");
        signIn.setDefaultButton(true);
        signIn.setOnAction(e -> connect(true));
        HBox buttons = new HBox(12, test, signIn);
        if (back != null) {
            Button home = Forms.button(Messages.get("clinic.connection.back"), "mdal-arrow_back");
            home.setId("connectionBack");
            home.setOnAction(e -> back.run());
            buttons.getChildren().add(0, home);
        }
        buttons.setAlignment(Pos.CENTER_LEFT);
        VBox form = new VBox(16, title, intro,
                Forms.field(Messages.get("clinic.connection.address"), Messages.get("clinic.connection.address.hint"), address),
                Forms.field(Messages.get("clinic.connection.login"), login),
                Forms.field(Messages.get("clinic.connection.password"), Messages.get("clinic.connection.password.hint"),
                        password),
                buttons, message);
        form.setMaxWidth(720);
        form.setPadding(new Insets(32, 40, 32, 40));
        ScrollPane scroll = new ScrollPane(form);
        scroll.setFitToWidth(true);
        setCenter(scroll);
        Platform.runLater(() -> (problem.contains("password") ? password : address).requestFocus());
    }

    /** Opens the database as typed, on the store thread: to test it (then closes it) or to work in it. */
    private void connect(boolean keep) {
        PostgresServer server;
        try {
            server = PostgresServer.fromEnvironment(PostgresAddress.parse(address.getText()))
                    .withLogin(login.getText().strip());
        } catch (RuntimeException unreadable) {
            message.setText(UserMessages.of(unreadable));
            return;
        }
        char[] typed = password.getText().toCharArray();
        PostgresServer withPassword = typed.length == 0 ? server : server.withPassword(typed);
        Arrays.fill(typed, ' ');
        message.setText(Messages.get("clinic.connection.trying", server.address()));
        test.setDisable(true);
        signIn.setDisable(true);
        storeThread.submit(() -> {
            Store store = Store.open(withPassword).seedIfNew(firstFamily);
            String name = ClinicAccounts.fullName(store, withPassword.login()).orElse(withPassword.login());
            if (!keep) {
                store.close();
            }
            return java.util.Map.entry(store, name);
        }).whenComplete((opened, failure) -> Platform.runLater(() -> {
            test.setDisable(false);
            signIn.setDisable(false);
            if (failure != null) {
                message.setText(UserMessages.of(failure));
            } else if (!keep) {
                message.setText(Messages.get("clinic.connection.works", server.address(), opened.getValue()));
            } else {
                password.clear();
                signedIn.accept(opened.getKey());
            }
        }));
    }
}
