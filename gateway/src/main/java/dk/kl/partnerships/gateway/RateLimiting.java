package dk.kl.partnerships.gateway;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.InetSocketAddress;
import java.security.Principal;
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
 * Limits each client's rate of API requests: a signed-in client by its token's subject, anyone
 * else by address. Over the limit the answer is 429 with {@code Retry-After}; every answer says
 * how many requests remain at once ({@code RateLimit-Remaining}). Runs after the token check, so
 * the subject is known.
 */
@Component
@Order(0)
class RateLimiting implements WebFilter {

    static final String REMAINING = "RateLimit-Remaining";

    private final TokenBuckets buckets;
    private final Counter refused;

    RateLimiting(GatewaySettings settings, MeterRegistry meters) {
        GatewaySettings.RateLimit limit = settings.rateLimit();
        this.buckets = new TokenBuckets(
                limit.requestsPerSecond(), limit.burst(), limit.maxClients(), limit.idleAfter(), System::nanoTime);
        this.refused = Counter.builder("partnerships.gateway.rate-limited")
                .description("API requests refused because their client exceeded its rate")
                .register(meters);
        Gauge.builder("partnerships.gateway.rate-limit.clients", buckets, TokenBuckets::clients)
                .description("Clients whose rate is being tracked")
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
                .map(Principal::getName)
                .map(subject -> "subject:" + subject)
                .defaultIfEmpty("address:" + address(exchange))
                .flatMap(client -> {
                    TokenBuckets.Decision decision = buckets.take(client);
                    exchange.getResponse().getHeaders().set(REMAINING, Long.toString(decision.remaining()));
                    if (decision.allowed()) {
                        return chain.filter(exchange);
                    }
                    refused.increment();
                    long seconds = Math.max(1, (decision.retryAfter().toMillis() + 999) / 1000);
                    exchange.getResponse().getHeaders().set(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
                    return Problems.write(
                            exchange,
                            HttpStatus.TOO_MANY_REQUESTS,
                            "rate-limited",
                            "Too many requests",
                            "This client has made too many requests; try again in " + seconds + " s.");
                });
    }

    private static String address(ServerWebExchange exchange) {
        InetSocketAddress remote = exchange.getRequest().getRemoteAddress();
        return remote == null || remote.getAddress() == null
                ? "unknown"
                : remote.getAddress().getHostAddress();
    }
}
