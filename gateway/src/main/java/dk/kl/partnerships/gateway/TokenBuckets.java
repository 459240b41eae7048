package dk.kl.partnerships.gateway;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * One token bucket per client, in memory: a client may make {@code burst} requests at once and
 * then {@code perSecond} a second. Memory is bounded: clients idle for a while are forgotten, and
 * past {@code maxClients} the idle ones are dropped first (a flood of new clients still gets
 * buckets, each starting full). Each gateway instance limits on its own.
 */
final class TokenBuckets {

    /** Allowed, or refused with the wait until the next request would be allowed. */
    record Decision(boolean allowed, long remaining, Duration retryAfter) {}

    private final double perSecond;
    private final double burst;
    private final int maxClients;
    private final long idleNanos;
    private final LongSupplier nanoTime;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    TokenBuckets(double perSecond, int burst, int maxClients, Duration idleAfter, LongSupplier nanoTime) {
        this.perSecond = perSecond;
        this.burst = burst;
        this.maxClients = maxClients;
        this.idleNanos = idleAfter.toNanos();
        this.nanoTime = nanoTime;
    }

    Decision take(String client) {
        long now = nanoTime.getAsLong();
        if (buckets.size() >= maxClients && !buckets.containsKey(client)) {
            forgetIdle(now);
        }
        Bucket bucket = buckets.computeIfAbsent(client, key -> new Bucket(burst, now));
        synchronized (bucket) {
            bucket.refill(now, perSecond, burst);
            if (bucket.tokens >= 1) {
                bucket.tokens -= 1;
                return new Decision(true, (long) Math.floor(bucket.tokens), Duration.ZERO);
            }
            double missing = 1 - bucket.tokens;
            return new Decision(false, 0, Duration.ofNanos((long) Math.ceil(missing / perSecond * 1_000_000_000L)));
        }
    }

    /** Whether the client's next request would be refused, without taking anything from its bucket. */
    boolean exhausted(String client) {
        Bucket bucket = buckets.get(client);
        if (bucket == null) {
            return false;
        }
        synchronized (bucket) {
            bucket.refill(nanoTime.getAsLong(), perSecond, burst);
            return bucket.tokens < 1;
        }
    }

    int clients() {
        return buckets.size();
    }

    private void forgetIdle(long now) {
        buckets.entrySet().removeIf(entry -> now - entry.getValue().lastSeen > idleNanos);
        if (buckets.size() >= maxClients) {
            buckets.entrySet().removeIf(entry -> entry.getValue().tokens >= burst - 1);
        }
    }

    private static final class Bucket {
        private double tokens;
        private long lastSeen;

        Bucket(double tokens, long now) {
            this.tokens = tokens;
            this.lastSeen = now;
        }

        void refill(long now, double perSecond, double burst) {
            tokens = Math.min(burst, tokens + (now - lastSeen) / 1_000_000_000.0 * perSecond);
            lastSeen = now;
        }
    }
}
