package dk.kl.partnerships.billing.demo;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

/**
 * The time the demonstration's instalment invoicing reads: held at a moment of the history while
 * the history is brought in, then the system clock for good.
 */
final class HistoryClock extends Clock {

    /** Before any programme of the demonstration: nothing has fallen due yet. */
    static final Instant BEFORE_HISTORY = Instant.parse("2000-01-01T00:00:00Z");

    private final Clock system;
    private volatile Instant held;

    private HistoryClock(Clock system, Instant held) {
        this.system = system;
        this.held = held;
    }

    static HistoryClock heldBeforeHistory(Clock system) {
        return new HistoryClock(system, BEFORE_HISTORY);
    }

    static HistoryClock following(Clock system) {
        return new HistoryClock(system, null);
    }

    void holdAt(Instant moment) {
        held = moment;
    }

    void followSystem() {
        held = null;
    }

    boolean followsSystem() {
        return held == null;
    }

    @Override
    public ZoneId getZone() {
        return system.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return new HistoryClock(system.withZone(zone), held);
    }

    @Override
    public Instant instant() {
        Instant moment = held;
        return moment == null ? system.instant() : moment;
    }
}
