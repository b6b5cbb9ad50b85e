package app.homeplan.review.ui;

import app.homeplan.ui.BidiLines;
import app.homeplan.i18n.Messages;
import app.homeplan.plan.Family;
import app.homeplan.scores.Copm;
import app.homeplan.scores.GoalProgress;
import app.homeplan.scores.PracticeSummary;
import app.homeplan.scores.RatingComparison;
import app.homeplan.scores.ReviewScores;
import app.homeplan.scores.ScoreFormat;
import app.homeplan.scores.ScoreText;
import java.util.OptionalDouble;
import javafx.geometry.HPos;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The results of the open review: the GAS T-score with the goals it covers, mean performance and
 * satisfaction beside the start, each goal's change with the 2-point threshold made visible, and
 * charts over every review. Rebuilt from the model's scores whenever they change.
 */
final class ReviewResults extends VBox {
    private final ReviewViewModel model;
    private final HBox tiles = new HBox(16);
    private final GridPane table = new GridPane();
    private final ProgressCharts charts = new ProgressCharts();

    ReviewResults(ReviewViewModel model) {
        this.model = model;
        setSpacing(18);
        getStyleClass().add("review-results");
        setId("reviewResults");

        Label threshold = new Label(Messages.get("review.threshold", Copm.MEANINGFUL_CHANGE));
        threshold.getStyleClass().add("threshold-note");
        threshold.setWrapText(true);
        Label gain = new Label();
        ChangePill.showCompact(gain, new Copm.Change(Copm.MEANINGFUL_CHANGE));
        Label loss = new Label();
        ChangePill.showCompact(loss, new Copm.Change(-Copm.MEANINGFUL_CHANGE));
        HBox legend = new HBox(8, gain, loss, threshold);
        legend.setAlignment(Pos.CENTER_LEFT);

        table.getStyleClass().add("progress-table");
        table.setId("progressTable");
        table.setHgap(0);
        table.setVgap(0);

        getChildren().addAll(tiles, heading("review.results.goals"), legend, table,
                heading("review.results.charts"), charts);
        model.openScoresProperty().addListener((o, was, now) -> refresh());
        model.summaryProperty().addListener((o, was, now) -> charts.show(now));
        refresh();
        charts.show(model.summaryProperty().get());
    }

    private void refresh() {
        ReviewScores scores = model.openScoresProperty().get();
        tiles.getChildren().clear();
        table.getChildren().clear();
        table.getColumnConstraints().clear();
        if (scores == null) {
            return;
        }
        Family family = model.familyProperty().get();

        // Start and now over the same goals, each tile saying which (ScoreText: the sentences the PDFs print).
        VBox gasTile = tile("review.tile.gas", ScoreFormat.oneDecimal(scores.gas().now().tScore()), "gasTScore",
                Messages.get("review.tile.gas.start", ScoreFormat.oneDecimal(scores.gas().start().tScore())),
                ScoreText.gasCoverage(family, scores.gas()), null);
        Label meaning = new Label(Messages.get("review.tile.gas.meaning"));
        meaning.getStyleClass().addAll("muted", "tile-detail");
        meaning.setWrapText(true);
        gasTile.getChildren().add(meaning);
        tiles.getChildren().addAll(gasTile,
                ratingTile("review.tile.performance", scores.performance(), family, "performanceMean"),
                ratingTile("review.tile.satisfaction", scores.satisfaction(), family, "satisfactionMean"));
        tiles.getChildren().forEach(t -> HBox.setHgrow(t, Priority.ALWAYS));
        buildTable(scores);
    }

    private VBox ratingTile(String titleKey, RatingComparison comparison, Family family, String id) {
        Label pill = new Label();
        ChangePill.show(pill, comparison);
        return tile(titleKey, ScoreFormat.oneDecimal(comparison.now()), id,
                Messages.get("review.tile.mean.start", ScoreFormat.oneDecimal(comparison.start())),
                ScoreText.ratingCoverage(family, comparison), pill);
    }

    private static VBox tile(String titleKey, String value, String id, String startLine, String detail, Label pill) {
        Label title = new Label(Messages.get(titleKey));
        title.getStyleClass().add("tile-title");
        Label big = new Label(value);
        big.getStyleClass().add("tile-value");
        big.setId(id);
        Label from = new Label(startLine);
        from.getStyleClass().add("muted");
        HBox valueRow = new HBox(12, big);
        valueRow.setAlignment(Pos.BASELINE_LEFT);
        if (pill != null) {
            valueRow.getChildren().add(pill);
        }
        Label more = new Label(detail);
        more.setWrapText(true);
        more.getStyleClass().add("tile-detail");
        more.setId(id + "Detail");
        VBox tile = new VBox(4, title, valueRow, from, more);
        tile.getStyleClass().add("score-tile");
        tile.setMinWidth(0);
        tile.setPrefWidth(300);
        return tile;
    }

