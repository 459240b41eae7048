package dk.kl.partnerships.kit.audit;

import java.util.function.Supplier;

/**
 * The event whose handling is under way on this thread, so that a change its handler stores is
 * recorded as following from it. The kit's event consumers set it around each handler call.
 */
public final class CausingEvent {

    private static final ThreadLocal<Cause> CURRENT = new ThreadLocal<>();

    private CausingEvent() {}

    /** The event type's logical name and the event's id. */
    public record Cause(String eventType, String eventId) {}

    /** Runs {@code work} as the handling of the event; what was current before is current again after. */
    public static <T> T during(String eventType, String eventId, Supplier<T> work) {
        Cause previous = CURRENT.get();
        CURRENT.set(new Cause(eventType, eventId));
        try {
            return work.get();
        } finally {
            if (previous == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(previous);
            }
        }
    }

    static Cause current() {
        return CURRENT.get();
    }
}
