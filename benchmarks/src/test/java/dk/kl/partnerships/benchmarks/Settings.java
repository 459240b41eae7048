package dk.kl.partnerships.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * The suite's sizes and durations, each a system property ({@code -Dbenchmarks.billing.events=500}) with
 * a default for the full run ({@code -Pbenchmarks}) and a tiny one for the smoke run of {@code ./mvnw verify}.
 * {@code benchmarks.parts} chooses the measurements of a shorter run (every one by default): a run of the
 * billing pipeline alone, for instance, need not start the gateway and the other services.
 */
record Settings(
        boolean full,
        Set<String> parts,
        Path report,
        Path workDir,
        List<String> services,
        String localStackHeap,
        Duration idleSettle,
        int billingEvents,
        List<Double> rateFractions,
        int rateEvents,
        int baselineEvents,
        List<Integer> growthStored,
        int growthEvents,
        int seedBatch,
        int httpClients,
        int httpProgrammes,
        int httpConnections,
        Duration httpCompareDuration,
        Duration httpQuietTimeout,
        Duration drainStopped,
        boolean drainRestart,
        double drainArrivalRate,
        Duration drainTimeout,
        Duration pipelineTimeout) {

    static final List<String> EVERY_SERVICE = List.of(
            Processes.REGISTRATION,
            Processes.MEETING,
            Processes.EVALUATION,
            Processes.BILLING,
            Processes.NOTIFICATION,
            Processes.GATEWAY,
            Processes.WEB);

    /** The measurements {@code benchmarks.parts} can choose, in the order they run. */
    static final String JOURNEY = "journey";

    static final String PIPELINE = "pipeline";
    static final String BASELINE = "baseline";
    static final String GROWTH = "growth";
    static final String DRAIN = "drain";
    static final List<String> EVERY_PART = List.of(JOURNEY, PIPELINE, BASELINE, GROWTH, DRAIN);

    static Settings fromSystemProperties() {
        boolean full = "full".equals(System.getProperty("benchmarks.scale", "smoke"));
        Scale scale = new Scale(full);
        return new Settings(
                full,
                parts(scale.text("benchmarks.parts", String.join(",", EVERY_PART), null)),
                Path.of(scale.text("benchmarks.report", "target/benchmarks/BENCHMARKS.md", null)),
                Path.of(scale.text("benchmarks.work-dir", "target/benchmark-run", null)),
                List.of(scale.text(
                                "benchmarks.services",
                                String.join(",", EVERY_SERVICE),
                                String.join(",", Processes.REGISTRATION, Processes.BILLING, Processes.GATEWAY))
                        .split(",")),
                // empty: the heap of local-stack/jvm.options, as ./run.sh starts it
                scale.text("benchmarks.local-stack.heap", "", null),
                scale.duration("benchmarks.idle-settle", "PT20S", "PT2S"),
                scale.integer("benchmarks.billing.events", 2000, 60),
                Arrays.stream(scale.text("benchmarks.billing.rate-fractions", "0.25,0.5,0.8", "0.5")
                                .split(","))
                        .map(Double::parseDouble)
                        .toList(),
                scale.integer("benchmarks.billing.rate-events", 1000, 15),
                scale.integer("benchmarks.baseline.events", 2000, 60),
                Arrays.stream(scale.text("benchmarks.growth.stored", "10000,50000", "150,250")
                                .split(","))
                        .map(Integer::parseInt)
                        .toList(),
                scale.integer("benchmarks.growth.events", 2000, 20),
                scale.integer("benchmarks.growth.seed-batch", 1000, 100),
                scale.integer("benchmarks.http.clients", 98, 3),
                scale.integer("benchmarks.http.programmes", 2, 1),
                scale.integer("benchmarks.http.connections", 8, 2),
                scale.duration("benchmarks.http.compare-duration", "PT20S", "PT1S"),
                // the longest a comparison's run waits for a quiet platform (Processes.awaitQuiet)
                scale.duration("benchmarks.http.quiet-timeout", "PT2M", "PT10S"),
                scale.duration("benchmarks.drain.stopped", "PT5M", "PT2S"),
                // the smoke run pauses billing (SIGSTOP) instead of stopping and starting it, to stay short
                "restart".equals(scale.text("benchmarks.drain.stop", "restart", "pause")),
                Double.parseDouble(scale.text("benchmarks.drain.arrival-rate", "5", "10")),
                scale.duration("benchmarks.drain.timeout", "PT15M", "PT1M"),
                scale.duration("benchmarks.billing.timeout", "PT15M", "PT1M"));
    }

    /**
     * (d) is the journey (and the gateway against direct calls), (a) the pipeline at its highest and at
     * fixed rates, (b) the baseline, (c) growth and (e) the drain; startup and memory (f) are measured
     * in every run. Growth compares with the pipeline's run and needs it.
     */
    private static Set<String> parts(String given) {
        Set<String> parts = new java.util.LinkedHashSet<>();
        for (String part : given.split(",")) {
            String name = part.strip();
            if (!EVERY_PART.contains(name)) {
                throw new IllegalArgumentException(
                        "benchmarks.parts: unknown part '" + name + "', known are " + EVERY_PART);
            }
            parts.add(name);
        }
        if (parts.contains(GROWTH) && !parts.contains(PIPELINE)) {
            throw new IllegalArgumentException("benchmarks.parts: growth compares with the pipeline: add pipeline");
        }
        return Set.copyOf(parts);
    }

    boolean runs(String part) {
        return parts.contains(part);
    }

    /**
     * The JVM options files of the process started from {@code jar}, as ./run.sh uses them: the platform's,
     * then its module's own ({@code <module>/jvm.options}) where it has one, whose options win.
     */
    static List<Path> jvmOptions(Path jar) {
        Path platform = Path.of(required("partnerships.jvm-options"));
        Path module = jar.toAbsolutePath().getParent().getParent().resolve("jvm.options");
        return Files.isRegularFile(module) ? List.of(platform, module) : List.of(platform);
    }

    static Path jar(String module) {
        Path jar = Path.of(required("partnerships.jar." + module));
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: build the modules first");
        }
        return jar;
    }

    private static String required(String name) {
        String value = System.getProperty(name);
        if (value == null) {
            throw new IllegalStateException("System property " + name + " is not set; run through Maven");
        }
        return value;
    }

    private record Scale(boolean full) {

        String text(String name, String fullDefault, String smokeDefault) {
            return System.getProperty(name, full || smokeDefault == null ? fullDefault : smokeDefault);
        }

        int integer(String name, int fullDefault, int smokeDefault) {
            return Integer.parseInt(text(name, String.valueOf(fullDefault), String.valueOf(smokeDefault)));
        }

        Duration duration(String name, String fullDefault, String smokeDefault) {
            return Duration.parse(text(name, fullDefault, smokeDefault));
        }
    }
}
