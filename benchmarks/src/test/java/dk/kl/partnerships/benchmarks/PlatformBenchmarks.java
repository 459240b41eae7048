package dk.kl.partnerships.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import dk.kl.partnerships.contracts.EventType;
import dk.kl.partnerships.contracts.Topic;
import dk.kl.partnerships.contracts.registration.MunicipalityJoined;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The benchmark suite: starts the platform from its built jars as {@code ./run.sh} does, measures
 * startup and memory (f), the HTTP journey through the gateway and the gateway against direct calls (d),
 * the billing pipeline driven by events at its highest and at fixed rates (a), a plain-client baseline of
 * the same work (b), the pipeline again with more invoices stored (c) and the drain of a backlog built
 * while billing was stopped (e), and writes the report with its chart. Figures go into the report only:
 * the test checks that the suite ran through and wrote it, never a timing.
 */
class PlatformBenchmarks {

    private static final String BILLING_GROUP = Processes.BILLING;

    @Test
    void runsEveryMeasurementAndWritesTheReport() throws Exception {
        Settings settings = Settings.fromSystemProperties();
        Results results = new Results();
        results.loadAtStart = MachineFacts.load();
        results.machine.putAll(MachineFacts.describe());
        deleteRecursively(settings.workDir());
        try (Processes platform = new Processes(settings)) {
            step("starting the platform");
            platform.start();
            startupAndIdleMemory(settings, platform, results);
            if (settings.runs(Settings.JOURNEY)) {
                step("(d) HTTP journey");
                httpJourney(settings, platform, results);
            }
            // The pipeline is measured as the issue measured it: local-stack and billing-service alone
            platform.stop(platform.all().stream()
                    .map(PlatformProcess::name)
                    .filter(name -> !List.of(Processes.LOCAL_STACK, Processes.IDENTITY, Processes.BILLING)
                            .contains(name))
                    .toList());
            pipeline(settings, platform, results);
        }
        results.loadAtEnd = MachineFacts.load();
        Path report = new Report(settings, results).write();
        step("report written: " + report.getFileName());

        assertThat(report).exists();
        assertThat(Files.readString(report)).contains("(a) ", "(f) ", "```sh");
        if (settings.parts().containsAll(Settings.EVERY_PART)) {
            assertThat(Files.readString(report)).contains("(b) ", "(c) ", "(d) ", "(e) ");
        }
        assertThat(report.resolveSibling(Report.CHART)).exists();
    }

    private static void startupAndIdleMemory(Settings settings, Processes platform, Results results) {
        results.platformStartup = platform.platformStartup();
        platform.all().forEach(p -> results.startup.put(p.name(), p.startup()));
        PlatformProcess.sleep(settings.idleSettle().toMillis());
        results.idleRssMib.putAll(RssSampler.now(platform.all()));
    }

    private static void httpJourney(Settings settings, Processes platform, Results results) throws Exception {
        HttpJourney journey = new HttpJourney(platform, settings.httpClients(), settings.httpQuietTimeout());
        try (RssSampler rss = new RssSampler(platform.all(), 500)) {
            results.journey = journey.journeys(settings.httpProgrammes());
            step(results.journey.toString());
            String programme = journey.publishedProgramme(HttpJourney.client());
            results.comparisons.add(journey.compare(
                    "read: GET /api/programmes/{id}",
                    "GET",
                    programme,
                    settings.httpConnections(),
                    settings.httpCompareDuration()));
            results.comparisons.add(journey.compare(
                    "write: PUT /api/municipalities/{code}/billing-profile",
                    "PUT",
                    programme,
                    settings.httpConnections(),
                    settings.httpCompareDuration()));
            results.comparisons.forEach(c -> step(c.toString()));
            rss.close();
            results.underJourneyRssMib.putAll(rss.highestMib());
        }
    }

    private static void pipeline(Settings settings, Processes platform, Results results) throws Exception {
        try (Events events = new Events(platform.kafka());
                InvoiceSeeding store = new InvoiceSeeding(platform.mongoUri());
                InvoiceWatch billing = new InvoiceWatch(platform.kafka(), Topic.INVOICES.topicName())) {
            Pipeline pipeline = new Pipeline(events, platform.kafka());
            Function<MunicipalityJoined, String> toBilling =
                    joined -> EventType.of(joined).topic().topicName();

            if (settings.runs(Settings.PIPELINE)) {
                step("(a) billing pipeline at its highest rate");
                results.billingMax = billingRun(
                        "highest rate", settings.billingEvents(), 0, pipeline, store, billing, toBilling, settings);
                results.growth.add(results.billingMax);
            }

            if (settings.runs(Settings.BASELINE)) {
                step("(b) plain-client baseline");
                baseline(settings, platform, results, pipeline);
            }

            if (settings.runs(Settings.PIPELINE)) {
                fixedRates(settings, results, pipeline, store, billing, toBilling);
            }

            if (settings.runs(Settings.GROWTH)) {
                growth(settings, results, pipeline, store, billing, toBilling);
            }

            if (settings.runs(Settings.DRAIN)) {
                step("(e) backlog drain");
                results.drain = drain(settings, platform, pipeline, store, billing, toBilling);
                step(results.drain.toString());
            }
        }
    }

