package dk.kl.partnerships.evaluation.benchmark;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The benchmark as a self-contained SVG a coordinator can put in a report: per dimension a bar of
 * the municipality's score on the 1–5 scale and a mark at its network's median (where the network
 * is shown), with the programme median as a dashed mark.
 */
public final class BenchmarkChart {

    private static final int WIDTH = 760;
    private static final int LABEL_WIDTH = 270;
    private static final int SCALE_WIDTH = 420;
    private static final int TOP = 64;
    private static final int ROW = 34;
    private static final int BAR = 14;
    private static final String OWN = "#1f5f8b";
    private static final String NETWORK = "#d0582a";
    private static final String PROGRAMME = "#6b6b6b";

    private BenchmarkChart() {}

    public static String svg(Benchmark benchmark, String title) {
        List<Benchmark.Row> rows = new ArrayList<>(benchmark.dimensions());
        if (benchmark.overall() != null) {
            rows.add(benchmark.overall());
        }
        int height = TOP + rows.size() * ROW + 70;
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"")
                .append(WIDTH)
                .append("\" height=\"")
                .append(height)
                .append("\" viewBox=\"0 0 ")
                .append(WIDTH)
                .append(' ')
                .append(height)
                .append("\" role=\"img\" font-family=\"Helvetica, Arial, sans-serif\" font-size=\"12\">\n");
        svg.append("<title>").append(escape(title)).append("</title>\n");
        svg.append("<desc>").append(escape(description(benchmark))).append("</desc>\n");
        svg.append("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n");
        svg.append("<text x=\"16\" y=\"26\" font-size=\"16\" font-weight=\"bold\">")
                .append(escape(title))
                .append("</text>\n");
        axis(svg, TOP - 14, TOP + rows.size() * ROW);
        for (int i = 0; i < rows.size(); i++) {
            row(svg, rows.get(i), TOP + i * ROW);
        }
        legend(svg, benchmark, TOP + rows.size() * ROW + 24);
        svg.append("</svg>\n");
        return svg.toString();
    }

    private static void axis(StringBuilder svg, int top, int bottom) {
        for (int score = 1; score <= 5; score++) {
            int x = x(BigDecimal.valueOf(score));
            svg.append("<line x1=\"")
                    .append(x)
                    .append("\" y1=\"")
                    .append(top)
                    .append("\" x2=\"")
                    .append(x)
                    .append("\" y2=\"")
                    .append(bottom)
                    .append("\" stroke=\"#e3e3e3\"/>\n");
            svg.append("<text x=\"")
                    .append(x)
                    .append("\" y=\"")
                    .append(top - 4)
                    .append("\" text-anchor=\"middle\" fill=\"#555\">")
                    .append(score)
                    .append("</text>\n");
        }
    }

    private static void row(StringBuilder svg, Benchmark.Row row, int y) {
        int middle = y + ROW / 2;
        svg.append("<text x=\"16\" y=\"")
                .append(middle + 4)
                .append("\">")
                .append(escape(row.name()))
                .append("</text>\n");
        if (row.own() != null) {
            svg.append("<rect class=\"own\" x=\"")
                    .append(LABEL_WIDTH)
                    .append("\" y=\"")
                    .append(middle - BAR / 2)
                    .append("\" width=\"")
                    .append(x(row.own()) - LABEL_WIDTH)
                    .append("\" height=\"")
                    .append(BAR)
                    .append("\" fill=\"")
                    .append(OWN)
                    .append("\"><title>")
                    .append(escape(row.name()))
                    .append(": ")
                    .append(number(row.own()))
                    .append("</title></rect>\n");
            svg.append("<text x=\"")
                    .append(x(row.own()) + 4)
                    .append("\" y=\"")
                    .append(middle + 4)
                    .append("\" fill=\"")
                    .append(OWN)
                    .append("\">")
                    .append(number(row.own()))
                    .append("</text>\n");
        }
        mark(svg, row.programme(), middle, PROGRAMME, "programme-median", " stroke-dasharray=\"3 2\"");
        mark(svg, row.network(), middle, NETWORK, "network-median", "");
    }

    private static void mark(
            StringBuilder svg, Benchmark.Group group, int middle, String colour, String kind, String style) {
        if (group == null || !group.shown()) {
            return;
        }
        int x = x(group.median());
        svg.append("<line class=\"")
                .append(kind)
                .append("\" x1=\"")
                .append(x)
                .append("\" y1=\"")
                .append(middle - BAR)
                .append("\" x2=\"")
                .append(x)
                .append("\" y2=\"")
                .append(middle + BAR)
                .append("\" stroke=\"")
                .append(colour)
                .append("\" stroke-width=\"3\"")
                .append(style)
                .append("/>\n");
    }

    private static void legend(StringBuilder svg, Benchmark benchmark, int y) {
        svg.append("<rect x=\"16\" y=\"")
                .append(y - 10)
                .append("\" width=\"14\" height=\"10\" fill=\"")
                .append(OWN)
                .append("\"/><text x=\"36\" y=\"")
                .append(y)
                .append("\">Egen score</text>\n");
        svg.append("<line x1=\"140\" y1=\"")
                .append(y - 12)
                .append("\" x2=\"140\" y2=\"")
                .append(y + 2)
                .append("\" stroke=\"")
                .append(NETWORK)
                .append("\" stroke-width=\"3\"/><text x=\"148\" y=\"")
                .append(y)
                .append("\">Median i netværket</text>\n");
        svg.append("<line x1=\"290\" y1=\"")
                .append(y - 12)
                .append("\" x2=\"290\" y2=\"")
                .append(y + 2)
                .append("\" stroke=\"")
                .append(PROGRAMME)
                .append("\" stroke-width=\"3\" stroke-dasharray=\"3 2\"/><text x=\"298\" y=\"")
                .append(y)
                .append("\">Median i hele forløbet</text>\n");
        boolean networkWithheld = benchmark.overall() != null
                && benchmark.overall().network() != null
                && !benchmark.overall().network().shown();
        if (networkWithheld) {
            svg.append("<text x=\"16\" y=\"")
                    .append(y + 22)
                    .append("\" fill=\"#555\">")
                    .append("Netværket vises ikke: færre end tre andre kommuner har indsendt.</text>\n");
        }
    }

    private static String description(Benchmark benchmark) {
        return "Selvevaluering " + benchmark.round() + " for kommune " + benchmark.municipalityCode()
                + " sammenlignet med netværkets og forløbets median, skala 1-5.";
    }

    private static int x(BigDecimal score) {
        return LABEL_WIDTH
                + score.subtract(BigDecimal.ONE)
                        .multiply(BigDecimal.valueOf(SCALE_WIDTH))
                        .divide(BigDecimal.valueOf(4), 0, RoundingMode.HALF_UP)
                        .intValue();
    }

    private static String number(BigDecimal value) {
        return String.format(Locale.ROOT, "%.2f", value).replace('.', ',');
    }

    static String escape(String text) {
        return text == null
                ? ""
                : text.replace("&", "&amp;")
                        .replace("<", "&lt;")
                        .replace(">", "&gt;")
                        .replace("\"", "&quot;")
                        .replace("'", "&#39;");
    }
}
