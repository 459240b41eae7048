package dk.kl.partnerships.gateway;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param allowedOrigins  browser origins that may call the API (CORS)
 * @param rateLimit       how many requests a client may make
 */
@ConfigurationProperties("partnerships.gateway")
record GatewaySettings(
        @DefaultValue({"http://127.0.0.1:3000", "http://localhost:3000"})
        List<String> allowedOrigins,

        @DefaultValue RateLimit rateLimit) {

    /**
     * A token bucket per client (the token's subject, or the address of an anonymous caller):
     * {@code burst} requests at once, refilled at {@code requestsPerSecond}.
     *
     * @param maxClients clients tracked at once; idle ones are forgotten first
     */
    public record RateLimit(
            @DefaultValue("20") double requestsPerSecond,
            @DefaultValue("60") int burst,
            @DefaultValue("100000") int maxClients,
            @DefaultValue("10m") Duration idleAfter) {

        public RateLimit {
            if (requestsPerSecond <= 0 || burst < 1 || maxClients < 1) {
                throw new IllegalStateException(
                        "partnerships.gateway.rate-limit needs a positive rate, burst and " + "client count");
            }
        }
    }
}
