package dk.kl.partnerships.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.kl.partnerships.security.TokenPolicy;
import dk.kl.partnerships.security.test.SignIn;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The identity server as its clients use it: a coordinator and KL staff sign in with the
 * authorization-code flow and PKCE, finance's system with client credentials; the tokens pass the
 * platform's token policy with the right roles and municipality.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class IdentityServerIntegrationTests {

    static final String ISSUER = "http://identity.test";
    static final String REDIRECT = "http://127.0.0.1:3000/callback";
    static final Path KEYS;

    static {
        try {
            KEYS = Files.createTempDirectory("identity-keys");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) {
        registry.add("partnerships.identity.issuer", () -> ISSUER);
        registry.add(
                "partnerships.identity.key-file",
                () -> KEYS.resolve("signing-key.json").toString());
    }

    @LocalServerPort
    int port;

    @Autowired
    IdentitySettings settings;

    NimbusJwtDecoder decoder;
    SignIn signIn;

    @BeforeEach
    void setUp() {
        decoder = NimbusJwtDecoder.withJwkSetUri(base() + "/oauth2/jwks")
                .jwsAlgorithm(TokenPolicy.ALGORITHM)
                .build();
        decoder.setJwtValidator(TokenPolicy.validator(ISSUER, TokenPolicy.DEFAULT_AUDIENCE));
        signIn = new SignIn(base(), "partnerships-web", REDIRECT);
    }

    @Test
    void aCoordinatorSignsInWithPkceAndActsForTheirMunicipality() {
        Jwt token = decoder.decode(signIn.person("koordinator-630", "demo"));

        assertThat(token.getSubject()).isEqualTo("koordinator-630");
        assertThat(token.getClaimAsStringList(TokenPolicy.ROLES_CLAIM)).containsExactly("MUNICIPALITY");
        assertThat(token.getClaimAsString(TokenPolicy.MUNICIPALITY_CLAIM)).isEqualTo("630");
        assertThat(token.getAudience()).containsExactly(TokenPolicy.DEFAULT_AUDIENCE);
        assertThat(token.getHeaders()).containsEntry("alg", "RS256");
    }

    @Test
    void klStaffSignInAsKlAdminWithoutAMunicipality() {
        Jwt token = decoder.decode(signIn.person("kl-admin", "demo"));

        assertThat(token.getClaimAsStringList(TokenPolicy.ROLES_CLAIM)).containsExactly("KL_ADMIN");
        assertThat(token.hasClaim(TokenPolicy.MUNICIPALITY_CLAIM)).isFalse();
    }

    @Test
    void financesSystemGetsAFinanceTokenByClientCredentials() {
        Jwt token = decoder.decode(SignIn.client(base(), "finance-system", "finance-secret"));

        assertThat(token.getSubject()).isEqualTo("finance-system");
        assertThat(token.getClaimAsStringList(TokenPolicy.ROLES_CLAIM)).containsExactly("FINANCE");
        assertThatThrownBy(() -> SignIn.client(base(), "finance-system", "wrong"))
                .hasMessageContaining("401");
    }

    @Test
    void aWrongPasswordAnUnknownUserOrAMissingPkceChallengeGetNoToken() throws Exception {
        assertThatThrownBy(() -> signIn.person("koordinator-630", "guess")).hasMessageContaining("refused");
        assertThatThrownBy(() -> signIn.person("koordinator-999", "demo")).hasMessageContaining("refused");

        HttpResponse<String> withoutPkce = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(base()
                                        + "/oauth2/authorize?response_type=code&client_id=partnerships-web&scope=openid&redirect_uri="
                                        + REDIRECT))
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(withoutPkce.statusCode()).isIn(302, 400);
        assertThat(withoutPkce.headers().firstValue("Location").orElse("")).doesNotContain("code=");
    }

    @Test
    void theSigningKeyIsKeptSoTokensOutliveARestart() {
        String keyId = decoder.decode(SignIn.client(base(), "finance-system", "finance-secret"))
                .getHeaders()
                .get("kid")
                .toString();

        assertThat(SigningKey.load(settings.keyFile()).getKeyID()).isEqualTo(keyId);
        assertThat(Files.exists(settings.keyFile())).isTrue();
    }

    private String base() {
        return "http://127.0.0.1:" + port;
    }
}
