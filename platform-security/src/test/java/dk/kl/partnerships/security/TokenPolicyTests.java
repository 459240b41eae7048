package dk.kl.partnerships.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

class TokenPolicyTests {

    private static final String ISSUER = "https://login.example.dk";

    @Test
    void onlyPlatformRolesBecomeAuthorities() {
        Jwt jwt = withClaims(List.of("MUNICIPALITY", "SUPERUSER", "admin"), "630");

        assertThat(TokenPolicy.authorities(jwt))
                .extracting(GrantedAuthority::getAuthority)
                .containsExactly("ROLE_MUNICIPALITY");
        assertThat(TokenPolicy.authorities(jwt(ISSUER, List.of(TokenPolicy.DEFAULT_AUDIENCE), null)))
                .isEmpty();
    }

    @Test
    void aCoordinatorActsForTheOfficialMunicipalityItsTokenNames() {
        Jwt vejle = coordinator("630");

        assertThat(TokenPolicy.municipality(vejle)).contains("630");
        assertThat(TokenPolicy.authorities(vejle))
                .extracting(GrantedAuthority::getAuthority)
                .containsExactly("ROLE_MUNICIPALITY");
    }

    @Test
    void aCoordinatorWithoutAnOfficialMunicipalityIsGrantedNothing() {
        for (Object claim : new Object[] {null, "", " ", "999", "63", "0630", 630}) {
            Jwt jwt = coordinator(claim);

            assertThat(TokenPolicy.municipality(jwt)).as("claim %s", claim).isEmpty();
            assertThat(TokenPolicy.authorities(jwt)).as("claim %s", claim).isEmpty();
        }
        Jwt alsoKl = withClaims(List.of("MUNICIPALITY", "KL_ADMIN"), null);
        assertThat(TokenPolicy.authorities(alsoKl))
                .as("a coordinator's role without a municipality makes the whole token worthless")
                .isEmpty();
    }

    @Test
    void aTokenWithoutAPlatformRoleIsGrantedNothing() {
        assertThat(TokenPolicy.authorities(withClaims(List.of(), "630"))).isEmpty();
        assertThat(TokenPolicy.authorities(withClaims(List.of("ADMIN"), "630"))).isEmpty();
    }

    @Test
    void aTokenMustComeFromTheIssuerForTheAudience() {
        assertThat(TokenPolicy.validator(ISSUER, TokenPolicy.DEFAULT_AUDIENCE)
                        .validate(jwt(ISSUER, List.of(TokenPolicy.DEFAULT_AUDIENCE), List.of("KL_ADMIN")))
                        .hasErrors())
                .isFalse();
        assertThat(TokenPolicy.validator(ISSUER, TokenPolicy.DEFAULT_AUDIENCE)
                        .validate(jwt(ISSUER, List.of("another-api"), List.of("KL_ADMIN")))
                        .hasErrors())
                .isTrue();
        assertThat(TokenPolicy.validator(ISSUER, TokenPolicy.DEFAULT_AUDIENCE)
                        .validate(
                                jwt("https://evil.example", List.of(TokenPolicy.DEFAULT_AUDIENCE), List.of("KL_ADMIN")))
                        .hasErrors())
                .isTrue();
    }

    private static Jwt coordinator(Object municipality) {
        return withClaims(List.of("MUNICIPALITY"), municipality);
    }

    private static Jwt withClaims(List<String> roles, Object municipality) {
        Jwt.Builder builder = Jwt.withTokenValue("token")
                .header("alg", "RS256")
                .subject("someone")
                .issuer(ISSUER)
                .audience(List.of(TokenPolicy.DEFAULT_AUDIENCE))
                .issuedAt(Instant.now().minusSeconds(10))
                .expiresAt(Instant.now().plusSeconds(300))
                .claim(TokenPolicy.ROLES_CLAIM, roles);
        if (municipality != null) {
            builder.claim(TokenPolicy.MUNICIPALITY_CLAIM, municipality);
        }
        return builder.build();
    }

    private static Jwt jwt(String issuer, List<String> audience, List<String> roles) {
        Jwt.Builder builder = Jwt.withTokenValue("token")
                .header("alg", "RS256")
                .subject("someone")
                .issuer(issuer)
                .audience(audience)
                .issuedAt(Instant.now().minusSeconds(10))
                .expiresAt(Instant.now().plusSeconds(300));
        if (roles != null) {
            builder.claim(TokenPolicy.ROLES_CLAIM, roles);
        }
        return builder.build();
    }
}
