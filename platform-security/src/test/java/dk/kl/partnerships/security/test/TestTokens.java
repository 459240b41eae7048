package dk.kl.partnerships.security.test;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import dk.kl.partnerships.security.Role;
import dk.kl.partnerships.security.TokenPolicy;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * A token issuer for tests: an RSA key whose public half is served as a JWK set over HTTP in the
 * test JVM, so services validate test tokens exactly as they validate real ones. Also makes the
 * tokens a service must refuse.
 */
public final class TestTokens {

    public static final String AUDIENCE = TokenPolicy.DEFAULT_AUDIENCE;

    private static RSAKey key;
    private static RSAKey strangerKey;
    private static String issuer;
    private static String jwkSetUri;

    private TestTokens() {}

    public static synchronized String issuer() {
        start();
        return issuer;
    }

    public static synchronized String jwkSetUri() {
        start();
        return jwkSetUri;
    }

    public static String klAdmin() {
        return builder(Role.KL_ADMIN).sign();
    }

    public static String municipality(String code) {
        return builder(Role.MUNICIPALITY).municipality(code).sign();
    }

    public static String finance() {
        return builder(Role.FINANCE).sign();
    }

    public static Builder builder(Role... roles) {
        start();
        return new Builder(key, issuer, List.of(roles));
    }

    /**
     * Tokens of another issuer's key — e.g. a real identity server's, read from its key file — to
     * make tokens that it would sign but never issue (expired, for another audience, ...).
     */
    public static Builder issuedBy(RSAKey signingKey, String issuerUrl, Role... roles) {
        return new Builder(signingKey, issuerUrl, List.of(roles));
    }

    /**
     * Every way a token can be wrong, by name, each made from a sound token's builder (so that the
     * flaw is the only thing wrong with it): every one must be refused. "missing" is no token.
     */
    public static Map<String, String> flawed(Supplier<Builder> sound) {
        Map<String, String> tokens = new LinkedHashMap<>();
        tokens.put("missing", null);
        tokens.put(
                "expired",
                sound.get()
                        .expiredAt(Instant.now().minus(Duration.ofMinutes(2)))
                        .sign());
        tokens.put("wrongly signed", sound.get().signedByStranger().sign());
        tokens.put("tampered", sound.get().tampered());
        tokens.put(
                "wrong issuer",
                sound.get().issuer("https://evil.example/issuer").sign());
        tokens.put("wrong audience", sound.get().audience("another-api").sign());
        tokens.put("alg none", sound.get().unsigned());
        tokens.put("garbage", "not-a-jwt");
        return tokens;
    }

    /**
     * Soundly signed tokens of callers who hold no platform role they may use, by name: no role,
     * or the coordinator's role without one official municipality. Each must be refused (403).
     */
    public static Map<String, String> withoutAPlatformRole() {
        Map<String, String> tokens = new LinkedHashMap<>();
        tokens.put("no role", builder().sign());
        tokens.put("no role but a municipality", builder().municipality("630").sign());
        tokens.put(
                "a coordinator without a municipality",
                builder(Role.MUNICIPALITY).sign());
        tokens.put(
                "a coordinator with a blank municipality",
                builder(Role.MUNICIPALITY).municipality(" ").sign());
        tokens.put(
                "a coordinator of an unofficial municipality",
                builder(Role.MUNICIPALITY).municipality("999").sign());
        tokens.put(
                "KL staff who is also a coordinator of no municipality",
                builder(Role.KL_ADMIN, Role.MUNICIPALITY).sign());
        return tokens;
    }

