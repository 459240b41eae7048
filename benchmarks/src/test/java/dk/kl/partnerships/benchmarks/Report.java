package dk.kl.partnerships.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** BENCHMARKS.md and its chart (an SVG written here, no plotting library), from one run's results. */
final class Report {

    static final String CHART = "benchmarks.svg";
    static final String COMMAND = "./mvnw -B -pl benchmarks -am verify -Pbenchmarks";

    private final Settings settings;
    private final Results r;

    Report(Settings settings, Results results) {
        this.settings = settings;
        this.r = results;
    }

    Path write() throws IOException {
        Path report = settings.report().toAbsolutePath();
        Files.createDirectories(report.getParent());
        Files.writeString(report.resolveSibling(CHART), chart());
        Files.writeString(report, markdown());
        return report;
    }

    private String markdown() {
        StringBuilder md = new StringBuilder();
        md.append("# Benchmarks\n\n");
        if (!settings.full()) {
            md.append("**Smoke run (tiny scale): the figures say nothing.**\n\n");
        } else if (!overrides().isEmpty()) {
            md.append(
                    "**A reduced run: some settings differ from the defaults (see the command and the last table).**\n\n");
        }
        md.append("One run of the benchmark suite (`benchmarks/`), ")
                .append(Instant.now().truncatedTo(ChronoUnit.SECONDS))
                .append(". It starts local-stack, the identity server and the services from their built jars as ")
                .append("`./run.sh` does (the same `jvm.options` files")
                .append(
                        settings.localStackHeap().isEmpty()
                                ? ""
                                : ", local-stack with `-Xmx" + settings.localStackHeap() + "`")
                .append("), on free ports with fresh data, and drives them over Kafka and HTTP.\n\n");
        md.append("```sh\n").append(command()).append("\n```\n\n");
        md.append("| machine | |\n|---|---|\n");
        r.machine.forEach(
                (k, v) -> md.append("| ").append(k).append(" | ").append(v).append(" |\n"));
        md.append("| load at start | `").append(r.loadAtStart).append("` |\n");
        md.append("| load at end | `").append(r.loadAtEnd).append("` |\n\n");
        md.append("![Throughput and latency](").append(CHART).append(")\n\n");
        goals(md);
        billing(md);
        growth(md);
        journey(md);
        drain(md);
        startup(md);
        settingsTable(md);
        return md.toString();
    }

    private String command() {
        StringBuilder command = new StringBuilder(COMMAND);
        overrides()
                .forEach((name, value) ->
                        command.append(" -D").append(name).append('=').append(value));
        return command.toString();
    }

    /** The settings given on the command line rather than left at their defaults. */
    private static Map<String, String> overrides() {
        Map<String, String> given = new TreeMap<>();
        System.getProperties().forEach((key, value) -> {
            String name = key.toString();
            if (name.startsWith("benchmarks.")
                    && !List.of("benchmarks.scale", "benchmarks.report", "benchmarks.work-dir")
                            .contains(name)) {
                given.put(name, value.toString());
            }
        });
        return given;
    }

