package dk.kl.partnerships.kit.sample;

import java.net.URI;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** A write with a visible effect, to show that a repeated request has none. */
@RestController
class CounterController {

    private final AtomicInteger count = new AtomicInteger();

    @PostMapping("/api/counter")
    ResponseEntity<Map<String, Object>> increment(@RequestBody Map<String, Object> body) {
        int value = count.incrementAndGet();
        return ResponseEntity.created(URI.create("/api/counter/" + value)).body(Map.of("value", value, "echo", body));
    }
}