    /** Goal | performance start → now | satisfaction start → now | GAS start → now | decision. */
    private void buildTable(ReviewScores scores) {
        ColumnConstraints goalColumn = new ColumnConstraints();
        goalColumn.setHgrow(Priority.ALWAYS);
        goalColumn.setMinWidth(200);
        table.getColumnConstraints().add(goalColumn);
        // Numbers and the decision keep their width; the GAS column (with who rated) and the practice
        // sentences wrap, so the table never grows wider than the window.
        boolean[] wraps = {false, false, true, false, true};
        for (boolean wrap : wraps) {
            ColumnConstraints c = new ColumnConstraints();
            c.setHalignment(HPos.LEFT);
            if (wrap) {
                c.setMinWidth(120);
                c.setPrefWidth(220);
                c.setHgrow(Priority.SOMETIMES);
            } else {
                c.setMinWidth(Region.USE_PREF_SIZE);
            }
            table.getColumnConstraints().add(c);
        }
        String[] headers = {"review.table.goal", "review.table.performance", "review.table.satisfaction",
                "review.table.gas", "review.table.status", "review.table.practice"};
        for (int c = 0; c < headers.length; c++) {
            Label h = new Label(Messages.get(headers[c]));
            h.getStyleClass().add("table-head");
            h.setMaxWidth(Double.MAX_VALUE);
            table.add(h, c, 0);
        }
        int rowIndex = 1;
        for (GoalProgress g : scores.goals()) {
            Label goal = BidiLines.install(new Label(BidiLines.leftToRight(g.rank() + ".  " + BidiLines.inSentence(g.goal().headline()))));
            goal.setWrapText(true);
            goal.getStyleClass().add("goal-cell");
            table.add(cell(goal, rowIndex), 0, rowIndex);
            if (g.addedLater()) {
                Label later = muted(Messages.get("review.table.addedLater"));
                table.add(cell(later, rowIndex), 1, rowIndex, 5, 1);
                rowIndex++;
                continue;
            }
            table.add(cell(copmCell(g.baselinePerformance(), g.performance(),
                    g.performanceChange().orElse(null)), rowIndex), 1, rowIndex);
            table.add(cell(copmCell(g.baselineSatisfaction(), g.satisfaction(),
                    g.satisfactionChange().orElse(null)), rowIndex), 2, rowIndex);
            Label gas = !g.gasRatable() ? muted(Messages.get("review.table.noLevels"))
                    : g.gasBaseline() == null && g.gasAttainment() == null ? muted(Messages.get("review.table.noGas"))
                    : new Label(Messages.get("review.table.fromTo", ScoreFormat.level(g.gasBaseline()),
                            ScoreFormat.level(g.gasAttainment())));
            gas.getStyleClass().add("from-to");
            gas.setMinWidth(Region.USE_PREF_SIZE);
            VBox gasBox = new VBox(2, gas);
            gasBox.setMinWidth(0);
            String raters = ScoreText.raters(g);
            if (!raters.isEmpty()) {
                Label who = muted(raters);
                who.setWrapText(true);
                who.setMinWidth(0);
                who.setId("raters" + g.rank());
                gasBox.getChildren().add(who);
            }
            table.add(cell(gasBox, rowIndex), 3, rowIndex);
            Label status = new Label(g.rating() == null ? Messages.get("review.table.notRated") : ScoreText.decision(g));
            status.setId("decision" + g.rank());
            if (g.status().isEmpty()) {
                status.getStyleClass().add("muted");
            }
            table.add(cell(status, rowIndex), 4, rowIndex);
            VBox practice = new VBox(2);
            practice.setMinWidth(0);
            practice.setId("practice" + g.rank());
            for (PracticeSummary p : g.practice()) {
                Label line = new Label(ScoreText.practice(p));
                line.setWrapText(true);
                line.setMinWidth(0);
                practice.getChildren().add(line);
            }
            if (g.practice().isEmpty()) {
                practice.getChildren().add(muted(Messages.get("review.table.noPractice")));
            }
            table.add(cell(practice, rowIndex), 5, rowIndex);
            rowIndex++;
        }
    }

    private static HBox copmCell(Integer start, Integer now, Copm.Change change) {
        Label values = new Label(Messages.get("review.table.fromTo", ScoreFormat.rating(start), ScoreFormat.rating(now)));
        values.getStyleClass().add("from-to");
        values.setMinWidth(Region.USE_PREF_SIZE);
        Label pill = new Label();
        ChangePill.showCompact(pill, change);
        HBox box = new HBox(10, values, pill);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private static HBox cell(javafx.scene.Node content, int row) {
        HBox box = new HBox(content);
        box.setAlignment(Pos.CENTER_LEFT);
        box.getStyleClass().addAll("table-cell-box", row % 2 == 0 ? "even" : "odd");
        box.setMaxWidth(Double.MAX_VALUE);
        box.setMaxHeight(Double.MAX_VALUE);
        HBox.setHgrow(content, Priority.ALWAYS);
        return box;
    }

    private static Label muted(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("muted");
        return l;
    }

    private static Label heading(String key) {
        Label l = new Label(Messages.get(key));
        l.getStyleClass().add("section-title");
        return l;
    }
}