    private void goals(StringBuilder md) {
        md.append("## Goals\n\n| goal | measured | reached |\n|---|---|---|\n");
        if (r.billingMax != null && r.baseline != null) {
            double ratio = r.billingMax.perSecond() / r.baseline.perSecond();
            row(
                    md,
                    "(a)/(b) ≥ 0.5",
                    "%.2f (%.1f / %.1f events/s)".formatted(ratio, r.billingMax.perSecond(), r.baseline.perSecond()),
                    ratio >= 0.5);
        }
        if (r.growth.size() > 1) {
            Pipeline.Result first = r.growth.get(0);
            Pipeline.Result last = r.growth.get(r.growth.size() - 1);
            double ratio = last.perSecond() / first.perSecond();
            row(
                    md,
                    "(a) with the most stored ≥ 0.8 × (a) with none",
                    "%.2f (%,d stored: %.1f; %,d stored: %.1f events/s)"
                            .formatted(
                                    ratio,
                                    last.storedBefore(),
                                    last.perSecond(),
                                    first.storedBefore(),
                                    first.perSecond()),
                    ratio >= 0.8);
        }
        for (HttpJourney.Comparison c : r.comparisons) {
            double ratio = c.gatewayPerSecond() / c.directPerSecond();
            long added = c.gatewayP50() - c.directP50();
            row(
                    md,
                    "gateway ≥ 0.8 × direct, ≤ 2 ms added at p50 ("
                            + c.request().split(":")[0] + ")",
                    "%.2f ×, %+d ms".formatted(ratio, added),
                    ratio >= 0.8 && added <= 2);
        }
        if (r.drain != null) {
            row(
                    md,
                    "backlog drain ≥ 5 × arrival rate, no OutOfMemoryError",
                    "%.1f ×%s".formatted(r.drain.multiple(), r.drain.outOfMemory() ? ", out of memory" : ""),
                    r.drain.multiple() >= 5 && !r.drain.outOfMemory());
        }
        if (!r.underJourneyRssMib.isEmpty()) {
            long highest = r.underJourneyRssMib.entrySet().stream()
                    .filter(e -> !e.getKey().equals(Processes.LOCAL_STACK))
                    .mapToLong(Map.Entry::getValue)
                    .max()
                    .orElse(0);
            // the goal is in MB (10^6 bytes); RSS is read in MiB
            long megabytes = Math.round(highest * 1.048576);
            row(
                    md,
                    "every service ≤ 300 MB RSS under (d)",
                    highest + " MiB (" + megabytes + " MB) at most",
                    highest * 1_048_576L <= 300_000_000L);
        }
        if (r.platformStartup != null) {
            row(md, "the platform up in ≤ 30 s", seconds(r.platformStartup), r.platformStartup.toSeconds() <= 30);
        }
        md.append("\nWhere the time goes, what has been changed because of it, and what would reach a goal not ")
                .append(
                        "reached: [benchmarks/README.md](benchmarks/README.md#where-the-time-goes-and-what-would-reach-the-goals).\n\n");
    }

    private static void row(StringBuilder md, String goal, String measured, boolean reached) {
        md.append("| ")
                .append(goal)
                .append(" | ")
                .append(measured)
                .append(" | ")
                .append(reached ? "yes" : "no")
                .append(" |\n");
    }

    private void billing(StringBuilder md) {
        md.append("## (a) The billing pipeline by events, and (b) the plain-client baseline\n\n");
        md.append("One `ProgrammePublished` per 98 joinings, then `MunicipalityJoined` events with registration's ")
                .append("CloudEvents headers; each `InvoiceIssued` read committed on `billing.invoices.v1`. Only ")
                .append("local-stack, the identity server and billing-service run. Throughput: invoices a second from ")
                .append("the first joining sent to the last invoice recorded; latency: invoice record time − joining ")
                .append("send time. The baseline does the same work with plain clients on the same broker and store: ")
                .append("a read-committed consumer, one `insertOne` with the event id as `_id`, a transactional ")
                .append("idempotent `acks=all` producer committing the offsets, one transaction per poll.\n\n");
        md.append("| run | sent at | events | invoiced | events/s | p50 | p99 |\n|---|---|---|---|---|---|---|\n");
        if (r.billingMax != null) {
            result(md, "(a) billing, " + r.billingMax.label(), r.billingMax);
        }
        for (Pipeline.Result fixed : r.fixedRates) {
            result(md, "(a) billing, " + fixed.label(), fixed);
        }
        if (r.baseline != null) {
            result(md, "(b) baseline, " + r.baseline.label(), r.baseline);
        }
        if (r.billingMax != null && r.baseline != null) {
            md.append("\n(a)/(b) = **%.2f**\n".formatted(r.billingMax.perSecond() / r.baseline.perSecond()));
        }
        md.append('\n');
    }

    private static void result(StringBuilder md, String label, Pipeline.Result result) {
        md.append("| ")
                .append(label)
                .append(" | ")
                .append(result.rate() > 0 ? "%.1f/s".formatted(result.rate()) : "as fast as possible")
                .append(" | ")
                .append("%,d".formatted(result.sent()))
                .append(" | ")
                .append(result.complete() ? "all" : "%,d (timed out)".formatted(result.invoiced()))
                .append(" | ")
                .append("%.1f".formatted(result.perSecond()))
                .append(" | ")
                .append(millis(result.p50()))
                .append(" | ")
                .append(millis(result.p99()))
                .append(" |\n");
    }

