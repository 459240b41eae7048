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
        Jwt jwt = jwt(ISSUER, List.of(TokenPolicy.DEFAULT_AUDIENCE), List.of("MUNICIPALITY", "SUPERUSER", "admin"));

        assertThat(TokenPolicy.authorities(jwt))
                .extracting(GrantedAuthority::getAuthority)
                .containsExactly("ROLE_MUNICIPALITY");
        assertThat(TokenPolicy.authorities(jwt(ISSUER, List.of(TokenPolicy.DEFAULT_AUDIENCE), null)))
                .isEmpty();
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
