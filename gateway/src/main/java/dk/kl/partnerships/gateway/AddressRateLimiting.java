package dk.kl.partnerships.gateway;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Limits, per client address ({@link ClientAddresses}), the API requests that prove no identity:
 * those without a bearer token, charged when they arrive, and those whose token the check refuses
 * (401), charged then ({@link #chargeRefused}). It runs before the token check, so once an address
 * is over its limit a flood of bad tokens costs no check at all: its requests are refused with 429
 * unless their token is one the gateway has already accepted ({@link VerifiedTokens}), so that a
 * signed-in user behind the same address is not locked out by another's flood. Signed-in requests
 * are limited per subject ({@link RateLimiting}).
 */
@Component
// before the security filter chain (WebFluxSecurityConfiguration's order, -100)
@Order(-110)
class AddressRateLimiting implements WebFilter {

    private static final String ADDRESS = AddressRateLimiting.class.getName() + ".address";
    private static final String BEARER = "bearer ";

    private final TokenBuckets buckets;
    private final ClientAddresses addresses;
    private final VerifiedTokens verified;
    private final Counter refused;

    AddressRateLimiting(GatewaySettings settings, VerifiedTokens verified, MeterRegistry meters) {
        GatewaySettings.RateLimit limit = settings.rateLimit();
        this.buckets = new TokenBuckets(
                limit.anonymous().requestsPerSecond(),
                limit.anonymous().burst(),
                limit.maxClients(),
                limit.idleAfter(),
                System::nanoTime);
        this.addresses = new ClientAddresses(settings.trustedProxies());
        this.verified = verified;
        this.refused = RateLimiting.refusedCounter(meters, "address");
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        if (!exchange.getRequest().getPath().value().startsWith("/api/")) {
            return chain.filter(exchange);
        }
        String address = "address:" + addresses.of(exchange.getRequest());
        String token = bearerToken(exchange);
        if (token == null) {
            TokenBuckets.Decision decision = buckets.take(address);
            exchange.getResponse().getHeaders().set(RateLimiting.REMAINING, Long.toString(decision.remaining()));
            return decision.allowed() ? chain.filter(exchange) : refuse(exchange, decision);
        }
        if (buckets.exhausted(address) && !verified.remembers(token)) {
            return refuse(exchange, buckets.take(address));
        }
        exchange.getAttributes().put(ADDRESS, address);
        return chain.filter(exchange);
    }

    /** A token the check refused counts against the address it came from (a missing one already has). */
    void chargeRefused(ServerWebExchange exchange) {
        Object address = exchange.getAttribute(ADDRESS);
        if (address instanceof String client) {
            buckets.take(client);
        }
    }

    private Mono<Void> refuse(ServerWebExchange exchange, TokenBuckets.Decision decision) {
        refused.increment();
        return RateLimiting.tooManyRequests(exchange, decision);
    }

    private static String bearerToken(ServerWebExchange exchange) {
        String authorization = exchange.getRequest().getHeaders().getFirst(HttpHeaders.AUTHORIZATION);
        // the scheme compared in place: the header is the whole token, and this runs for every request
        if (authorization == null || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return null;
        }
        String token = authorization.substring(BEARER.length()).trim();
        return token.isEmpty() ? null : token;
    }
}