    private void growth(StringBuilder md) {
        md.append("## (c) Growth\n\n(a) at its highest rate again after bulk-inserting copies of invoices billing ")
                .append("stored (their numbers continue billing's series), in batches of ")
                .append(settings.seedBatch())
                .append(".\n\n");
        md.append(
                "| invoices stored before | events | events/s | p50 | p99 | vs. the first |\n|---|---|---|---|---|---|\n");
        for (Pipeline.Result g : r.growth) {
            md.append("| %,d | %,d | %.1f | %s | %s | %.2f |\n"
                    .formatted(
                            g.storedBefore(),
                            g.sent(),
                            g.perSecond(),
                            millis(g.p50()),
                            millis(g.p99()),
                            g.perSecond() / r.growth.get(0).perSecond()));
        }
        md.append(
                settings.runs(Settings.JOURNEY)
                        ? "\nThe first row follows the HTTP journey (d), whose invoices are the ones stored before it.\n\n"
                        : "\n");
    }

    private void journey(StringBuilder md) {
        md.append("## (d) The HTTP journey through the gateway\n\n");
        if (!settings.runs(Settings.JOURNEY)) {
            md.append("Not run (`benchmarks.parts`).\n\n");
            return;
        }
        if (r.journey != null) {
            md.append("Each client a municipality's coordinator with a token of its own (signed in with the ")
                    .append("authorization code flow), so the gateway's per-client rate limit applies as in real use: ")
                    .append("billing profile, interest, the council's approval, then the invoice list polled every ")
                    .append(
                            "100 ms until the programme's invoice is there (a journey still without it after two minutes ")
                    .append("counts as not completed).\n\n");
            md.append("| clients | journeys | completed | journeys/s | p50 | p99 |\n|---|---|---|---|---|---|\n");
            md.append("| %d | %d | %d | %.1f | %s | %s |\n\n"
                    .formatted(
                            r.journey.clients(),
                            r.journey.journeys(),
                            r.journey.completed(),
                            r.journey.perSecond(),
                            millis(r.journey.p50()),
                            millis(r.journey.p99())));
        }
        md.append("Gateway against direct calls to registration-service, ")
                .append(settings.httpConnections())
                .append(" connections for ")
                .append(seconds(settings.httpCompareDuration()))
                .append((" each, every request with the next client's token; each run starts when the platform is quiet"
                                + " (its processes together below %.0f %% of one core for %d s), not while the journey's"
                                + " events are still being consumed:\n\n")
                        .formatted(Processes.QUIET_CPU * 100, Processes.QUIET_SECONDS));
        md.append(
                        "| request | gateway req/s | direct req/s | ratio | gateway p50 / p99 | direct p50 / p99 | added at p50 | refused |\n")
                .append("|---|---|---|---|---|---|---|---|\n");
        for (HttpJourney.Comparison c : r.comparisons) {
            md.append("| %s | %.0f | %.0f | %.2f | %s / %s | %s / %s | %+d ms | %d |\n"
                    .formatted(
                            c.request(),
                            c.gatewayPerSecond(),
                            c.directPerSecond(),
                            c.gatewayPerSecond() / c.directPerSecond(),
                            millis(c.gatewayP50()),
                            millis(c.gatewayP99()),
                            millis(c.directP50()),
                            millis(c.directP99()),
                            c.gatewayP50() - c.directP50(),
                            c.refused()));
        }
        md.append('\n');
    }

    private void drain(StringBuilder md) {
        md.append("## (e) Backlog drain\n\n");
        Results.Drain d = r.drain;
        if (d == null) {
            return;
        }
        md.append(d.restarted() ? "billing-service stopped (SIGTERM) for " : "billing-service paused (SIGSTOP) for ")
                .append(seconds(d.stopped()))
                .append(" while joinings arrived at ")
                .append("%.1f/s".formatted(d.arrivalRate()))
                .append(d.restarted() ? ", then started again" : ", then resumed")
                .append("; %,d invoices stored before. Drain time: from billing ready (or its first invoice, if "
                        .formatted(d.storedBefore()))
                .append("earlier) to the last invoice of the backlog; the joinings stop arriving at the restart.\n\n");
        md.append(
                        "| backlog | invoiced | restart to ready | drain time | drain rate | × arrival rate | billing RSS during the drain (highest) | OutOfMemoryError |\n")
                .append("|---|---|---|---|---|---|---|---|\n");
        md.append("| %,d | %,d | %s | %s | %.1f/s | **%.1f** | %d MiB | %s |\n\n"
                .formatted(
                        d.backlog(),
                        d.invoiced(),
                        seconds(d.restart()),
                        seconds(d.drainTime()),
                        d.drainPerSecond(),
                        d.multiple(),
                        d.highestRssMib(),
                        d.outOfMemory() ? "yes" : "no"));
        md.append("billing's RSS every 0.5 s from its restart (MiB): ")
                .append(compact(d.rssMib()))
                .append("\n\n");
    }

