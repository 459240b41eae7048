package dk.kl.partnerships.gateway;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import reactor.core.publisher.Mono;

/**
 * Remembers the tokens the decoder has accepted until they expire, so that a client's every
 * request does not cost a signature check and a parse: a client sends the same token for its whole
 * lifetime. Only accepted tokens are remembered, keyed by the whole token (so a changed token is
 * checked afresh), and each only until its {@code exp} — without the decoder's clock skew — so a
 * remembered token is never accepted when the decoder would refuse it. Memory is bounded: past
 * {@code capacity} tokens the expired ones are dropped (at most once a second, so a full memory does
 * not cost every new token a sweep), and new ones are checked every time until there is room again.
 * The services check every token themselves.
 */
final class VerifiedTokens implements ReactiveJwtDecoder {

    private static final Duration SWEEP_INTERVAL = Duration.ofSeconds(1);

    private final ReactiveJwtDecoder decoder;
    private final Clock clock;
    private final int capacity;
    private final Map<String, Jwt> accepted = new ConcurrentHashMap<>();
    private volatile Instant nextSweep = Instant.MIN;

    VerifiedTokens(ReactiveJwtDecoder decoder, Clock clock, int capacity) {
        this.decoder = decoder;
        this.clock = clock;
        this.capacity = capacity;
    }

    @Override
    public Mono<Jwt> decode(String token) {
        Jwt known = accepted.get(token);
        if (known != null) {
            if (unexpired(known, clock.instant())) {
                return Mono.just(known);
            }
            accepted.remove(token, known);
        }
        return decoder.decode(token).doOnNext(jwt -> remember(token, jwt));
    }

    /** Whether this very token was accepted before and has not expired: it would be accepted again. */
    boolean remembers(String token) {
        Jwt known = accepted.get(token);
        return known != null && unexpired(known, clock.instant());
    }

    private void remember(String token, Jwt jwt) {
        Instant now = clock.instant();
        if (!unexpired(jwt, now)) {
            return;
        }
        if (accepted.size() >= capacity) {
            if (now.isBefore(nextSweep)) {
                return;
            }
            nextSweep = now.plus(SWEEP_INTERVAL);
            accepted.values().removeIf(remembered -> !unexpired(remembered, now));
            if (accepted.size() >= capacity) {
                return;
            }
        }
        accepted.put(token, jwt);
    }

    private static boolean unexpired(Jwt jwt, Instant now) {
        return jwt.getExpiresAt() != null && now.isBefore(jwt.getExpiresAt());
    }
}
