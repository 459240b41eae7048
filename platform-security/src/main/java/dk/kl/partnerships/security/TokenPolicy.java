package dk.kl.partnerships.security;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
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

    /**
     * The platform roles the token carries, as {@code ROLE_*} authorities; unknown roles are ignored.
     * A token that makes its holder a coordinator without naming an official municipality
     * ({@link #municipality}) grants nothing at all: such a caller acts for no municipality, and is
     * refused everywhere rather than taken for someone who may see every municipality.
     */
    public static Collection<GrantedAuthority> authorities(Jwt jwt) {
        List<String> roles = jwt.getClaimAsStringList(ROLES_CLAIM);
        if (roles == null) {
            return List.of();
        }
        List<Role> platformRoles = roles.stream()
                .filter(Role::isPlatformRole)
                .map(Role::valueOf)
                .distinct()
                .toList();
        if (platformRoles.contains(Role.MUNICIPALITY) && municipality(jwt).isEmpty()) {
            return List.of();
        }
        return platformRoles.stream()
                .<GrantedAuthority>map(role -> new SimpleGrantedAuthority("ROLE_" + role.name()))
                .toList();
    }

    /**
     * The municipality a token's {@code municipality} claim names, if it is one of the
     * {@link OfficialMunicipalities}; empty when the claim is missing, blank or not an official code.
     */
    public static Optional<String> municipality(Jwt jwt) {
        Object claim = jwt.getClaims().get(MUNICIPALITY_CLAIM);
        if (!(claim instanceof String code) || !OfficialMunicipalities.isOfficial(code)) {
            return Optional.empty();
        }
        return Optional.of(code);
    }
}
