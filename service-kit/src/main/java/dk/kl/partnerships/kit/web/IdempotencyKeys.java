package dk.kl.partnerships.kit.web;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReplaceOptions;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import java.util.HexFormat;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.bson.Document;
import org.bson.types.Binary;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Safe retries of writes: a request with an {@code Idempotency-Key} header is carried out once per
 * caller, method, path and key. Repeating it returns the first response (marked
 * {@code Idempotent-Replayed: true}) and changes nothing; the same key with another body is refused
 * (422), and while the first is still running a repeat gets 409. Server errors are not remembered,
 * so such a request can be retried with the same key. Keys are kept for a day.
 */
public class IdempotencyKeys extends OncePerRequestFilter {

    public static final String HEADER = "Idempotency-Key";
    static final String REPLAYED = "Idempotent-Replayed";
    static final String COLLECTION = "idempotency_keys";
    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");
    private static final int MAX_KEY_LENGTH = 200;
    private static final int MAX_BODY = 1024 * 1024;

    private final MongoTemplate mongo;
    private final Clock clock;

    public IdempotencyKeys(MongoTemplate mongo, Clock clock, Duration retention) {
        this.mongo = mongo;
        this.clock = clock;
        mongo.getCollection(COLLECTION)
                .createIndex(
                        Indexes.ascending("createdAt"),
                        new IndexOptions()
                                .name("idempotency_keys_ttl")
                                .expireAfter(retention.toSeconds(), TimeUnit.SECONDS));
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return request.getHeader(HEADER) == null || !WRITES.contains(request.getMethod());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = request.getHeader(HEADER);
        if (key.isBlank() || key.length() > MAX_KEY_LENGTH) {
            problem(
                    response,
                    400,
                    "invalid-idempotency-key",
                    "Invalid Idempotency-Key",
                    "The Idempotency-Key header must have 1 to " + MAX_KEY_LENGTH + " characters.");
            return;
        }
        byte[] body = request.getInputStream().readNBytes(MAX_BODY + 1);
        if (body.length > MAX_BODY) {
            problem(
                    response,
                    413,
                    "request-too-large",
                    "Request too large",
                    "A request with an Idempotency-Key may have at most " + MAX_BODY + " bytes.");
            return;
        }
        String id = hash(caller() + "\n" + request.getMethod() + "\n" + request.getRequestURI() + "\n" + key);
        String fingerprint = hash(
                request.getMethod() + "\n" + request.getRequestURI() + "\n" + new String(body, StandardCharsets.UTF_8));
        MongoCollection<Document> keys = mongo.getCollection(COLLECTION);
        try {
            keys.insertOne(new Document("_id", id)
                    .append("fingerprint", fingerprint)
                    .append("state", "IN_PROGRESS")
                    .append("createdAt", Date.from(clock.instant())));
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
            replay(keys.find(new Document("_id", id)).first(), fingerprint, response);
            return;
        }
        ContentCachingResponseWrapper cachedResponse = new ContentCachingResponseWrapper(response);
        boolean remembered = false;
        try {
            chain.doFilter(new ReplayableBodyRequest(request, body), cachedResponse);
            if (cachedResponse.getStatus() < 500) {
                keys.replaceOne(
                        new Document("_id", id),
                        new Document("_id", id)
                                .append("fingerprint", fingerprint)
                                .append("state", "DONE")
                                .append("createdAt", Date.from(clock.instant()))
                                .append("status", cachedResponse.getStatus())
                                .append("contentType", cachedResponse.getContentType())
                                .append("location", cachedResponse.getHeader(HttpHeaders.LOCATION))
                                .append("body", new Binary(cachedResponse.getContentAsByteArray())),
                        new ReplaceOptions());
                remembered = true;
            }
        } finally {
            if (!remembered) {
                keys.deleteOne(new Document("_id", id));
            }
            cachedResponse.copyBodyToResponse();
        }
    }

    private static void replay(Document stored, String fingerprint, HttpServletResponse response) throws IOException {
        if (stored == null) {
            problem(
                    response,
                    409,
                    "idempotent-request-in-progress",
                    "Request in progress",
                    "A request with this Idempotency-Key is being processed; retry shortly.");
        } else if (!fingerprint.equals(stored.getString("fingerprint"))) {
            problem(
                    response,
                    422,
                    "idempotency-key-reused",
                    "Idempotency-Key reused",
                    "This Idempotency-Key was used for a different request.");
        } else if (!"DONE".equals(stored.getString("state"))) {
            problem(
                    response,
                    409,
                    "idempotent-request-in-progress",
                    "Request in progress",
                    "A request with this Idempotency-Key is being processed; retry shortly.");
        } else {
            response.setStatus(stored.getInteger("status"));
            if (stored.getString("contentType") != null) {
                response.setContentType(stored.getString("contentType"));
            }
            if (stored.getString("location") != null) {
                response.setHeader(HttpHeaders.LOCATION, stored.getString("location"));
            }
            response.setHeader(REPLAYED, "true");
            response.getOutputStream().write(stored.get("body", Binary.class).getData());
        }
    }

    private static void problem(HttpServletResponse response, int status, String type, String title, String detail)
            throws IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter()
                .write("{\"type\":\"%s%s\",\"title\":\"%s\",\"status\":%d,\"detail\":\"%s\"}"
                        .formatted(ProblemDetailsAdvice.PROBLEM_BASE, type, title, status, detail));
    }

    private static String caller() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null ? "anonymous" : authentication.getName();
    }

    private static String hash(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
