package dk.kl.partnerships.gateway;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Optional;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Limits each signed-in client's rate of API requests, by its token's subject. Over the limit the
 * answer is 429 with {@code Retry-After}; every answer says how many requests remain at once
 * ({@code RateLimit-Remaining}). Runs after the token check, so the subject is known; requests that
 * prove no identity were limited by address before it ({@link AddressRateLimiting}).
 */
@Component
@Order(0)
class RateLimiting implements WebFilter {

    static final String REMAINING = "RateLimit-Remaining";
    private static final String REFUSED = "partnerships.gateway.rate-limited";

    private final TokenBuckets buckets;
    private final Counter refused;

    RateLimiting(GatewaySettings settings, MeterRegistry meters) {
        GatewaySettings.RateLimit limit = settings.rateLimit();
        this.buckets = new TokenBuckets(
                limit.requestsPerSecond(), limit.burst(), limit.maxClients(), limit.idleAfter(), System::nanoTime);
        this.refused = refusedCounter(meters, "subject");
        Gauge.builder("partnerships.gateway.rate-limit.clients", buckets, TokenBuckets::clients)
                .description("Signed-in clients whose rate is being tracked")
                .register(meters);
    }

    /** Requests refused with 429, by what the client was limited by: its {@code subject} or its {@code address}. */
    static Counter refusedCounter(MeterRegistry meters, String limitedBy) {
        return Counter.builder(REFUSED)
                .description("API requests refused because their client exceeded its rate")
                .tag("client", limitedBy)
                .register(meters);
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        if (!exchange.getRequest().getPath().value().startsWith("/api/")) {
            return chain.filter(exchange);
        }
        return exchange.getPrincipal()
                .filter(principal ->
                        principal instanceof Authentication authentication && authentication.isAuthenticated())
                .map(principal -> Optional.of("subject:" + principal.getName()))
                .defaultIfEmpty(Optional.empty())
                .flatMap(subject -> {
                    if (subject.isEmpty()) {
                        return chain.filter(exchange);
                    }
                    TokenBuckets.Decision decision = buckets.take(subject.get());
                    exchange.getResponse().getHeaders().set(REMAINING, Long.toString(decision.remaining()));
                    if (decision.allowed()) {
                        return chain.filter(exchange);
                    }
                    refused.increment();
                    return tooManyRequests(exchange, decision);
                });
    }

    static Mono<Void> tooManyRequests(ServerWebExchange exchange, TokenBuckets.Decision decision) {
        long seconds = Math.max(1, (decision.retryAfter().toMillis() + 999) / 1000);
        exchange.getResponse().getHeaders().set(REMAINING, "0");
        exchange.getResponse().getHeaders().set(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
        return Problems.write(
                exchange,
                HttpStatus.TOO_MANY_REQUESTS,
                "rate-limited",
                "Too many requests",
                "This client has made too many requests; try again in " + seconds + " s.");
    }
}
