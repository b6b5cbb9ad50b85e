package app.homeplan.about.ui;

import app.homeplan.families.ui.FamilyListView;
import app.homeplan.i18n.Messages;
import app.homeplan.ui.Accessibility;
import app.homeplan.ui.Dialogs;
import java.nio.file.Path;
import java.util.function.Supplier;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import app.homeplan.about.About;
import app.homeplan.ui.Tooltips;

/**
 * The "About" button in the home screen's header and the box it opens: name, version, the data file
 * (selectable, to copy into an email to IT), and the licences in one sentence with every notice under
 * "Show details".
 */
public final class AboutBox {
    private AboutBox() {
    }

    /** Adds the About button to the home screen's header. */
    public static Button install(FamilyListView home, Dialogs dialogs, Supplier<Path> dataFile) {
        Button button = new Button(Messages.get("about.button"), new FontIcon("mdal-info"));
        app.homeplan.ui.Shortcuts.keep(button);
        button.setId("about");
        button.getStyleClass().add("flat");
        Tooltips.onHover(button, Messages.get("about.button.tooltip"));
        button.setOnAction(e -> show(dialogs, About.of(dataFile.get())));
        home.headerActions().getChildren().add(0, button);
        return button;
    }

    static void show(Dialogs dialogs, About about) {
        dialogs.showPanel("about.title", content(about), details(about));
    }

    /** The box's main content. */
    static VBox content(About about) {
        Label name = new Label(Messages.get("about.name"), AppIcon.view(48));
        name.getStyleClass().add("app-title");
        name.setGraphicTextGap(12);
        Label version = new Label(about.version());
        version.setId("aboutVersion");
        Label dataLabel = Dialogs.message(Messages.get("about.data"));
        // A read-only field rather than a label, so the path can be selected and copied.
        TextField data = new TextField(about.dataFile().toString());
        data.setId("aboutDataFile");
        data.setEditable(false);
        data.setPrefColumnCount(40);
        dataLabel.setLabelFor(data); // announced by its label; its value is the path
        Label licences = Dialogs.message(about.licences());
        licences.setId("aboutLicences");
        // Whose work the plan is modelled on (docs/clinical-basis.md): credited where users can see it.
        Label credits = Dialogs.message(Messages.get("about.credits"));
        credits.setId("aboutCredits");
        VBox box = new VBox(8, name, version, dataLabel, data, credits, licences);
        VBox.setVgrow(licences, Priority.ALWAYS);
        box.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        return box;
    }

    /** Every notice, under "Show details". */
    static VBox details(About about) {
        TextArea notices = Accessibility.tabMovesOn(new TextArea(about.notices()));
        notices.setId("aboutNotices");
        notices.setEditable(false);
        notices.setWrapText(true);
        notices.setPrefRowCount(10);
        VBox box = new VBox(notices, Accessibility.hiddenLabel(Messages.get("about.notices.label"), notices));
        VBox.setVgrow(notices, Priority.ALWAYS);
        return box;
    }
}
