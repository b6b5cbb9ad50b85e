package app.homeplan.i18n;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class MessagesTest {
    /** A lone apostrophe would silently swallow text under MessageFormat. */
    private static final Pattern LONE_APOSTROPHE = Pattern.compile("(?<!')'(?!')");

    @Test
    void everyMessageIsAValidPatternWithDoubledApostrophes() {
        List<String> problems = new ArrayList<>();
        for (ResourceBundle bundle : Messages.bundles()) {
            for (String key : bundle.keySet()) {
                String value = bundle.getString(key);
                if (LONE_APOSTROPHE.matcher(value).find()) {
                    problems.add(key + ": single apostrophe; write '' instead");
                }
                try {
                    new MessageFormat(value);
                } catch (IllegalArgumentException e) {
                    problems.add(key + ": " + e.getMessage());
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void argumentsAreFilledInAndApostrophesShown() {
        assertThat(Messages.get("plan.error.required", "The child's name")).isEqualTo("The child's name is needed.");
    }

    @Test
    void aMissingKeyFailsWhileTestingAndShowsAsTheKeyForUsers() {
        boolean was = Messages.strict(true);
        try {
            assertThatThrownBy(() -> Messages.get("no.such.key")).isInstanceOf(MissingResourceException.class)
                    .hasMessageContaining("no.such.key");
            Messages.strict(false);
            java.util.List<java.util.logging.LogRecord> reported = new java.util.ArrayList<>();
            java.util.logging.Handler catcher = new java.util.logging.Handler() {
                @Override
                public void publish(java.util.logging.LogRecord record) {
                    reported.add(record);
                }

                @Override
                public void flush() {
                }

                @Override
                public void close() {
                }
            };
            java.util.logging.Logger logger = java.util.logging.Logger.getLogger(Messages.class.getName());
            logger.addHandler(catcher);
            try {
                assertThat(Messages.get("no.such.key.for.users")).isEqualTo("no.such.key.for.users");
                assertThat(Messages.get("no.such.key.for.users")).isEqualTo("no.such.key.for.users");
            } finally {
                logger.removeHandler(catcher);
            }
            assertThat(reported).as("reported once, not silently").hasSize(1);
            assertThat(reported.get(0).getLevel()).isEqualTo(java.util.logging.Level.WARNING);
            assertThat(java.text.MessageFormat.format(reported.get(0).getMessage(), reported.get(0).getParameters()))
                    .contains("no.such.key.for.users");
        } finally {
            Messages.strict(was);
        }
    }
}
