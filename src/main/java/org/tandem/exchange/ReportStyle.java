package org.tandem.exchange;

/** The report's one stylesheet: readable on screen, and on paper with page numbers and a contents list with pages. */
final class ReportStyle {
    private ReportStyle() {
    }

    static String css(boolean forPdf, boolean letter) {
        String base = """
                body { font-family: sans-serif; color: #1f2328; font-size: 11pt; line-height: 1.4; max-width: 60em; margin: 0 auto; }
                h1 { font-size: 24pt; margin: 0 0 .3em; } h2 { font-size: 16pt; border-bottom: 1px solid #d0d7de; padding-bottom: .2em; }
                h3 { font-size: 12.5pt; margin: 1em 0 .3em; text-transform: capitalize; }
                .muted { color: #57606a; } .lead { font-size: 13pt; }
                table { border-collapse: collapse; width: 100%; margin: .5em 0 1em; font-size: 9.5pt; }
                th, td { border: 1px solid #d0d7de; padding: 3px 6px; text-align: left; vertical-align: top; }
                th { background: #f6f8fa; } .swot td { width: 50%; } .note { margin-bottom: .6em; }
                .chart { margin: .5em 0 1em; } .chart svg, .chart img { width: 100%; max-width: 42em; }
                .part { margin-top: 2em; } .toc a { color: #0969da; text-decoration: none; }
                .status-off { color: #cf222e; } .status-risk { color: #9a6700; } .status-on { color: #1a7f37; }
                """;
        if (!forPdf) {
            return base;
        }
        return base + "@page { size: " + (letter ? "letter" : "A4") + "; margin: 18mm 16mm 20mm;"
                + " @bottom-center { content: \"Page \" counter(page) \" of \" counter(pages); font-size: 9pt; color: #57606a; } }"
                + " body { max-width: none; } .part { page-break-before: always; margin-top: 0; }"
                + " .toc a::after { content: \"  page \" target-counter(attr(href), page); color: #57606a; }"
                // a table over several pages names its columns again on each, and a row is not split between two
                + " table { -fs-table-paginate: paginate; } tr { page-break-inside: avoid; }";
    }
}
