package dk.kl.partnerships.systemtests;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** An HTTP client of the platform, with tokens from local-stack's development issuer. */
final class Client {

    static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final Platform platform;

    Client(Platform platform) {
        this.platform = platform;
    }

    String token(String role, String municipality) {
        String query = "role=" + role + (municipality == null ? "" : "&municipality=" + municipality);
        Response response = send(HttpRequest.newBuilder(URI.create(platform.issuer() + "/token?" + query))
                .POST(HttpRequest.BodyPublishers.noBody()));
        if (response.status() != 200) {
            throw new IllegalStateException("No token: " + response);
        }
        return response.json().get("access_token").asString();
    }

    Response get(String service, String path, String token) {
        return send(HttpRequest.newBuilder(URI.create(platform.baseUrl(service) + path))
                .header("Authorization", "Bearer " + token).GET());
    }

    Response post(String service, String path, String token, Object body) {
        return send(HttpRequest.newBuilder(URI.create(platform.baseUrl(service) + path))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))));
    }

    Response put(String service, String path, String token, Object body) {
        return send(HttpRequest.newBuilder(URI.create(platform.baseUrl(service) + path))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))));
    }

    private static Response send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = HTTP.send(request.timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    record Response(int status, String body) {

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
