package dk.kl.partnerships.kit.sample;

import dk.kl.partnerships.contracts.registration.MunicipalityWithdrew;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.stereotype.Component;

/** Remembers what the sample consumer handled, and fails on request to exercise retries. */
@Component
public class JoinLog {

    private final List<String> handled = new CopyOnWriteArrayList<>();
    private final AtomicInteger failedAttempts = new AtomicInteger();

    public void record(String municipalityCode, String eventId) {
        handled.add(municipalityCode + ":" + eventId);
    }

    public void failOrRecord(MunicipalityWithdrew event, String eventId) {
        if (event.reason().startsWith("fail")) {
            failedAttempts.incrementAndGet();
            throw new IllegalStateException("Handler failure for " + eventId);
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
