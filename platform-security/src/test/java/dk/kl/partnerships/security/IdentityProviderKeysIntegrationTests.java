package dk.kl.partnerships.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.sun.net.httpserver.HttpServer;
import dk.kl.partnerships.security.test.TestTokens;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

/**
 * Against a real key-set endpoint that counts its requests: tokens under invented key ids make the
 * verifier fetch the key set at most twice per interval, and are refused as wrongly signed.
 */
class IdentityProviderKeysIntegrationTests {

    private static final String ISSUER = "https://identity.example/issuer";

    private final AtomicInteger fetches = new AtomicInteger();
    private HttpServer server;
    private RSAKey key;
    private JwtDecoder decoder;

    @BeforeEach
    void startKeySet() throws Exception {
        key = new RSAKeyGenerator(2048)
                .keyID("published")
                .keyUse(KeyUse.SIGNATURE)
                .generate();
        byte[] jwks = new JWKSet(key.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/jwks", exchange -> {
            fetches.incrementAndGet();
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, jwks.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(jwks);
            }
        });
        server.start();
        String jwkSetUri = "http://127.0.0.1:" + server.getAddress().getPort() + "/jwks";
        NimbusJwtDecoder nimbus = NimbusJwtDecoder.withJwkSource(
                        IdentityProviderKeys.remote(jwkSetUri, Duration.ofSeconds(30)))
                .jwsAlgorithm(TokenPolicy.ALGORITHM)
                .build();
        nimbus.setJwtValidator(TokenPolicy.validator(ISSUER, TokenPolicy.DEFAULT_AUDIENCE));
        decoder = nimbus;
    }

    @AfterEach
    void stopKeySet() {
        server.stop(0);
    }

    @Test
    void fiftyTokensUnderUnknownKeyIdsFetchTheKeySetAtMostTwice() {
        assertThat(decoder.decode(sound().sign()).getSubject())
                .as("a sound token")
                .isNotBlank();

        for (int i = 0; i < 50; i++) {
            String probe = sound().underUnknownKeyId().sign();
            assertThatExceptionOfType(BadJwtException.class).isThrownBy(() -> decoder.decode(probe));
        }

        assertThat(fetches).hasValueLessThanOrEqualTo(2);
        assertThat(decoder.decode(sound().sign()).getSubject())
                .as("the published key still verifies")
                .isNotBlank();
        assertThat(fetches).hasValueLessThanOrEqualTo(2);
    }

    private TestTokens.Builder sound() {
        return TestTokens.issuedBy(key, ISSUER, Role.KL_ADMIN);
    }
}
