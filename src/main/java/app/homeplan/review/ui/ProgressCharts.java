package app.homeplan.review.ui;

import app.homeplan.i18n.Messages;
import app.homeplan.scores.ProgressSummary;
import app.homeplan.scores.ScoreFormat;
import app.homeplan.ui.Accessibility;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.OptionalDouble;
import java.util.function.Function;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;

/**
 * Progress over time, readable at a glance: mean performance and satisfaction (1-10) and the GAS
 * T-score, from the start through every review, each point labelled with its value.
 */
final class ProgressCharts extends HBox {
    private final LineChart<String, Number> copm;
    private final LineChart<String, Number> gas;
    private final NumberAxis gasAxis = new NumberAxis(30, 70, 10);

    ProgressCharts() {
        super(16);
        getStyleClass().add("progress-charts");
        NumberAxis copmAxis = new NumberAxis(0, 10, 2);
        copmAxis.setLabel(Messages.get("review.chart.copm.axis"));
        copm = chart(Messages.get("review.chart.copm"), copmAxis, "copmChart");
        gasAxis.setLabel(Messages.get("review.chart.gas.axis"));
        gas = chart(Messages.get("review.chart.gas"), gasAxis, "gasChart");
        getChildren().addAll(copm, gas);
    }

    private static LineChart<String, Number> chart(String title, NumberAxis y, String id) {
        y.setAutoRanging(false);
        y.setMinorTickVisible(false);
        CategoryAxis x = new CategoryAxis();
        x.setAnimated(false);
        LineChart<String, Number> chart = new LineChart<>(x, y);
        chart.setId(id);
        chart.setTitle(title);
        chart.setAnimated(false);
        chart.setMinHeight(340);
        chart.setPrefHeight(380);
        chart.setMinWidth(0);
        chart.setPrefWidth(520);
        chart.setHorizontalGridLinesVisible(true);
        chart.setVerticalGridLinesVisible(false);
        HBox.setHgrow(chart, Priority.ALWAYS);
        return chart;
    }

    void show(ProgressSummary summary) {
        List<ProgressSummary.Point> points = summary.timeline();
        copm.getData().setAll(List.of(
                series(Messages.get("review.chart.performance"), points, ProgressSummary.Point::performance,
                        p -> !below(p.performance(), p.satisfaction())),
                series(Messages.get("review.chart.satisfaction"), points, ProgressSummary.Point::satisfaction,
                        p -> below(p.performance(), p.satisfaction()))));

        XYChart.Series<String, Number> expected = new XYChart.Series<>();
        expected.setName(Messages.get("review.chart.expected"));
        for (ProgressSummary.Point p : points) {
            XYChart.Data<String, Number> d = new XYChart.Data<>(category(p), 50);
            Region hidden = new Region();
            hidden.setVisible(false);
            d.setNode(hidden);
            expected.getData().add(d);
        }
        XYChart.Series<String, Number> tScores = series(Messages.get("review.chart.tScore"), points,
                ProgressSummary.Point::tScore, p -> true);
        double low = 30;
        double high = 70;
        for (ProgressSummary.Point p : points) {
            if (p.tScore().isPresent()) {
                low = Math.min(low, Math.floor((p.tScore().getAsDouble() - 5) / 10) * 10);
                high = Math.max(high, Math.ceil((p.tScore().getAsDouble() + 5) / 10) * 10);
            }
        }
        gasAxis.setLowerBound(low);
        gasAxis.setUpperBound(high);
        gas.getData().setAll(List.of(tScores, expected));
        // A text alternative: the numbers the charts draw, point by point, for a screen reader.
        Accessibility.picture(copm, Messages.get("review.chart.copm") + ": " + describe(points, p ->
                Messages.get("review.chart.copm.point", category(p).replace('\n', ' '),
                        text(p.performance()), text(p.satisfaction()))));
        Accessibility.picture(gas, Messages.get("review.chart.gas") + ": " + describe(points, p ->
                Messages.get("review.chart.gas.point", category(p).replace('\n', ' '), text(p.tScore()))));
    }

    private static String describe(List<ProgressSummary.Point> points, Function<ProgressSummary.Point, String> point) {
        return String.join("; ", points.stream().map(point).toList());
    }

    private static String text(OptionalDouble value) {
        return value.isPresent() ? ScoreFormat.oneDecimal(value.getAsDouble()) : Messages.get("review.chart.notRated");
    }

    private static XYChart.Series<String, Number> series(String name, List<ProgressSummary.Point> points,
                                                         Function<ProgressSummary.Point, OptionalDouble> value,
                                                         java.util.function.Predicate<ProgressSummary.Point> labelAbove) {
        XYChart.Series<String, Number> s = new XYChart.Series<>();
        s.setName(name);
        for (ProgressSummary.Point p : points) {
            OptionalDouble v = value.apply(p);
            if (v.isPresent()) {
                XYChart.Data<String, Number> d = new XYChart.Data<>(category(p), v.getAsDouble());
                d.setNode(new ValueSymbol(ScoreFormat.oneDecimal(v.getAsDouble()), labelAbove.test(p)));
                s.getData().add(d);
            }
        }
        return s;
    }

    /** Whether the first value lies below the second, so its label goes underneath, away from the other line. */
    private static boolean below(OptionalDouble first, OptionalDouble second) {
        return first.isPresent() && second.isPresent() && first.getAsDouble() < second.getAsDouble();
    }

    /** "Start\n3 Jul 2026", "Review 2\n24 Sep 2026": unique per point, so reviews on one day stay apart. */
    static String category(ProgressSummary.Point p) {
        String date = p.date() == null ? ""
                : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(Messages.locale()).format(p.date());
        String name = p.isStart() ? Messages.get("review.chart.start") : Messages.get("review.chart.review", p.reviewNumber());
        return date.isEmpty() ? name : name + "\n" + date;
    }

    /**
     * The usual round symbol (the chart styles it in the series' colour) with its value written
     * above or below it, so two series that run close together keep their labels apart.
     */
    private static final class ValueSymbol extends StackPane {
        private final Label label;
        private final boolean above;

        ValueSymbol(String text, boolean above) {
            this.above = above;
            label = new Label(text);
            label.getStyleClass().add("chart-value-label");
            label.setManaged(false);
            getChildren().add(label);
        }

        @Override
        protected void layoutChildren() {
            label.autosize();
            label.relocate((getWidth() - label.getWidth()) / 2, above ? -label.getHeight() - 2 : getHeight() + 2);
        }
    }
}
