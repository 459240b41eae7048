package dk.kl.partnerships.kit.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.List;

/**
 * Which tokens a service accepts: signed by a key of {@code jwkSetUri}, issued by {@code issuer},
 * for {@code audience}. In production these point at the organisation's identity provider.
 * {@code publicPaths} need no token because the service guards them otherwise (calendar feeds
 * carry a signed subscription token that calendar applications can keep in a URL).
 */
@ConfigurationProperties("partnerships.security")
public record SecurityProperties(String issuer, String jwkSetUri, String audience, List<String> publicPaths) {

    public SecurityProperties {
        audience = audience == null ? "partnerships-api" : audience;
        publicPaths = publicPaths == null ? List.of() : List.copyOf(publicPaths);
    }
}
