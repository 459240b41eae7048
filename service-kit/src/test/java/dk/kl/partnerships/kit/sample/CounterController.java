package dk.kl.partnerships.kit.sample;

import java.net.URI;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** A write with a visible effect, to show that a repeated request has none. */
@RestController
public class CounterController {

    private final AtomicInteger count = new AtomicInteger();

    /** Holds requests to {@code /api/counter/slow} until released, as a request under way would be. */
    public static final Semaphore SLOW = new Semaphore(0);

    @PostMapping("/api/counter")
    ResponseEntity<Map<String, Object>> increment(@RequestBody Map<String, Object> body) {
        int value = count.incrementAndGet();
        return ResponseEntity.created(URI.create("/api/counter/" + value)).body(Map.of("value", value, "echo", body));
    }

    @PostMapping("/api/counter/slow")
    ResponseEntity<Map<String, Object>> slowIncrement(@RequestBody Map<String, Object> body)
            throws InterruptedException {
        SLOW.tryAcquire(30, TimeUnit.SECONDS);
        return increment(body);
    }
}
