package dk.kl.partnerships.systemtests;

import dk.kl.partnerships.security.test.SignIn;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An HTTP client of the platform, with tokens from its identity server got as its clients get
 * them: KL staff and coordinators sign in (authorization code with PKCE), finance's system uses
 * client credentials. Tokens are kept per user for the platform's life.
 */
final class Client {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final String DEMO_PASSWORD = "demo";
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final Platform platform;
    private final SignIn signIn;
    private final Map<String, String> tokens;
    private final boolean viaGateway;

    Client(Platform platform) {
        this(
                platform,
                new SignIn(platform.issuer(), "partnerships-web", "http://127.0.0.1:3000/callback"),
                new ConcurrentHashMap<>(),
                false);
    }

    private Client(Platform platform, SignIn signIn, Map<String, String> tokens, boolean viaGateway) {
        this.platform = platform;
        this.signIn = signIn;
        this.tokens = tokens;
        this.viaGateway = viaGateway;
    }

    /** A token of the role: KL_ADMIN, MUNICIPALITY (for the municipality) or FINANCE. */
    String token(String role, String municipality) {
        return tokens.computeIfAbsent(role + ":" + municipality, key -> {
            switch (role) {
                case "KL_ADMIN":
                    return signIn.person("kl-admin", DEMO_PASSWORD);
                case "MUNICIPALITY":
                    return signIn.person("koordinator-" + municipality, DEMO_PASSWORD);
                case "FINANCE":
                    return SignIn.client(platform.issuer(), "finance-system", "finance-secret");
                default:
                    throw new IllegalArgumentException("No such role: " + role);
            }
        });
    }

    Response get(String service, String path, String token) {
        return send("GET", service, path, token, null, Map.of());
    }

    Response post(String service, String path, String token, Object body) {
        return send("POST", service, path, token, body, Map.of());
    }

    Response put(String service, String path, String token, Object body) {
        return send("PUT", service, path, token, body, Map.of());
    }

    Response delete(String service, String path, String token) {
        return send("DELETE", service, path, token, null, Map.of());
    }

    /** A request as sent: a body that is a String goes as it is, anything else as JSON; no token if null. */
    Response send(String method, String service, String path, String token, Object body, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base(service) + path));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        headers.forEach(request::header);
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(
                            method,
                            HttpRequest.BodyPublishers.ofString(
                                    body instanceof String text ? text : JSON.writeValueAsString(body)));
        }
        try {
            HttpResponse<String> response =
                    HTTP.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
            return new Response(
                    response.statusCode(), response.body(), response.headers().map());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The same client, with every request going through the gateway whatever service it names. */
    Client viaGateway() {
        return new Client(platform, signIn, tokens, true);
    }

    private String base(String service) {
        return platform.baseUrl(viaGateway ? Platform.GATEWAY : service);
    }

    record Response(int status, String body, Map<String, List<String>> headers) {

        Optional<String> header(String name) {
            return headers.entrySet().stream()
                    .filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0))
                    .findFirst();
        }

        boolean isProblem() {
            return header("Content-Type")
                    .map(type -> type.startsWith("application/problem+json"))
                    .orElse(false);
        }

        JsonNode json() {
            return JSON.readTree(body);
        }

        Response expect(int expected) {
            if (status != expected) {
                throw new AssertionError("Expected " + expected + " but got " + this);
            }
            return this;
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }
}
