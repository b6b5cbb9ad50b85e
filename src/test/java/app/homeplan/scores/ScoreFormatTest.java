package app.homeplan.scores;

import static org.assertj.core.api.Assertions.assertThat;

import app.homeplan.i18n.Messages;
import java.util.Locale;
import java.util.OptionalDouble;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** One decimal everywhere, rounded as a person would, with honest signs. */
class ScoreFormatTest {
    @BeforeEach
    @AfterEach
    void english() {
        Messages.setLocale(Locale.forLanguageTag("en-AU"));
    }

    @Test
    void oneDecimalRoundsHalvesAwayFromZero() {
        assertThat(ScoreFormat.oneDecimal(55.0)).isEqualTo("55.0");
        assertThat(ScoreFormat.oneDecimal(2.25)).isEqualTo("2.3");
        assertThat(ScoreFormat.oneDecimal(0.15)).isEqualTo("0.2");   // the double is a little below 0.15
        assertThat(ScoreFormat.oneDecimal(2.0 / 3)).isEqualTo("0.7");
        assertThat(ScoreFormat.oneDecimal(54.94)).isEqualTo("54.9");
        assertThat(ScoreFormat.oneDecimal(54.95)).isEqualTo("55.0");
        assertThat(ScoreFormat.oneDecimal(-2.25)).isEqualTo("\u22122.3");
        assertThat(ScoreFormat.oneDecimal(35.4919)).isEqualTo("35.5");
    }

    @Test
    void neverShowsMinusZero() {
        assertThat(ScoreFormat.oneDecimal(-0.04)).isEqualTo("0.0");
        assertThat(ScoreFormat.signed(-0.04)).isEqualTo("0.0");
        assertThat(ScoreFormat.signed(0.04)).isEqualTo("0.0");
        assertThat(ScoreFormat.signed(0)).isEqualTo("0");
    }

    @Test
    void changesCarryTheirSign() {
        assertThat(ScoreFormat.signed(2.5)).isEqualTo("+2.5");
        assertThat(ScoreFormat.signed(-1.0)).isEqualTo("\u22121.0");
        assertThat(ScoreFormat.signed(3)).isEqualTo("+3");
        assertThat(ScoreFormat.signed(-2)).isEqualTo("\u22122");
        assertThat(ScoreFormat.level(null)).isEqualTo("\u2014");
        assertThat(ScoreFormat.level(-1)).isEqualTo("\u22121");
        assertThat(ScoreFormat.rating(7)).isEqualTo("7");
        assertThat(ScoreFormat.signed(OptionalDouble.empty())).isEqualTo("\u2014");
    }

    @Test
    void usesTheDecimalMarkOfTheLanguage() {
        Messages.setLocale(Locale.GERMANY);
        assertThat(ScoreFormat.oneDecimal(55.0)).isEqualTo("55,0");
        assertThat(ScoreFormat.round(2.25)).isEqualTo(2.3);
    }
}
