package dk.kl.partnerships.benchmarks;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Samples the resident memory (VmRSS) of processes at an interval, keeping each one's highest and its series. */
final class RssSampler implements AutoCloseable {

    private final Collection<PlatformProcess> processes;
    private final Map<String, Long> highest = new LinkedHashMap<>();
    private final Map<String, List<Long>> series = new LinkedHashMap<>();
    private final Thread sampler;
    private volatile boolean running = true;

    RssSampler(Collection<PlatformProcess> processes, long intervalMillis) {
        this.processes = List.copyOf(processes);
        sampler = new Thread(
                () -> {
                    while (running) {
                        sample();
                        PlatformProcess.sleep(intervalMillis);
                    }
                },
                "rss-sampler");
        sampler.setDaemon(true);
        sampler.start();
    }

    private synchronized void sample() {
        for (PlatformProcess process : processes) {
            process.rssKib().ifPresent(kib -> {
                highest.merge(process.name(), kib, Math::max);
                series.computeIfAbsent(process.name(), name -> new ArrayList<>())
                        .add(kib);
            });
        }
    }

    /** The highest RSS of each process sampled, in MiB. */
    synchronized Map<String, Long> highestMib() {
        Map<String, Long> mib = new LinkedHashMap<>();
        highest.forEach((name, kib) -> mib.put(name, kib / 1024));
        return mib;
    }

    /** The samples of one process in MiB, oldest first. */
    synchronized List<Long> seriesMib(String name) {
        return series.getOrDefault(name, List.of()).stream()
                .map(kib -> kib / 1024)
                .toList();
    }

    /** One sample of every process now, in MiB. */
    static Map<String, Long> now(Collection<PlatformProcess> processes) {
        Map<String, Long> mib = new LinkedHashMap<>();
        for (PlatformProcess process : processes) {
            process.rssKib().ifPresent(kib -> mib.put(process.name(), kib / 1024));
        }
        return mib;
    }

    @Override
    public void close() {
        running = false;
        try {
            sampler.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        sample();
    }
}
