package org.tandem.ui.dashboard;

import javafx.geometry.Pos;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.tandem.domain.Destination;
import org.tandem.domain.ObjectiveStatus;
import org.tandem.domain.SalesHat;
import org.tandem.domain.StatusFigure;
import org.tandem.domain.StatusItem;
import org.tandem.domain.TimeSplit;
import org.tandem.ui.common.ExplainButton;

import java.util.List;
import java.util.Locale;

/** The dashboard's building blocks: a figure with its link and its explanation, a list of items, a standing bar. */
final class DashboardParts {
    /** Lists show this many lines; the rest are counted. */
    static final int LISTED = 5;

    private final DashboardViewModel viewModel;

    DashboardParts(DashboardViewModel viewModel) {
        this.viewModel = viewModel;
    }

    /** A node id from a figure's key ("funnel.leadsNeeded" to "funnel-leadsNeeded"). */
    static String id(String key) {
        return key.replaceAll("[^A-Za-z0-9]+", "-");
    }

    /** Caption, the value as a link to where it comes from, and "?" for how it is worked out. */
    HBox figure(StatusFigure f) {
        Label caption = new Label(f.label());
        caption.setWrapText(true);
        caption.setMinWidth(120);
        caption.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(caption, Priority.ALWAYS);
        Hyperlink value = new Hyperlink(f.shown());
        value.setId("fig-" + id(f.key()));
        value.getStyleClass().add("figure-value");
        value.setWrapText(true);
        value.setAccessibleText(f.label() + ": " + f.shown() + ". Opens " + where(f.opens()));
        value.setOnAction(e -> viewModel.open(f.opens()));
        HBox row = new HBox(6, caption, value, ExplainButton.create("why-" + id(f.key()), f.label(), f::explanation,
                where(f.opens()), () -> viewModel.open(f.opens())));
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().add("figure-row");
        return row;
    }

    /** A figure as a card: the value large, the caption under it. */
    VBox tile(StatusFigure f) {
        Hyperlink value = new Hyperlink(f.shown());
        value.setId("fig-" + id(f.key()));
        value.getStyleClass().add("tile-value");
        value.setAccessibleText(f.label() + ": " + f.shown());
        value.setOnAction(e -> viewModel.open(f.opens()));
        Label caption = new Label(f.label());
        caption.setWrapText(true);
        HBox bottom = new HBox(4, caption, ExplainButton.create("why-" + id(f.key()), f.label(), f::explanation,
                where(f.opens()), () -> viewModel.open(f.opens())));
        bottom.setAlignment(Pos.CENTER_LEFT);
        VBox tile = new VBox(2, value, bottom);
        tile.getStyleClass().add("count-card");
        return tile;
    }

    /** A titled list of items, each a link; {@code empty} when there are none. */
    VBox list(String id, String title, List<StatusItem> items, String empty) {
        Label heading = new Label(title);
        heading.getStyleClass().add("list-title");
        VBox box = new VBox(2, heading);
        box.setId(id);
        if (items.isEmpty()) {
            Label none = new Label(empty);
            none.getStyleClass().add("text-muted");
            none.setWrapText(true);
            box.getChildren().add(none);
        }
        int n = 0;
        for (StatusItem item : items.subList(0, Math.min(LISTED, items.size()))) {
            Hyperlink link = new Hyperlink(item.title());
            link.setId(id + "-" + n++);
            link.setWrapText(true);
            link.setOnAction(e -> viewModel.open(item.opens()));
            Label detail = new Label(item.detail());
            detail.getStyleClass().add("text-muted");
            detail.setWrapText(true);
            HBox line = new HBox(4, link, detail);
            line.setAlignment(Pos.BASELINE_LEFT);
            box.getChildren().add(line);
        }
        if (items.size() > LISTED) {
            Label more = new Label("and " + (items.size() - LISTED) + " more");
            more.getStyleClass().add("text-muted");
            box.getChildren().add(more);
        }
        return box;
    }

    /** An objective's standing: its figure, a bar of the share reached, and the word with an icon (never colour alone). */
    VBox standing(SalesHat.Standing s, int n) {
        ProgressBar bar = new ProgressBar(Math.max(0, Math.min(1, s.achieved())));
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.setId("standing-bar-" + n);
        HBox.setHgrow(bar, Priority.ALWAYS);
        String word = s.status().map(ObjectiveStatus::toString).orElse("No actuals yet");
        Label status = new Label(word, new FontIcon(s.status().map(st -> switch (st) {
            case ON_TRACK -> "mdi2c-check-circle-outline";
            case AT_RISK -> "mdi2a-alert-outline";
            case OFF_TRACK -> "mdi2c-close-octagon-outline";
        }).orElse("mdi2m-minus-circle-outline")));
        status.setId("standing-word-" + n);
        status.setMinWidth(Label.USE_PREF_SIZE);
        String style = s.status().map(st -> switch (st) {
            case ON_TRACK -> "success";
            case AT_RISK -> "warning";
            case OFF_TRACK -> "danger";
        }).orElse("muted");
        bar.getStyleClass().add(style);
        status.getStyleClass().addAll("standing-word", style);
        HBox line = new HBox(8, bar, status);
        line.setAlignment(Pos.CENTER_LEFT);
        return new VBox(2, figure(s.figure()), line);
    }

    /** Hours planned for each hat against hours available, per person, this week and this month. */
    GridPane timeSplit(TimeSplit week, TimeSplit month, Locale locale) {
        GridPane grid = new GridPane();
        grid.setId("timeSplitGrid");
        grid.setHgap(14);
        grid.setVgap(4);
        grid.addRow(0, header(""), header("This week: marketing"), header("sales"), header("This month: marketing"), header("sales"));
        for (int i = 0; i < week.rows().size(); i++) {
            TimeSplit.Row w = week.rows().get(i);
            TimeSplit.Row m = month.rows().get(i);
            Label who = new Label(w.person());
            grid.addRow(i + 1, who, hours(w.marketing(), w.marketingAvailable(), locale), hours(w.sales(), w.salesAvailable(), locale),
                    hours(m.marketing(), m.marketingAvailable(), locale), hours(m.sales(), m.salesAvailable(), locale),
                    ExplainButton.create("why-" + id(w.figure().key()), w.figure().label(), () -> w.figure().explanation(),
                            where(w.figure().opens()), () -> viewModel.open(w.figure().opens())));
        }
        return grid;
    }

    private static Label header(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("text-muted");
        return l;
    }

    private static Label hours(double planned, double available, Locale locale) {
        boolean over = planned > available + 1e-9;
        Label l = new Label(org.tandem.domain.NumberText.formatNumber(planned, locale, 1) + " of "
                + org.tandem.domain.NumberText.formatNumber(available, locale, 1) + " h" + (over ? " (over)" : ""));
        if (over) {
            l.getStyleClass().add("danger");
            l.setGraphic(new FontIcon("mdi2a-alert-outline"));
        }
        return l;
    }

    /** Where a click sends the user, in words. */
    static String where(Destination d) {
        if (d == null) {
            return "";
        }
        return switch (d.kind()) {
            case CAMPAIGN -> "the campaign";
            case SALES_STEP -> d.salesPlanId() == null ? "the sales plan" : "step " + d.step() + " of the sales plan";
            case NOTE -> "the note";
            case COMPETITOR -> "the competitor";
            case RESEARCH -> "Market research";
            case COMPETITORS -> "Competitors";
            case CALENDAR -> "the calendar";
            case DASHBOARD -> "the dashboard";
        };
    }
}
