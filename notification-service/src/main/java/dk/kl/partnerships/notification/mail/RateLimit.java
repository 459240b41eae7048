package dk.kl.partnerships.notification.mail;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/** A token bucket: at most {@code perSecond} permits a second on average, never more than a second's worth at once. */
final class RateLimit {

    private final double perSecond;
    private final double capacity;
    private final Clock clock;
    private double tokens;
    private Instant last;

    RateLimit(double perSecond, Clock clock) {
        if (perSecond <= 0) {
            throw new IllegalArgumentException("messages-per-second must be positive");
        }
        this.perSecond = perSecond;
        this.capacity = Math.max(1, perSecond);
        this.clock = clock;
        this.tokens = capacity;
        this.last = clock.instant();
    }

    synchronized boolean tryAcquire() {
        Instant now = clock.instant();
        if (now.isBefore(last)) {
            // the clock was set back: count from now rather than wait for the old time to come again
            last = now;
        }
        if (now.isAfter(last)) {
            double elapsed = Duration.between(last, now).toNanos() / 1e9;
            tokens = Math.min(capacity, tokens + elapsed * perSecond);
            last = now;
        }
        if (tokens < 1) {
            return false;
        }
        tokens -= 1;
        return true;
    }

    /** Returns a permit that was not used. */
    synchronized void giveBack() {
        tokens = Math.min(capacity, tokens + 1);
    }
}
