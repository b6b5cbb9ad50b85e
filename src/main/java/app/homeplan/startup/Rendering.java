package app.homeplan.startup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Chooses JavaFX's software renderer before the toolkit starts when a Linux computer has no graphics
 * device at all (a virtual machine without one, a remote desktop, a thin client). JavaFX would try its
 * OpenGL renderer first; with no device, OpenGL can only be Mesa's software rasteriser, which JavaFX
 * refuses ("Failed Graphics Hardware Qualifier check") and falls back to this same software renderer.
 * The refused try is not free: it loads Mesa and LLVM, about 60 MB of memory kept for the whole run
 * (docs/benchmarks.md, session 7). Nothing changes where a device exists, or where the user chose a
 * renderer ({@code -Dprism.order}).
 */
public final class Rendering {
    /** JavaFX's property naming the renderers to try, in order; read once when the toolkit starts. */
    static final String ORDER = "prism.order";

    /**
     * What a graphics driver opens under /dev: Mesa's drivers (dri/card*, dri/renderD*), NVIDIA's own
     * (nvidia0, nvidiactl), Windows' subsystem for Linux (dxg).
     */
    static final List<String> DEVICES = List.of("dri", "nvidia0", "nvidiactl", "dxg");

    private Rendering() {
    }

    /** Call before {@code Application.launch}. */
    public static void chooseBeforeToolkit() {
        String order = orderFor(System.getProperty(ORDER), System.getProperty("os.name", ""), Path.of("/dev"));
        if (order != null) {
            System.setProperty(ORDER, order);
        }
    }

    /** The renderer order to set, or null to leave JavaFX's own (or the user's) choice. */
    static String orderFor(String chosen, String osName, Path dev) {
        boolean linux = osName.toLowerCase(Locale.ROOT).startsWith("linux");
        return chosen == null && linux && !hasGraphicsDevice(dev) ? "sw" : null;
    }

    /** True when {@code dev} holds any device a hardware OpenGL driver could use. */
    static boolean hasGraphicsDevice(Path dev) {
        for (String name : DEVICES) {
            Path device = dev.resolve(name);
            if (Files.isDirectory(device)) {
                try (Stream<Path> entries = Files.list(device)) {
                    if (entries.findAny().isPresent()) {
                        return true;
                    }
                } catch (IOException unreadable) {
                    return true; // cannot tell: leave JavaFX's own choice
                }
            } else if (Files.exists(device)) {
                return true;
            }
        }
        return false;
    }
}
