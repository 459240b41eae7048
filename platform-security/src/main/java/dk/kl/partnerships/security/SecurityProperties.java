package dk.kl.partnerships.security;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Which tokens a service or the gateway accepts: signed by a key of {@code jwkSetUri}, issued by
 * {@code issuer}, for {@code audience}. In production these point at the organisation's identity
 * provider. {@code publicPaths} need no token because the service guards them otherwise (calendar
 * feeds carry a signed subscription token that calendar applications can keep in a URL).
 */
@ConfigurationProperties("partnerships.security")
public record SecurityProperties(String issuer, String jwkSetUri, String audience, List<String> publicPaths) {

    public SecurityProperties {
        audience = audience == null ? TokenPolicy.DEFAULT_AUDIENCE : audience;
        publicPaths = publicPaths == null ? List.of() : List.copyOf(publicPaths);
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