    private static void baseline(Settings settings, Processes platform, Results results, Pipeline pipeline) {
        try (PlainBaseline baseline = new PlainBaseline(platform.kafka(), platform.mongoUri());
                InvoiceWatch watch = new InvoiceWatch(platform.kafka(), PlainBaseline.OUTPUT)) {
            results.baseline = pipeline.run(
                    "plain clients",
                    0,
                    Events.workload(settings.baselineEvents()).joinings(),
                    0,
                    joined -> PlainBaseline.INPUT,
                    watch,
                    settings.pipelineTimeout());
            step(results.baseline.toString());
        }
    }

    private static void fixedRates(
            Settings settings,
            Results results,
            Pipeline pipeline,
            InvoiceSeeding store,
            InvoiceWatch billing,
            Function<MunicipalityJoined, String> toBilling) {
        for (double fraction : settings.rateFractions()) {
            double rate = Math.max(1, Math.round(results.billingMax.perSecond() * fraction * 10) / 10.0);
            step("(a) billing pipeline at " + rate + " events/s");
            results.fixedRates.add(billingRun(
                    "%.0f %% of the highest".formatted(fraction * 100),
                    settings.rateEvents(),
                    rate,
                    pipeline,
                    store,
                    billing,
                    toBilling,
                    settings));
        }
    }

    private static void growth(
            Settings settings,
            Results results,
            Pipeline pipeline,
            InvoiceSeeding store,
            InvoiceWatch billing,
            Function<MunicipalityJoined, String> toBilling) {
        for (int target : settings.growthStored()) {
            step("(c) seeding up to " + target + " invoices");
            store.seedUpTo(target, settings.seedBatch());
            step("(c) billing pipeline with " + store.stored() + " invoices stored");
            results.growth.add(billingRun(
                    "highest rate", settings.growthEvents(), 0, pipeline, store, billing, toBilling, settings));
        }
    }

    private static Pipeline.Result billingRun(
            String label,
            int count,
            double rate,
            Pipeline pipeline,
            InvoiceSeeding store,
            InvoiceWatch watch,
            Function<MunicipalityJoined, String> toBilling,
            Settings settings) {
        Events.Workload workload = Events.workload(count);
        pipeline.publishProgrammes(workload.programmes(), BILLING_GROUP);
        long stored = store.stored();
        Pipeline.Result result =
                pipeline.run(label, stored, workload.joinings(), rate, toBilling, watch, settings.pipelineTimeout());
        step(result.toString());
        return result;
    }

    private static Results.Drain drain(
            Settings settings,
            Processes platform,
            Pipeline pipeline,
            InvoiceSeeding store,
            InvoiceWatch watch,
            Function<MunicipalityJoined, String> toBilling) {
        double rate = settings.drainArrivalRate();
        int count = (int) Math.max(1, Math.round(rate * settings.drainStopped().toMillis() / 1000.0));
        Events.Workload workload = Events.workload(count);
        // programmes first, so that no joining waits for its programme once billing is back
        pipeline.publishProgrammes(workload.programmes(), BILLING_GROUP);
        long stored = store.stored();
        PlatformProcess billing = platform.process(Processes.BILLING);
        if (settings.drainRestart()) {
            billing.stop();
        } else {
            billing.pause();
        }
        Map<String, Long> sentAt = pipeline.send(workload.joinings(), rate, toBilling);
        try (RssSampler rss = new RssSampler(List.of(billing), 500)) {
            Instant restarted = Instant.now();
            if (settings.drainRestart()) {
                platform.restart(Processes.BILLING);
            } else {
                billing.resume();
            }
            Instant ready = Instant.now();
            watch.awaitAll(sentAt.keySet(), settings.drainTimeout());
            rss.close();
            var issued = sentAt.keySet().stream()
                    .map(watch::issuedAt)
                    .filter(java.util.Objects::nonNull)
                    .mapToLong(Long::longValue)
                    .summaryStatistics();
            int invoiced = (int) issued.getCount();
            // from billing ready (or its first invoice, if that came before the readiness check saw it) to the last
            long from = Math.min(ready.toEpochMilli(), invoiced == 0 ? Long.MAX_VALUE : issued.getMin());
            Duration drainTime = Duration.ofMillis(Math.max(1, (invoiced == 0 ? from : issued.getMax()) - from));
            return new Results.Drain(
                    settings.drainStopped(),
                    settings.drainRestart(),
                    rate,
                    sentAt.size(),
                    invoiced,
                    Duration.between(restarted, ready),
                    drainTime,
                    invoiced / (drainTime.toMillis() / 1000.0),
                    stored,
                    rss.highestMib().getOrDefault(Processes.BILLING, 0L),
                    rss.seriesMib(Processes.BILLING),
                    billing.ranOutOfMemory() || !billing.isAlive());
        }
    }

    static void step(String what) {
        System.out.println(Instant.now() + " benchmarks: " + what);
    }

    private static void deleteRecursively(Path directory) throws IOException {
        if (Files.exists(directory)) {
            try (var paths = Files.walk(directory)) {
                for (Path path :
                        paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }
}