    private static String compact(List<Long> series) {
        if (series.size() <= 40) {
            return series.toString();
        }
        List<Long> every = new ArrayList<>();
        int step = (int) Math.ceil(series.size() / 40.0);
        for (int i = 0; i < series.size(); i += step) {
            every.add(series.get(i));
        }
        return every + " (one sample in " + step + ")";
    }

    private void startup(StringBuilder md) {
        md.append("## (f) Startup and memory\n\nStarted in `./run.sh`'s order (local-stack and the identity ")
                .append("server, then every service at once); the platform was up (every process ready) in **")
                .append(r.platformStartup == null ? "?" : seconds(r.platformStartup))
                .append("**.\n\n");
        md.append("| process | start to ready | RSS idle | RSS under (d), highest |\n|---|---|---|---|\n");
        r.startup.forEach((name, took) -> md.append("| %s | %s | %s | %s |\n"
                .formatted(
                        name,
                        took == null ? "?" : seconds(took),
                        mib(r.idleRssMib.get(name)),
                        mib(r.underJourneyRssMib.get(name)))));
        md.append("\nRSS is VmRSS from `/proc/<pid>/status`; idle after ")
                .append(seconds(settings.idleSettle()))
                .append(" of quiet.\n\n");
    }

    private void settingsTable(StringBuilder md) {
        md.append("## Settings of this run\n\nEach is a system property (`-D<name>=<value>` on the command above).\n\n")
                .append("| property | value |\n|---|---|\n");
        Map<String, Object> values = new java.util.LinkedHashMap<>();
        values.put(
                "benchmarks.parts",
                Settings.EVERY_PART.stream().filter(settings::runs).toList());
        values.put("benchmarks.services", String.join(",", settings.services()));
        values.put(
                "benchmarks.local-stack.heap",
                settings.localStackHeap().isEmpty() ? "local-stack/jvm.options" : settings.localStackHeap());
        values.put("benchmarks.idle-settle", settings.idleSettle());
        values.put("benchmarks.billing.events", settings.billingEvents());
        values.put("benchmarks.billing.rate-fractions", settings.rateFractions());
        values.put("benchmarks.billing.rate-events", settings.rateEvents());
        values.put("benchmarks.billing.timeout", settings.pipelineTimeout());
        values.put("benchmarks.baseline.events", settings.baselineEvents());
        values.put("benchmarks.growth.stored", settings.growthStored());
        values.put("benchmarks.growth.events", settings.growthEvents());
        values.put("benchmarks.growth.seed-batch", settings.seedBatch());
        values.put("benchmarks.http.clients", settings.httpClients());
        values.put("benchmarks.http.programmes", settings.httpProgrammes());
        values.put("benchmarks.http.connections", settings.httpConnections());
        values.put("benchmarks.http.compare-duration", settings.httpCompareDuration());
        values.put("benchmarks.http.quiet-timeout", settings.httpQuietTimeout());
        values.put("benchmarks.drain.stopped", settings.drainStopped());
        values.put("benchmarks.drain.stop", settings.drainRestart() ? "restart" : "pause");
        values.put("benchmarks.drain.arrival-rate", settings.drainArrivalRate());
        values.put("benchmarks.drain.timeout", settings.drainTimeout());
        values.forEach((k, v) -> md.append("| `")
                .append(k)
                .append("` | ")
                .append(v.toString().replace("[", "").replace("]", "").replace(" ", ""))
                .append(" |\n"));
    }

