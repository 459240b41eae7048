package dk.kl.partnerships.kit.test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.concurrent.atomic.AtomicReference;

/** A clock tests move forward, to see what happens on due dates months away. Starts at the real time. */
public final class MutableClock extends Clock {

    private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);
    private final ZoneId zone;

    public MutableClock(ZoneId zone) {
        this.zone = zone;
    }

    /** Moves the clock forward by a period of calendar time (months, days) in its zone. */
    public void advance(Period period) {
        Instant now = instant();
        Instant later = ZonedDateTime.ofInstant(now, zone).plus(period).toInstant();
        offset.updateAndGet(current -> current.plus(Duration.between(now, later)));
    }

    /** Moves the clock to a moment (forward or back). */
    public void setTo(Instant moment) {
        offset.set(Duration.between(Instant.now(), moment));
    }

    public void reset() {
        offset.set(Duration.ZERO);
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
        MutableClock clock = new MutableClock(other);
        clock.offset.set(offset.get());
        return clock;
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(offset.get());
    }
}
