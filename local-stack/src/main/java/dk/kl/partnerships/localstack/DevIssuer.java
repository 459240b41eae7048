package dk.kl.partnerships.localstack;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The development token issuer of the embedded default: signs RS256 JWTs with a key kept under
 * the data directory and publishes the public key as a JWK set, so the services validate its
 * tokens exactly as they validate an organisation's identity provider's. It hands a token to
 * anyone on this machine who asks, so it exists only in the embedded default.
 *
 * <ul>
 *   <li>{@code GET /dev-issuer/jwks} — the public JWK set</li>
 *   <li>{@code POST /dev-issuer/token?role=KL_ADMIN|MUNICIPALITY|FINANCE[&municipality=630]} — a token for one hour</li>
 * </ul>
 */
final class DevIssuer {

    static final String PATH = "/dev-issuer";
    static final String AUDIENCE = "partnerships-api";
    private static final Set<String> ROLES = Set.of("KL_ADMIN", "MUNICIPALITY", "FINANCE");
    private static final Duration LIFETIME = Duration.ofHours(1);

    private final RSAKey key;
    private final String issuer;

    private DevIssuer(RSAKey key, String issuer) {
        this.key = key;
        this.issuer = issuer;
    }

    /** @param issuerUrl the issuer as clients name it; by default this server's loopback address */
    static DevIssuer install(HttpServer server, Path keyFile, String issuerUrl) {
        DevIssuer devIssuer = new DevIssuer(key(keyFile), issuerUrl != null ? issuerUrl
                : "http://127.0.0.1:" + server.getAddress().getPort() + PATH);
        server.createContext(PATH + "/jwks", exchange -> respond(exchange, 200,
                new JWKSet(devIssuer.key.toPublicJWK()).toString()));
        server.createContext(PATH + "/token", devIssuer::token);
        return devIssuer;
    }

    String issuer() {
        return issuer;
    }

    private void token(HttpExchange exchange) throws IOException {
        if (!"POST".equals(exchange.getRequestMethod())) {
            respond(exchange, 405, "{\"error\":\"use POST\"}");
            return;
        }
        Map<String, String> parameters = parameters(exchange.getRequestURI().getRawQuery());
        String role = parameters.get("role");
        String municipality = parameters.get("municipality");
        if (role == null || !ROLES.contains(role)) {
            respond(exchange, 400, "{\"error\":\"role must be one of " + ROLES + "\"}");
            return;
        }
        if ("MUNICIPALITY".equals(role) && (municipality == null || !municipality.matches("\\d{3}"))) {
            respond(exchange, 400, "{\"error\":\"a MUNICIPALITY token needs municipality=<3-digit code>\"}");
            return;
        }
        respond(exchange, 200, "{\"access_token\":\"%s\",\"token_type\":\"Bearer\",\"expires_in\":%d}"
                .formatted(sign(role, municipality), LIFETIME.toSeconds()));
    }

    String sign(String role, String municipality) {
        Instant now = Instant.now();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(issuer)
                .audience(AUDIENCE)
                .subject("dev-" + role.toLowerCase() + (municipality == null ? "" : "-" + municipality))
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(LIFETIME)))
                .jwtID(UUID.randomUUID().toString())
                .claim("roles", List.of(role));
        if ("MUNICIPALITY".equals(role)) {
            claims.claim("municipality", municipality);
        }
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(),
                    claims.build());
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static RSAKey key(Path keyFile) {
        try {
            if (Files.exists(keyFile)) {
                return RSAKey.parse(Files.readString(keyFile));
            }
            RSAKey generated = new RSAKeyGenerator(2048).keyUse(KeyUse.SIGNATURE)
                    .keyID("dev-" + UUID.randomUUID()).generate();
            Files.createDirectories(keyFile.toAbsolutePath().getParent());
            Files.writeString(keyFile, generated.toJSONString());
            return generated;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (JOSEException | ParseException e) {
            throw new IllegalStateException("The development issuer's key in " + keyFile + " is unusable", e);
        }
    }

    private static Map<String, String> parameters(String query) {
        Map<String, String> parameters = new LinkedHashMap<>();
        if (query != null) {
            for (String pair : query.split("&")) {
                int equals = pair.indexOf('=');
                if (equals > 0) {
                    parameters.put(URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
                            URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
                }
            }
        }
        return parameters;
    }

    static void respond(HttpExchange exchange, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