    /** Two bar panels: throughput (events or requests a second) and latency at p50, of every run. */
    private String chart() {
        List<Bar> throughput = new ArrayList<>();
        List<Bar> latency = new ArrayList<>();
        for (Pipeline.Result g : r.growth) {
            String label = "(a, c) billing, %,d stored".formatted(g.storedBefore());
            throughput.add(new Bar(label, g.perSecond(), "#1f5fa8"));
            latency.add(new Bar(label, g.p50(), "#1f5fa8"));
        }
        for (Pipeline.Result f : r.fixedRates) {
            String label = "(a) billing at %.1f/s".formatted(f.rate());
            throughput.add(new Bar(label, f.perSecond(), "#6b9bd1"));
            latency.add(new Bar(label, f.p50(), "#6b9bd1"));
        }
        if (r.baseline != null) {
            throughput.add(new Bar("(b) plain-client baseline", r.baseline.perSecond(), "#999999"));
            latency.add(new Bar("(b) plain-client baseline", r.baseline.p50(), "#999999"));
        }
        if (r.drain != null) {
            throughput.add(new Bar("(e) backlog drain", r.drain.drainPerSecond(), "#c0504d"));
        }
        for (HttpJourney.Comparison c : r.comparisons) {
            String what = c.request().split(":")[0];
            latency.add(new Bar("(d) " + what + " via gateway", c.gatewayP50(), "#9bbb59"));
            latency.add(new Bar("(d) " + what + " direct", c.directP50(), "#c3d69b"));
        }
        int width = 860;
        int rowHeight = 22;
        int panelTop = 40;
        int firstHeight = throughput.size() * rowHeight + 50;
        int secondHeight = latency.size() * rowHeight + 50;
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"")
                .append(width)
                .append("\" height=\"")
                .append(panelTop + firstHeight + secondHeight + 10)
                .append("\" font-family=\"sans-serif\" font-size=\"12\">\n");
        svg.append("<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n");
        svg.append("<text x=\"10\" y=\"22\" font-size=\"15\" font-weight=\"bold\">")
                .append(settings.full() ? "Benchmarks" : "Benchmarks (smoke run: tiny scale)")
                .append("</text>\n");
        panel(svg, "Throughput (events a second)", throughput, panelTop, width, rowHeight, "");
        panel(svg, "Latency at p50 (ms)", latency, panelTop + firstHeight, width, rowHeight, " ms");
        svg.append("</svg>\n");
        return svg.toString();
    }

    private record Bar(String label, double value, String colour) {}

    private static void panel(
            StringBuilder svg, String title, List<Bar> bars, int top, int width, int rowHeight, String unit) {
        int labelWidth = 260;
        int plotWidth = width - labelWidth - 90;
        double max = bars.stream().mapToDouble(Bar::value).max().orElse(1);
        max = max <= 0 ? 1 : max;
        svg.append("<text x=\"10\" y=\"")
                .append(top + 18)
                .append("\" font-weight=\"bold\">")
                .append(escape(title))
                .append("</text>\n");
        int y = top + 30;
        for (Bar bar : bars) {
            double length = Math.max(0, bar.value()) / max * plotWidth;
            svg.append("<text x=\"")
                    .append(labelWidth - 6)
                    .append("\" y=\"")
                    .append(y + 14)
                    .append("\" text-anchor=\"end\">")
                    .append(escape(bar.label()))
                    .append("</text>\n");
            svg.append("<rect x=\"")
                    .append(labelWidth)
                    .append("\" y=\"")
                    .append(y + 3)
                    .append("\" width=\"")
                    .append(String.format(Locale.ROOT, "%.1f", length))
                    .append("\" height=\"")
                    .append(rowHeight - 6)
                    .append("\" fill=\"")
                    .append(bar.colour())
                    .append("\"/>\n");
            svg.append("<text x=\"")
                    .append(String.format(Locale.ROOT, "%.1f", labelWidth + length + 5))
                    .append("\" y=\"")
                    .append(y + 14)
                    .append("\">")
                    .append(String.format(Locale.ROOT, bar.value() >= 100 ? "%.0f" : "%.1f", bar.value()))
                    .append(unit)
                    .append("</text>\n");
            y += rowHeight;
        }
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static String millis(long ms) {
        if (ms < 0) {
            return "—";
        }
        return ms >= 10_000 ? "%.1f s".formatted(ms / 1000.0) : ms + " ms";
    }

    private static String seconds(Duration duration) {
        return "%.1f s".formatted(duration.toMillis() / 1000.0);
    }

    private static String mib(Long value) {
        return value == null ? "—" : value + " MiB";
    }
}
