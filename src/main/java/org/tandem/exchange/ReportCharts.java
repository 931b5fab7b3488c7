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
