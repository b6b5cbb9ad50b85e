package app.homeplan.testing;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Scene;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;

/** Writes what a scene shows to a PNG file, for a person to look at (call on the FX thread). */
public final class Screenshots {
    private Screenshots() {
    }

    /** PNG files being written while the FX thread goes on with the next screen. */
    private static final java.util.List<java.util.concurrent.Future<?>> PENDING = new java.util.ArrayList<>();
    private static final java.util.concurrent.ExecutorService WRITER = java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "screenshot-writer");
        t.setDaemon(true);
        return t;
    });

    public static void write(Scene scene, Path file) {
        encode(pixels(scene), file);
    }

    /** Takes the picture now (FX thread) and writes the file in the background; {@link #finish()} waits for all. */
    public static synchronized void writeLater(Scene scene, Path file) {
        BufferedImage picture = pixels(scene);
        PENDING.add(WRITER.submit(() -> encode(picture, file)));
    }

    /** Waits until every picture taken with {@link #writeLater} is in its file. */
    public static synchronized void finish() throws Exception {
        for (java.util.concurrent.Future<?> f : PENDING) {
            f.get();
        }
        PENDING.clear();
    }

    private static BufferedImage pixels(Scene scene) {
        WritableImage image = scene.snapshot(null);
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        int[] pixels = new int[w * h];
        image.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), pixels, 0, w);
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        out.setRGB(0, 0, w, h, pixels, 0, w);
        return out;
    }

    private static void encode(BufferedImage picture, Path file) {
        try {
            Files.createDirectories(file.getParent());
            ImageIO.write(picture, "png", file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
