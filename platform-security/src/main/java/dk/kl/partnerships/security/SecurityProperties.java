package dk.kl.partnerships.security;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Which requests a service or the gateway accepts: tokens signed by a key of {@code jwkSetUri},
 * issued by {@code issuer}, for {@code audience}. In production these point at the organisation's
 * identity provider. {@code publicPaths} need no token because the service guards them otherwise
 * (calendar feeds carry a signed subscription token that calendar applications can keep in a URL).
 * {@code maxRequestSize} is the largest request body the gateway and every service accept (413
 * beyond it): one setting, so that a service called directly is no more lenient than the gateway.
 * {@code keySetRefetchInterval} bounds how often a token with an unknown key id may make a verifier
 * fetch the key set again ({@link IdentityProviderKeys}).
 */
@ConfigurationProperties("partnerships.security")
public record SecurityProperties(
        String issuer,
        String jwkSetUri,
        String audience,
        List<String> publicPaths,
        DataSize maxRequestSize,
        Duration keySetRefetchInterval) {

    public static final DataSize DEFAULT_MAX_REQUEST_SIZE = DataSize.ofMegabytes(1);
    public static final Duration DEFAULT_KEY_SET_REFETCH_INTERVAL = Duration.ofSeconds(30);

    public SecurityProperties {
        audience = audience == null ? TokenPolicy.DEFAULT_AUDIENCE : audience;
        publicPaths = publicPaths == null ? List.of() : List.copyOf(publicPaths);
        maxRequestSize = maxRequestSize == null ? DEFAULT_MAX_REQUEST_SIZE : maxRequestSize;
        keySetRefetchInterval =
                keySetRefetchInterval == null ? DEFAULT_KEY_SET_REFETCH_INTERVAL : keySetRefetchInterval;
        if (keySetRefetchInterval.isNegative() || keySetRefetchInterval.isZero()) {
            throw new IllegalStateException("partnerships.security.key-set-refetch-interval must be positive");
        }
        if (maxRequestSize.toBytes() < 1) {
            throw new IllegalStateException("partnerships.security.max-request-size must be positive");
        }
    }

    /** Refuses to start without an identity provider: no token could ever be checked. */
    public SecurityProperties requireIdentityProvider() {
        if (issuer == null || issuer.isBlank() || jwkSetUri == null || jwkSetUri.isBlank()) {
            throw new IllegalStateException("partnerships.security.issuer and partnerships.security.jwk-set-uri "
                    + "must name the identity provider whose tokens are accepted");
        }
        return this;
    }
}
