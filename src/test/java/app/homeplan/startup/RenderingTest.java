package app.homeplan.startup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RenderingTest {
    @TempDir
    Path dev;

    @Test
    void aLinuxComputerWithNoGraphicsDeviceGoesStraightToTheSoftwareRenderer() throws IOException {
        Files.createFile(dev.resolve("null"));
        Files.createDirectories(dev.resolve("dri")); // an empty folder is no device
        assertEquals("sw", Rendering.orderFor(null, "Linux", dev));
    }

    @Test
    void anyGraphicsDeviceLeavesJavaFxItsOwnChoice() throws IOException {
        for (String device : new String[] {"dri/renderD128", "dri/card0", "nvidiactl", "nvidia0", "dxg"}) {
            Path root = Files.createTempDirectory(dev, "dev");
            Path file = root.resolve(device);
            Files.createDirectories(file.getParent());
            Files.createFile(file);
            assertNull(Rendering.orderFor(null, "Linux", root), device);
        }
    }

    @Test
    void theUsersOwnChoiceAndOtherSystemsAreLeftAlone() {
        assertNull(Rendering.orderFor("es2,sw", "Linux", dev));
        assertNull(Rendering.orderFor(null, "Windows 11", dev));
        assertNull(Rendering.orderFor(null, "Mac OS X", dev));
    }
}
