package dk.kl.partnerships.security.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Gets tokens from an OAuth2 authorization server the way its clients do: a person signs in
 * through the authorization-code flow with PKCE (following the redirects and the login form as a
 * browser would), a machine with client credentials.
 */
public final class SignIn {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final String baseUrl;
    private final String clientId;
    private final String redirectUri;

    /**
     * @param baseUrl     where the authorization server answers
     * @param clientId    the public client signing in
     * @param redirectUri one of the client's registered redirect URIs; the code is read from it, not followed
     */
    public SignIn(String baseUrl, String clientId, String redirectUri) {
        this.baseUrl = baseUrl;
        this.clientId = clientId;
        this.redirectUri = redirectUri;
    }

    /** The access token of a person signing in with user name and password. */
    public String person(String username, String password) {
        HttpClient browser = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
        String verifier = base64Url(randomBytes(32));
        String state = base64Url(randomBytes(12));
        String authorize = baseUrl + "/oauth2/authorize?"
                + form(Map.of(
                        "response_type",
                        "code",
                        "client_id",
                        clientId,
                        "redirect_uri",
                        redirectUri,
                        "scope",
                        "openid partnerships",
                        "state",
                        state,
                        "code_challenge",
                        base64Url(sha256(verifier)),
                        "code_challenge_method",
                        "S256"));
        HttpResponse<String> toLogin =
                send(browser, HttpRequest.newBuilder(URI.create(authorize)).GET());
        HttpResponse<String> loginPage = send(
                browser, HttpRequest.newBuilder(absolute(location(toLogin))).GET());
        Matcher csrf = CSRF.matcher(loginPage.body());
        if (!csrf.find()) {
            throw new IllegalStateException("No login form at " + location(toLogin) + ": " + loginPage.statusCode());
        }
        HttpResponse<String> loggedIn = send(
                browser,
                HttpRequest.newBuilder(URI.create(baseUrl + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                form(Map.of("username", username, "password", password, "_csrf", csrf.group(1))))));
        String afterLogin = location(loggedIn);
        if (afterLogin.contains("/login?error")) {
            throw new IllegalStateException("Sign-in refused for " + username);
        }
        HttpResponse<String> toClient =
                send(browser, HttpRequest.newBuilder(absolute(afterLogin)).GET());
        Map<String, String> callback = query(location(toClient));
        if (!state.equals(callback.get("state")) || callback.get("code") == null) {
            throw new IllegalStateException("No authorization code for " + username + ": " + location(toClient));
        }
        return token(
                browser,
                HttpRequest.newBuilder(URI.create(baseUrl + "/oauth2/token")),
                Map.of(
                        "grant_type",
                        "authorization_code",
                        "code",
                        callback.get("code"),
                        "redirect_uri",
                        redirectUri,
                        "client_id",
                        clientId,
                        "code_verifier",
                        verifier));
    }

    /** The access token of a machine client, by client credentials (HTTP Basic). */
    public static String client(String baseUrl, String clientId, String secret) {
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        String basic = Base64.getEncoder().encodeToString((clientId + ":" + secret).getBytes(StandardCharsets.UTF_8));
        return token(
                http,
                HttpRequest.newBuilder(URI.create(baseUrl + "/oauth2/token")).header("Authorization", "Basic " + basic),
                Map.of("grant_type", "client_credentials", "scope", "partnerships"));
    }

    private static String token(HttpClient http, HttpRequest.Builder request, Map<String, String> parameters) {
        HttpResponse<String> response = send(
                http,
                request.header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form(parameters))));
        Matcher token = ACCESS_TOKEN.matcher(response.body());
        if (response.statusCode() != 200 || !token.find()) {
            throw new IllegalStateException("No token: " + response.statusCode() + " " + response.body());
        }
        return token.group(1);
    }

    private URI absolute(String location) {
        return location.startsWith("http") ? URI.create(location) : URI.create(baseUrl + location);
    }

    private static String location(HttpResponse<String> response) {
        return response.headers()
                .firstValue("Location")
                .orElseThrow(() -> new IllegalStateException(
                        "Expected a redirect, got " + response.statusCode() + " from " + response.uri()));
    }

    private static Map<String, String> query(String url) {
        Map<String, String> parameters = new LinkedHashMap<>();
        int question = url.indexOf('?');
        if (question >= 0) {
            for (String pair : url.substring(question + 1).split("&")) {
                int equals = pair.indexOf('=');
                if (equals > 0) {
                    parameters.put(
                            pair.substring(0, equals),
                            URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
                }
            }
        }
        return parameters;
    }

    private static String form(Map<String, String> parameters) {
        return parameters.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static HttpResponse<String> send(HttpClient http, HttpRequest.Builder request) {
        try {
            return http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static byte[] randomBytes(int count) {
        byte[] bytes = new byte[count];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String base64Url(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
