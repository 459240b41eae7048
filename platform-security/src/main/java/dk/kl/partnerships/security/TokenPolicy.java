package dk.kl.partnerships.security;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtValidators;

/**
 * What a valid platform token is, for everyone who checks or issues one: signed RS256 (so
 * {@code alg=none} and symmetric keys never pass), by the configured issuer, for the platform's
 * audience, within its lifetime; its {@code roles} claim names platform roles and, for a
 * coordinator, its {@code municipality} claim the municipality.
 */
public final class TokenPolicy {

    public static final String DEFAULT_AUDIENCE = "partnerships-api";
    public static final SignatureAlgorithm ALGORITHM = SignatureAlgorithm.RS256;
    public static final String ROLES_CLAIM = "roles";
    public static final String MUNICIPALITY_CLAIM = "municipality";

    private TokenPolicy() {}

    /** Issuer, audience, expiry and not-before. */
    public static OAuth2TokenValidator<Jwt> validator(String issuer, String audience) {
        return new DelegatingOAuth2TokenValidator<>(JwtValidators.createDefaultWithIssuer(issuer), audience(audience));
    }

    static OAuth2TokenValidator<Jwt> audience(String audience) {
        OAuth2Error error = new OAuth2Error("invalid_token", "The token is not for audience " + audience, null);
        return jwt -> jwt.getAudience() != null && jwt.getAudience().contains(audience)
                ? OAuth2TokenValidatorResult.success()
                : OAuth2TokenValidatorResult.failure(error);
    }

    /** The platform roles the token carries, as {@code ROLE_*} authorities; unknown roles are ignored. */
    public static Collection<GrantedAuthority> authorities(Jwt jwt) {
        List<String> roles = jwt.getClaimAsStringList(ROLES_CLAIM);
        if (roles == null) {
            return List.of();
        }
        return roles.stream()
                .filter(role ->
                        Arrays.stream(Role.values()).anyMatch(r -> r.name().equals(role)))
                .<GrantedAuthority>map(role -> new SimpleGrantedAuthority("ROLE_" + role))
                .toList();
    }
}