    /** A key the issuer never published, under the id of one it did. */
    private static synchronized RSAKey stranger(String keyId) {
        try {
            if (strangerKey == null || !strangerKey.getKeyID().equals(keyId)) {
                strangerKey = new RSAKeyGenerator(2048)
                        .keyID(keyId)
                        .keyUse(KeyUse.SIGNATURE)
                        .generate();
            }
            return strangerKey;
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static synchronized void start() {
        if (issuer != null) {
            return;
        }
        try {
            key = new RSAKeyGenerator(2048)
                    .keyID("test-" + UUID.randomUUID())
                    .keyUse(KeyUse.SIGNATURE)
                    .generate();
            byte[] jwks = new JWKSet(key.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/jwks", exchange -> {
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, jwks.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(jwks);
                }
            });
            server.start();
            String base = "http://127.0.0.1:" + server.getAddress().getPort();
            issuer = base + "/test-issuer";
            jwkSetUri = base + "/jwks";
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A token to be made valid or, on purpose, invalid in one respect. */
    public static final class Builder {

        private final RSAKey signingKey;
        private final String tokenIssuer;
        private final List<String> roles;
        private String municipality;
        private String issuerOverride;
        private String audience = AUDIENCE;
        private Instant expiresAt = Instant.now().plus(Duration.ofMinutes(10));
        private boolean signedByStranger;
        private boolean unknownKeyId;

        private Builder(RSAKey signingKey, String tokenIssuer, List<Role> roles) {
            this.signingKey = signingKey;
            this.tokenIssuer = tokenIssuer;
            this.roles = roles.stream().map(Role::name).toList();
        }

        public Builder municipality(String code) {
            this.municipality = code;
            return this;
        }

        public Builder issuer(String otherIssuer) {
            this.issuerOverride = otherIssuer;
            return this;
        }

        public Builder audience(String otherAudience) {
            this.audience = otherAudience;
            return this;
        }

        public Builder expiredAt(Instant instant) {
            this.expiresAt = instant;
            return this;
        }

        /**
         * Signed with the issuer's key under a key id it never published (a new one each time), as a
         * client probing for key-set refetches would send.
         */
        public Builder underUnknownKeyId() {
            this.unknownKeyId = true;
            return this;
        }

        /** Signed with a key of the same id that the issuer never published. */
        public Builder signedByStranger() {
            this.signedByStranger = true;
            return this;
        }

        private JWTClaimsSet claims() {
            JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                    .subject("test-" + String.join("-", roles).toLowerCase()
                            + (municipality == null ? "" : "-" + municipality))
                    .issuer(issuerOverride == null ? tokenIssuer : issuerOverride)
                    .audience(audience)
                    .issueTime(Date.from(expiresAt.minus(Duration.ofMinutes(20))))
                    .expirationTime(Date.from(expiresAt))
                    .jwtID(UUID.randomUUID().toString())
                    .claim(TokenPolicy.ROLES_CLAIM, roles);
            if (municipality != null) {
                claims.claim(TokenPolicy.MUNICIPALITY_CLAIM, municipality);
            }
            return claims.build();
        }

        public String sign() {
            try {
                RSAKey signer = signedByStranger ? stranger(signingKey.getKeyID()) : signingKey;
                SignedJWT jwt = new SignedJWT(
                        new JWSHeader.Builder(JWSAlgorithm.RS256)
                                .keyID(unknownKeyId ? "unknown-" + UUID.randomUUID() : signer.getKeyID())
                                .build(),
                        claims());
                jwt.sign(new RSASSASigner(signer));
                return jwt.serialize();
            } catch (JOSEException e) {
                throw new IllegalStateException(e);
            }
        }

        /** The same claims with {@code "alg":"none"} and no signature. */
        public String unsigned() {
            return new PlainJWT(claims()).serialize();
        }

        /** A correctly signed token whose payload was then changed (roles raised to KL_ADMIN). */
        public String tampered() {
            String[] parts = sign().split("\\.");
            JWTClaimsSet raised = new JWTClaimsSet.Builder(claims())
                    .claim(TokenPolicy.ROLES_CLAIM, List.of(Role.KL_ADMIN.name()))
                    .build();
            return parts[0] + "." + Base64URL.encode(raised.toString()) + "." + parts[2];
        }
    }
}
