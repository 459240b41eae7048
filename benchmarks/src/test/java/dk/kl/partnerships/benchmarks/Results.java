package dk.kl.partnerships.benchmarks;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Everything one run of the suite measured, for the report. */
final class Results {

    String loadAtStart;
    String loadAtEnd;
    final Map<String, String> machine = new LinkedHashMap<>();

    // (f)
    Duration platformStartup;
    final Map<String, Duration> startup = new LinkedHashMap<>();
    final Map<String, Long> idleRssMib = new LinkedHashMap<>();
    final Map<String, Long> underJourneyRssMib = new LinkedHashMap<>();

    // (d)
    HttpJourney.JourneyResult journey;
    final List<HttpJourney.Comparison> comparisons = new ArrayList<>();

    // (a), (b), (c)
    Pipeline.Result billingMax;
    Pipeline.Result baseline;
    final List<Pipeline.Result> fixedRates = new ArrayList<>();
    final List<Pipeline.Result> growth = new ArrayList<>();

    // (e)
    Drain drain;

    record Drain(
            Duration stopped,
            boolean restarted,
            double arrivalRate,
            int backlog,
            int invoiced,
            Duration restart,
            Duration drainTime,
            double drainPerSecond,
            long storedBefore,
            long highestRssMib,
            List<Long> rssMib,
            boolean outOfMemory) {

        double multiple() {
            return drainPerSecond / arrivalRate;
        }
    }
}
