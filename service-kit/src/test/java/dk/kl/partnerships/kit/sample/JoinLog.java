package dk.kl.partnerships.kit.sample;

import dk.kl.partnerships.contracts.registration.MunicipalityWithdrew;
import dk.kl.partnerships.kit.messaging.NotYetKnownException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.stereotype.Component;

/** Remembers what the sample consumer handled, and fails on request to exercise retries. */
@Component
public class JoinLog {

    private final List<String> handled = new CopyOnWriteArrayList<>();
    private final AtomicInteger failedAttempts = new AtomicInteger();
    private final Map<String, AtomicInteger> attempts = new ConcurrentHashMap<>();

    public void record(String municipalityCode, String eventId) {
        handled.add(municipalityCode + ":" + eventId);
    }

    /**
     * A reason starting with {@code fail} fails every attempt; {@code unreachable <n>} fails the first
     * n attempts as an unreachable store would, then succeeds; {@code awaiting <n>} fails the first n
     * attempts as an event naming what another topic's event has not brought yet, and
     * {@code awaiting forever} every attempt.
     */
    public void failOrRecord(MunicipalityWithdrew event, String eventId) {
        if (event.reason().startsWith("fail")) {
            failedAttempts.incrementAndGet();
            throw new IllegalStateException("Handler failure for " + eventId);
        }
        if (event.reason().startsWith("unreachable ")) {
            int failures = Integer.parseInt(event.reason().substring("unreachable ".length()));
            if (attempts.computeIfAbsent(eventId, id -> new AtomicInteger()).incrementAndGet() <= failures) {
                failedAttempts.incrementAndGet();
                throw new DataAccessResourceFailureException("Store unreachable (attempt for " + eventId + ")");
            }
        }
        if (event.reason().startsWith("awaiting ")) {
            String failures = event.reason().substring("awaiting ".length());
            if (failures.equals("forever")
                    || attempts.computeIfAbsent(eventId, id -> new AtomicInteger())
                                    .incrementAndGet()
                            <= Integer.parseInt(failures)) {
                failedAttempts.incrementAndGet();
                throw new NotYetKnownException("the programme of " + eventId);
            }
        }
        record(event.municipalityCode(), eventId);
    }

    public List<String> handled() {
        return handled;
    }

    public int failedAttempts() {
        return failedAttempts.get();
    }
}
