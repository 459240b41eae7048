package dk.kl.partnerships.benchmarks;

import dk.kl.partnerships.contracts.IntegrationEvent;
import dk.kl.partnerships.contracts.registration.MunicipalityJoined;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * One run of joinings through a consumer of them (billing-service, or the plain-client baseline): sends
 * them at a fixed rate or as fast as it can, waits for the invoice of each, and measures throughput
 * (invoices a second, from the first joining sent to the last invoice recorded) and latency (invoice
 * record time − joining send time).
 */
final class Pipeline {

    private final Events events;
    private final String kafka;

    Pipeline(Events events, String kafka) {
        this.events = events;
        this.kafka = kafka;
    }

    record Result(
            String label,
            long storedBefore,
            int sent,
            int invoiced,
            double perSecond,
            long p50,
            long p99,
            double rate) {

        boolean complete() {
            return invoiced == sent;
        }
    }

    /**
     * Sends the joinings ({@code rate} a second, or as fast as possible when 0) to the topic the {@code
     * destination} names for each, and measures until every one is invoiced or the time runs out.
     */
    Result run(
            String label,
            long storedBefore,
            List<MunicipalityJoined> joinings,
            double rate,
            Function<MunicipalityJoined, String> destination,
            InvoiceWatch watch,
            Duration timeout) {
        Map<String, Long> sentAt = send(joinings, rate, destination);
        watch.awaitAll(sentAt.keySet(), timeout);
        return result(label, storedBefore, sentAt, watch, rate);
    }

    /** Sends the joinings, {@code rate} a second or as fast as possible; when each was sent, by event id. */
    Map<String, Long> send(
            List<MunicipalityJoined> joinings, double rate, Function<MunicipalityJoined, String> destination) {
        Map<String, Long> sentAt = new LinkedHashMap<>();
        long start = System.nanoTime();
        for (int i = 0; i < joinings.size(); i++) {
            if (rate > 0) {
                long due = start + (long) (i * 1_000_000_000L / rate);
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    PlatformProcess.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                }
            }
            long now = System.currentTimeMillis();
            MunicipalityJoined joined = joinings.get(i);
            sentAt.put(events.send(destination.apply(joined), joined), now);
        }
        events.flush();
        return sentAt;
    }

    static Result result(String label, long storedBefore, Map<String, Long> sentAt, InvoiceWatch watch, double rate) {
        Latencies latencies = new Latencies();
        long first = sentAt.values().stream().mapToLong(Long::longValue).min().orElse(0);
        long last = first;
        for (Map.Entry<String, Long> sent : sentAt.entrySet()) {
            Long issued = watch.issuedAt(sent.getKey());
            if (issued != null) {
                latencies.add(issued - sent.getValue());
                last = Math.max(last, issued);
            }
        }
        double seconds = Math.max(1, last - first) / 1000.0;
        return new Result(
                label,
                storedBefore,
                sentAt.size(),
                latencies.count(),
                latencies.count() / seconds,
                latencies.p50(),
                latencies.p99(),
                rate);
    }

    /**
     * Publishes programmes and waits until the consumer group has read every one, so that no joining
     * reaches billing before the programme it joins.
     */
    void publishProgrammes(List<? extends IntegrationEvent> programmes, String group) {
        try {
            List<Future<RecordMetadata>> sent =
                    programmes.stream().map(events::send).toList();
            events.flush();
            Map<TopicPartition, Long> written = new HashMap<>();
            for (Future<RecordMetadata> f : sent) {
                RecordMetadata metadata = f.get();
                written.merge(new TopicPartition(metadata.topic(), metadata.partition()), metadata.offset(), Math::max);
            }
            awaitConsumed(group, written, Duration.ofMinutes(2));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    /** Waits until the consumer group has committed offsets past each of these records. */
    private void awaitConsumed(String group, Map<TopicPartition, Long> records, Duration timeout)
            throws InterruptedException, ExecutionException {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka))) {
            Instant end = Instant.now().plus(timeout);
            while (Instant.now().isBefore(end)) {
                Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                        .partitionsToOffsetAndMetadata()
                        .get();
                if (records.entrySet().stream().allMatch(record -> {
                    OffsetAndMetadata at = committed.get(record.getKey());
                    return at != null && at.offset() > record.getValue();
                })) {
                    return;
                }
                PlatformProcess.sleep(100);
            }
            throw new IllegalStateException(group + " did not read " + records + " within " + timeout);
        }
    }
}
