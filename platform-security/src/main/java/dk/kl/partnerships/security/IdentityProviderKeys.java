package dk.kl.partnerships.security;

import com.nimbusds.jose.KeySourceException;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.jwk.source.RateLimitReachedException;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.DefaultResourceRetriever;
import java.net.MalformedURLException;
import java.net.URI;
import java.time.Duration;
import java.util.List;

/**
 * The identity provider's signing keys, as everyone who checks a token finds them: fetched from its
 * key set ({@code jwk-set-uri}), cached, and fetched again for a token whose key id is not in the
 * cached set — but at most twice per {@code refetchInterval} (Nimbus' {@code RateLimitedJWKSetSource}),
 * so a flood of tokens with invented key ids cannot make every verifier hammer the identity
 * provider. Within the interval a token with an unknown key id finds no key and is refused as any
 * wrongly signed token is (401), without a fetch; a key the provider has just rotated in is found at
 * the latest one interval later.
 */
public final class IdentityProviderKeys {

    private static final int CONNECT_TIMEOUT_MILLIS = 2_000;
    private static final int READ_TIMEOUT_MILLIS = 5_000;

    private IdentityProviderKeys() {}

    public static JWKSource<SecurityContext> of(SecurityProperties properties) {
        properties.requireIdentityProvider();
        return remote(properties.jwkSetUri(), properties.keySetRefetchInterval());
    }

    public static JWKSource<SecurityContext> remote(String jwkSetUri, Duration refetchInterval) {
        JWKSource<SecurityContext> throttled;
        try {
            throttled = JWKSourceBuilder.<SecurityContext>create(
                            URI.create(jwkSetUri).toURL(),
                            new DefaultResourceRetriever(
                                    CONNECT_TIMEOUT_MILLIS,
                                    READ_TIMEOUT_MILLIS,
                                    JWKSourceBuilder.DEFAULT_HTTP_SIZE_LIMIT))
                    .rateLimited(refetchInterval.toMillis())
                    .build();
        } catch (MalformedURLException | IllegalArgumentException e) {
            throw new IllegalStateException("partnerships.security.jwk-set-uri is not a URL: " + jwkSetUri, e);
        }
        return new RefusingWhenThrottled(throttled);
    }

    /** A refetch refused by the rate limit means: no key for this token (so 401, not a server error). */
    private record RefusingWhenThrottled(JWKSource<SecurityContext> source) implements JWKSource<SecurityContext> {

        @Override
        public List<JWK> get(JWKSelector selector, SecurityContext context) throws KeySourceException {
            try {
                return source.get(selector, context);
            } catch (RateLimitReachedException e) {
                return List.of();
            }
        }
    }
}
