package app.homeplan.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.homeplan.testing.AppHarness;
import app.homeplan.testing.TestFamilies;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** A notes box shows a long note on the page (up to a limit, then it scrolls) and shrinks back when emptied. */
class GrowingNotesTest {
    final StringProperty notes = new SimpleStringProperty("");
    TextArea area;

    @BeforeEach
    void show() throws Exception {
        Stage stage = FxToolkit.registerPrimaryStage();
        FxToolkit.setupSceneRoot(() -> {
            area = Forms.textArea(notes, 3, "How it goes");
            VBox page = new VBox(area);
            page.setPrefWidth(420);
            return page;
        });
        FxToolkit.setupStage(s -> {
            s.setWidth(460);
            s.setHeight(1200);
        });
        FxToolkit.showStage();
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
    }

    @Test
    void aLongNoteGrowsTheBoxUpToItsLimitAndAnEmptyOneShrinksItBack() throws Exception {
        double empty = height();
        double line = WaitForAsyncUtils.asyncFx(() -> area.getFont().getSize() * 1.2).get();

        WaitForAsyncUtils.asyncFx(() -> notes.set("Breakfast goes well most days.\nShe eats toast.\nShe wants the blue cup.\n"
                + "Dad feeds her when we are late.\nShe cries when the cup is wrong.")).get();
        AppHarness.waitUntil(() -> area.getHeight() > empty + line);
        double five = height();

        WaitForAsyncUtils.asyncFx(() -> notes.set(TestFamilies.longText(10_000))).get();
        AppHarness.waitUntil(() -> area.getHeight() > five + line);
        double longest = height();
        assertThat(longest).as("a 10,000-character note, at most " + GrowWithText.MOST_LINES + " lines high")
                .isLessThan(empty + GrowWithText.MOST_LINES * line * 1.6);

        WaitForAsyncUtils.asyncFx(() -> notes.set("")).get();
        AppHarness.waitUntil(() -> Math.abs(area.getHeight() - empty) < 1);
    }

    private double height() throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        return WaitForAsyncUtils.asyncFx(() -> area.getHeight()).get();
    }
}
