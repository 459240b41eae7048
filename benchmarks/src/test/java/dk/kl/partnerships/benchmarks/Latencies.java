package dk.kl.partnerships.benchmarks;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Latencies in milliseconds and their percentiles (nearest rank). */
final class Latencies {

    private final List<Long> values = new ArrayList<>();

    synchronized void add(long millis) {
        values.add(millis);
    }

    synchronized int count() {
        return values.size();
    }

    synchronized long percentile(double p) {
        if (values.isEmpty()) {
            return -1;
        }
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1)));
    }

    long p50() {
        return percentile(50);
    }

    long p99() {
        return percentile(99);
    }
}
