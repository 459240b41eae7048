package dk.kl.partnerships.kit.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Which tokens a service accepts: signed by a key of {@code jwkSetUri}, issued by {@code issuer},
 * for {@code audience}. In production these point at the organisation's identity provider.
 */
@ConfigurationProperties("partnerships.security")
public record SecurityProperties(String issuer, String jwkSetUri, String audience) {

    public SecurityProperties {
        audience = audience == null ? "partnerships-api" : audience;
    }
}
