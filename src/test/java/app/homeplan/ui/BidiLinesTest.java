package app.homeplan.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A wrapped goal in Arabic (with a number and an English word in it) is drawn with every word once,
 * line after line, each line against the right edge; English stays with JavaFX's own wrapping.
 */
class BidiLinesTest {
    static final String ARABIC = "يريد أن يرتدي حذاءه وحده قبل الساعة 8 مع Mum كل يوم في الصباح";
    Label arabic;
    Label english;

    @BeforeEach
    void show() throws Exception {
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupSceneRoot(() -> {
            arabic = BidiLines.install(new Label(ARABIC));
            arabic.setWrapText(true);
            arabic.setMaxWidth(260);
            english = BidiLines.install(new Label("Puts on his shoes by himself before 8 with Mum every morning"));
            english.setWrapText(true);
            english.setMaxWidth(260);
            VBox page = new VBox(20, arabic, english);
            page.setStyle("-fx-font-size: 20px;");
            return page;
        });
        FxToolkit.setupStage(s -> {
            s.setWidth(700);
            s.setHeight(500);
        });
        FxToolkit.showStage();
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
    }

    @Test
    void aWrappedRightToLeftParagraphShowsEveryWordOnceRightAligned() throws Exception {
        List<Text> lines = WaitForAsyncUtils.asyncFx(() -> arabic.getGraphic() instanceof BidiLines own
                ? own.getChildrenUnmodifiable().stream().map(n -> (Text) n).toList() : List.<Text>of()).get();
        assertThat(lines).as("drawn in lines of its own").hasSizeGreaterThan(1);
        assertThat(String.join(" ", lines.stream().map(Text::getText).toList()))
                .as("every word once, in order").isEqualTo(ARABIC);
        List<Double> edges = WaitForAsyncUtils.asyncFx(() -> {
            BidiLines own = (BidiLines) arabic.getGraphic();
            return lines.stream().map(t -> own.getWidth() - t.getBoundsInParent().getMaxX()).toList();
        }).get();
        assertThat(edges).as("each line ends at the right edge").allSatisfy(gap -> assertThat(Math.abs(gap)).isLessThan(1.5));
        double[] fit = WaitForAsyncUtils.asyncFx(() -> new double[] {
                arabic.getHeight(), lines.size() * lines.get(0).getLayoutBounds().getHeight(),
                lines.stream().mapToDouble(t -> t.getLayoutBounds().getWidth()).max().orElse(0), arabic.getWidth()}).get();
        assertThat(fit[0]).as("the label is as tall as its lines").isGreaterThanOrEqualTo(fit[1] - 1);
        assertThat(fit[2]).as("no line wider than the label").isLessThanOrEqualTo(fit[3]);
        assertThat(arabic.getText()).as("the label keeps its text for screen readers").isEqualTo(ARABIC);
    }

    @Test
    void anEnglishLineWithArabicInItIsDrawnInLinesOfItsOwnFromTheLeft() throws Exception {
        String mixed = "Goal 2: " + ARABIC;
        WaitForAsyncUtils.asyncFx(() -> english.setText(mixed)).get();
        WaitForAsyncUtils.waitForFxEvents();
        List<Text> lines = WaitForAsyncUtils.asyncFx(() -> english.getGraphic() instanceof BidiLines own
                ? own.getChildrenUnmodifiable().stream().map(n -> (Text) n).toList() : List.<Text>of()).get();
        assertThat(lines).hasSizeGreaterThan(1);
        assertThat(String.join(" ", lines.stream().map(Text::getText).toList())).as("every word once, in order").isEqualTo(mixed);
        assertThat(lines).as("a left-to-right paragraph starts each line at the left edge")
                .allSatisfy(t -> assertThat(t.getBoundsInParent().getMinX()).isLessThan(1.5));
    }

    @Test
    void leftToRightTextIsLeftToJavaFx() throws Exception {
        assertThat(WaitForAsyncUtils.asyncFx(() -> english.getGraphic()).get()).isNull();
        WaitForAsyncUtils.asyncFx(() -> english.setText(ARABIC)).get();
        assertThat(WaitForAsyncUtils.asyncFx(() -> english.getGraphic()).get()).isInstanceOf(BidiLines.class);
        WaitForAsyncUtils.asyncFx(() -> english.setText("Back to English")).get();
        assertThat(WaitForAsyncUtils.asyncFx(() -> english.getGraphic()).get()).isNull();
    }
}
