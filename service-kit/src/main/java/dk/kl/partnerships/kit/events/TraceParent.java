package dk.kl.partnerships.kit.events;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.TraceContext;
import io.micrometer.tracing.Tracer;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;

/**
 * W3C {@code traceparent} values for outgoing events: the current span's context when tracing is
 * active, so that consumers continue the trace of the request that caused the event; otherwise a
 * new trace.
 */
public final class TraceParent {

    private final Tracer tracer;

    public TraceParent(Tracer tracer) {
        this.tracer = tracer;
    }

    public String current() {
        Span span = tracer == null ? null : tracer.currentSpan();
        if (span == null) {
            return random();
        }
        TraceContext context = span.context();
        return format(context.traceId(), context.spanId(), Boolean.TRUE.equals(context.sampled()));
    }

    static String random() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        HexFormat hex = HexFormat.of();
        return format(
                hex.toHexDigits(random.nextLong()) + hex.toHexDigits(random.nextLong()),
                hex.toHexDigits(random.nextLong()),
                true);
    }

    private static String format(String traceId, String spanId, boolean sampled) {
        String paddedTraceId = traceId.length() == 16 ? "0000000000000000" + traceId : traceId;
        return "00-" + paddedTraceId + "-" + spanId + (sampled ? "-01" : "-00");
    }
}
