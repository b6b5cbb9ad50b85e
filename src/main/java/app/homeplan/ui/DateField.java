package app.homeplan.ui;

import app.homeplan.i18n.Messages;
import app.homeplan.ui.Accessibility;
import java.time.LocalDate;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * A date picker that understands dates typed the way people write them here (14/3/2022, 14.3.22,
 * 2022-03-14, 14 Mar 2022) and says so kindly, while typing, when it cannot read one.
 */
public final class DateField extends VBox {
    private final DatePicker picker = new DatePicker();
    private final Label problem = new Label();

    public DateField(ObjectProperty<LocalDate> value) {
        super(4);
        getStyleClass().add("date-field");
        Locale locale = Messages.locale();
        picker.setConverter(new Converter(locale, picker));
        picker.setPromptText(Messages.get("intake.date.prompt", numeric(locale).format(LocalDate.of(2022, 3, 14))));
        picker.valueProperty().bindBidirectional(value);
        picker.setMaxWidth(Double.MAX_VALUE);
        picker.setShowWeekNumbers(false);
        Accessibility.dateField(picker);
        problem.getStyleClass().add("field-problem");
        problem.setWrapText(true);
        problem.setMinHeight(Region.USE_PREF_SIZE); // wraps in a crowded column (the review's sidebar) rather than ending in "..."
        Shown.set(problem, false);
        picker.getEditor().textProperty().addListener((o, was, now) -> check(now, locale));
        getChildren().addAll(picker, problem);
    }

    public DatePicker picker() {
        return picker;
    }

    /** A label's mnemonic or a caller focusing the field means the date box. */
    @Override
    public void requestFocus() {
        picker.requestFocus();
    }

    private void check(String text, Locale locale) {
        boolean unreadable = text != null && !text.isBlank() && parse(text, locale).isEmpty();
        problem.setText(unreadable ? Messages.get("intake.date.unreadable", text.strip(),
                numeric(locale).format(LocalDate.of(2022, 3, 14))) : "");
        Shown.set(problem, unreadable);
    }

    /** Reads a typed date, or empty. */
    public static Optional<LocalDate> parse(String text, Locale locale) {
        String cleaned = text.strip().replaceAll("[.\\-\\s/]+", "/");
        for (DateTimeFormatter f : readers(locale)) {
            try {
                return Optional.of(LocalDate.parse(cleaned, f));
            } catch (DateTimeParseException ignored) {
                // try the next way of writing it
            }
        }
        try {
            return Optional.of(LocalDate.parse(text.strip(), medium(locale)));
        } catch (DateTimeParseException ignored) {
            return Optional.empty();
        }
    }

    private static List<DateTimeFormatter> readers(Locale locale) {
        String order = shortPattern(locale).replaceAll("[^dMy]", "");
        String dmy = order.indexOf('M') < order.indexOf('d') ? "M/d/" : "d/M/";
        List<DateTimeFormatter> readers = new ArrayList<>();
        readers.add(DateTimeFormatter.ofPattern("uuuu/M/d", locale));
        readers.add(DateTimeFormatter.ofPattern(dmy + "uuuu", locale));
        readers.add(DateTimeFormatter.ofPattern(dmy + "uu", locale));
        return readers;
    }

    private static String shortPattern(Locale locale) {
        return DateTimeFormatterBuilder.getLocalizedDateTimePattern(FormatStyle.SHORT, null, IsoChronology.INSTANCE, locale);
    }

    /** How dates are shown: "14 Mar 2022" style, which nobody misreads. */
    public static DateTimeFormatter medium(Locale locale) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
    }

    /** The short numeric form people type, with a four-digit year ("14/3/2022"). */
    public static DateTimeFormatter numeric(Locale locale) {
        String order = shortPattern(locale).replaceAll("[^dMy]", "");
        return DateTimeFormatter.ofPattern(order.indexOf('M') < order.indexOf('d') ? "M/d/uuuu" : "d/M/uuuu", locale);
    }

    private static final class Converter extends StringConverter<LocalDate> {
        private final Locale locale;
        private final DatePicker picker;

        Converter(Locale locale, DatePicker picker) {
            this.locale = locale;
            this.picker = picker;
        }

        @Override
        public String toString(LocalDate date) {
            return date == null ? "" : medium(locale).format(date);
        }

        @Override
        public LocalDate fromString(String text) {
            if (text == null || text.isBlank()) {
                return null;
            }
            // Unreadable text keeps the date as it was, and the typing stays on screen with a note
            // saying how to write it (DatePicker does not catch a failure when focus moves on).
            return parse(text, locale).orElse(picker.getValue());
        }
    }
}
