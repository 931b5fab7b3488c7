package org.tandem.exchange;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.graphics2d.svg.SVGGraphics2D;

import java.awt.Color;
import java.awt.Rectangle;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.Map;

/**
 * The report's bar charts through JFreeChart, drawn without a display: inline SVG (JFreeSVG) in the HTML report,
 * a PNG image in the PDF. Labels come from the user's data and are escaped in the SVG by the library.
 */
final class ReportCharts {
    private static final int WIDTH = 760;
    private static final int HEIGHT = 300;

    private ReportCharts() {
    }

    /** One series, or two side by side (planned and actual) when {@code second} is given. */
    static String bars(String title, Map<String, Double> first, String firstName, Map<String, Double> second, boolean png) {
        if (first.isEmpty()) {
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
        return draw(chart, title, png);
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
        java.awt.Shape dot = new java.awt.geom.Ellipse2D.Double(-6, -6, 12, 12);
        plot.getRenderer().setSeriesShape(0, dot);
        plot.getRenderer().setSeriesShape(1, dot);
        for (Spot s : spots.stream().filter(s -> s.name() != null).toList()) {
            org.jfree.chart.annotations.XYTextAnnotation label = new org.jfree.chart.annotations.XYTextAnnotation(s.name(), s.x(), s.y());
            label.setTextAnchor(org.jfree.chart.ui.TextAnchor.BOTTOM_CENTER);
            label.setFont(new java.awt.Font(java.awt.Font.SANS_SERIF, java.awt.Font.PLAIN, 11));
            label.setPaint(new Color(0x1F2328));
            plot.addAnnotation(label);
        }
        return draw(chart, title, png);
    }

    private static String draw(JFreeChart chart, String title, boolean png) {
        String caption = "<p class=\"muted\">" + title + "</p>";
        if (png) {
            try {
                byte[] bytes = ChartUtils.encodeAsPNG(chart.createBufferedImage(WIDTH * 2, HEIGHT * 2));
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
