package app.homeplan.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;

/** The window always opens wholly on its screen, at a size the screens are made for. */
class WindowStateTest {
    /** A 1366x768 laptop screen, less a 28 px panel. */
    static final Rectangle2D LAPTOP = new Rectangle2D(0, 0, 1366, 740);

    @Test
    void theFirstWindowFitsALaptopScreen() {
        Rectangle2D first = WindowState.place(LAPTOP, 1200, 800, Double.NaN, Double.NaN);
        assertThat(first.getHeight()).isEqualTo(740);
        assertThat(first.getWidth()).isEqualTo(1200);
        assertThat(first.getMinX()).isEqualTo(83);
        assertThat(first.getMinY()).isZero();
    }

    @Test
    void aRestoredWindowIsMovedBackOntoTheScreenAndKeepsAUsableSize() {
        Rectangle2D tiny = WindowState.place(LAPTOP, 798, 535, 1000, 600);
        assertThat(tiny.getWidth()).isEqualTo(WindowState.MIN_WIDTH);
        assertThat(tiny.getHeight()).isEqualTo(WindowState.MIN_HEIGHT);
        assertThat(tiny.getMaxX()).isLessThanOrEqualTo(1366);
        assertThat(tiny.getMaxY()).isLessThanOrEqualTo(740);

        Rectangle2D huge = WindowState.place(LAPTOP, 2560, 1440, -50, -20);
        assertThat(huge).isEqualTo(LAPTOP);
    }

    @Test
    void aScreenSmallerThanTheSmallestWindowGetsTheWholeScreen() {
        Rectangle2D small = new Rectangle2D(0, 0, 640, 480);
        assertThat(WindowState.place(small, 1200, 800, Double.NaN, Double.NaN)).isEqualTo(small);
    }
}
