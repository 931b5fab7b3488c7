package org.tandem.exchange;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.graphics2d.svg.SVGGraphics2D;
import org.tandem.domain.MapLabels;

import java.awt.Color;
import java.awt.Rectangle;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.NumberFormat;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The report's bar charts through JFreeChart, drawn without a display: inline SVG (JFreeSVG) in the HTML report,
 * a PNG image in the PDF. Labels come from the user's data and are escaped in the SVG by the library.
 */
final class ReportCharts {
    private static final int WIDTH = 760;
    private static final int HEIGHT = 300;
    private static final double DOT = 12;
    /** Categories that fit under the bars with their names; with more, the caption names the first and the last. */
    static final int NAMED_CATEGORIES = 16;
    /** Categories whose names fit across under their bars; with more, the names stand upright. */
    private static final int UPRIGHT_NAMES = 8;

    private ReportCharts() {
    }

    /**
     * One series, or two side by side (planned and actual) when {@code second} is given. None when every value is
     * nought: the table above says so, and the chart of the L plan's unsized segments was an empty frame with an axis
     * of 5E-9 steps.
     */
    static String bars(String title, Map<String, Double> first, String firstName, Map<String, Double> second, boolean png) {
        if (first.values().stream().allMatch(v -> v == 0) && (second == null || second.values().stream().allMatch(v -> v == 0))) {
            return "";
        }
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        first.forEach((k, v) -> data.addValue(v, firstName == null ? "Value" : firstName, k));
        if (second != null) {
            second.forEach((k, v) -> data.addValue(v, "Actual", k));
        }
        JFreeChart chart = ChartFactory.createBarChart(null, null, null, data, PlotOrientation.VERTICAL, second != null, false, false);
        chart.setBackgroundPaint(Color.WHITE);
        CategoryPlot plot = chart.getCategoryPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xD0D7DE));
        BarRenderer renderer = (BarRenderer) plot.getRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setSeriesPaint(0, new Color(0x0969DA));
        renderer.setSeriesPaint(1, new Color(0x8C959F));
        // millions in words a reader knows ("80M", not "8E7"); smaller amounts in full with their thousands grouped
        double most = Stream.concat(first.values().stream(), second == null ? Stream.empty() : second.values().stream())
                .mapToDouble(Math::abs).max().orElse(0);
        NumberFormat format = most >= 1e6 ? NumberFormat.getCompactNumberInstance(Locale.UK, NumberFormat.Style.SHORT)
                : NumberFormat.getIntegerInstance(Locale.UK);
        format.setMaximumFractionDigits(1);
        ((NumberAxis) plot.getRangeAxis()).setNumberFormatOverride(format);
        String caption = title;
        if (first.size() > UPRIGHT_NAMES) { // a year's months side by side were each cut to "20..."
            plot.getDomainAxis().setCategoryLabelPositions(CategoryLabelPositions.UP_90);
        } else {
            plot.getDomainAxis().setMaximumCategoryLabelLines(2); // "Independent cafes in Yorkshire" was "Independent caf..."
        }
        if (first.size() > NAMED_CATEGORIES) {
            // sixty months' names under sixty bars were each cut to "...": the first and last are named in the caption
            plot.getDomainAxis().setTickLabelsVisible(false);
            caption = title + ", " + PlanReport.esc(first.keySet().iterator().next()) + " to "
                    + PlanReport.esc(first.keySet().stream().reduce((x, y) -> y).orElseThrow());
        }
        return draw(chart, caption, png);
    }

    /** A competitor on the positioning map: its name (null: a dot alone), where it stands on each axis, whether it is ours. */
    record Spot(String name, double x, double y, boolean own) {
    }

    /** The positioning map: each competitor a dot with its name, ours in the accent colour. */
    static String map(String title, String xLabel, String yLabel, java.util.List<Spot> spots, boolean png) {
        if (spots.isEmpty()) {
            return "";
        }
        org.jfree.data.xy.XYSeriesCollection data = new org.jfree.data.xy.XYSeriesCollection();
        org.jfree.data.xy.XYSeries others = new org.jfree.data.xy.XYSeries("Competitors");
        org.jfree.data.xy.XYSeries own = new org.jfree.data.xy.XYSeries("Us");
        spots.forEach(s -> (s.own() ? own : others).add(s.x(), s.y()));
        data.addSeries(others);
        data.addSeries(own);
        JFreeChart chart = ChartFactory.createScatterPlot(null, xLabel, yLabel, data, PlotOrientation.VERTICAL, true, false, false);
        chart.setBackgroundPaint(Color.WHITE);
        org.jfree.chart.plot.XYPlot plot = chart.getXYPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(new Color(0xD0D7DE));
        plot.setRangeGridlinePaint(new Color(0xD0D7DE));
        // room around the outermost dots for their names
        plot.getRangeAxis().setUpperMargin(0.15);
        plot.getRangeAxis().setLowerMargin(0.1);
        plot.getDomainAxis().setUpperMargin(0.12);
        plot.getDomainAxis().setLowerMargin(0.12);
        plot.getRenderer().setSeriesPaint(0, new Color(0x8C959F));
        plot.getRenderer().setSeriesPaint(1, new Color(0x0969DA));
        java.awt.Shape dot = new java.awt.geom.Ellipse2D.Double(-DOT / 2, -DOT / 2, DOT, DOT);
        plot.getRenderer().setSeriesShape(0, dot);
        plot.getRenderer().setSeriesShape(1, dot);
        name(chart, plot, spots);
        return draw(chart, title, png);
    }

    /**
     * The named spots' names (ours first), placed as the screen's map places them, clear of one another: in pixels on a
     * first drawing at the chart's size, which says where the plot is, then turned into values on the axes, which keep
     * that drawing's ranges.
     */
    private static void name(JFreeChart chart, org.jfree.chart.plot.XYPlot plot, List<Spot> spots) {
        SVGGraphics2D scratch = new SVGGraphics2D(WIDTH, HEIGHT);
        org.jfree.chart.ChartRenderingInfo info = new org.jfree.chart.ChartRenderingInfo();
        chart.draw(scratch, new Rectangle(0, 0, WIDTH, HEIGHT), info);
        java.awt.geom.Rectangle2D area = info.getPlotInfo().getDataArea();
        org.jfree.chart.axis.ValueAxis across = plot.getDomainAxis();
        org.jfree.chart.axis.ValueAxis up = plot.getRangeAxis();
        across.setRange(across.getRange());
        up.setRange(up.getRange());
        java.awt.Font font = new java.awt.Font(java.awt.Font.SANS_SERIF, java.awt.Font.PLAIN, 11);
        java.awt.FontMetrics metrics = scratch.getFontMetrics(font);
        List<Spot> named = Stream.concat(spots.stream().filter(Spot::own), spots.stream().filter(s -> !s.own()))
                .filter(s -> s.name() != null).toList();
        List<MapLabels.Bubble> bubbles = named.stream().map(s -> new MapLabels.Bubble(across.valueToJava2D(s.x(), area, plot.getDomainAxisEdge()),
                up.valueToJava2D(s.y(), area, plot.getRangeAxisEdge()), DOT / 2, metrics.stringWidth(s.name()) + 2,
                metrics.getAscent() + metrics.getDescent())).toList();
        List<MapLabels.Place> places = MapLabels.place(bubbles, area.getMinX(), area.getMinY(), area.getMaxX(), area.getMaxY());
        for (int i = 0; i < named.size(); i++) {
            // a place is the name's top-left corner in pixels
            XYTextAnnotation label = new XYTextAnnotation(named.get(i).name(), across.java2DToValue(places.get(i).x(), area, plot.getDomainAxisEdge()),
                    up.java2DToValue(places.get(i).y(), area, plot.getRangeAxisEdge()));
            label.setTextAnchor(TextAnchor.TOP_LEFT);
            label.setFont(font);
            label.setPaint(new Color(0x1F2328));
            plot.addAnnotation(label, false);
        }
    }

    private static String draw(JFreeChart chart, String title, boolean png) {
        String caption = "<p class=\"muted\">" + title + "</p>";
        if (png) {
            try {
                // laid out at the SVG's size and drawn twice as fine: the map's names were placed for that layout
                java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(WIDTH * 2, HEIGHT * 2, java.awt.image.BufferedImage.TYPE_INT_RGB);
                java.awt.Graphics2D g = image.createGraphics();
                g.scale(2, 2);
                chart.draw(g, new Rectangle(0, 0, WIDTH, HEIGHT));
                g.dispose();
                byte[] bytes = ChartUtils.encodeAsPNG(image);
                return "<div class=\"chart\">" + caption + "<img alt=\"" + title + "\" src=\"data:image/png;base64,"
                        + Base64.getEncoder().encodeToString(bytes) + "\"/></div>";
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        SVGGraphics2D svg = new SVGGraphics2D(WIDTH, HEIGHT);
        chart.draw(svg, new Rectangle(0, 0, WIDTH, HEIGHT));
        return "<div class=\"chart\">" + caption + svg.getSVGElement() + "</div>";
    }
}
