package app.homeplan.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A form of cards in a scroll pane, as a wizard step is (headless Monocle): when a note grows by a line,
 * the form is laid out again, and a card that did not change answers its height from memory instead of
 * wrapping its words again; a card whose words do change is measured again and takes its new height.
 */
class RememberingVBoxTest {
    static final String LONG = "A hint long enough to wrap over several lines in a narrow card, as the hints of the"
            + " intake's cards do, so measuring it means laying out its words at the card's width.";

    final FxRobot robot = new FxRobot();
    final AtomicInteger otherCardMeasured = new AtomicInteger();
    Stage stage;
    TextArea note;
    Label otherHint;
    VBox otherCard;

    @BeforeEach
    void show() throws Exception {
        FxToolkit.registerPrimaryStage();
        robot.interact(() -> {
            stage = new Stage();
            note = Forms.textArea(new javafx.beans.property.SimpleStringProperty(""), 2, "");
            VBox noteCard = Forms.card("Notes", Forms.field("What went well", note));
            otherHint = new Label(LONG) {
                @Override
                protected double computePrefHeight(double width) {
                    otherCardMeasured.incrementAndGet();
                    return super.computePrefHeight(width);
                }
            };
            otherHint.setWrapText(true);
            otherCard = Forms.card("Another card", otherHint);
            VBox form = new VBox(20, noteCard, otherCard);
            ScrollPane page = new ScrollPane(form);
            page.setFitToWidth(true);
            stage.setScene(new Scene(page, 320, 400));
            stage.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void close() {
        robot.interact(() -> stage.close());
    }

    @Test
    void aNoteThatGrowsByALineLeavesTheOtherCardsMeasuredAndACardThatChangesIsMeasuredAgain() {
        double noteHeight = fx(() -> note.getHeight());
        otherCardMeasured.set(0);
        robot.interact(() -> note.setText("one\ntwo\nthree\nfour\nfive"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fx(() -> note.getHeight())).as("the note grew").isGreaterThan(noteHeight);
        assertThat(otherCardMeasured.get()).as("the unchanged card's words measured again").isZero();

        double cardHeight = fx(() -> otherCard.getHeight());
        robot.interact(() -> otherHint.setText(LONG + " " + LONG));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(otherCardMeasured.get()).as("the changed card's words measured").isPositive();
        assertThat(fx(() -> otherCard.getHeight())).as("the changed card took its new height").isGreaterThan(cardHeight);
        assertThat(fx(() -> otherHint.getHeight())).isEqualTo(fx(() -> otherHint.prefHeight(otherHint.getWidth())));
    }

    private static <T> T fx(Callable<T> work) {
        try {
            return WaitForAsyncUtils.asyncFx(work).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
