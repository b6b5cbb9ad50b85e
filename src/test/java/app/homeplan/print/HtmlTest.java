package app.homeplan.print;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlTest {
    @Test
    void markupCharactersBecomeEntities() {
        assertThat(Html.escape("<b>Mia</b> & \"Co\" 'x'")).isEqualTo("&lt;b&gt;Mia&lt;/b&gt; &amp; &quot;Co&quot; &#39;x&#39;");
        assertThat(Html.escape("]]> <!-- --> &amp;")).isEqualTo("]]&gt; &lt;!-- --&gt; &amp;amp;");
    }

    @Test
    void charactersXmlCannotCarryAreDroppedAndTheRestKept() {
        assertThat(Html.escape("a\u0000b\u0007c\uFFFEd\uFFFF")).isEqualTo("abcd");
        assertThat(Html.escape("lone \uD83D high, lone \uDE00 low")).isEqualTo("lone  high, lone  low");
        assertThat(Html.escape("Nguyễn مريم 小明 👩‍👧‍👦")).isEqualTo("Nguyễn مريم 小明 👩‍👧‍👦");
        assertThat(Html.escape("line\r\nbreak\rhere\ttab")).isEqualTo("line\nbreak\nhere\ttab");
        assertThat(Html.escape(null)).isEmpty();
        assertThat(Html.escape("ok \uD83D\uDC4D\uD83C\uDFFD!")).isEqualTo("ok \uD83D\uDC4D!"); // thumbs up, medium skin tone
    }
}
