package app.homeplan.about;

import app.homeplan.cli.Version;
import app.homeplan.i18n.Messages;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Objects;

/**
 * What the About box says: the version (from the jar's manifest), the data file, and the licences of
 * what Homeplan is built with. No JavaFX here, so it is checked without a toolkit.
 */
public record About(String version, Path dataFile, String licences, String notices) {
    static final String NOTICES = "/app/homeplan/about/third-party-notices.txt";

    /** This build's About text for the given data file. */
    public static About of(Path dataFile) {
        String version = Version.current();
        String shown = "development".equals(version) ? Messages.get("about.version.development") : version;
        return new About(Messages.get("about.version", shown), dataFile, Messages.get("about.licences"), bundledNotices());
    }

    /** The third-party notices bundled in the jar (every library and font, its licence and where to read it). */
    static String bundledNotices() {
        try (InputStream in = Objects.requireNonNull(About.class.getResourceAsStream(NOTICES), NOTICES)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
