package dk.kl.partnerships.gateway;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param allowedOrigins  browser origins that may call the API (CORS)
 * @param rateLimit       how many requests a client may make
 * @param trustedProxies  addresses or CIDR ranges of the proxies in front of the gateway whose
 *                        {@code Forwarded} / {@code X-Forwarded-For} headers are believed ({@link ClientAddresses});
 *                        none by default, so a client cannot choose the address it is limited by
 */
@ConfigurationProperties("partnerships.gateway")
record GatewaySettings(
        @DefaultValue({"http://127.0.0.1:3000", "http://localhost:3000"})
        List<String> allowedOrigins,

        @DefaultValue RateLimit rateLimit,

        @DefaultValue List<String> trustedProxies) {

    /**
     * A token bucket per signed-in client (the token's subject): {@code burst} requests at once,
     * refilled at {@code requestsPerSecond}; and a stricter one per client address for requests
     * without a token or whose token was refused ({@code anonymous}).
     *
     * @param maxClients clients tracked at once in each; idle ones are forgotten first
     */
    public record RateLimit(
            @DefaultValue("20") double requestsPerSecond,
            @DefaultValue("60") int burst,
            @DefaultValue("100000") int maxClients,
            @DefaultValue("10m") Duration idleAfter,
            @DefaultValue Anonymous anonymous) {

        public RateLimit {
            if (requestsPerSecond <= 0 || burst < 1 || maxClients < 1) {
                throw new IllegalStateException(
                        "partnerships.gateway.rate-limit needs a positive rate, burst and " + "client count");
            }
        }
    }

    /** Per client address, for requests without a token or with one that fails the check. */
    public record Anonymous(
            @DefaultValue("5") double requestsPerSecond,
            @DefaultValue("30") int burst) {

        public Anonymous {
            if (requestsPerSecond <= 0 || burst < 1) {
                throw new IllegalStateException(
                        "partnerships.gateway.rate-limit.anonymous needs a positive rate and burst");
            }
        }
    }
}
