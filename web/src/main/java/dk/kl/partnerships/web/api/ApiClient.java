package dk.kl.partnerships.web.api;

import dk.kl.partnerships.web.config.WebSettings;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.web.client.OAuth2ClientHttpRequestInterceptor;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.util.UriBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one way the web client talks to the platform: the gateway's {@code /api}, with the signed-in
 * person's access token (kept on this server, renewed with the refresh token when it runs out).
 * Every error answer becomes an {@link ApiProblem}.
 */
@Component
public class ApiClient {

    public static final String REGISTRATION_ID = "partnerships";
    static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    /** The services' answer while the first of two requests with one key is still being carried out. */
    static final String IN_PROGRESS = "idempotent-request-in-progress";

    private static final Duration IN_PROGRESS_PAUSE = Duration.ofMillis(200);
    private static final int IN_PROGRESS_ATTEMPTS = 50;
    private static final Logger log = LoggerFactory.getLogger(ApiClient.class);

    private final RestClient rest;
    private final JsonMapper json;
    private final MeterRegistry meters;

    ApiClient(
            RestClient.Builder builder,
            WebSettings settings,
            OAuth2AuthorizedClientManager clients,
            JsonMapper json,
            MeterRegistry meters) {
        this.json = json;
        this.meters = meters;
        OAuth2ClientHttpRequestInterceptor token = new OAuth2ClientHttpRequestInterceptor(clients);
        token.setClientRegistrationIdResolver(request -> REGISTRATION_ID);
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(2))
                .followRedirects(HttpClient.Redirect.NEVER)
                .build());
        requests.setReadTimeout(Duration.ofSeconds(30));
        this.rest = builder.clone()
                .baseUrl(settings.apiUrl().toString())
                .requestFactory(requests)
                .requestInterceptor(token)
                .requestInterceptor((request, body, execution) -> {
                    if (request.getMethod() != HttpMethod.GET) {
                        IdempotentForms.currentKey()
                                .ifPresent(key -> request.getHeaders().set(IDEMPOTENCY_KEY, key));
                    }
                    return execution.execute(request, body);
                })
                .defaultHeader(HttpHeaders.ACCEPT, MediaType.APPLICATION_JSON_VALUE)
                .defaultStatusHandler(HttpStatusCode::isError, (request, response) -> {
                    throw problem(response);
                })
                .build();
    }

    public <T> T get(String uri, Class<T> type, Object... variables) {
        return rest.get().uri(uri, variables).retrieve().body(type);
    }

    public <T> T get(Function<UriBuilder, URI> uri, ParameterizedTypeReference<T> type) {
        return rest.get().uri(uri).retrieve().body(type);
    }

    /** A POST with a JSON body, or none if {@code body} is null. */
    public <T> T post(String uri, Object body, Class<T> type, Object... variables) {
        return write(() -> {
            RestClient.RequestBodySpec request = rest.post().uri(uri, variables);
            if (body != null) {
                request.body(body);
            }
            return request.retrieve().body(type);
        });
    }

    public <T> T put(String uri, Object body, Class<T> type, Object... variables) {
        return write(() -> rest.put().uri(uri, variables).body(body).retrieve().body(type));
    }

    public void delete(String uri, Object... variables) {
        write(() -> rest.delete().uri(uri, variables).retrieve().toBodilessEntity());
    }

    /**
     * A change sent from a form carries the form's key ({@link IdempotentForms}): a form sent twice
     * waits here for the first sending's answer and gets the same one.
     */
    private static <T> T write(Supplier<T> call) {
        for (int attempt = 1; ; attempt++) {
            try {
                return call.get();
            } catch (ApiProblem problem) {
                if (!IN_PROGRESS.equals(problem.type()) || attempt == IN_PROGRESS_ATTEMPTS) {
                    throw problem;
                }
                try {
                    Thread.sleep(IN_PROGRESS_PAUSE.toMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw problem;
                }
            }
        }
    }

    /** A document (XML, SVG, PDF) as the API serves it. */
    public Download download(String uri, Object... variables) {
        ResponseEntity<byte[]> response =
                rest.get().uri(uri, variables).accept(MediaType.ALL).retrieve().toEntity(byte[].class);
        MediaType type = response.getHeaders().getContentType();
        return new Download(
                response.getBody() == null ? new byte[0] : response.getBody(),
                type == null ? MediaType.APPLICATION_OCTET_STREAM : type);
    }

    private ApiProblem problem(ClientHttpResponse response) throws IOException {
        int status = response.getStatusCode().value();
        meters.counter("partnerships.web.api.errors", "status", String.valueOf(status))
                .increment();
        String body = new String(response.getBody().readAllBytes(), StandardCharsets.UTF_8);
        try {
            JsonNode problem = json.readTree(body);
            List<ApiProblem.FieldError> fields = new ArrayList<>();
            problem.path("errors")
                    .forEach(error -> fields.add(new ApiProblem.FieldError(
                            error.path("field").asString(""),
                            error.path("message").asString(""))));
            String type = problem.path("type").asString("");
            return new ApiProblem(
                    status,
                    type.substring(type.lastIndexOf('/') + 1),
                    problem.path("detail").asString(null),
                    problem.path("rule").asString(null),
                    problem.path("currentState").asString(null),
                    fields);
        } catch (RuntimeException notJson) {
            log.warn("API answered {} without problem details", status);
            return new ApiProblem(status, "http-" + status, null, null, null, List.of());
        }
    }
}
