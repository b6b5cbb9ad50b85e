import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Area;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * Draws Homeplan's app icon: a white house with a warm heart in its doorway, on a calm teal tile.
 * Run once when the icon changes: {@code java src/packaging/DrawIcon.java assets/icons} writes
 * homeplan.png (512 px, Linux), homeplan.ico (Windows) and homeplan.icns (macOS). Each size is drawn
 * at that size rather than scaled, so small icons stay crisp; the .ico and .icns hold PNG images
 * (supported since Windows Vista and Mac OS X 10.7).
 */
public final class DrawIcon {
    private DrawIcon() {
    }

    public static void main(String[] args) throws IOException {
        File folder = new File(args.length > 0 ? args[0] : "assets/icons");
        folder.mkdirs();
        Map<Integer, byte[]> png = new LinkedHashMap<>();
        for (int size : new int[] {16, 24, 32, 48, 64, 128, 256, 512}) {
            png.put(size, png(draw(size)));
        }
        Files.write(new File(folder, "homeplan.png").toPath(), png.get(512));
        Files.write(new File(folder, "homeplan.ico").toPath(), ico(png, 16, 24, 32, 48, 64, 128, 256));
        Files.write(new File(folder, "homeplan.icns").toPath(), icns(png));
    }

    private static byte[] png(BufferedImage image) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    /** Windows icon: ICONDIR, one ICONDIRENTRY per size, then the PNG images (little-endian fields). */
    private static byte[] ico(Map<Integer, byte[]> png, int... sizes) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        LittleEndian out = new LittleEndian(bytes);
        out.short16(0);
        out.short16(1); // icon
        out.short16(sizes.length);
        int offset = 6 + 16 * sizes.length;
        for (int size : sizes) {
            byte[] data = png.get(size);
            out.byte8(size >= 256 ? 0 : size); // 0 means 256
            out.byte8(size >= 256 ? 0 : size);
            out.byte8(0);  // no palette
            out.byte8(0);
            out.short16(1);  // colour planes
            out.short16(32); // bits per pixel
            out.int32(data.length);
            out.int32(offset);
            offset += data.length;
        }
        for (int size : sizes) {
            bytes.write(png.get(size));
        }
        return bytes.toByteArray();
    }

    /** macOS icon: "icns", total length, then typed PNG entries (big-endian fields). */
    private static byte[] icns(Map<Integer, byte[]> png) throws IOException {
        // type -> pixel size: icp4/5/6 = 16/32/64, ic07/08/09 = 128/256/512, ic11..14 = the @2x retina sizes
        String[][] entries = {{"icp4", "16"}, {"icp5", "32"}, {"icp6", "64"}, {"ic07", "128"}, {"ic08", "256"},
            {"ic09", "512"}, {"ic11", "32"}, {"ic12", "64"}, {"ic13", "256"}, {"ic14", "512"}};
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(body);
        for (String[] entry : entries) {
            byte[] data = png.get(Integer.parseInt(entry[1]));
            out.writeBytes(entry[0]);
            out.writeInt(8 + data.length);
            out.write(data);
        }
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        DataOutputStream header = new DataOutputStream(file);
        header.writeBytes("icns");
        header.writeInt(8 + body.size());
        body.writeTo(file);
        return file.toByteArray();
    }

    private static final class LittleEndian {
        private final ByteArrayOutputStream out;

        LittleEndian(ByteArrayOutputStream out) {
            this.out = out;
        }

        void byte8(int v) {
            out.write(v & 0xff);
        }

        void short16(int v) {
            byte8(v);
            byte8(v >>> 8);
        }

        void int32(int v) {
            short16(v);
            short16(v >>> 16);
        }
    }

    static BufferedImage draw(int size) {
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        double s = size / 512.0;
        g.scale(s, s);

        // The tile: a rounded square, teal shading a little darker towards the bottom.
        double margin = size <= 24 ? 8 : 24;
        RoundRectangle2D tile = new RoundRectangle2D.Double(margin, margin, 512 - 2 * margin, 512 - 2 * margin, 110, 110);
        g.setPaint(new GradientPaint(0, 0, new Color(0x2A9D8F), 0, 512, new Color(0x1F7A70)));
        g.fill(tile);

        // The house: roof and walls as one white shape, with the doorway cut out.
        Path2D house = new Path2D.Double();
        house.moveTo(256, 104);     // roof ridge
        house.lineTo(420, 240);     // right eave
        house.lineTo(384, 240);
        house.lineTo(384, 408);     // right wall
        house.lineTo(128, 408);     // floor
        house.lineTo(128, 240);     // left wall
        house.lineTo(92, 240);      // left eave
        house.closePath();
        Area walls = new Area(house);
        g.setColor(Color.WHITE);
        g.fill(walls);
        // The heart, centred in the house.
        g.setColor(new Color(0xE76F51));
        g.fill(heart(256, 318, size <= 24 ? 150 : 132));
        g.dispose();
        return image;
    }

    /** A heart of the given width whose centre is (cx, cy). */
    private static Path2D heart(double cx, double cy, double width) {
        double w = width / 2;
        double top = cy - w * 0.55;
        Path2D p = new Path2D.Double();
        p.moveTo(cx, top + w * 0.25);
        p.curveTo(cx, top - w * 0.2, cx - w * 1.05, top - w * 0.25, cx - w, top + w * 0.35);
        p.curveTo(cx - w * 0.95, top + w * 0.85, cx - w * 0.35, top + w * 1.15, cx, top + w * 1.55);
        p.curveTo(cx + w * 0.35, top + w * 1.15, cx + w * 0.95, top + w * 0.85, cx + w, top + w * 0.35);
        p.curveTo(cx + w * 1.05, top - w * 0.25, cx, top - w * 0.2, cx, top + w * 0.25);
        p.closePath();
        return p;
    }
}
