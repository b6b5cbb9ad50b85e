package app.homeplan.about.ui;

import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.stage.Stage;

/** Homeplan's icon (assets/icons/homeplan.png, drawn by src/packaging/DrawIcon.java) for windows and the About box. */
public final class AppIcon {
    private static final String RESOURCE = "/app/homeplan/about/homeplan.png";

    private AppIcon() {
    }

    /** Gives the window Homeplan's icon; decoded in the background so it never delays the first frame. */
    public static void addTo(Stage stage) {
        stage.getIcons().add(new Image(AppIcon.class.getResource(RESOURCE).toExternalForm(), true));
    }

    /** The icon at the given size, for the About box. */
    static ImageView view(double size) {
        Image image = new Image(AppIcon.class.getResource(RESOURCE).toExternalForm(), size, size, true, true);
        return new ImageView(image);
    }
}
